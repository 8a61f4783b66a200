import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../utils/get-service';

const gunzipAsync = promisify(gunzip);

/**
 * A frozen version lists every record behind every figure: at 100× the demo data that is several
 * megabytes of JSON, far above the body parser's limit for every other route. It therefore comes
 * gzip-compressed, a type the body parser leaves alone, and is read here with limits of its own.
 */
const MAX_COMPRESSED_BYTES = 64 * 1024 * 1024;
const MAX_JSON_BYTES = 512 * 1024 * 1024;

const readBody = async (req: NodeJS.ReadableStream): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_COMPRESSED_BYTES) throw new errors.PayloadTooLargeError('Die Berichtsversion ist zu groß (mehr als 64 MB komprimiert).');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: any) {
    if (!ctx.is('application/gzip')) {
      throw new errors.ValidationError('Eine Berichtsversion wird als gzip-komprimiertes JSON gesendet (Content-Type: application/gzip).');
    }
    let input: unknown;
    try {
      input = JSON.parse((await gunzipAsync(await readBody(ctx.req), { maxOutputLength: MAX_JSON_BYTES })).toString('utf8'));
    } catch (error) {
      if (error instanceof errors.PayloadTooLargeError) throw error;
      throw new errors.ValidationError('Die Berichtsversion konnte nicht gelesen werden: Der Inhalt ist kein gültiges gzip-komprimiertes JSON.');
    }
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      throw new errors.ValidationError('Die Berichtsversion muss ein JSON-Objekt sein.');
    }
    ctx.status = 201;
    ctx.body = await getService(strapi, 'report-versions').create(input as never);
  },

  async find(ctx: any) {
    ctx.set('Cache-Control', 'no-store');
    ctx.body = { reports: await getService(strapi, 'report-versions').list() };
  },

  async findOne(ctx: any) {
    const id = Number(ctx.params.id);
    if (!Number.isSafeInteger(id) || id < 1) throw new errors.ValidationError(`„${ctx.params.id}“ ist keine gültige Nummer einer Berichtsversion.`);
    const version = await getService(strapi, 'report-versions').find(id);
    if (!version) throw new errors.NotFoundError(`Die Berichtsversion ${id} gibt es nicht.`);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = version;
  },
});
