import { formatIsoDate, labelFor, TOPIC } from '@verbund/domain';
import { queryRows } from '../db.js';

import type { QualityCheck } from './check.js';

/** `has_match` counts published offers only, as the indicator does. */
const SQL = `
  SELECT n.document_id AS id, o.name AS organisation, n.topic, n.status, n.has_match,
         strftime(n.identified_on, '%Y-%m-%d') AS identified_on
  FROM need_fact n
  LEFT JOIN org o ON o.document_id = n.organisation_id
  WHERE (n.status = 'matched' AND NOT n.has_match) OR (n.status = 'open' AND n.has_match)
  ORDER BY n.identified_on, o.name`;

export const trainingNeedStatusCheck: QualityCheck = {
  id: 'training_need_status_mismatch',
  title: 'Weiterbildungsbedarfe mit widersprüchlichem Status',
  description:
    'Ein Bedarf hat den Status „passendes Angebot gefunden“, aber kein zugeordnetes veröffentlichtes Kursangebot – oder er hat zugeordnete Angebote, steht aber noch auf „offen“.',
  async run(conn) {
    const rows = await queryRows<{ id: string; organisation: string | null; topic: string | null; status: string; has_match: boolean; identified_on: string | null }>(
      conn,
      SQL,
    );
    return rows.map((r) => ({
      id: r.id,
      name: `Bedarf ${r.organisation ? `von ${r.organisation}` : 'ohne Organisation'} (${labelFor(TOPIC.labels, r.topic)}${r.identified_on ? `, ${formatIsoDate(r.identified_on)}` : ''})`,
      message: r.has_match
        ? 'Dem Bedarf sind passende Kursangebote zugeordnet, sein Status ist aber noch „offen“.'
        : 'Der Status ist „passendes Angebot gefunden“, aber dem Bedarf ist kein veröffentlichtes Kursangebot zugeordnet.',
    }));
  },
};
