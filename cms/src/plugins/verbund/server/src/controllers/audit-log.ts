import { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { isVerbundUid, uidOf, type TypeName } from '../constants';
import { auditCsv } from '../audit/csv';
import { parseAuditLogQuery } from '../audit/log-query';
import { getService } from '../utils/get-service';
import { schemaOf } from '../utils/schema';

/** `GET /verbund/audit-log` and `/verbund/audit-log.csv` (admin API, read permission `plugin::verbund.audit-log.read`). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const typeLabel = (type: string) => {
    const uid = uidOf(type as TypeName);
    return isVerbundUid(uid) && strapi.contentType(uid as never) ? schemaOf(strapi, uid).info.displayName : type;
  };

  const csv = (ctx: any, query: ReturnType<typeof parseAuditLogQuery>) => {
    const stream = Readable.from(auditCsv(getService(strapi, 'audit').all(query), typeLabel));
    stream.on('error', (error: Error) => strapi.log.error(`[verbund] Änderungsprotokoll-Export fehlgeschlagen: ${error.message}`));
    ctx.set('Content-Disposition', `attachment; filename="aenderungsprotokoll-${new Date().toISOString().slice(0, 10)}.csv"`);
    ctx.type = 'text/csv; charset=utf-8';
    ctx.body = stream;
  };

  return {
    async find(ctx: any) {
      const query = parseAuditLogQuery(ctx.query);
      ctx.set('Cache-Control', 'no-store');
      if (query.format === 'csv') return csv(ctx, query);
      ctx.body = await getService(strapi, 'audit').page(query);
    },

    async exportCsv(ctx: any) {
      ctx.set('Cache-Control', 'no-store');
      csv(ctx, parseAuditLogQuery(ctx.query, 'csv'));
    },
  };
};
