import { PLUGIN_ID } from './constants';

/**
 * The plugin's own field inputs. Both store a JSON list, so the database column, the boundary
 * rules and the analytics export see a plain JSON field; only the admin's input differs. The
 * admin registers the matching inputs under the same names (cms/src/admin/fields).
 */
export const CUSTOM_FIELDS = [
  { name: 'topic-select', plugin: PLUGIN_ID, type: 'json' },
  { name: 'tag-input', plugin: PLUGIN_ID, type: 'json' },
] as const;

/** The stored type of a schema attribute: a custom field's underlying type, any other attribute's own. */
export const storedType = (attribute: { type: string; customField?: string }): string =>
  CUSTOM_FIELDS.find(({ name, plugin }) => attribute.customField === `plugin::${plugin}.${name}`)?.type ?? attribute.type;
