import { queryRows } from '../db.js';
import { formatNumberDe } from '../format.js';
import type { QualityCheck } from './check.js';

const SQL = `
  SELECT document_id AS id, title AS name, photos_without_image AS missing
  FROM press_release
  WHERE photos_without_image > 0
  ORDER BY release_date, title`;

export const pressPhotoImageCheck: QualityCheck = {
  id: 'press_photo_without_image',
  title: 'Pressefotos ohne Bild',
  description:
    'Bei diesen veröffentlichten Pressemitteilungen fehlt einem Pressefoto die Bilddatei, meist weil sie aus der Medienbibliothek gelöscht wurde.',
  async run(conn) {
    const rows = await queryRows<{ id: string; name: string | null; missing: number }>(conn, SQL);
    return rows.map((r) => ({
      id: r.id,
      name: r.name ?? r.id,
      message: `${r.missing === 1 ? 'Einem Pressefoto fehlt' : `${formatNumberDe(r.missing)} Pressefotos fehlt`} die Bilddatei.`,
    }));
  },
};
