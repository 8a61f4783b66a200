import type { Core } from '@strapi/strapi';
import { TYPE_NAMES, uidOf, type TypeName } from '../constants';
import { COMPONENT_LAYOUTS, TYPE_LAYOUTS, type TypeLayout } from '../admin-config/labels';
import { DISPLAY_NAME_FIELD } from './display-name';
import { schemaOf, type SchemaAttribute } from '../utils/schema';
import { contentManagerService, type ViewConfiguration } from '../utils/strapi-services';

const FULL_WIDTH = new Set(['text', 'richtext', 'blocks', 'json', 'component', 'dynamiczone', 'media']);
const NARROW = new Set(['boolean', 'integer', 'decimal', 'float', 'biginteger', 'date']);

// Unless the layout says otherwise, a list opens sorted by the first column a reader scans by
// (a name, title or date); a relation column cannot be sorted by.
const SORT_KEYS = new Set(['string', 'text', 'uid', 'email', 'enumeration', 'date', 'datetime']);
const defaultSortOf = (layout: TypeLayout, attributes: Record<string, SchemaAttribute>) =>
  layout.sort ?? { field: layout.list.find((name) => SORT_KEYS.has(attributes[name]?.type)) ?? 'id', order: 'ASC' as const };

const sizeOf = (attribute: { type: string; repeatable?: boolean }) => (FULL_WIDTH.has(attribute.type) ? 12 : NARROW.has(attribute.type) ? 4 : 6);

/** Packs the fields in their given order into rows of 12 columns, as the edit view expects. */
const editRows = (fields: string[], attributes: Record<string, SchemaAttribute>) => {
  const rows: Array<Array<{ name: string; size: number }>> = [];
  let row: Array<{ name: string; size: number }> = [];
  let used = 0;
  for (const name of fields) {
    if (!attributes[name]) continue;
    const size = sizeOf(attributes[name]);
    if (used + size > 12) {
      rows.push(row);
      row = [];
      used = 0;
    }
    row.push({ name, size });
    used += size;
  }
  if (row.length > 0) rows.push(row);
  return rows;
};

/** Relation pickers show the target's own main field (e.g. an organisation's name) instead of its id. */
const relationTargetMainField = (targetUid: string) =>
  targetUid.startsWith('plugin::verbund.') ? TYPE_LAYOUTS[targetUid.slice('plugin::verbund.'.length) as TypeName]?.mainField : undefined;

const merge = (configuration: ViewConfiguration, layout: TypeLayout, attributes: Record<string, SchemaAttribute>): ViewConfiguration => {
  const metadatas = { ...configuration.metadatas };
  for (const [field, [label, description]] of Object.entries(layout.fields)) {
    if (!metadatas[field]) continue;
    const relationTarget = attributes[field]?.type === 'relation' ? attributes[field].target : undefined;
    const target = relationTarget ? relationTargetMainField(relationTarget) : undefined;
    // The computed name is written by the server: the edit form neither shows nor sends it.
    const computed = field === DISPLAY_NAME_FIELD ? { visible: false, editable: false } : {};
    metadatas[field] = {
      ...metadatas[field],
      edit: { ...metadatas[field].edit, label, description: description ?? '', placeholder: '', ...(target ? { mainField: target } : {}), ...computed },
      list: { ...metadatas[field].list, label },
    };
  }
  const ordered = [...Object.keys(layout.fields), ...Object.keys(attributes).filter((name) => !(name in layout.fields))];
  const editable = ordered.filter((name) => metadatas[name] && metadatas[name].edit?.visible !== false);
  const sort = defaultSortOf(layout, attributes);
  return {
    ...configuration,
    settings: { ...configuration.settings, mainField: layout.mainField, defaultSortBy: sort.field, defaultSortOrder: sort.order, pageSize: 20 },
    metadatas,
    layouts: { ...configuration.layouts, list: layout.list.filter((name) => metadatas[name]), edit: editRows(editable, attributes) },
  };
};

/**
 * Writes German labels, help texts, list columns and edit layouts into the content manager's
 * configuration. Runs on every start so that an updated plugin brings its updated texts.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async apply() {
    const contentTypes = contentManagerService(strapi, 'content-types');
    const components = contentManagerService(strapi, 'components');
    for (const type of TYPE_NAMES) {
      const uid = uidOf(type);
      const contentType = schemaOf(strapi, uid);
      const configuration = await contentTypes.findConfiguration({ uid });
      await contentTypes.updateConfiguration({ uid }, merge(configuration, TYPE_LAYOUTS[type], contentType.attributes));
    }
    for (const [uid, layout] of Object.entries(COMPONENT_LAYOUTS)) {
      const component = schemaOf(strapi, uid);
      const configuration = await components.findConfiguration({ uid });
      await components.updateConfiguration({ uid }, merge(configuration, layout, component.attributes));
    }
  },
});
