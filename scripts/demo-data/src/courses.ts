import type { GenerationContext } from './context';
import { COURSE_KINDS, type CourseKind } from './course-catalogue';
import { dayOf, isoDate, toWorkday, type Day } from './dates';
import type { OrganisationPool } from './organisation-pool';
import { REGION_TOWNS, TOWNS, type Town } from './places';
import type { Random } from './random';
import type { SlugRegistry } from './slugs';
import type { CourseOffer, CourseParticipation, CourseRun, Organisation } from './types';
import type { CourseFormat, CourseRunStatus, District, Topic } from '@verbund/domain';

const BASE_OFFERS = 70;

const TOPIC_WEIGHTS: readonly (readonly [Topic, number])[] = [
  ['digitalisation', 16],
  ['automation', 10],
  ['e_mobility', 10],
  ['data_and_ai', 10],
  ['it_security', 10],
  ['leadership', 12],
  ['sustainability', 8],
  ['languages', 8],
  ['health_and_safety', 8],
  ['other', 8],
];

// courses start only once the network has found its first partners
const FIRST_RUNS_FROM = dayOf('2022-01-10');
// offers developed in the network appear from spring 2022 on
const NEW_OFFERS_FROM = dayOf('2022-03-01');

const FORMAT_SENTENCES: Record<CourseFormat, string> = {
  onsite: 'Präsenzkurs in den Schulungsräumen des Anbieters.',
  online: 'Live-Online-Kurs im virtuellen Klassenzimmer; Technik-Check vor Kursbeginn.',
  blended: 'Kombination aus Präsenzterminen und begleiteten Online-Lernphasen.',
};

export interface GeneratedCourses {
  offers: CourseOffer[];
  runs: CourseRun[];
  participations: CourseParticipation[];
}

/** Calendar days between a run's first and last day, from its length in hours. */
function spanDays(random: Random, hours: number): number {
  if (hours <= 8) return 0;
  if (hours <= 24) return Math.ceil(hours / 8) - 1;
  if (hours <= 80) return random.int(7, 42);
  if (hours <= 320) return random.int(60, 180);
  return random.int(365, 540);
}

function runStatus(random: Random, startsOn: Day, endsOn: Day, context: GenerationContext): CourseRunStatus {
  if (random.chance(0.09)) return 'cancelled';
  if (startsOn > context.nowDay) return 'planned';
  return endsOn < context.nowDay ? 'completed' : 'running';
}

function offerDescription(kind: CourseKind, format: CourseFormat, newInNetwork: boolean, priceEur: number | null): string {
  return [
    kind.summary,
    `Zielgruppe: ${kind.targetGroup}.`,
    FORMAT_SENTENCES[format],
    newInNetwork ? 'Das Angebot wurde im Weiterbildungsverbund gemeinsam mit Betrieben aus der Region entwickelt.' : '',
    priceEur === null ? 'Für Beschäftigte aus Partnerbetrieben des Verbundes kostenfrei.' : '',
  ]
    .filter(Boolean)
    .join(' ');
}

class CourseBuilder {
  readonly offers: CourseOffer[] = [];
  readonly runs: CourseRun[] = [];
  readonly participations: CourseParticipation[] = [];

  constructor(
    private readonly random: Random,
    private readonly context: GenerationContext,
    private readonly slugs: SlugRegistry,
    private readonly pool: OrganisationPool,
    private readonly townOf: ReadonlyMap<string, Town>,
  ) {}

  addOffer(provider: Organisation): void {
    const random = this.random;
    const topic = random.weighted(TOPIC_WEIGHTS);
    const kind = random.pick(COURSE_KINDS[topic]);
    const format = random.pick(kind.formats);
    const durationHours = Math.max(4, random.int(Math.ceil(kind.hours[0] / 4), Math.floor(kind.hours[1] / 4)) * 4);
    const hourlyRate = random.int(12, 28);
    // long courses cost less per hour, as real upgrade-training courses do
    const listPrice = Math.min(durationHours, 80) * hourlyRate + (Math.max(durationHours, 80) - 80) * (hourlyRate / 3);
    const priceEur = random.chance(0.15) ? null : Math.max(90, Math.round(listPrice / 10) * 10);
    const azavCertified = random.chance(durationHours >= 40 ? 0.55 : 0.15);
    const newInNetwork = random.chance(0.3);
    const publish = random.chance(0.92);
    const key = `offer-${this.offers.length + 1}`;
    this.offers.push({
      key,
      title: kind.title,
      slug: this.slugs.claim(kind.title),
      providerKey: provider.key,
      summary: kind.summary,
      description: offerDescription(kind, format, newInNetwork, priceEur),
      topic,
      targetGroup: kind.targetGroup,
      prerequisites: kind.prerequisites,
      certificate: kind.certificate,
      dqrLevel: kind.dqrLevel,
      format,
      durationHours,
      priceEur,
      azavCertified,
      // a Bildungsgutschein is only valid for AZAV-certified courses
      educationVoucher: azavCertified && random.chance(0.7),
      newInNetwork,
      publish,
    });

    const availableFrom = newInNetwork
      ? random.int(NEW_OFFERS_FROM, Math.max(NEW_OFFERS_FROM, this.context.termEnd - 120))
      : FIRST_RUNS_FROM;
    const runCount = publish
      ? random.weighted([[1, 30], [2, 35], [3, 20], [4, 10], [5, 5]] as const)
      : random.weighted([[0, 6], [1, 4]] as const);
    for (let index = 0; index < runCount; index++) {
      this.addRun(key, provider, format, durationHours, availableFrom, publish);
    }
  }

  private addRun(
    offerKey: string,
    provider: Organisation,
    format: CourseFormat,
    durationHours: number,
    availableFrom: Day,
    offerPublished: boolean,
  ): void {
    const random = this.random;
    const context = this.context;
    const span = spanDays(random, durationHours);
    const startsOn = toWorkday(random.int(availableFrom, Math.max(availableFrom, context.termEnd - span)));
    const endsOn = startsOn + span;
    // a run of an offer that was never published can only be waiting, or have been dropped
    const status: CourseRunStatus = offerPublished
      ? runStatus(random, startsOn, endsOn, context)
      : startsOn > context.nowDay
        ? 'planned'
        : 'cancelled';
    const providerTown = this.townOf.get(provider.key) ?? (TOWNS[provider.district][0] as Town);
    const elsewhere = format !== 'online' && random.chance(0.3) ? random.pick(REGION_TOWNS) : null;
    const district: District = elsewhere?.district ?? provider.district;
    const publish = offerPublished && random.chance(status === 'planned' ? 0.85 : 0.98);
    const seats = format === 'online' ? random.int(10, 20) : random.int(8, 16);
    const key = `run-${this.runs.length + 1}`;
    this.runs.push({
      key,
      courseOfferKey: offerKey,
      startsOn: isoDate(startsOn),
      endsOn: isoDate(endsOn),
      district,
      city: (elsewhere ?? providerTown).name,
      seats,
      status,
      publish,
    });
    if (publish && (status === 'running' || status === 'completed')) this.addParticipations(key, startsOn, seats);
  }

  /** Who sent people; nearly half the runs are cooperative, with staff of several companies. */
  private addParticipations(runKey: string, startsOn: Day, seats: number): void {
    const random = this.random;
    const companies = this.pool.companies(random, startsOn, random.chance(0.45) ? random.int(2, 4) : 1);
    let free = seats;
    for (const company of companies) {
      const participants = Math.min(random.int(1, 4), free);
      if (participants === 0) break;
      free -= participants;
      this.participations.push({ courseRunKey: runKey, organisationKey: company.key, participants });
    }
  }
}

/** Course offers by the training providers, their runs over the term, and who took part. */
export function generateCourses(
  random: Random,
  context: GenerationContext,
  slugs: SlugRegistry,
  pool: OrganisationPool,
  providers: readonly Organisation[],
  townOf: ReadonlyMap<string, Town>,
): GeneratedCourses {
  const builder = new CourseBuilder(random, context, slugs, pool, townOf);
  const partnerProviders = providers.filter((provider) => provider.partnerSince !== null);
  for (let index = 0; index < context.count(BASE_OFFERS); index++) {
    const fromPartner = partnerProviders.length > 0 && random.chance(0.9);
    builder.addOffer(random.pick(fromPartner ? partnerProviders : providers));
  }
  return { offers: builder.offers, runs: builder.runs, participations: builder.participations };
}
