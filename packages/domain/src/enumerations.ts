// Every stored enumeration with its German labels, for code that meets an enumeration only as its
// list of keys: the admin panel gets an attribute's values from the schema and shows the labels
// of the vocabulary with exactly those keys (each list of keys belongs to one vocabulary).
import { INDICATOR_CATALOGUE, INDICATOR_IDS, type IndicatorId } from './indicators.js';
import {
  CONSULTATION_FORMAT,
  COURSE_FORMAT,
  COURSE_RUN_STATUS,
  DISTRICT,
  EVENT_FORMAT,
  EVENT_STATUS,
  EVENT_TYPE,
  ORGANISATION_TYPE,
  SIZE_CLASS,
  TARGET_PERIOD,
  TOPIC,
  TRAINING_NEED_STATUS,
  type Vocabulary,
} from './vocabulary.js';

/** The indicator ids as a vocabulary: an indicator target stores the id and shows the name. */
export const INDICATOR: Vocabulary<IndicatorId> = {
  values: INDICATOR_IDS,
  labels: Object.fromEntries(INDICATOR_IDS.map((id) => [id, INDICATOR_CATALOGUE[id].name])) as Record<IndicatorId, string>,
};

export const STORED_VOCABULARIES: readonly Vocabulary<string>[] = [
  TOPIC,
  DISTRICT,
  ORGANISATION_TYPE,
  SIZE_CLASS,
  EVENT_TYPE,
  EVENT_FORMAT,
  EVENT_STATUS,
  COURSE_FORMAT,
  COURSE_RUN_STATUS,
  CONSULTATION_FORMAT,
  TRAINING_NEED_STATUS,
  TARGET_PERIOD,
  INDICATOR,
];

/** The vocabulary whose keys are exactly `values` (in any order), if there is one. */
export function vocabularyOf(values: readonly string[] | undefined): Vocabulary<string> | undefined {
  if (!values) return undefined;
  return STORED_VOCABULARIES.find(
    (vocabulary) => vocabulary.values.length === values.length && values.every((value) => vocabulary.values.includes(value)),
  );
}
