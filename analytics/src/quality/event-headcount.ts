import { formatIsoDate } from '@verbund/domain';
import { queryRows } from '../db.js';
import { formatNumberDe } from '../format.js';
import type { QualityCheck } from './check.js';

const SQL = `
  SELECT e.document_id AS id, e.title AS name, strftime(e.event_date, '%Y-%m-%d') AS event_date,
         e.attendees_total, CAST(sum(coalesce(p.headcount, 0)) AS INTEGER) AS headcount
  FROM event e
  JOIN event_participation p ON p.event_id = e.document_id
  GROUP BY e.document_id, e.title, e.event_date, e.attendees_total
  HAVING sum(coalesce(p.headcount, 0)) > coalesce(e.attendees_total, 0)
  ORDER BY e.event_date, e.title`;

export const eventHeadcountCheck: QualityCheck = {
  id: 'event_headcount_exceeds_total',
  title: 'Veranstaltungen mit mehr erfassten Teilnahmen als Teilnehmenden',
  description:
    'Die Personenzahlen der einzelnen Teilnahmen ergeben zusammen mehr als die Gesamtteilnehmerzahl der Veranstaltung. Die Kennzahl „Teilnehmende an Veranstaltungen“ verwendet die Gesamtteilnehmerzahl.',
  async run(conn) {
    const rows = await queryRows<{ id: string; name: string | null; event_date: string | null; attendees_total: number | null; headcount: number }>(conn, SQL);
    return rows.map((r) => ({
      id: r.id,
      name: r.name ?? r.id,
      message:
        `Veranstaltung${r.event_date ? ` am ${formatIsoDate(r.event_date)}` : ''}: Die Teilnahmen summieren sich auf ${formatNumberDe(r.headcount)} Personen, ` +
        (r.attendees_total === null
          ? 'eine Gesamtteilnehmerzahl ist nicht erfasst.'
          : `die Gesamtteilnehmerzahl ist ${formatNumberDe(r.attendees_total)}.`),
    }));
  },
};
