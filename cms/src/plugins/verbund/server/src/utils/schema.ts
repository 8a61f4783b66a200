import type { Core } from '@strapi/strapi';
import type { Attribute } from '../validation/value-rules';

/** The parts of an attribute definition the plugin reads besides the boundary rules' ones. */
export interface SchemaAttribute extends Attribute {
  relation?: string;
  customField?: string;
}

/** The parts of a content type's or component's schema the plugin reads. */
export interface Schema {
  info: { displayName: string };
  options?: { draftAndPublish?: boolean };
  attributes: Record<string, SchemaAttribute>;
}

/**
 * A content type's or component's schema by uid. Strapi types `getModel` by the app's generated
 * uid union, which a plugin's own uids are not part of.
 */
export const schemaOf = (strapi: Core.Strapi, uid: string): Schema => strapi.getModel(uid as never) as unknown as Schema;
