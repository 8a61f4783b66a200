import type { Core } from '@strapi/strapi';
import { isPreviewRouteKey } from '../services/preview';
import { getService } from '../utils/get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const preview = getService(strapi, 'preview');
    // Drafts leave the CMS only for the site's preview page, which holds the shared secret.
    if (!preview.isPreviewClient(ctx.request.header.authorization)) {
      return ctx.unauthorized('Die Vorschau ist nur mit dem gültigen Vorschau-Schlüssel abrufbar.');
    }
    const { routeKey, id } = ctx.params as { routeKey: string; id: string };
    if (!isPreviewRouteKey(routeKey)) return ctx.notFound('Für diesen Inhaltstyp gibt es keine Vorschau.');
    const entry = await preview.find(routeKey, id);
    if (!entry) return ctx.notFound('Nicht gefunden.');
    // A draft: never kept by a browser or proxy.
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { data: entry, meta: { preview: true } };
  },
});
