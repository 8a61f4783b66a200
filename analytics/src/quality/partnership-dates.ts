import { formatIsoDate } from '@verbund/domain';
import { queryRows } from '../db.js';

import type { QualityCheck } from './check.js';

const SQL = `
  SELECT document_id AS id, name,
         strftime(partner_since, '%Y-%m-%d') AS partner_since, strftime(partner_until, '%Y-%m-%d') AS partner_until
  FROM organisation
  WHERE partner_until < partner_since
  ORDER BY name`;

export const partnershipDatesCheck: QualityCheck = {
  id: 'partner_until_before_since',
  title: 'Partnerschaften, die vor ihrem Beginn enden',
  description: '„Partner bis“ liegt vor „Partner seit“; die Organisation zählt an keinem Tag als Netzwerkpartner.',
  async run(conn) {
    const rows = await queryRows<{ id: string; name: string | null; partner_since: string; partner_until: string }>(conn, SQL);
    return rows.map((r) => ({
      id: r.id,
      name: r.name ?? r.id,
      message: `„Partner bis“ (${formatIsoDate(r.partner_until)}) liegt vor „Partner seit“ (${formatIsoDate(r.partner_since)}).`,
    }));
  },
};
