import type { GenerationContext } from './context';
import { dayOf, isoDate, toWorkday, type Day } from './dates';
import type { OrganisationPool } from './organisation-pool';
import type { Random } from './random';
import type { Consultation, CourseOffer, Organisation, TrainingNeed } from './types';
import { TOPIC, type SizeClass, type Topic, type TrainingNeedStatus } from '@verbund/domain';

const BASE_NEEDS = 220;
const NEEDS_FROM = dayOf('2021-12-01');
// a need identified in the last two months is still being worked on
const FRESH_DAYS = 60;

const NEED_DESCRIPTIONS: Record<Topic, readonly string[]> = {
  digitalisation: [
    'Beschäftigte in der Verwaltung sollen die neue Software für Auftragsabwicklung sicher bedienen.',
    'Umstellung der Arbeitsplanung auf digitale Rückmeldungen in der Fertigung.',
  ],
  automation: [
    'Instandhalter brauchen Kenntnisse in Steuerungstechnik für die neue Fertigungslinie.',
    'Anlagenführer sollen kollaborierende Roboter selbst einrichten können.',
  ],
  e_mobility: [
    'Werkstattpersonal benötigt die Hochvolt-Qualifizierung für Arbeiten an Elektrofahrzeugen.',
    'Beschäftigte aus der Verbrennerfertigung sollen für die Antriebsfertigung umgeschult werden.',
  ],
  data_and_ai: [
    'Qualitätssicherung möchte Prüfdaten selbst auswerten statt sie extern zu vergeben.',
    'Führungskräfte wollen den Einsatz von KI-Werkzeugen im Büro klären.',
  ],
  it_security: [
    'Nach einem Phishing-Vorfall sollen alle Beschäftigten sensibilisiert werden.',
    'Ein IT-Sicherheitsbeauftragter soll benannt und ausgebildet werden.',
  ],
  leadership: [
    'Neue Teamleitungen aus den eigenen Reihen brauchen Unterstützung in der Führungsrolle.',
    'Die Geschäftsführung will eine strategische Personalplanung aufbauen.',
  ],
  sustainability: [
    'Kunden fordern Angaben zur CO₂-Bilanz; dafür fehlen Kenntnisse im Betrieb.',
    'Ein Energiemanagement soll eingeführt werden.',
  ],
  languages: [
    'Beschäftigte mit Zuwanderungsgeschichte sollen Sicherheitsunterweisungen besser verstehen.',
    'Der Kundendienst braucht technisches Englisch für Auslandseinsätze.',
  ],
  health_and_safety: [
    'Die psychische Gefährdungsbeurteilung steht aus und soll mit Beschäftigten erarbeitet werden.',
    'Im Lager fehlen ausgebildete Staplerfahrerinnen und Staplerfahrer.',
  ],
  other: [
    'Erfahrene Fachkräfte sollen als Lernbegleiter neue Beschäftigte einarbeiten.',
    'Der Betrieb möchte wieder ausbilden und sucht eine Vorbereitung auf die Ausbildereignung.',
  ],
};

const EMPLOYEES_CONCERNED: Record<SizeClass, [number, number]> = {
  micro: [1, 4],
  small: [1, 12],
  medium: [2, 30],
  large: [5, 80],
  unknown: [1, 10],
};

function statusFor(random: Random, ageDays: number): TrainingNeedStatus {
  if (ageDays < FRESH_DAYS) return random.weighted([['open', 5], ['in_progress', 5]] as const);
  return random.weighted([
    ['matched', 50],
    ['closed_unmatched', 18],
    ['in_progress', 17],
    ['open', 15],
  ] as const);
}

/**
 * Training needs, most found in a consultation (same organisation, same day, a topic of that
 * consultation), the rest at events or in surveys. Older needs are more often matched to a
 * published course offer on the same topic.
 */
export function generateTrainingNeeds(
  random: Random,
  context: GenerationContext,
  pool: OrganisationPool,
  consultations: readonly Consultation[],
  offers: readonly CourseOffer[],
  organisationsByKey: ReadonlyMap<string, Organisation>,
): TrainingNeed[] {
  if (context.activityEnd < NEEDS_FROM) return [];
  const offersByTopic = new Map<Topic, CourseOffer[]>(TOPIC.values.map((topic) => [topic, []]));
  for (const offer of offers) if (offer.publish) offersByTopic.get(offer.topic)?.push(offer);

  const drafts: Omit<TrainingNeed, 'key'>[] = [];
  for (let index = 0; index < context.count(BASE_NEEDS); index++) {
    const consultation = consultations.length > 0 && random.chance(0.7) ? random.pick(consultations) : null;
    const day: Day = consultation
      ? dayOf(consultation.date)
      : Math.min(toWorkday(random.int(NEEDS_FROM, context.activityEnd)), context.activityEnd);
    const organisation = consultation ? organisationsByKey.get(consultation.organisationKey) : pool.company(random, day);
    if (!organisation) continue;
    const topic = consultation ? random.pick(consultation.topics) : random.pick(TOPIC.values);
    const candidates = offersByTopic.get(topic) ?? [];
    let status = statusFor(random, context.activityEnd - day);
    if (status === 'matched' && candidates.length === 0) status = 'in_progress';
    drafts.push({
      organisationKey: organisation.key,
      identifiedOn: isoDate(day),
      topic,
      description: random.pick(NEED_DESCRIPTIONS[topic]),
      employeesConcerned: random.int(...EMPLOYEES_CONCERNED[organisation.sizeClass]),
      status,
      matchedOfferKeys:
        status === 'matched' ? random.sample(candidates, random.weighted([[1, 75], [2, 25]] as const)).map((offer) => offer.key) : [],
      consultationKey: consultation?.key ?? null,
    });
  }
  drafts.sort((a, b) => a.identifiedOn.localeCompare(b.identifiedOn));
  return drafts.map((draft, index) => ({ key: `need-${index + 1}`, ...draft }));
}
