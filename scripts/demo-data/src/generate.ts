import { generateConsultations } from './consultations';
import { generateContacts } from './contacts';
import { createContext } from './context';
import { generateCourses } from './courses';
import { plantDataQualityCases } from './data-quality-cases';
import { generateEvents, kickoffGuests } from './events';
import { generateIndicatorTargets } from './indicator-targets';
import { OrganisationPool } from './organisation-pool';
import { generateOrganisations } from './organisations';
import { generatePressReleases } from './press-releases';
import { Random } from './random';
import {
  fundingProject,
  kickoffEvent,
  kickoffParticipations,
  kickoffPressRelease,
  seedContacts,
  seedOrganisations,
  siteSettings,
  steeringCommitteeConstitution,
  steeringCommitteeConstitutionParticipations,
} from './seed-content';
import { SlugRegistry } from './slugs';
import { generateTrainingNeeds } from './training-needs';
import type { DemoDataset, GenerateOptions } from './types';
import { generateWorkingGroups } from './working-groups';

const DEFAULT_SEED = 20211125;
// late in project year 3: most of the term lies behind, the last courses and events ahead
const DEFAULT_NOW = new Date('2024-09-02T08:00:00.000Z');

function registryWith(slugs: readonly string[]): SlugRegistry {
  const registry = new SlugRegistry();
  for (const slug of slugs) registry.claim(slug);
  return registry;
}

/**
 * The demo dataset of a Weiterbildungsverbund: the real kick-off of "Kooperative
 * Weiterbildung Südostniedersachsen" and a fictional network around it. Deterministic: the
 * same seed, scale and now give a deep-equal result.
 */
export function generateDemoData(options: GenerateOptions = {}): DemoDataset {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = options.scale ?? 1;
  const now = options.now ?? DEFAULT_NOW;
  if (!Number.isFinite(seed)) throw new RangeError(`generateDemoData: seed must be a finite number, got ${seed}`);
  if (!Number.isFinite(scale) || scale <= 0) throw new RangeError(`generateDemoData: scale must be above 0, got ${scale}`);
  if (Number.isNaN(now.getTime())) throw new RangeError('generateDemoData: now is not a valid date');

  const random = new Random(Math.trunc(seed));
  const context = createContext(scale, now);

  const seededOrganisations = seedOrganisations();
  const generated = generateOrganisations(
    random.fork('organisations'),
    context,
    registryWith(seededOrganisations.map((organisation) => organisation.slug)),
    seededOrganisations,
  );
  const fictionalOrganisations = [...generated.providers, ...generated.networkOrganisations, ...generated.companies];
  const organisations = [...seededOrganisations, ...fictionalOrganisations];
  const organisationsByKey = new Map(organisations.map((organisation) => [organisation.key, organisation]));
  const pool = new OrganisationPool(organisations, generated.companies);

  const seededContacts = seedContacts();
  const contacts = [
    ...seededContacts,
    ...generateContacts(random.fork('contacts'), fictionalOrganisations, generated.townOf, seededContacts),
  ];

  const workingGroups = generateWorkingGroups(
    random.fork('working-groups'),
    context,
    new SlugRegistry(),
    pool,
    generated.providers,
  );

  const kickoff = kickoffEvent();
  const constitution = steeringCommitteeConstitution();
  const kickoffSeated = kickoffParticipations();
  const generatedEvents = generateEvents(
    random.fork('events'),
    context,
    registryWith([kickoff.slug, constitution.slug]),
    pool,
    workingGroups,
    organisationsByKey,
    [...generated.providers, ...generated.networkOrganisations],
  );
  const events = [kickoff, constitution, ...generatedEvents.events];
  const eventParticipations = [
    ...kickoffSeated,
    ...kickoffGuests(random.fork('kickoff-guests'), pool, kickoff, kickoffSeated),
    ...steeringCommitteeConstitutionParticipations(),
    ...generatedEvents.participations,
  ];

  const courses = generateCourses(random.fork('courses'), context, new SlugRegistry(), pool, generated.providers, generated.townOf);
  const consultations = generateConsultations(random.fork('consultations'), context, pool);
  const trainingNeeds = generateTrainingNeeds(
    random.fork('training-needs'),
    context,
    pool,
    consultations,
    courses.offers,
    organisationsByKey,
  );

  const seedRelease = kickoffPressRelease();
  const pressReleases = [
    seedRelease,
    ...generatePressReleases(
      random.fork('press-releases'),
      context,
      registryWith([seedRelease.slug]),
      events,
      courses.offers,
      courses.runs,
      organisationsByKey,
    ),
  ];

  const dataset: DemoDataset = {
    fundingProject: fundingProject(),
    siteSettings: siteSettings(),
    organisations,
    contacts,
    workingGroups: workingGroups.map(({ group }) => group),
    events,
    eventParticipations,
    pressReleases,
    courseOffers: courses.offers,
    courseRuns: courses.runs,
    courseParticipations: courses.participations,
    consultations,
    trainingNeeds,
    indicatorTargets: generateIndicatorTargets(scale),
  };
  plantDataQualityCases(dataset);
  return dataset;
}
