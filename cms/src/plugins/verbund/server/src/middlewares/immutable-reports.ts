import { errors } from '@strapi/utils';
import { REPORT_VERSION_UID } from '../constants';
import type { DocumentMiddleware } from './document-context';

/** What may be done with a frozen report version: create it and read it. */
const ALLOWED = new Set(['create', 'findOne', 'findFirst', 'findMany', 'count']);

/**
 * A frozen report version is what the network submitted: no caller (admin, API, script) may change
 * or delete it through the document service, so that its figures stay as they were.
 */
export const keepReportsImmutable = (_deps: { strapi: unknown }): DocumentMiddleware => async (context, next) => {
  if (context.uid === REPORT_VERSION_UID && !ALLOWED.has(context.action)) {
    throw new errors.PolicyError('Eingefrorene Berichtsversionen können nicht geändert oder gelöscht werden.');
  }
  return next();
};
