import { queryRows } from '../db.js';
import { formatNumberDe } from '../format.js';
import type { QualityCheck } from './check.js';

/**
 * A participation counts only through its event or course run; one whose event or run is gone
 * (deleted, or unpublished and so not exported) or was never set counts nowhere.
 */
const SQL = `
  SELECT * FROM (
    SELECT 'event' AS kind, p.document_id AS id, p.event_id AS target_id, o.name AS organisation, p.headcount AS people
    FROM event_participation p
    LEFT JOIN organisation o ON o.document_id = p.organisation_id
    WHERE p.event_id IS NULL OR p.event_id NOT IN (SELECT document_id FROM event)
    UNION ALL
    SELECT 'course', p.document_id, p.course_run_id, o.name, p.participants
    FROM course_participation p
    LEFT JOIN organisation o ON o.document_id = p.organisation_id
    WHERE p.course_run_id IS NULL OR p.course_run_id NOT IN (SELECT document_id FROM course_run)
  )
  ORDER BY kind DESC, organisation, id`;

const WORDS = {
  event: { participation: 'Veranstaltungsteilnahme', target: 'Veranstaltung', none: 'keiner Veranstaltung' },
  course: { participation: 'Kursteilnahme', target: 'Kursdurchführung', none: 'keiner Kursdurchführung' },
} as const;

export const orphanedParticipationsCheck: QualityCheck = {
  id: 'participation_without_event_or_run',
  title: 'Teilnahmen ohne Veranstaltung oder Kurs',
  description:
    'Die Veranstaltung oder Kursdurchführung dieser Teilnahmen gibt es nicht (mehr) oder sie ist nicht veröffentlicht. Solche Teilnahmen zählen bei keiner Kennzahl.',
  async run(conn) {
    const rows = await queryRows<{ kind: 'event' | 'course'; id: string; target_id: string | null; organisation: string | null; people: number | null }>(conn, SQL);
    return rows.map((r) => {
      const words = WORDS[r.kind];
      const people = r.people === null ? '' : ` (${formatNumberDe(r.people)} ${r.people === 1 ? 'Person' : 'Personen'})`;
      return {
        id: r.id,
        name: `${words.participation} ${r.organisation ? `von ${r.organisation}` : 'ohne Organisation'}${people}`,
        message:
          r.target_id === null
            ? `Die Teilnahme ist ${words.none} zugeordnet.`
            : `Die zugeordnete ${words.target} (${r.target_id}) gibt es nicht mehr oder sie ist nicht veröffentlicht.`,
      };
    });
  },
};
