import type { Core } from '@strapi/strapi';
import { slugify } from '@verbund/domain';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async isTaken(uid: string, slug: string, ownDocumentId?: string): Promise<boolean> {
    const where: Record<string, unknown> = { slug };
    if (ownDocumentId) where.documentId = { $ne: ownDocumentId };
    return (await strapi.db.query(uid as never).count({ where })) > 0;
  },

  /** The first free slug of `base`, `base-2`, `base-3`, … among other documents of the type. */
  async unique(uid: string, text: string, ownDocumentId?: string): Promise<string> {
    // 80 characters keep slugs readable in URLs; a cut never leaves a trailing dash
    const base = slugify(text).slice(0, 80).replace(/-+$/g, '') || 'eintrag';
    for (let suffix = 1; ; suffix += 1) {
      const candidate = suffix === 1 ? base : `${base}-${suffix}`;
      if (!(await this.isTaken(uid, candidate, ownDocumentId))) return candidate;
    }
  },
});
