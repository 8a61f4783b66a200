import type { StrapiApp } from '@strapi/strapi/admin';
import { ClockCounterClockwise } from '@strapi/icons';
import { AUDIT_READ_ACTION } from '../../server/src/audit/permissions';
import { PLUGIN_ID } from '../../server/src/constants';
import { historyPanel } from './components/history-panel';
import { AUDIT_PAGE_PATH, TEXTS, translations } from './texts';

/** The plugin's admin side: the „Änderungsprotokoll“ page and the link to it from every record's edit view. */
export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: TEXTS.plugin.defaultMessage });
    app.addMenuLink({
      to: AUDIT_PAGE_PATH,
      icon: ClockCounterClockwise,
      intlLabel: TEXTS.menu,
      // The menu shows the page only to those the server lets read the trail (Super Admin, Koordination).
      permissions: [{ action: AUDIT_READ_ACTION, subject: null }],
      Component: () => import('./pages/audit-log-page'),
    });
  },

  bootstrap(app: StrapiApp) {
    (app.getPlugin('content-manager').apis as { addEditViewSidePanel: (panels: unknown[]) => void }).addEditViewSidePanel([historyPanel]);
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ locale, data: translations }));
  },
};
