import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/strapi';
import type { AuditAction } from '@verbund/domain';
import type { AuditEntry, AuditFieldChange, AuditLogPage } from '@verbund/domain/contract';
import { fieldLabel } from '../admin-config/labels';
import { PLUGIN_ID, uidOf, type TypeName } from '../constants';
import { currentActor } from '../audit/actor';
import type { AuditLogQuery } from '../audit/log-query';
import { readSnapshot } from '../audit/snapshot';

export const AUDIT_ENTRY = `plugin::${PLUGIN_ID}.audit-entry`;
/** Rows per database page when the CSV export walks the trail. */
const EXPORT_PAGE_SIZE = 500;

type EmbargoAction = Extract<AuditAction, 'embargo_schedule' | 'embargo_cancel'>;

/** One document-service write under way: what the embargo guard did to it meanwhile. */
interface WriteScope {
  uid: string;
  /** Unknown while a create is under way. */
  documentId?: string;
  embargo?: { action: EmbargoAction; change: AuditFieldChange };
}

const writes = new AsyncLocalStorage<WriteScope>();

type Row = {
  id: number;
  at: string | Date;
  action: AuditAction;
  actorKind: AuditEntry['actor']['kind'];
  actorId: number | null;
  actorName: string;
  contentType: string;
  recordDocumentId: string;
  documentName: string | null;
  changes: AuditFieldChange[] | null;
};

const entryOf = (row: Row): AuditEntry => ({
  id: row.id,
  at: new Date(row.at).toISOString(),
  action: row.action,
  actor: { kind: row.actorKind, id: row.actorId ?? null, name: row.actorName },
  contentType: row.contentType,
  documentId: row.recordDocumentId,
  documentName: row.documentName ?? '',
  changes: row.changes ?? [],
});

const whereOf = (query: Partial<AuditLogQuery>) => {
  const where: Record<string, unknown>[] = [];
  if (query.contentType) where.push({ contentType: query.contentType });
  if (query.documentId) where.push({ recordDocumentId: query.documentId });
  if (typeof query.actor === 'number') where.push({ actorId: query.actor, actorKind: 'admin' });
  else if (query.actor) where.push({ actorName: { $containsi: query.actor } });
  if (query.from) where.push({ at: { $gte: query.from } });
  if (query.to) where.push({ at: { $lt: query.to } });
  if (query.action) where.push({ action: query.action });
  return { $and: where };
};

const NEWEST_FIRST = [{ at: 'desc' }, { id: 'desc' }];

/**
 * The audit trail: append-only rows written in the transaction of the change they describe
 * (middlewares/record-audit.ts), read by the admin page, the CSV export and the analytics service.
 * Nothing here changes or deletes an entry, except the retention clean-up.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const rows = () => strapi.db.query(AUDIT_ENTRY as never);

  const service = {
    /** Appends one entry; inside a transaction it commits or rolls back with it. */
    async write(entry: Omit<AuditEntry, 'id' | 'at' | 'actor'> & { actor?: AuditEntry['actor'] }) {
      const actor = entry.actor ?? currentActor(strapi);
      await rows().create({
        data: {
          at: new Date(),
          action: entry.action,
          actorKind: actor.kind,
          actorId: actor.id,
          actorName: actor.name.slice(0, 300),
          contentType: entry.contentType,
          recordDocumentId: entry.documentId,
          documentName: entry.documentName.slice(0, 500),
          changes: entry.changes,
        },
      } as never);
    },

    /** Runs one document-service write with a scope the embargo notes attach to. */
    within: <T>(scope: WriteScope, run: () => Promise<T>) => writes.run(scope, run),

    /**
     * An embargo schedule or cancellation. Within a write of that press release (publish, save) it
     * becomes that write's one entry; outside one (start-up adoption) it is an entry of its own.
     */
    async noteEmbargo(documentId: string, action: EmbargoAction, old: string | null, next: string | null) {
      const type: TypeName = 'press-release';
      const change: AuditFieldChange = { field: 'embargoUntil', label: fieldLabel(type, 'embargoUntil'), old, new: next, redacted: false };
      const scope = writes.getStore();
      if (scope && scope.uid === uidOf(type) && (!scope.documentId || scope.documentId === documentId)) {
        scope.embargo = { action, change };
        return;
      }
      const draft = await readSnapshot(strapi, type, documentId, 'draft');
      await service.write({ action, contentType: type, documentId, documentName: draft?.name ?? '', changes: [change] });
    },

    async page(query: AuditLogQuery): Promise<AuditLogPage> {
      const where = whereOf(query);
      const [found, total] = await Promise.all([
        rows().findMany({ where, orderBy: NEWEST_FIRST, offset: (query.page - 1) * query.pageSize, limit: query.pageSize } as never) as Promise<Row[]>,
        rows().count({ where } as never),
      ]);
      return {
        entries: found.map(entryOf),
        pagination: { page: query.page, pageSize: query.pageSize, total, pageCount: Math.ceil(total / query.pageSize) },
      };
    },

    /** Every matching entry, newest first, a database page at a time (the CSV export). */
    async *all(query: AuditLogQuery): AsyncGenerator<AuditEntry> {
      const where = whereOf(query);
      for (let offset = 0; ; offset += EXPORT_PAGE_SIZE) {
        const found = (await rows().findMany({ where, orderBy: NEWEST_FIRST, offset, limit: EXPORT_PAGE_SIZE } as never)) as Row[];
        yield* found.map(entryOf);
        if (found.length < EXPORT_PAGE_SIZE) return;
      }
    },

    /** The entries of these records since an instant, oldest first: what changed them after a report was frozen. */
    async since(documentIds: string[], since: Date | null): Promise<AuditEntry[]> {
      const where = { recordDocumentId: { $in: documentIds }, ...(since ? { at: { $gt: since } } : {}) };
      const found = (await rows().findMany({ where, orderBy: [{ at: 'asc' }, { id: 'asc' }] } as never)) as Row[];
      return found.map(entryOf);
    },

    /** The retention period's clean-up, the trail's only deletion: entries older than `years` go. */
    async purgeOlderThan(years: number, now = new Date()) {
      const limit = new Date(now);
      limit.setUTCFullYear(limit.getUTCFullYear() - years);
      const { count } = (await rows().deleteMany({ where: { at: { $lt: limit } } } as never)) as { count: number };
      if (count > 0) strapi.log.info(`[verbund] Änderungsprotokoll: ${count} Einträge älter als ${years} Jahre gelöscht.`);
      return count;
    },
  };
  return service;
};
