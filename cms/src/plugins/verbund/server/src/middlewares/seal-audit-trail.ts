import { errors } from '@strapi/utils';
import { AUDIT_ENTRY } from '../services/audit';
import type { DocumentMiddleware } from './document-context';

/**
 * The trail's rows are written and read by the audit service through the query layer only. Every
 * document-service door to them — the content manager (which shows hidden types to a Super Admin
 * who types their address), the content API, any plugin — is shut, so no one edits or deletes an entry.
 */
export const sealAuditTrail = (): DocumentMiddleware => async (context, next) => {
  if (context.uid === AUDIT_ENTRY) throw new errors.PolicyError('Das Änderungsprotokoll ist nur über seine eigene Seite lesbar und kann nicht geändert werden.');
  return next();
};
