import { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const { exportPageSize } = strapi.config.get('plugin::verbund') as { exportPageSize: number };
    const stream = Readable.from(getService(strapi, 'export').lines(exportPageSize));
    stream.on('error', (error: Error) => strapi.log.error(`[verbund] export stream failed: ${error.message}`));
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'application/x-ndjson; charset=utf-8';
    ctx.body = stream;
  },
});
