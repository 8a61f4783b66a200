import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../constants';
import type services from '../services';

/** Each service of the plugin by name, as its factory builds it. */
export type Services = { [Name in keyof typeof services]: ReturnType<(typeof services)[Name]> };

/** A plugin service with its own type, instead of Strapi's untyped `plugin(...).service(name)`. */
export const getService = <Name extends keyof Services>(strapi: Core.Strapi, name: Name): Services[Name] =>
  strapi.plugin(PLUGIN_ID).service(name) as Services[Name];
