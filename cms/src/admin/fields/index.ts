import type { StrapiApp } from '@strapi/strapi/admin';
import { CUSTOM_FIELDS } from '../../plugins/verbund/server/src/custom-fields';
import { ENUM_SELECT } from '../enumeration-labels';

type FieldName = (typeof CUSTOM_FIELDS)[number]['name'];

/** The admin side of the plugin's custom fields; names and stored types come from the server's list. */
const INPUTS: Record<FieldName, { label: string; description: string; Input: () => Promise<{ default?: unknown }> }> = {
  'topic-select': { label: 'Themenauswahl', description: 'Mehrfachauswahl aus den Themen des Verbunds', Input: () => import('./topic-select') },
  'tag-input': { label: 'Schlagworte', description: 'Freie Schlagworte, mit Enter hinzugefügt', Input: () => import('./tag-input') },
};

export const registerCustomFields = (app: StrapiApp) => {
  for (const { name, plugin, type } of CUSTOM_FIELDS) {
    const { label, description, Input } = INPUTS[name];
    app.customFields.register({
      name,
      pluginId: plugin,
      type,
      intlLabel: { id: `${plugin}.${name}.label`, defaultMessage: label },
      intlDescription: { id: `${plugin}.${name}.description`, defaultMessage: description },
      components: { Input: Input as never },
    });
  }
};

/**
 * The labelled select for enumerations exists in the admin only: no schema names it, the content
 * manager is pointed to it per field (../enumeration-labels.tsx), so the stored type stays a
 * plain enumeration.
 */
export const registerEnumSelect = (app: StrapiApp) =>
  app.customFields.register({
    ...ENUM_SELECT,
    type: 'enumeration',
    intlLabel: { id: `${ENUM_SELECT.pluginId}.${ENUM_SELECT.name}.label`, defaultMessage: 'Auswahlliste' },
    intlDescription: { id: `${ENUM_SELECT.pluginId}.${ENUM_SELECT.name}.description`, defaultMessage: 'Auswahl mit deutschen Bezeichnungen' },
    components: { Input: (() => import('./enum-select')) as never },
  });
