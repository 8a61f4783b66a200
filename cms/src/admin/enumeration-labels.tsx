import type { StrapiApp } from '@strapi/strapi/admin';
import { Typography } from '@strapi/design-system';
import { vocabularyOf } from '@verbund/domain';
import { PLUGIN_ID } from '../plugins/verbund/server/src/constants';

/**
 * The German labels of the enumerations in the content manager: the edit view's select, the list
 * view's cells and the filter's options show the label of each stored key (from the domain
 * package); what is stored, sent and filtered on stays the key. Strapi's own enumeration input,
 * cell and filter show the key, so each is swapped or relabelled through the content manager's
 * hooks, for every attribute whose values are those of a domain vocabulary.
 */
export const ENUM_SELECT = { name: 'enum-select', pluginId: PLUGIN_ID } as const;
const ENUM_SELECT_UID = `plugin::${ENUM_SELECT.pluginId}.${ENUM_SELECT.name}`;

interface Attribute {
  type: string;
  enum?: string[];
  customField?: string;
}
interface EditField {
  attribute?: Attribute;
}
interface EditLayout {
  layout: EditField[][][];
}
interface ListHeader {
  name: string;
  attribute?: Attribute;
  cellFormatter?: (row: Record<string, unknown>) => unknown;
}
interface Filter {
  type?: string;
  options?: { label?: string; value: string }[];
}

const labelsOf = (attribute: Attribute | undefined) =>
  attribute?.type === 'enumeration' ? vocabularyOf(attribute.enum)?.labels : undefined;

const withLabelledInput = (field: EditField): EditField =>
  labelsOf(field.attribute) ? { ...field, attribute: { ...field.attribute!, customField: ENUM_SELECT_UID } } : field;

const withLabelledCell = (header: ListHeader): ListHeader => {
  const labels = labelsOf(header.attribute);
  if (!labels) return header;
  return {
    ...header,
    cellFormatter: (row) => {
      const key = row[header.name];
      return <Typography textColor="neutral800">{typeof key === 'string' ? (labels[key] ?? key) : '-'}</Typography>;
    },
  };
};

const withLabelledOptions = (filter: Filter): Filter => {
  const labels = filter.type === 'enumeration' ? vocabularyOf(filter.options?.map(({ value }) => value))?.labels : undefined;
  if (!labels) return filter;
  return { ...filter, options: filter.options!.map((option) => ({ ...option, label: labels[option.value] ?? option.value })) };
};

export const showEnumerationLabels = (app: StrapiApp) => {
  app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', ({ layout, ...rest }: { layout: EditLayout }) => ({
    ...rest,
    layout: { ...layout, layout: layout.layout.map((panel) => panel.map((row) => row.map(withLabelledInput))) },
  }));
  app.registerHook('Admin/CM/pages/ListView/inject-column-in-table', ({ displayedHeaders, ...rest }: { displayedHeaders: ListHeader[] }) => ({
    ...rest,
    displayedHeaders: displayedHeaders.map(withLabelledCell),
  }));
  app.registerHook('Admin/CM/pages/ListView/inject-in-filters', ({ displayedFilters, ...rest }: { displayedFilters: Filter[] }) => ({
    ...rest,
    displayedFilters: displayedFilters.map(withLabelledOptions),
  }));
};
