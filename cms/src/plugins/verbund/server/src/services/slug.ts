import type { Core } from '@strapi/strapi';

const TRANSLITERATION: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', Ä: 'ae', Ö: 'oe', Ü: 'ue' };

/** German-aware URL slug: "Größe & Qualität" → "groesse-qualitaet". */
export const slugify = (text: string): string =>
  text
    .replace(/[äöüßÄÖÜ]/g, (char) => TRANSLITERATION[char])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async isTaken(uid: string, slug: string, ownDocumentId?: string): Promise<boolean> {
    const where: Record<string, unknown> = { slug };
    if (ownDocumentId) where.documentId = { $ne: ownDocumentId };
    return (await strapi.db.query(uid as never).count({ where })) > 0;
  },

  /** The first free slug of `base`, `base-2`, `base-3`, … among other documents of the type. */
  async unique(uid: string, text: string, ownDocumentId?: string): Promise<string> {
    const base = slugify(text) || 'eintrag';
    for (let suffix = 1; ; suffix += 1) {
      const candidate = suffix === 1 ? base : `${base}-${suffix}`;
      if (!(await this.isTaken(uid, candidate, ownDocumentId))) return candidate;
    }
  },
});
