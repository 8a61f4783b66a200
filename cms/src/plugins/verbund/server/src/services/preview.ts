import { createHash, timingSafeEqual } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { VerbundConfig } from '../config';
import { PUBLIC_TYPES } from './public-types';

/** The types the public site has a page for, by their public route key. */
export const PREVIEW_ROUTE_KEYS = ['press-releases', 'events', 'course-offers'] as const;
export type PreviewRouteKey = (typeof PREVIEW_ROUTE_KEYS)[number];

export const isPreviewRouteKey = (value: string): value is PreviewRouteKey => (PREVIEW_ROUTE_KEYS as readonly string[]).includes(value);

/**
 * Strapi's preview (admin config `preview.handler`) opens the site's preview page of a draft; the
 * site fetches the draft here with the shared secret, in the shape the public API gives the
 * published version, so it renders with the same page.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const config = () => strapi.config.get('plugin::verbund') as VerbundConfig;

  return {
    /** Whether a request's `Authorization: Bearer …` holds the preview secret. */
    isPreviewClient(authorization: unknown): boolean {
      const { previewSecret } = config();
      const given = typeof authorization === 'string' && authorization.startsWith('Bearer ') ? authorization.slice(7).trim() : '';
      const digest = (value: string) => createHash('sha256').update(value).digest();
      return Boolean(previewSecret && given) && timingSafeEqual(digest(given), digest(previewSecret));
    },

    /** The site's preview page of a document, or null for a type the site shows no page of. */
    url(uid: string, documentId: string): string | null {
      const { siteUrl, previewSecret } = config();
      const routeKey = PREVIEW_ROUTE_KEYS.find((key) => PUBLIC_TYPES[key]!.uid === uid);
      if (!siteUrl || !previewSecret || !routeKey) return null;
      const query = new URLSearchParams({ schluessel: previewSecret });
      return `${siteUrl.replace(/\/+$/, '')}/vorschau/${routeKey}/${encodeURIComponent(documentId)}?${query}`;
    },

    /** The draft with the public fields and relations (and their public filters), whatever its embargo. */
    async find(routeKey: PreviewRouteKey, documentId: string) {
      const view = PUBLIC_TYPES[routeKey]!;
      return strapi.documents(view.uid as never).findOne({
        documentId,
        status: 'draft',
        fields: view.fields,
        populate: view.populate,
      } as never);
    },
  };
};
