import { XMLBuilder } from 'fast-xml-parser';

export interface SitemapEntry {
  path: string;
  lastmod?: string;
}

/** sitemaps.org 0.9 XML, written by an XML builder that escapes every value. */
export function sitemapXml(entries: SitemapEntry[], site: URL) {
  const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true });
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    urlset: {
      '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9',
      url: entries.map((entry) => ({ loc: new URL(entry.path, site).href, ...(entry.lastmod ? { lastmod: entry.lastmod } : {}) })),
    },
  }) as string;
}
