/**
 * The content manager's configuration as the plugin writes it: German labels and help texts, and
 * list views that open with their default sort (a relation column as default sort answered 500).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TYPE_LAYOUTS } from '../src/plugins/verbund/server/src/admin-config/labels';
import { TYPE_NAMES } from '../src/plugins/verbund/server/src/constants';
import { DISPLAY_NAME_FIELD } from '../src/plugins/verbund/server/src/services/display-name';
import { adminApi, adminLogin } from './helpers/admin';
import { bootStrapi, type TestStrapi } from './helpers/strapi';

let app: TestStrapi;
let api: ReturnType<typeof adminApi>;

beforeAll(async () => {
  app = await bootStrapi();
  api = adminApi(app.url, await adminLogin(app.strapi, app.url, 'layout@example.org'));
});

afterAll(async () => {
  await app?.close();
  await app?.cleanup();
});

const COLLECTIONS = TYPE_NAMES.filter((type) => !['funding-project', 'site-settings'].includes(type));

describe('admin list and edit views', () => {
  it.each(COLLECTIONS)('%s: the list view opens with its default sort', async (type) => {
    const uid = `plugin::verbund.${type}`;
    const configuration = await api('GET', `/content-manager/content-types/${uid}/configuration`);
    expect(configuration.status).toBe(200);
    const { settings } = configuration.body.data.contentType;
    const list = await api('GET', `/content-manager/collection-types/${uid}?page=1&pageSize=20&sort=${settings.defaultSortBy}:${settings.defaultSortOrder}`);
    expect(list.status, JSON.stringify(list.body)).toBe(200);
  });

  it.each(TYPE_NAMES)('%s: every field has a German label, the edit view lists them in the plugin order', async (type) => {
    const configuration = await api('GET', `/content-manager/content-types/plugin::verbund.${type}/configuration`);
    const { metadatas, layouts } = configuration.body.data.contentType;
    const attributes = (app.strapi.contentType(`plugin::verbund.${type}` as never) as any).attributes as Record<string, { type: string }>;
    const ownFields = Object.keys(attributes).filter((name) => !['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations'].includes(name));
    for (const field of ownFields) {
      // an untranslated field keeps its identifier as label
      expect(metadatas[field].edit.label, `${type}.${field}`).not.toBe(field);
    }
    const shown: string[] = layouts.edit.flat().map((cell: { name: string }) => cell.name);
    // Every field the plugin lists, in its order and first; the computed display name is hidden.
    const pluginOrder = Object.keys(TYPE_LAYOUTS[type].fields).filter((name) => name in attributes && name !== DISPLAY_NAME_FIELD);
    expect(pluginOrder.length).toBeGreaterThan(1);
    expect(shown.slice(0, pluginOrder.length)).toEqual(pluginOrder);
    expect(shown).not.toContain(DISPLAY_NAME_FIELD);
  });

  it('lists dated records newest first', async () => {
    const configuration = await api('GET', '/content-manager/content-types/plugin::verbund.press-release/configuration');
    expect(configuration.body.data.contentType.settings).toMatchObject({ defaultSortBy: 'releaseDate', defaultSortOrder: 'DESC' });
  });

  it('explains what "Quelle" on a press photo and "neu im Verbund" on a course offer mean', async () => {
    const photo = await api('GET', '/content-manager/components/verbund.press-photo/configuration');
    expect(photo.body.data.component.metadatas.credit.edit.label).toBe('Quelle');
    expect(photo.body.data.component.metadatas.credit.edit.description).toMatch(/\S{10,}/);
    const offer = await api('GET', '/content-manager/content-types/plugin::verbund.course-offer/configuration');
    expect(offer.body.data.contentType.metadatas.newInNetwork.edit.description).toMatch(/Verbund/);
  });
});
