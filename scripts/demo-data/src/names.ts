import type { Random } from './random';

// Fictional people and organisations. Combinations are random, so any likeness to a real
// name is chance; the combination spaces are large so that names rarely repeat even at
// scale 100, and a registry makes the remaining clashes unique.

const FIRST_NAMES = [
  'Anna', 'Lena', 'Katrin', 'Sabine', 'Julia', 'Miriam', 'Claudia', 'Petra', 'Nadine', 'Sandra',
  'Jana', 'Laura', 'Sophie', 'Marie', 'Hannah', 'Birgit', 'Andrea', 'Stefanie', 'Elif', 'Aylin',
  'Natalia', 'Ewa', 'Ines', 'Tanja', 'Kerstin', 'Maren', 'Svenja', 'Friederike', 'Leonie', 'Carla',
  'Thomas', 'Michael', 'Stefan', 'Andreas', 'Markus', 'Jan', 'Tobias', 'Florian', 'Daniel', 'Sebastian',
  'Jens', 'Frank', 'Matthias', 'Christian', 'Lukas', 'Felix', 'Jonas', 'Timo', 'Dirk', 'Holger',
  'Mehmet', 'Murat', 'Piotr', 'Sergej', 'Karsten', 'Oliver', 'Niklas', 'Malte', 'Hauke', 'Benedikt',
];

const SURNAMES = [
  'Albers', 'Bartels', 'Behrens', 'Bode', 'Brinkmann', 'Dittmer', 'Ernst', 'Fricke', 'Gerlach', 'Grote',
  'Hahne', 'Heinemann', 'Hoppe', 'Jürgens', 'Kaiser', 'Kleine', 'Köhler', 'Kühn', 'Lange', 'Lüddecke',
  'Mahnke', 'Meier', 'Mertens', 'Nolte', 'Oppermann', 'Pape', 'Peters', 'Pohl', 'Rabe', 'Riechers',
  'Rohde', 'Sander', 'Scholz', 'Schrader', 'Schulze', 'Stöber', 'Thiele', 'Timm', 'Vogt', 'Voigt',
  'Wagner', 'Warnecke', 'Wiese', 'Winkler', 'Wolters', 'Zander', 'Yilmaz', 'Kowalski', 'Nowak', 'Özdemir',
  'Petrov', 'Bauer', 'Ahrens', 'Büttner', 'Dreyer', 'Evers', 'Funke', 'Gödeke', 'Hennig', 'Ilsemann',
  'Jacobs', 'Kempe', 'Lampe', 'Müller', 'Nieland', 'Oltmanns', 'Pieper', 'Quast', 'Rehbein', 'Seidel',
  'Tegtmeyer', 'Ulrich', 'Vollmer', 'Wiegmann', 'Ziegler', 'Baumgarten', 'Claus', 'Dahms', 'Engelke', 'Fischer',
];

const ACADEMIC_TITLES: readonly (readonly [string, number])[] = [
  ['', 88],
  ['Dr. ', 10],
  ['Prof. Dr. ', 2],
];

export interface PersonName {
  first: string;
  last: string;
  full: string;
}

export function personName(random: Random): PersonName {
  const first = random.pick(FIRST_NAMES);
  const last = random.pick(SURNAMES);
  return { first, last, full: `${random.weighted(ACADEMIC_TITLES)}${first} ${last}` };
}

export interface SectorProfile {
  sector: string;
  trades: readonly string[];
  weight: number;
}

export const SECTORS: readonly SectorProfile[] = [
  {
    sector: 'Metall- und Elektroindustrie',
    trades: ['Präzisionstechnik', 'Metallbau', 'Maschinenbau', 'Elektrotechnik', 'Antriebstechnik', 'Blechbearbeitung'],
    weight: 20,
  },
  {
    sector: 'Automobilzulieferung',
    trades: ['Fahrzeugtechnik', 'Kunststofftechnik', 'Kabelsysteme', 'Sitzsysteme', 'Prüftechnik'],
    weight: 14,
  },
  { sector: 'Logistik', trades: ['Logistik', 'Spedition', 'Lagerlogistik', 'Transporte'], weight: 8 },
  { sector: 'IT und Software', trades: ['Software', 'IT-Systemhaus', 'Digitalagentur', 'Datentechnik'], weight: 9 },
  {
    sector: 'Handwerk',
    trades: ['Elektroinstallation', 'Sanitär- und Heizungstechnik', 'Tischlerei', 'Dachtechnik', 'Kfz-Service'],
    weight: 14,
  },
  { sector: 'Gesundheit und Pflege', trades: ['Pflegedienst', 'Therapiezentrum', 'Medizintechnik'], weight: 8 },
  { sector: 'Bauwirtschaft', trades: ['Bauunternehmung', 'Tiefbau', 'Haustechnik'], weight: 7 },
  { sector: 'Handel', trades: ['Großhandel', 'Fachhandel', 'Landhandel'], weight: 6 },
  { sector: 'Ernährungswirtschaft', trades: ['Feinkost', 'Backwaren', 'Getränke'], weight: 4 },
  { sector: 'Energie und Umwelt', trades: ['Energietechnik', 'Solartechnik', 'Umweltservice'], weight: 5 },
  { sector: 'Chemie und Kunststoffe', trades: ['Kunststoffverarbeitung', 'Beschichtungstechnik'], weight: 3 },
  { sector: 'Unternehmensnahe Dienstleistungen', trades: ['Ingenieurbüro', 'Gebäudeservice', 'Personalservice'], weight: 2 },
];

const LEGAL_FORMS: readonly (readonly [string, number])[] = [
  ['GmbH', 55],
  ['GmbH & Co. KG', 22],
  ['KG', 8],
  ['e.K.', 8],
  ['OHG', 4],
  ['AG', 3],
];

// invented brand stems from the region's rivers and landscapes
const BRAND_STEMS = ['Oker', 'Aller', 'Fuhse', 'Schunter', 'Elm', 'Asse', 'Harz', 'Heide', 'Drömling', 'Lappwald', 'Innerste', 'Ise'];
const BRAND_ENDINGS = ['tec', 'tronic', 'plan', 'form', 'systems', 'werk', 'con', 'line'];

/** Hands out names unique within one kind of organisation. */
export class NameRegistry {
  private readonly used = new Set<string>();

  claim(propose: () => string): string {
    for (let attempt = 0; attempt < 20; attempt++) {
      const name = propose();
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    const base = propose();
    let name = base;
    for (let counter = 2; this.used.has(name); counter++) name = `${base} (${counter})`;
    this.used.add(name);
    return name;
  }
}

export function companyName(random: Random, profile: SectorProfile): string {
  const trade = random.pick(profile.trades);
  const form = random.weighted(LEGAL_FORMS);
  const pattern = random.int(0, 9);
  if (pattern < 4) return `${random.pick(SURNAMES)} ${trade} ${form}`;
  if (pattern < 7) return `${random.pick(SURNAMES)} & ${random.pick(SURNAMES)} ${trade} ${form}`;
  return `${random.pick(BRAND_STEMS)}${random.pick(BRAND_ENDINGS)} ${trade} ${form}`;
}

const PROVIDER_REGIONS = ['Okerland', 'Elm-Asse', 'Harzvorland', 'Allertal', 'Südheide', 'Fuhsetal', 'Schuntertal', 'Lappwald', 'Papenteich', 'Innerstetal'];
const PROVIDER_KINDS = ['Bildungswerk', 'Akademie', 'Lernzentrum', 'Weiterbildungsinstitut', 'Technikum', 'Schulungszentrum', 'Bildungszentrum'];
const PROVIDER_FIELDS = ['Technik und Wirtschaft', 'digitale Bildung', 'Gesundheitsberufe', 'Führung und Kommunikation', 'Sprachen und Integration', 'Energie und Gebäudetechnik'];
const PROVIDER_FORMS = ['gGmbH', 'GmbH', 'e.V.'];

export function providerName(random: Random, town: string): string {
  const pattern = random.int(0, 3);
  if (pattern === 0) return `${random.pick(PROVIDER_KINDS)} ${random.pick(PROVIDER_REGIONS)} ${random.pick(PROVIDER_FORMS)}`;
  if (pattern === 1) return `${random.pick(PROVIDER_KINDS)} für ${random.pick(PROVIDER_FIELDS)} ${town} ${random.pick(PROVIDER_FORMS)}`;
  if (pattern === 2) return `${random.pick(SURNAMES)} Training & Beratung GmbH`;
  return `${random.pick(PROVIDER_REGIONS)}-${random.pick(PROVIDER_KINDS)} ${random.pick(PROVIDER_FORMS)}`;
}

/** A mailbox at a reserved example domain, unique per registry. */
export class EmailRegistry {
  private readonly used = new Map<string, number>();

  /** Keeps an address given elsewhere (the seed contacts) from being handed out again. */
  reserve(email: string): void {
    const local = email.slice(0, email.indexOf('@'));
    this.used.set(local, (this.used.get(local) ?? 0) + 1);
  }

  claim(person: PersonName): string {
    const local = mailboxName(`${person.first} ${person.last}`);
    const seen = (this.used.get(local) ?? 0) + 1;
    this.used.set(local, seen);
    return seen === 1 ? `${local}@example.org` : `${local}${seen}@example.org`;
  }
}

/** "Dr. Jürgen Köhler" → "juergen.koehler" */
export function mailboxName(name: string): string {
  return name
    .replace(/^(Prof\. )?Dr\. /, '')
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.+|\.+$/g, '');
}
