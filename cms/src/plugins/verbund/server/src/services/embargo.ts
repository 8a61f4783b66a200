import type { Core } from '@strapi/strapi';
import { uidOf } from '../constants';

const PRESS_RELEASE = uidOf('press-release');
const STORE_KEY = 'embargo-schedule';

/** documentId → the embargo end the publication waits for (ISO). */
type Schedule = Record<string, string>;

export const formatBerlin = (date: Date) =>
  new Intl.DateTimeFormat('de-DE', {
    timeZone: 'Europe/Berlin',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date) + ' Uhr';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const store = () => strapi.store({ type: 'plugin', name: 'verbund' });
  const read = async (): Promise<Schedule> => ((await store().get({ key: STORE_KEY })) as Schedule | null) ?? {};
  const write = (schedule: Schedule) => store().set({ key: STORE_KEY, value: schedule });

  return {
    isFuture(embargoUntil: unknown, now = new Date()): embargoUntil is string | Date {
      if (!embargoUntil) return false;
      const time = new Date(embargoUntil as string).getTime();
      return Number.isFinite(time) && time > now.getTime();
    },

    /**
     * Persisted in the core store so that a restart keeps every pending publication. A refused
     * publish rolls its transaction back, so inside one the schedule is written once it has ended.
     */
    async schedule(documentId: string, embargoUntil: string | Date) {
      const persist = async () => {
        const schedule = await read();
        schedule[documentId] = new Date(embargoUntil).toISOString();
        await write(schedule);
      };
      if (!strapi.db.inTransaction()) return persist();
      const persistLogged = () =>
        void persist().catch((error: Error) => strapi.log.error(`[verbund] could not schedule press release ${documentId}: ${error.message}`));
      await strapi.db.transaction(async ({ onCommit, onRollback }) => {
        onCommit(persistLogged);
        onRollback(persistLogged);
      });
    },

    async pending(): Promise<Schedule> {
      return read();
    },

    /** Publishes every scheduled press release whose embargo has ended; returns their documentIds. */
    async publishDue(now = new Date()): Promise<string[]> {
      const schedule = await read();
      const published: string[] = [];
      for (const documentId of Object.keys(schedule)) {
        const draft = (await strapi.documents(PRESS_RELEASE as never).findOne({ documentId, status: 'draft' } as never)) as {
          embargoUntil?: string | null;
        } | null;
        if (!draft) {
          delete schedule[documentId];
          continue;
        }
        if (this.isFuture(draft.embargoUntil, now)) {
          schedule[documentId] = new Date(draft.embargoUntil).toISOString();
          continue;
        }
        try {
          await strapi.documents(PRESS_RELEASE as never).publish({ documentId } as never);
          published.push(documentId);
          delete schedule[documentId];
          strapi.log.info(`[verbund] embargo ended: published press release ${documentId}`);
        } catch (error) {
          strapi.log.error(`[verbund] embargo publication of ${documentId} failed: ${(error as Error).message}`);
        }
      }
      await write(schedule);
      return published;
    },
  };
};
