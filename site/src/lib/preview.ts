import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The CMS admin's preview of drafts (cms/config/admin.ts): it opens `/vorschau/<type>/<id>` with
 * the secret this site shares with the CMS; the page fetches the draft and renders it with the
 * type's own page. Per CMS route key, the path of that page.
 */
export const PREVIEW_PAGES: Readonly<Record<string, string>> = {
  'press-releases': '/presse',
  events: '/veranstaltungen',
  'course-offers': '/kurse',
};

export const previewSecret = () => process.env.VERBUND_PREVIEW_SECRET ?? '';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Whether the address carries the preview secret (compared in constant time). */
export function hasPreviewSecret(given: string | null): boolean {
  const secret = previewSecret();
  return Boolean(secret && given) && timingSafeEqual(digest(given!), digest(secret));
}
