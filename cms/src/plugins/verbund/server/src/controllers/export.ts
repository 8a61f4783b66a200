import { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const { exportPageSize } = strapi.config.get('plugin::verbund') as { exportPageSize: number };
    const stream = Readable.from(strapi.plugin('verbund').service('export').lines(exportPageSize));
    stream.on('error', (error: Error) => strapi.log.error(`[verbund] export stream failed: ${error.message}`));
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/x-ndjson; charset=utf-8';
    ctx.body = stream;
  },
});
