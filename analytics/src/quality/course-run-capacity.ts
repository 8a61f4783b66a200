import { formatIsoDate } from '@verbund/domain';
import { queryRows } from '../db.js';
import { formatNumberDe } from '../format.js';
import type { QualityCheck } from './check.js';

const SQL = `
  SELECT r.document_id AS id, o.title AS name, strftime(r.starts_on, '%Y-%m-%d') AS starts_on, r.seats,
         CAST(count(*) AS INTEGER) AS participations,
         CAST(sum(coalesce(p.participants, 0)) AS INTEGER) AS participants
  FROM course_run r
  JOIN course_participation p ON p.course_run_id = r.document_id
  JOIN run_offer ro ON ro.course_run_id = r.document_id
  LEFT JOIN course_offer o ON o.document_id = ro.course_offer_id
  WHERE r.seats IS NOT NULL
  GROUP BY r.document_id, o.title, r.starts_on, r.seats
  HAVING sum(coalesce(p.participants, 0)) > r.seats
  ORDER BY r.starts_on, o.title`;

export const courseRunCapacityCheck: QualityCheck = {
  id: 'course_run_over_capacity',
  title: 'Kurse mit mehr Teilnehmenden als Plätzen',
  description: 'Die Kursteilnahmen einer Kursdurchführung ergeben zusammen mehr Teilnehmende, als der Kurs Plätze hat.',
  async run(conn) {
    const rows = await queryRows<{ id: string; name: string | null; starts_on: string | null; seats: number; participations: number; participants: number }>(
      conn,
      SQL,
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name ?? `Kursdurchführung ${r.id}`,
      message:
        `Kurs${r.starts_on ? ` ab ${formatIsoDate(r.starts_on)}` : ''}: ${formatNumberDe(r.participations)} ` +
        `${r.participations === 1 ? 'Teilnahme' : 'Teilnahmen'} mit zusammen ${formatNumberDe(r.participants)} Teilnehmenden bei ${formatNumberDe(r.seats)} Plätzen.`,
    }));
  },
};
