// The audit trail's vocabulary (issue 10): what the plugin records for every change to a `verbund`
// record, as the admin page, the admin API, the CSV export and the report diff all read it.
import { vocabulary } from './vocabulary.js';

/** What happened to a record, with the German word the protocol shows. */
export const AUDIT_ACTION = vocabulary({
  create: 'Angelegt',
  update: 'Geändert',
  delete: 'Gelöscht',
  publish: 'Veröffentlicht',
  unpublish: 'Veröffentlichung zurückgenommen',
  discard_draft: 'Entwurf verworfen',
  embargo_schedule: 'Sperrfrist geplant',
  embargo_cancel: 'Sperrfrist aufgehoben',
});
export type AuditAction = (typeof AUDIT_ACTION.values)[number];

/** Who made a change: a person in the admin panel, an API token, or the system (cron, scripts). */
export const AUDIT_ACTOR_KIND = vocabulary({
  admin: 'Person',
  api_token: 'API-Token',
  system: 'System',
});
export type AuditActorKind = (typeof AUDIT_ACTOR_KIND.values)[number];

/**
 * The records behind an indicator (a contribution's or an audit entry's `contentType`), as a
 * sentence names one or several of them: „2 Organisationen nachträglich … versehen“.
 */
export const RECORD_NOUN: Readonly<Record<string, { one: string; many: string }>> = {
  organisation: { one: 'Organisation', many: 'Organisationen' },
  consultation: { one: 'Beratung', many: 'Beratungen' },
  'training-need': { one: 'Weiterbildungsbedarf', many: 'Weiterbildungsbedarfe' },
  'course-offer': { one: 'Weiterbildungsangebot', many: 'Weiterbildungsangebote' },
  'course-run': { one: 'Kursdurchführung', many: 'Kursdurchführungen' },
  'course-participation': { one: 'Kursteilnahme', many: 'Kursteilnahmen' },
  event: { one: 'Veranstaltung', many: 'Veranstaltungen' },
  'event-participation': { one: 'Veranstaltungsteilnahme', many: 'Veranstaltungsteilnahmen' },
  'press-release': { one: 'Pressemitteilung', many: 'Pressemitteilungen' },
  'indicator-target': { one: 'Zielwert', many: 'Zielwerte' },
  'funding-project': { one: 'Förderprojekt', many: 'Förderprojekte' },
};

// The shapes of an entry and of a page of entries are in the contract (`auditEntry`, `auditLogPage`),
// imported as types by the plugin and parsed by the dashboard.
