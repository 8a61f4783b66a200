import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Core } from '@strapi/strapi';
import { formatBerlinDateTime } from '@verbund/domain';
import { PLUGIN_ID, uidOf } from '../constants';
import { getService } from '../utils/get-service';

const PRESS_RELEASE = uidOf('press-release');
export const SCHEDULE = `plugin::${PLUGIN_ID}.embargo-schedule`;
/** Where versions before the schedule rows kept every pending publication, as one JSON value. */
const LEGACY_STORE_KEY = 'embargo-schedule';
/** A claim this old belongs to an instance that stopped mid-publication: another one takes it over. */
const CLAIM_TIMEOUT_MS = 10 * 60_000;
/** A failed publication is tried again after attempts × this, at most RETRY_MAX_MS later. */
const RETRY_STEP_MS = 30_000;
const RETRY_MAX_MS = 10 * 60_000;

export interface ScheduleRow {
  id: number;
  releaseDocumentId: string;
  publishAt: string;
  state: 'pending' | 'published';
  claimedBy: string | null;
  claimedAt: string | null;
  attempts: number | null;
  lastError: string | null;
  retryAt: string | null;
  scheduledBy: string | null;
}

/** A fresh, unclaimed pending schedule (also what a reschedule resets a row to). */
const pendingFields = (publishAt: Date) => ({ publishAt, state: 'pending', claimedBy: null, claimedAt: null, attempts: 0, lastError: null, retryAt: null });

export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Names this process in claims and log lines: instances sharing one database never publish the same release twice. */
  const instanceId = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const rows = () => strapi.db.query(SCHEDULE as never);
  const log = (message: string) => strapi.log.info(`[verbund] ${message}`);

  /** The schedule table through knex, with its column names taken from Strapi's own metadata. */
  const table = () => {
    const meta = strapi.db.metadata.get(SCHEDULE as never) as unknown as { tableName: string; attributes: Record<string, { columnName?: string }> };
    const column = (attribute: keyof ScheduleRow) => meta.attributes[attribute].columnName ?? attribute;
    return { query: () => strapi.db.getConnection(meta.tableName), column };
  };

  const find = (releaseDocumentId: string) => rows().findOne({ where: { releaseDocumentId } }) as Promise<ScheduleRow | null>;

  const service = {
    isFuture(embargoUntil: unknown, now = new Date()): embargoUntil is string | Date {
      if (!embargoUntil) return false;
      const time = new Date(embargoUntil as string).getTime();
      return Number.isFinite(time) && time > now.getTime();
    },

    find,

    /**
     * One row per press release, written through Strapi's query layer so that it belongs to the
     * transaction of the admin request that asked for publication: the draft and its schedule are
     * saved together or not at all.
     */
    async schedule(releaseDocumentId: string, embargoUntil: string | Date, scheduledBy: string | null = null) {
      const publishAt = new Date(embargoUntil);
      const existing = await find(releaseDocumentId);
      if (existing) await rows().update({ where: { id: existing.id }, data: { ...pendingFields(publishAt), scheduledBy } });
      else await rows().create({ data: { releaseDocumentId, ...pendingFields(publishAt), scheduledBy } });
      const before = existing?.state === 'pending' ? new Date(existing.publishAt).toISOString() : null;
      await getService(strapi, 'audit').noteEmbargo(releaseDocumentId, 'embargo_schedule', before, publishAt.toISOString());
      log(`Pressemitteilung ${releaseDocumentId} ist vorgemerkt: Veröffentlichung am ${formatBerlinDateTime(publishAt)}.`);
    },

    /** Drops the pending schedule of a release; `reason` says why, for the log. */
    async cancel(releaseDocumentId: string, reason: string) {
      const pending = await rows().findOne({ where: { releaseDocumentId, state: 'pending' } }) as ScheduleRow | null;
      const { count } = (await rows().deleteMany({ where: { releaseDocumentId, state: 'pending' } })) as { count: number };
      if (count > 0) {
        log(`Vormerkung der Pressemitteilung ${releaseDocumentId} aufgehoben: ${reason}.`);
        await getService(strapi, 'audit').noteEmbargo(releaseDocumentId, 'embargo_cancel', pending ? new Date(pending.publishAt).toISOString() : null, null);
      }
      return count > 0;
    },

    /** Removes every schedule row of a release that no longer exists in the form it was scheduled in. */
    async forget(releaseDocumentId: string, reason: string) {
      const { count } = (await rows().deleteMany({ where: { releaseDocumentId } })) as { count: number };
      if (count > 0) log(`Vormerkung der Pressemitteilung ${releaseDocumentId} entfernt: ${reason}.`);
    },

    /**
     * Earlier versions kept the schedule as one JSON value in the core store. It becomes rows once;
     * the value is removed in the same transaction, so a second start finds nothing to adopt.
     */
    async adoptLegacySchedule() {
      const store = strapi.store({ type: 'plugin', name: PLUGIN_ID });
      const legacy = (await store.get({ key: LEGACY_STORE_KEY })) as Record<string, string> | null;
      if (!legacy) return 0;
      await strapi.db.transaction(async () => {
        for (const [releaseDocumentId, embargoUntil] of Object.entries(legacy)) {
          if (!(await find(releaseDocumentId))) await service.schedule(releaseDocumentId, embargoUntil);
        }
        await store.delete({ key: LEGACY_STORE_KEY });
      });
      return Object.keys(legacy).length;
    },

    /**
     * Publishes every release whose embargo has ended; returns the documentIds this instance published.
     * Each row is taken with one UPDATE … WHERE state = 'pending' AND claimed_by IS NULL: of several
     * instances on one database exactly one gets it, the others skip to the next row, so they share
     * the work; rows scheduled meanwhile are never touched.
     */
    async publishDue(now = new Date()): Promise<string[]> {
      const { query, column } = table();
      // Per run, not per process: cron ticks may overlap when a publication takes longer than a tick.
      const claim = `${instanceId}:${randomUUID().slice(0, 8)}`;
      const due = () =>
        query()
          .where(column('state'), 'pending')
          .whereNull(column('claimedBy'))
          .where(column('publishAt'), '<=', now)
          .where((retry) => retry.whereNull(column('retryAt')).orWhere(column('retryAt'), '<=', now));
      // Claims left behind by an instance that stopped mid-publication.
      await query()
        .where(column('state'), 'pending')
        .whereNotNull(column('claimedBy'))
        .where(column('claimedAt'), '<', new Date(now.getTime() - CLAIM_TIMEOUT_MS))
        .update({ [column('claimedBy')]: null, [column('claimedAt')]: null });
      const candidates = (await due().orderBy(column('publishAt')).select('id')) as Array<{ id: number }>;

      const published: string[] = [];
      for (const { id } of candidates) {
        const taken = await due().where('id', id).update({ [column('claimedBy')]: claim, [column('claimedAt')]: now });
        if (taken !== 1) continue; // another instance (or an overlapping tick) has it
        const row = (await rows().findOne({ where: { id } })) as ScheduleRow;
        // Every change of the row is bound to this claim: a reschedule meanwhile has released it.
        const mine = { id: row.id, claimedBy: claim, state: 'pending' };
        const draft = (await strapi.documents(PRESS_RELEASE as never).findOne({ documentId: row.releaseDocumentId, status: 'draft' } as never)) as {
          embargoUntil?: string | null;
        } | null;
        if (!draft) {
          await rows().delete({ where: mine });
          log(`Vormerkung der Pressemitteilung ${row.releaseDocumentId} entfernt: Die Pressemitteilung gibt es nicht mehr.`);
          continue;
        }
        if (service.isFuture(draft.embargoUntil, now)) {
          await rows().update({ where: mine, data: pendingFields(new Date(draft.embargoUntil)) });
          continue;
        }
        try {
          const result = (await strapi.documents(PRESS_RELEASE as never).publish({ documentId: row.releaseDocumentId } as never)) as {
            entries?: Array<{ publishedAt?: string | null }>;
          };
          if (!result.entries?.some((entry) => entry.publishedAt)) continue; // rescheduled by the embargo guard meanwhile
          await rows().update({ where: mine, data: { state: 'published', lastError: null, retryAt: null } });
          published.push(row.releaseDocumentId);
          log(`Sperrfrist abgelaufen: Pressemitteilung ${row.releaseDocumentId} veröffentlicht (${instanceId}).`);
        } catch (error) {
          const attempts = (row.attempts ?? 0) + 1;
          const retryAt = new Date(now.getTime() + Math.min(attempts * RETRY_STEP_MS, RETRY_MAX_MS));
          const message = (error as Error).message;
          await rows().update({ where: mine, data: { claimedBy: null, claimedAt: null, attempts, lastError: message, retryAt } });
          strapi.log.error(
            `[verbund] Veröffentlichung der Pressemitteilung ${row.releaseDocumentId} nach Sperrfrist fehlgeschlagen (Versuch ${attempts}, nächster Versuch ${formatBerlinDateTime(retryAt)}): ${message}`
          );
        }
      }
      return published;
    },
  };
  return service;
};
