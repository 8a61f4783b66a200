import type { Core } from '@strapi/strapi';
import { isVerbundUid, typeNameOf } from '../constants';
import { DISPLAY_NAME_FIELD, hasDependents, hasDisplayName } from '../services/display-name';
import { isWrite, type DocumentMiddleware } from './document-context';
import { getService } from '../utils/get-service';

const WRITES = new Set(['create', 'update', 'publish', 'discardDraft']);

/**
 * Fills the computed display name after each write, and renames the records that show the written
 * one: it is built from the stored record and its relations, so whatever a client sent for it is
 * overwritten.
 */
export const fillDisplayName =
  ({ strapi }: { strapi: Core.Strapi }): DocumentMiddleware =>
  async (context, next) => {
    if (!isVerbundUid(context.uid) || !WRITES.has(context.action)) return next();
    const type = typeNameOf(context.uid);
    if (!hasDisplayName(type) && !hasDependents(type)) return next();
    const result = (await next()) as Record<string, unknown> | null;
    const documentId = (isWrite(context) ? (result?.documentId as string | undefined) : undefined) ?? context.params.documentId;
    if (!documentId) return result;
    const service = getService(strapi, 'display-name');
    // A renamed organisation, offer, run or event renames the records that show it.
    if (context.action === 'update') await service.refreshDependents(type, documentId);
    if (!hasDisplayName(type)) return result;
    const names: Map<unknown, string | null> = await service.refresh(type, documentId);
    // The written record as returned to the caller carries the name just computed, not the client's value.
    if (result && names.has(result.id)) result[DISPLAY_NAME_FIELD] = names.get(result.id);
    return result;
  };
