import type { GenerationContext } from './context';
import { dayOf, isoDate, type Day } from './dates';
import { NameRegistry, SECTORS, companyName, providerName, type SectorProfile } from './names';
import { TOWNS, type Town } from './places';
import type { Random } from './random';
import type { SlugRegistry } from './slugs';
import type { Organisation } from './types';
import type { District, OrganisationType, SizeClass } from '@verbund/domain';

const BASE_COMPANIES = 150;
const BASE_PROVIDERS = 18;
const BASE_NETWORK_ORGANISATIONS = 6;

const DISTRICT_WEIGHTS: readonly (readonly [District, number])[] = [
  ['braunschweig', 22],
  ['wolfsburg', 14],
  ['salzgitter', 10],
  ['gifhorn', 12],
  ['goslar', 10],
  ['helmstedt', 7],
  ['peine', 10],
  ['wolfenbuettel', 10],
  ['outside_region', 5],
];

const COMPANY_SIZES: readonly (readonly [SizeClass, number])[] = [
  ['micro', 28],
  ['small', 36],
  ['medium', 22],
  ['large', 8],
  ['unknown', 6],
];

const EMPLOYEES: Record<SizeClass, [number, number] | null> = {
  micro: [3, 9],
  small: [10, 49],
  medium: [50, 249],
  large: [250, 2400],
  unknown: null,
};

// the kick-off wave: most early partners signed up between the kick-off and February 2022
const EARLY_WAVE_START = dayOf('2021-11-15');
const EARLY_WAVE_END = dayOf('2022-02-28');

const NETWORK_KINDS: readonly {
  type: OrganisationType;
  sector: string;
  names: readonly ((town: string) => string)[];
  weight: number;
}[] = [
  {
    type: 'research',
    sector: 'Forschung',
    names: [
      (town) => `Institut für Arbeitsforschung ${town} e.V.`,
      (town) => `Forschungsstelle Betriebliche Bildung ${town}`,
      (town) => `Transferzentrum Arbeit und Technik ${town}`,
    ],
    weight: 2,
  },
  {
    type: 'economic_development',
    sector: 'Wirtschaftsförderung',
    names: [
      (town) => `Standortagentur ${town}`,
      (town) => `Gründungs- und Innovationszentrum ${town}`,
      (town) => `Wirtschaftsbüro ${town}`,
    ],
    weight: 2,
  },
  {
    type: 'other',
    sector: 'Unternehmensnetzwerk',
    names: [
      (town) => `Unternehmerinitiative ${town} e.V.`,
      (town) => `Gewerbeverein ${town} e.V.`,
      (town) => `Netzwerk Personalarbeit ${town}`,
      (town) => `Ausbildungsverbund ${town} e.V.`,
    ],
    weight: 2,
  },
];

export interface GeneratedOrganisations {
  companies: Organisation[];
  providers: Organisation[];
  networkOrganisations: Organisation[];
  /** the town each organisation sits in; the content model only keeps the district */
  townOf: Map<string, Town>;
}

interface PartnershipOdds {
  partner: number;
  earlyWave: number;
  leaves: number;
}

function partnership(random: Random, context: GenerationContext, odds: PartnershipOdds) {
  const { termStart, activityEnd } = context;
  if (activityEnd < termStart || !random.chance(odds.partner)) return { partnerSince: null, partnerUntil: null };
  const since: Day = random.chance(odds.earlyWave)
    ? random.int(EARLY_WAVE_START, EARLY_WAVE_END)
    : random.int(termStart + 60, Math.max(termStart + 60, activityEnd));
  const partnerSince = Math.min(since, activityEnd);
  const leaves = activityEnd - partnerSince > 180 && random.chance(odds.leaves);
  return {
    partnerSince: isoDate(partnerSince),
    partnerUntil: leaves ? isoDate(random.int(partnerSince + 120, activityEnd)) : null,
  };
}

function website(slug: string): string {
  return `https://www.${slug}.example`;
}

function companyDescription(profile: SectorProfile, sizeClass: SizeClass, town: Town, random: Random): string {
  const range = EMPLOYEES[sizeClass];
  const who = random.pick(['Familiengeführtes Unternehmen', 'Unternehmen', 'Mittelständischer Betrieb', 'Inhabergeführter Betrieb']);
  return range
    ? `${who} der Branche ${profile.sector} mit rund ${random.int(range[0], range[1])} Beschäftigten in ${town.name}.`
    : `${who} der Branche ${profile.sector} in ${town.name}.`;
}

export function generateOrganisations(
  random: Random,
  context: GenerationContext,
  slugs: SlugRegistry,
  seedOrganisations: readonly Organisation[],
): GeneratedOrganisations {
  const townOf = new Map<string, Town>();
  for (const organisation of seedOrganisations) townOf.set(organisation.key, TOWNS[organisation.district][0] as Town);

  const companyNames = new NameRegistry();
  const companies: Organisation[] = [];
  const sectorWeights = SECTORS.map((profile) => [profile, profile.weight] as const);
  for (let index = 1; index <= context.count(BASE_COMPANIES); index++) {
    const district = random.weighted(DISTRICT_WEIGHTS);
    const town = random.pick(TOWNS[district]);
    const profile = random.weighted(sectorWeights);
    const sizeClass = random.weighted(COMPANY_SIZES);
    const name = companyNames.claim(() => companyName(random, profile));
    const slug = slugs.claim(name);
    const key = `org-company-${index}`;
    townOf.set(key, town);
    companies.push({
      key,
      name,
      slug,
      type: 'company',
      sizeClass,
      sector: profile.sector,
      district,
      ...partnership(random, context, { partner: 0.8, earlyWave: 0.3, leaves: 0.08 }),
      website: random.chance(0.7) ? website(slug) : null,
      description: random.chance(0.6) ? companyDescription(profile, sizeClass, town, random) : null,
    });
  }

  const providerNames = new NameRegistry();
  const providers: Organisation[] = [];
  for (let index = 1; index <= context.count(BASE_PROVIDERS); index++) {
    const district = random.weighted(DISTRICT_WEIGHTS);
    const town = random.pick(TOWNS[district]);
    const name = providerNames.claim(() => providerName(random, town.name));
    const slug = slugs.claim(name);
    const key = `org-provider-${index}`;
    townOf.set(key, town);
    providers.push({
      key,
      name,
      slug,
      type: 'training_provider',
      sizeClass: random.weighted([
        ['micro', 20],
        ['small', 50],
        ['medium', 30],
      ] as const),
      sector: 'Berufliche Weiterbildung',
      district,
      ...partnership(random, context, { partner: 0.9, earlyWave: 0.6, leaves: 0.05 }),
      website: website(slug),
      description: `Weiterbildungsträger in ${town.name} mit Kursen für Beschäftigte aus Industrie, Handwerk und Dienstleistung.`,
    });
  }

  const networkNames = new NameRegistry();
  const networkOrganisations: Organisation[] = [];
  const kinds = NETWORK_KINDS.map((kind) => [kind, kind.weight] as const);
  for (let index = 1; index <= context.count(BASE_NETWORK_ORGANISATIONS); index++) {
    const district = random.weighted(DISTRICT_WEIGHTS.filter(([candidate]) => candidate !== 'outside_region'));
    const kind = random.weighted(kinds);
    let town = random.pick(TOWNS[district]);
    const name = networkNames.claim(() => {
      town = random.pick(TOWNS[district]);
      return random.pick(kind.names)(town.name);
    });
    const key = `org-network-${index}`;
    townOf.set(key, town);
    networkOrganisations.push({
      key,
      name,
      slug: slugs.claim(name),
      type: kind.type,
      sizeClass: 'small',
      sector: kind.sector,
      district,
      ...partnership(random, context, { partner: 0.85, earlyWave: 0.4, leaves: 0.05 }),
      website: null,
      description: null,
    });
  }

  return { companies, providers, networkOrganisations, townOf };
}
