#!/usr/bin/env node
// Writes the demo network into a fresh CMS SQLite database, at any scale, in seconds instead of
// the document service's ~7 ms per record: Strapi boots once to create its schema, then the
// generated records go in as knex batch inserts laid out the way the document service stores them.
//
//   node scripts/bench/bulk-seed.mjs --out FILE.db [--scale 100] [--seed 1] [--now ISO]
//        [--via bulk|document-service] [--export FILE.ndjson]
//
// `--via document-service` seeds through the real `seedDemo` instead (the reference the bulk
// layout is verified against); `--export` also writes the plugin's export of the result.
import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT } from '../lib/stack.mjs';

const CMS = path.join(ROOT, 'cms');
const require = createRequire(import.meta.url);
const uidOf = (type) => `plugin::verbund.${type}`;
const log = (message) => process.stderr.write(`[bulk-seed] ${message}\n`);

// knex writes multi-row inserts as `SELECT … UNION ALL SELECT …`; SQLite allows 500 terms per
// compound select and 32 766 bound parameters per statement.
const MAX_ROWS_PER_INSERT = 400;
const MAX_PARAMETERS = 30_000;

const paragraphs = (texts) => texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

/**
 * The generator's records as documents of the content types, in the order and with the field
 * mapping of cms/src/demo/seed.ts. Relations name generator keys; press photos go in without
 * their image (the export leaves media out, and uploads are not what this measures).
 */
const documentsOf = (data, isEmbargoed) => [
  ['funding-project', [{ fields: data.fundingProject }]],
  ['site-settings', [{ fields: data.siteSettings }]],
  ['organisation', data.organisations.map(({ key, ...fields }) => ({ key, fields }))],
  ['contact', data.contacts.map(({ key, organisationKey, ...fields }) => ({ key, fields, relations: { organisation: organisationKey } }))],
  ['working-group', data.workingGroups.map(({ key, memberKeys, ...fields }) => ({ key, fields, relations: { members: memberKeys } }))],
  [
    'event',
    data.events.map(({ key, workingGroupKey, publish, status, ...fields }) => ({
      key,
      publish,
      fields: { ...fields, eventStatus: status },
      relations: { workingGroup: workingGroupKey },
    })),
  ],
  [
    'event-participation',
    data.eventParticipations.map(({ eventKey, organisationKey, headcount }) => ({
      fields: { headcount },
      relations: { event: eventKey, organisation: organisationKey },
    })),
  ],
  [
    'press-release',
    data.pressReleases.map(({ key, body, photos, pressContactKey, relatedEventKeys, publish, ...release }) => {
      // As in seed.ts: a release still under embargo stays a draft and waits for the embargo task.
      const embargoed = publish && isEmbargoed(release.embargoUntil);
      return {
        key,
        publish: publish && !embargoed,
        embargoed,
        fields: { ...release, body: paragraphs(body), photos: photos.map(({ image: _image, ...photo }) => photo) },
        relations: { pressContact: pressContactKey, relatedEvents: relatedEventKeys },
      };
    }),
  ],
  ['course-offer', data.courseOffers.map(({ key, providerKey, publish, ...fields }) => ({ key, publish, fields, relations: { provider: providerKey } }))],
  [
    'course-run',
    data.courseRuns.map(({ key, courseOfferKey, publish, status, ...fields }) => ({
      key,
      publish,
      fields: { ...fields, runStatus: status },
      relations: { courseOffer: courseOfferKey },
    })),
  ],
  [
    'course-participation',
    data.courseParticipations.map(({ courseRunKey, organisationKey, participants }) => ({
      fields: { participants },
      relations: { courseRun: courseRunKey, organisation: organisationKey },
    })),
  ],
  ['consultation', data.consultations.map(({ key, organisationKey, ...fields }) => ({ key, fields, relations: { organisation: organisationKey } }))],
  [
    'training-need',
    data.trainingNeeds.map(({ key, organisationKey, matchedOfferKeys, consultationKey, status, ...fields }) => ({
      key,
      fields: { ...fields, needStatus: status },
      relations: { organisation: organisationKey, matchedOffers: matchedOfferKeys, consultation: consultationKey },
    })),
  ],
  ['indicator-target', data.indicatorTargets.map((fields) => ({ fields }))],
];

/** The value as Strapi's SQLite layer stores it; knex turns Dates into epoch ms and booleans into 0/1. */
const toColumn = (type, value) => {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'datetime':
    case 'timestamp':
      return new Date(value);
    case 'json':
    case 'blocks':
      return JSON.stringify(value);
    default:
      return value;
  }
};

/** Stable across runs, so that the same seed gives the same database (document ids are opaque to Strapi). */
const documentIdOf = (type, key) => createHash('sha256').update(`${type}\0${key}`).digest('hex').slice(0, 24);

class BulkWriter {
  constructor(strapi, trx) {
    this.strapi = strapi;
    this.trx = trx;
    /** `type:key` → { documentId, rows: { draft, published } | { single }, dp } */
    this.documents = new Map();
    /** `attribute:target documentId` → sources linked so far, for the target's inverse order column */
    this.inversePositions = new Map();
    this.nextIds = new Map();
    this.rowCount = 0;
  }

  async nextId(table) {
    if (!this.nextIds.has(table)) {
      const { max } = await this.trx(table).max('id as max').first();
      this.nextIds.set(table, (max ?? 0) + 1);
    }
    const id = this.nextIds.get(table);
    this.nextIds.set(table, id + 1);
    return id;
  }

  async insert(table, rows) {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]).length;
    const chunk = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, Math.floor(MAX_PARAMETERS / columns)));
    for (let start = 0; start < rows.length; start += chunk) await this.trx(table).insert(rows.slice(start, start + chunk));
    this.rowCount += rows.length;
  }

  /** Row ids a relation to `target` is stored against, as the document service links versions. */
  targetRowsFor(target, sourceVersion, sourceHasDrafts) {
    if (!target.dp) return [target.rows.single];
    if (sourceHasDrafts) return [sourceVersion === 'draft' ? target.rows.draft : target.rows.published].filter(Boolean);
    // A type without drafts points at both versions of a draft & publish target.
    return [target.rows.draft, target.rows.published].filter(Boolean);
  }

  async writeType(type, documents) {
    const uid = uidOf(type);
    const contentType = this.strapi.contentType(uid);
    const meta = this.strapi.db.metadata.get(uid);
    const dp = Boolean(contentType.options?.draftAndPublish);
    const tables = new Map();
    const rowsOf = (table) => {
      if (!tables.has(table)) tables.set(table, []);
      return tables.get(table);
    };
    const attributeOf = (name) => {
      const attribute = contentType.attributes[name];
      if (!attribute) throw new Error(`${type}.${name} is not in the schema: the bulk mapping is out of date`);
      return attribute;
    };
    const defaults = Object.entries(contentType.attributes).filter(([, attribute]) => attribute.default !== undefined);
    /** The related documents a relation names, in its order. */
    const targetsOf = (key, name, ref) => {
      const targetType = attributeOf(name).target.slice('plugin::verbund.'.length);
      return [ref].flat().filter(Boolean).map((targetKey) => {
        const target = this.documents.get(`${targetType}:${targetKey}`);
        if (!target) throw new Error(`${type} ${key}: ${name} points at the unknown ${targetType} ${targetKey}`);
        return target;
      });
    };

    for (const [index, document] of documents.entries()) {
      const key = document.key ?? String(index);
      const documentId = documentIdOf(type, key);
      const stamp = new Date();
      const versions = dp ? ['draft', ...(document.publish ? ['published'] : [])] : ['single'];
      const rows = {};
      for (const version of versions) rows[version] = await this.nextId(meta.tableName);
      const entry = { documentId, rows, dp };
      if (document.key !== undefined) this.documents.set(`${type}:${key}`, entry);

      // The document service fills schema defaults for attributes the data leaves out.
      const fields = { ...Object.fromEntries(defaults.filter(([name]) => !(name in document.fields)).map(([name, a]) => [name, a.default])), ...document.fields };
      const scalars = {};
      const components = [];
      for (const [name, value] of Object.entries(fields)) {
        const attribute = attributeOf(name);
        if (attribute.type === 'component') components.push([name, attribute, value]);
        else scalars[meta.attributes[name].columnName] = toColumn(attribute.type, value);
      }

      const inverse = new Map();
      for (const [name, ref] of Object.entries(document.relations ?? {})) {
        if (!meta.attributes[name].joinTable.inverseOrderColumnName) continue;
        for (const target of targetsOf(key, name, ref)) {
          const slot = `${name}:${target.documentId}`;
          const position = (this.inversePositions.get(slot) ?? 0) + 1;
          this.inversePositions.set(slot, position);
          inverse.set(slot, position);
        }
      }

      for (const version of versions) {
        const id = rows[version];
        rowsOf(meta.tableName).push({
          id,
          document_id: documentId,
          ...scalars,
          created_at: stamp,
          updated_at: stamp,
          // Types without drafts are stored as published, as Strapi 5 does.
          published_at: version === 'draft' ? null : stamp,
          created_by_id: null,
          updated_by_id: null,
          locale: null,
        });

        // Each version owns its own copies of its components.
        for (const [name, attribute, value] of components) {
          const componentMeta = this.strapi.db.metadata.get(attribute.component);
          const component = this.strapi.getModel(attribute.component);
          const joinTable = meta.attributes[name].joinTable;
          const items = attribute.repeatable ? (value ?? []) : value ? [value] : [];
          for (const [position, item] of items.entries()) {
            const componentId = await this.nextId(componentMeta.tableName);
            const componentRow = { id: componentId };
            for (const [field, fieldAttribute] of Object.entries(component.attributes)) {
              if (fieldAttribute.type === 'media') continue;
              componentRow[componentMeta.attributes[field].columnName] = toColumn(fieldAttribute.type, item[field]);
            }
            const unknown = Object.keys(item).filter((field) => !(field in component.attributes));
            if (unknown.length > 0) throw new Error(`${attribute.component} has no ${unknown.join(', ')}: the bulk mapping is out of date`);
            rowsOf(componentMeta.tableName).push(componentRow);
            rowsOf(joinTable.name).push({
              [joinTable.joinColumn.name]: id,
              [joinTable.inverseJoinColumn.name]: componentId,
              component_type: attribute.component,
              ...joinTable.on,
              [joinTable.orderColumnName]: attribute.repeatable ? position + 1 : null,
            });
          }
        }

        for (const [name, ref] of Object.entries(document.relations ?? {})) {
          const joinTable = meta.attributes[name].joinTable;
          let order = 0;
          for (const target of targetsOf(key, name, ref)) {
            for (const targetRow of this.targetRowsFor(target, version, dp)) {
              order += 1;
              rowsOf(joinTable.name).push({
                [joinTable.joinColumn.name]: id,
                [joinTable.inverseJoinColumn.name]: targetRow,
                ...(joinTable.orderColumnName ? { [joinTable.orderColumnName]: order } : {}),
                ...(joinTable.inverseOrderColumnName ? { [joinTable.inverseOrderColumnName]: inverse.get(`${name}:${target.documentId}`) } : {}),
              });
            }
          }
        }
      }
    }
    for (const [table, rows] of tables) await this.insert(table, rows);
  }
}

const bulkSeed = async (strapi, data) => {
  const embargo = strapi.plugin('verbund').service('embargo');
  const types = documentsOf(data, (until) => embargo.isFuture(until));
  const knex = strapi.db.connection;
  // A throw-away file that is rebuilt on any failure: durability per statement buys nothing here.
  await knex.raw('PRAGMA synchronous = OFF');
  let writer;
  await knex.transaction(async (trx) => {
    writer = new BulkWriter(strapi, trx);
    for (const [type, documents] of types) {
      const started = performance.now();
      await writer.writeType(type, documents);
      log(`${type}: ${documents.length} documents (${Math.round(performance.now() - started)} ms)`);
    }
  });
  for (const document of types.find(([type]) => type === 'press-release')[1].filter((release) => release.embargoed)) {
    await embargo.schedule(writer.documents.get(`press-release:${document.key}`).documentId, document.fields.embargoUntil);
  }
  return writer.rowCount;
};

/** The plugin's own export, written as the endpoint would stream it. */
const writeExport = async (strapi, file) => {
  const { exportPageSize } = strapi.config.get('plugin::verbund');
  const temporary = `${file}.${process.pid}.tmp`;
  const out = createWriteStream(temporary);
  for await (const line of strapi.plugin('verbund').service('export').lines(exportPageSize)) {
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  renameSync(temporary, file);
};

const bootStrapi = async (databaseFile) => {
  const secret = () => randomBytes(18).toString('base64');
  Object.assign(process.env, {
    NODE_ENV: 'production',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_STARTUP_LOG: 'false',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: databaseFile,
    VERBUND_ANALYTICS_TOKEN_FILE: '',
    VERBUND_ANALYTICS_URL: '',
    APP_KEYS: `${secret()},${secret()}`,
    API_TOKEN_SALT: secret(),
    ADMIN_JWT_SECRET: secret(),
    TRANSFER_TOKEN_SALT: secret(),
    JWT_SECRET: secret(),
    ENCRYPTION_KEY: secret(),
  });
  // Strapi's ESM build does a directory import that Node rejects; its CommonJS build works.
  const { compileStrapi, createStrapi } = require('@strapi/strapi');
  const appContext = await compileStrapi({ appDir: CMS, distDir: path.join(CMS, 'dist') });
  const strapi = await createStrapi({ ...appContext, autoReload: false, serveAdminPanel: false }).load();
  strapi.log.level = 'warn';
  return strapi;
};

const main = async () => {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      now: { type: 'string', default: '2024-09-02T08:00:00.000Z' },
      via: { type: 'string', default: 'bulk' },
      export: { type: 'string' },
    },
  });
  if (!values.out) throw new Error('--out FILE is required');
  if (!['bulk', 'document-service'].includes(values.via)) throw new Error('--via is bulk or document-service');
  const scale = Number(values.scale);
  const seed = Number(values.seed);
  const now = new Date(values.now);
  // seedDemo always generates with seed 1.
  if (values.via === 'document-service' && seed !== 1) throw new Error('--via document-service seeds with seed 1 only');

  const out = path.resolve(values.out);
  mkdirSync(path.dirname(out), { recursive: true });
  const temporary = `${out}.${process.pid}.tmp`;
  rmSync(temporary, { force: true });
  const started = performance.now();
  const strapi = await bootStrapi(temporary).catch((error) => {
    rmSync(temporary, { force: true });
    throw error;
  });
  try {
    log(`Strapi schema ready (${Math.round(performance.now() - started)} ms); generating scale ${scale} …`);
    const seeding = performance.now();
    if (values.via === 'bulk') {
      const { generateDemoData } = require('@verbund/demo-data');
      const rows = await bulkSeed(strapi, generateDemoData({ seed, scale, now }));
      log(`${rows} rows in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
    } else {
      const { seedDemo } = require(path.join(CMS, 'dist', 'src', 'demo', 'seed.js'));
      await seedDemo(strapi, { scale, now });
      log(`document service: ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
    }
    if (values.export) await writeExport(strapi, path.resolve(values.export));
  } catch (error) {
    await strapi.destroy();
    rmSync(temporary, { force: true });
    throw error;
  }
  await strapi.destroy();
  renameSync(temporary, out);
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`[bulk-seed] ${error.stack ?? error.message}`);
    process.exit(1);
  },
);
