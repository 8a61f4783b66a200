import type { Core } from '@strapi/strapi';
import type { AuditAction } from '@verbund/domain';
import { TYPE_NAMES, isVerbundUid, typeNameOf, type TypeName } from '../constants';
import { changesBetween, readSnapshot, type Version } from '../audit/snapshot';
import type { DocumentMiddleware } from './document-context';
import { getService } from '../utils/get-service';

/** Document-service actions the trail records, and the word it records them as (a clone is a new record). */
const RECORDED: Record<string, AuditAction> = {
  create: 'create',
  clone: 'create',
  update: 'update',
  delete: 'delete',
  publish: 'publish',
  unpublish: 'unpublish',
  discardDraft: 'discard_draft',
};

/** Publishing compares what the public saw before and after; every other write compares the draft. */
const VERSION: Partial<Record<AuditAction, Version>> = { publish: 'published', unpublish: 'published' };

/**
 * Writes one audit-trail entry per change of an editorial record, in the same transaction as the
 * change: the outermost transaction the document service's own one joins, so the entry and the
 * change commit together or not at all, and a refused save (validation 400) leaves no entry.
 * An update that changes no field, and a publication the embargo turned into a schedule, are no
 * changes of their own; the schedule records itself (services/audit.ts `noteEmbargo`).
 */
export const recordAudit =
  ({ strapi }: { strapi: Core.Strapi }): DocumentMiddleware =>
  async (context, next) => {
    const action = RECORDED[context.action];
    if (!action || !isVerbundUid(context.uid) || !(TYPE_NAMES as readonly string[]).includes(typeNameOf(context.uid))) return next();
    const type: TypeName = typeNameOf(context.uid);
    const audit = getService(strapi, 'audit');
    const version = VERSION[action] ?? 'draft';
    // A clone names its source; the record it makes is known only afterwards, as for a create.
    const knownId = context.action === 'create' || context.action === 'clone' ? undefined : context.params.documentId;

    return strapi.db.transaction(async () => {
      const before = knownId ? await readSnapshot(strapi, type, knownId, version) : null;
      const scope: Parameters<typeof audit.within>[0] = { uid: context.uid, documentId: knownId };
      const result = (await audit.within(scope, next)) as { documentId?: string } | null;
      const documentId = knownId ?? result?.documentId;
      if (!documentId) return result;
      const after = action === 'delete' || action === 'unpublish' ? null : await readSnapshot(strapi, type, documentId, version);
      const changes = action === 'unpublish' ? [] : changesBetween(strapi, type, before, after);

      let recorded: AuditAction = action;
      if (scope.embargo) {
        recorded = scope.embargo.action;
        if (!changes.some((change) => change.field === 'embargoUntil')) changes.push(scope.embargo.change);
      } else if (action === 'publish' && (!after || after.publishedAt === before?.publishedAt)) return result;
      else if (action === 'update' && changes.length === 0) return result;

      await audit.write({ action: recorded, contentType: type, documentId, documentName: (after ?? before)?.name ?? '', changes });
      return result;
    });
  };
