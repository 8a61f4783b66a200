declare namespace App {
  interface Locals {
    /** The draft shown by the admin's preview (pages/vorschau); unset on every public page. */
    preview?: Record<string, unknown>;
    /**
     * The site settings (name, texts, press contact), asked of the CMS once per request however
     * many parts of the page need them (middleware.ts); call it early to ask in parallel.
     */
    siteSettings: () => Promise<import('./lib/cms').SiteSettings | null>;
  }
}
