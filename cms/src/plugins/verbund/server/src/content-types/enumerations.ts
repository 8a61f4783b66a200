import {
  AUDIT_ACTION,
  AUDIT_ACTOR_KIND,
  CONSULTATION_FORMAT,
  COURSE_FORMAT,
  COURSE_RUN_STATUS,
  DISTRICT,
  EVENT_FORMAT,
  EVENT_STATUS,
  EVENT_TYPE,
  INDICATOR_IDS,
  ORGANISATION_TYPE,
  SIZE_CLASS,
  TARGET_PERIOD,
  TOPIC,
  TRAINING_NEED_STATUS,
} from '@verbund/domain';

/**
 * The values of every enumeration attribute, per type and attribute, from the domain package, so
 * that the schema, analytics, dashboard and demo data share one list. The schema.json files
 * declare the attribute (`"type": "enumeration"`, default, required) without the values.
 */
export const ENUMERATIONS: Record<string, Record<string, readonly string[]>> = {
  organisation: { type: ORGANISATION_TYPE.values, sizeClass: SIZE_CLASS.values, district: DISTRICT.values },
  event: { type: EVENT_TYPE.values, format: EVENT_FORMAT.values, eventStatus: EVENT_STATUS.values },
  'course-offer': { topic: TOPIC.values, format: COURSE_FORMAT.values },
  'course-run': { runStatus: COURSE_RUN_STATUS.values, district: DISTRICT.values },
  consultation: { format: CONSULTATION_FORMAT.values },
  'training-need': { topic: TOPIC.values, needStatus: TRAINING_NEED_STATUS.values },
  'working-group': { topic: TOPIC.values },
  'indicator-target': { indicator: INDICATOR_IDS, period: TARGET_PERIOD.values },
  'audit-entry': { action: AUDIT_ACTION.values, actorKind: AUDIT_ACTOR_KIND.values },
};

interface Schema {
  info: { singularName: string };
  attributes: Record<string, { type: string; enum?: readonly string[]; default?: unknown }>;
}

/**
 * Fills in the values of each enumeration attribute. Fails at start-up when the schema and the
 * list disagree (a renamed attribute, a default outside the list, an enumeration left without
 * values), instead of letting Strapi create a column that accepts nothing.
 */
function withEnumerations<S extends Schema>(schema: S): S {
  const lists = ENUMERATIONS[schema.info.singularName] ?? {};
  const attributes = { ...schema.attributes };
  for (const [name, values] of Object.entries(lists)) {
    const attribute = attributes[name];
    if (attribute?.type !== 'enumeration') throw new Error(`${schema.info.singularName}.${name} is no enumeration attribute`);
    if (attribute.default !== undefined && !values.includes(String(attribute.default))) {
      throw new Error(`${schema.info.singularName}.${name}: default "${String(attribute.default)}" is not in the list`);
    }
    attributes[name] = { ...attribute, enum: [...values] };
  }
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.type === 'enumeration' && !attribute.enum) throw new Error(`${schema.info.singularName}.${name} has no values`);
  }
  return { ...schema, attributes };
}

/** The plugin's content types with the values of their enumerations filled in. */
export const enumerated = <T extends Record<string, { schema: Schema }>>(types: T): T =>
  Object.fromEntries(Object.entries(types).map(([name, { schema }]) => [name, { schema: withEnumerations(schema) }])) as T;
