import { queryRows } from '../db.js';
import type { QualityCheck } from './check.js';

const SQL = `
  SELECT document_id AS id, name
  FROM organisation
  WHERE type = 'company' AND size_class = 'unknown'
  ORDER BY name`;

export const companySizeCheck: QualityCheck = {
  id: 'company_size_unknown',
  title: 'Unternehmen ohne bekannte Größe',
  description:
    'Bei diesen Unternehmen ist die Größenklasse unbekannt. Sie fallen aus dem KMU-Anteil der Partnerunternehmen heraus und zählen bei keiner KMU-Kennzahl mit.',
  async run(conn) {
    const rows = await queryRows<{ id: string; name: string | null }>(conn, SQL);
    return rows.map((r) => ({
      id: r.id,
      name: r.name ?? r.id,
      message: 'Die Unternehmensgröße ist nicht erfasst (unbekannt).',
    }));
  },
};
