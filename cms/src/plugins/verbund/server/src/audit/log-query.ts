import { AUDIT_ACTION, type AuditAction } from '@verbund/domain';
import { TYPE_NAMES, type TypeName } from '../constants';
import { PAGE_MAX } from '../validation/boundaries';
import { bad, day, fromList, many, one, whole } from '../utils/query-params';

export const AUDIT_PAGE_SIZE_MAX = 100;
const DEFAULT_PAGE_SIZE = 25;
/** Strapi's document ids (24 characters today); anything else cannot name a record. */
const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;
const ACTOR_MAX = 200;
export const DOCUMENT_IDS_MAX = 1000;

/** A checked request for the trail: every filter optional, newest first. */
export interface AuditLogQuery {
  contentType: TypeName | null;
  documentId: string | null;
  /** An admin user's id, or a part of the name of whoever acted. */
  actor: number | string | null;
  /** Instants: from the start of `from`'s day to the end of `to`'s day, in German time. */
  from: Date | null;
  to: Date | null;
  action: AuditAction | null;
  page: number;
  pageSize: number;
  format: 'json' | 'csv';
}

const berlinOffset = new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Berlin', timeZoneName: 'longOffset' });

/** Midnight at the start of a calendar day in Europe/Berlin, as an instant. */
export const berlinDayStart = (isoDay: string) => {
  const utcMidnight = Date.parse(`${isoDay}T00:00:00Z`);
  // "GMT+01:00" / "GMT+02:00": the offset that holds at that night (daylight saving switches at 2 or 3 a.m.).
  const offset = berlinOffset.formatToParts(new Date(utcMidnight)).find((part) => part.type === 'timeZoneName')!.value;
  const [, sign, hours, minutes] = /GMT([+-])(\d{2}):(\d{2})/.exec(offset) ?? [, '+', '00', '00'];
  return new Date(utcMidnight - (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) * 60_000);
};

const nextDay = (isoDay: string) => new Date(Date.parse(`${isoDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const documentIdOf = (name: string, value: string | null) => {
  if (value !== null && !DOCUMENT_ID.test(value)) throw bad(`„${name}“: „${value.slice(0, 40)}“ ist keine Dokument-ID (Kleinbuchstaben und Ziffern).`);
  return value;
};

/** Checks the query string of `GET /verbund/audit-log(.csv)`; every problem is a German 400 naming the parameter. */
export const parseAuditLogQuery = (query: Record<string, unknown>, format: 'json' | 'csv' = 'json'): AuditLogQuery => {
  const [contentType = null] = fromList('contentType', query.contentType, TYPE_NAMES) as TypeName[];
  if (many('contentType', query.contentType).length > 1) throw bad('„contentType“: Bitte genau einen Inhaltstyp angeben.');
  const [action = null] = fromList('action', query.action, AUDIT_ACTION.values) as AuditAction[];
  if (many('action', query.action).length > 1) throw bad('„action“: Bitte genau eine Aktion angeben.');
  const actorText = one('actor', query.actor);
  if (actorText !== null && actorText.length > ACTOR_MAX) throw bad(`„actor“ darf höchstens ${ACTOR_MAX} Zeichen lang sein.`);
  const from = day('from', query.from);
  const to = day('to', query.to);
  if (from && to && from > to) throw bad('„from“ darf nicht nach „to“ liegen.');
  const formatText = one('format', query.format);
  if (formatText !== null && formatText !== 'csv' && formatText !== 'json') throw bad('„format“: Erlaubt sind csv und json.');
  return {
    contentType,
    documentId: documentIdOf('documentId', one('documentId', query.documentId)),
    actor: actorText === null ? null : /^\d{1,9}$/.test(actorText) ? Number(actorText) : actorText,
    from: from ? berlinDayStart(from) : null,
    to: to ? berlinDayStart(nextDay(to)) : null,
    action,
    page: whole('page', query.page, 1, PAGE_MAX),
    pageSize: whole('pageSize', query.pageSize, DEFAULT_PAGE_SIZE, AUDIT_PAGE_SIZE_MAX),
    format: (formatText as 'json' | 'csv' | null) ?? format,
  };
};

/** Checks `GET /api/verbund/audit-entries?documentIds=…&since=…` (the analytics service's report diff). */
export const parseAuditSinceQuery = (query: Record<string, unknown>) => {
  const documentIds = many('documentIds', query.documentIds);
  if (documentIds.length === 0) throw bad('„documentIds“ fehlt: Bitte die Dokument-IDs durch Kommas getrennt angeben.');
  if (documentIds.length > DOCUMENT_IDS_MAX) throw bad(`„documentIds“: höchstens ${DOCUMENT_IDS_MAX} Dokument-IDs je Anfrage.`);
  documentIds.forEach((documentId) => documentIdOf('documentIds', documentId));
  const sinceText = one('since', query.since);
  const since = sinceText === null ? null : new Date(sinceText);
  if (sinceText !== null && (!/^\d{4}-\d{2}-\d{2}T/.test(sinceText) || Number.isNaN(since!.getTime()))) {
    throw bad('„since“ muss ein Zeitpunkt im ISO-Format sein, z. B. 2026-03-01T12:00:00Z.');
  }
  return { documentIds, since };
};
