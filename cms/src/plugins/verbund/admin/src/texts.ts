import { PLUGIN_ID } from '../../server/src/constants';

/** Where the plugin's admin page lives (under /admin). */
export const AUDIT_PAGE_PATH = `plugins/${PLUGIN_ID}`;

/** The admin's message ids of the plugin with their German texts (also the default messages). */
export const TEXTS = {
  menu: { id: `${PLUGIN_ID}.audit-log.menu`, defaultMessage: 'Änderungsprotokoll' },
  panel: { id: `${PLUGIN_ID}.audit-log.panel`, defaultMessage: 'Änderungsprotokoll' },
  plugin: { id: `${PLUGIN_ID}.plugin.name`, defaultMessage: 'Weiterbildungsverbund' },
} as const;

/** What the admin loads as this plugin's translations: German is the working language, English falls back to it. */
export const translations = Object.fromEntries(Object.values(TEXTS).map(({ id, defaultMessage }) => [id, defaultMessage]));
