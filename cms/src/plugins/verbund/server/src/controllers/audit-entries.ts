import type { Core } from '@strapi/strapi';
import { parseAuditSinceQuery } from '../audit/log-query';
import { getService } from '../utils/get-service';

/** `GET /api/verbund/audit-entries?documentIds=…&since=…`: the analytics service's report diff names who changed a record. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const { documentIds, since } = parseAuditSinceQuery(ctx.query);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { entries: await getService(strapi, 'audit').since(documentIds, since) };
  },
});
