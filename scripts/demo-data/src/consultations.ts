import type { GenerationContext } from './context';
import { dayOf, isoDate, toWorkday, type Day } from './dates';
import type { OrganisationPool } from './organisation-pool';
import type { Random } from './random';
import type { Consultation } from './types';
import { TOPIC, type ConsultationFormat, type Topic } from '@verbund/domain';

const BASE_CONSULTATIONS = 300;
// the coordinators started visiting companies after the kick-off
const CONSULTATIONS_FROM = dayOf('2021-12-01');

const FORMATS: readonly (readonly [ConsultationFormat, number])[] = [
  ['on_site', 45],
  ['remote', 40],
  ['at_event', 15],
];

const OPENINGS: Record<ConsultationFormat, readonly string[]> = {
  on_site: ['Betriebsbesuch mit Geschäftsführung und Personalleitung.', 'Gespräch vor Ort, mit Rundgang durch die Fertigung.'],
  remote: ['Videogespräch mit der Personalverantwortlichen.', 'Telefonische Beratung auf Anfrage des Betriebs.'],
  at_event: ['Kurzberatung am Rande einer Verbundveranstaltung.', 'Gespräch am Informationsstand des Verbundes.'],
};

const FOLLOW_UPS = [
  'Angebotsübersicht zugesandt, Rückmeldung in vier Wochen vereinbart.',
  'Interesse an einem Verbundkurs mit anderen Betrieben.',
  'Förderung über die Agentur für Arbeit angesprochen.',
  'Folgetermin zur Bedarfserhebung vereinbart.',
  'Betrieb nimmt am nächsten Arbeitskreistreffen teil.',
];

function notesFor(random: Random, format: ConsultationFormat, topics: readonly Topic[]): string {
  const themes = topics.map((topic) => TOPIC.labels[topic]).join(', ');
  return `${random.pick(OPENINGS[format])} Themen: ${themes}. ${random.pick(FOLLOW_UPS)}`;
}

/**
 * Consultations of companies from December 2021 until now,
 * becoming more frequent as the network grows: a day drawn as start + span·√u has a density
 * that rises linearly over the term.
 */
export function generateConsultations(random: Random, context: GenerationContext, pool: OrganisationPool): Consultation[] {
  const span = context.activityEnd - CONSULTATIONS_FROM;
  if (span < 0) return [];
  const drafts: { day: Day; organisationKey: string; format: ConsultationFormat; topics: Topic[] }[] = [];
  for (let index = 0; index < context.count(BASE_CONSULTATIONS); index++) {
    const day = Math.min(toWorkday(CONSULTATIONS_FROM + Math.floor(span * Math.sqrt(random.next()))), context.activityEnd);
    const organisation = pool.company(random, day);
    const format = random.weighted(FORMATS);
    const topics = random.sample(TOPIC.values, random.weighted([[1, 45], [2, 40], [3, 15]] as const));
    drafts.push({ day, organisationKey: organisation.key, format, topics });
  }
  drafts.sort((a, b) => a.day - b.day);
  return drafts.map((draft, index) => ({
    key: `consultation-${index + 1}`,
    organisationKey: draft.organisationKey,
    date: isoDate(draft.day),
    format: draft.format,
    topics: draft.topics,
    notes: notesFor(random, draft.format, draft.topics),
  }));
}
