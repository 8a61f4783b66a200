import { berlinTime, dayOf } from './dates';
import { mailboxName } from './names';
import { unreachablePhone } from './places';
import type {
  SiteSettings,
  Contact,
  DemoEvent,
  EventParticipation,
  FundingProject,
  Organisation,
  PressRelease,
  SteeringMember,
} from './types';

// The real facts the demo starts from: the project, its kick-off on 25 November 2021 and the
// press release about it (Allianz für die Region GmbH, "Aufbau eines regionalen
// Weiterbildungsverbundes", allianz-fuer-die-region.de/…/aufbau-eines-regionalen-
// weiterbildungsverbundes-1). Only the first four paragraphs of that release could be
// retrieved; everything marked RECONSTRUCTED below is a plausible continuation, and every
// person not named in the retrieved text is fictional.

export const PROJECT_START = '2021-11-01';
export const PROJECT_END = '2024-10-31';

export const ORG_ALLIANZ = 'org-allianz-fuer-die-region';
export const ORG_VOLKSWAGEN = 'org-volkswagen';
export const ORG_TU_CLAUSTHAL = 'org-tu-clausthal';
export const ORG_FACHKRAEFTEBUENDNIS = 'org-fachkraeftebuendnis-suedostniedersachsen';
export const ORG_IHK_BRAUNSCHWEIG = 'org-ihk-braunschweig';
export const ORG_IHK_LUENEBURG_WOLFSBURG = 'org-ihk-lueneburg-wolfsburg';
export const ORG_HANDWERKSKAMMER = 'org-hwk-braunschweig-lueneburg-stade';
export const ORG_IG_METALL = 'org-ig-metall-braunschweig';
export const ORG_AGENTUR_FUER_ARBEIT = 'org-agentur-fuer-arbeit-braunschweig-goslar';
export const ORG_ARBEITGEBERVERBAND = 'org-arbeitgeberverband-region-braunschweig';

export const CONTACT_PRESS = 'contact-presse-allianz';
export const CONTACT_COORDINATION = 'contact-projektkoordination';

export const EVENT_KICKOFF = 'event-auftakt-2021-11-25';
export const EVENT_STEERING_CONSTITUTION = 'event-steuerkreis-konstituierung-2022-03';

export const PRESS_RELEASE_KICKOFF = 'press-aufbau-weiterbildungsverbund';
export const PRESS_RELEASE_KICKOFF_DATE = '2021-11-25';

export const PROJECT_NAME = 'Kooperative Weiterbildung Südostniedersachsen';
export const PROJECT_SHORT_NAME = 'Koop WeB SON';
export const PHOTO_CREDIT = 'Allianz für die Region GmbH/ Susanne Hübner';

const PARTNERS_FROM_THE_START = '2021-11-01';

interface SeedOrganisation {
  organisation: Organisation;
  /** the person who sits on the steering committee for it (fictional unless named in the release) */
  delegate: { name: string; role: string } | null;
}

function seedOrganisation(
  fields: Omit<Organisation, 'partnerSince' | 'partnerUntil' | 'description'> & { description: string },
  delegate: SeedOrganisation['delegate'],
): SeedOrganisation {
  return {
    organisation: { ...fields, partnerSince: PARTNERS_FROM_THE_START, partnerUntil: null },
    delegate,
  };
}

// RECONSTRUCTED: the release's paragraph on the steering committee could not be retrieved.
// The organisations are the region's labour-market actors of the types such a committee has;
// their delegates are fictional people, except Wendelin Göbel, who is named in the release.
const SEED_ORGANISATIONS: readonly SeedOrganisation[] = [
  seedOrganisation(
    {
      key: ORG_ALLIANZ,
      name: 'Allianz für die Region GmbH',
      slug: 'allianz-fuer-die-region',
      type: 'economic_development',
      sizeClass: 'medium',
      sector: 'Regionalentwicklung',
      district: 'braunschweig',
      website: 'https://www.allianz-fuer-die-region.de',
      description:
        'Regionale Entwicklungsgesellschaft für die Region Braunschweig-Wolfsburg und Trägerin des Projekts „Kooperative Weiterbildung Südostniedersachsen“.',
    },
    { name: 'Wendelin Göbel', role: 'Geschäftsführer der Allianz für die Region GmbH, Projektträger' },
  ),
  seedOrganisation(
    {
      key: ORG_IHK_BRAUNSCHWEIG,
      name: 'Industrie- und Handelskammer Braunschweig',
      slug: 'ihk-braunschweig',
      type: 'chamber',
      sizeClass: 'medium',
      sector: 'Kammer',
      district: 'braunschweig',
      website: null,
      description: 'Vertritt die gewerbliche Wirtschaft im Kammerbezirk Braunschweig.',
    },
    { name: 'Dr. Katrin Albers', role: 'Bereichsleiterin Aus- und Weiterbildung' },
  ),
  seedOrganisation(
    {
      key: ORG_IHK_LUENEBURG_WOLFSBURG,
      name: 'Industrie- und Handelskammer Lüneburg-Wolfsburg',
      slug: 'ihk-lueneburg-wolfsburg',
      type: 'chamber',
      sizeClass: 'medium',
      sector: 'Kammer',
      district: 'wolfsburg',
      website: null,
      description: 'Vertritt die gewerbliche Wirtschaft unter anderem in Wolfsburg und im Landkreis Gifhorn.',
    },
    { name: 'Jens Reinecke', role: 'Leiter Weiterbildung, Geschäftsstelle Wolfsburg' },
  ),
  seedOrganisation(
    {
      key: ORG_HANDWERKSKAMMER,
      name: 'Handwerkskammer Braunschweig-Lüneburg-Stade',
      slug: 'handwerkskammer-braunschweig-lueneburg-stade',
      type: 'chamber',
      sizeClass: 'large',
      sector: 'Kammer',
      district: 'braunschweig',
      website: null,
      description: 'Vertritt das Handwerk und betreibt eigene Bildungszentren für Aus- und Weiterbildung.',
    },
    { name: 'Sabine Hartmann', role: 'Leiterin Weiterbildung' },
  ),
  seedOrganisation(
    {
      key: ORG_IG_METALL,
      name: 'IG Metall Braunschweig',
      slug: 'ig-metall-braunschweig',
      type: 'trade_union',
      sizeClass: 'small',
      sector: 'Gewerkschaft',
      district: 'braunschweig',
      website: null,
      description: 'Gewerkschaftliche Interessenvertretung der Beschäftigten in Metall- und Elektroindustrie.',
    },
    { name: 'Murat Demir', role: 'Gewerkschaftssekretär Bildungspolitik' },
  ),
  seedOrganisation(
    {
      key: ORG_AGENTUR_FUER_ARBEIT,
      name: 'Agentur für Arbeit Braunschweig-Goslar',
      slug: 'agentur-fuer-arbeit-braunschweig-goslar',
      type: 'employment_agency',
      sizeClass: 'large',
      sector: 'Arbeitsverwaltung',
      district: 'braunschweig',
      website: null,
      description: 'Berät Betriebe zur Qualifizierung von Beschäftigten und fördert berufliche Weiterbildung.',
    },
    { name: 'Petra Lindner', role: 'Arbeitgeber-Service, Qualifizierungsberatung' },
  ),
  seedOrganisation(
    {
      key: ORG_TU_CLAUSTHAL,
      name: 'Technische Universität Clausthal',
      slug: 'tu-clausthal',
      type: 'university',
      sizeClass: 'large',
      sector: 'Hochschule',
      district: 'goslar',
      website: 'https://www.tu-clausthal.de',
      description: 'Technische Universität im Oberharz, unter anderem mit dem DIGIT Forschungszentrum.',
    },
    { name: 'Dr. Tobias Krüger', role: 'DIGIT Forschungszentrum, Wissenstransfer' },
  ),
  seedOrganisation(
    {
      key: ORG_VOLKSWAGEN,
      name: 'Volkswagen AG',
      slug: 'volkswagen-ag',
      type: 'company',
      sizeClass: 'large',
      sector: 'Automobilindustrie',
      district: 'wolfsburg',
      website: null,
      description: 'Automobilhersteller mit Sitz in Wolfsburg.',
    },
    { name: 'Claudia Wendt', role: 'Strategische Personalplanung' },
  ),
  seedOrganisation(
    {
      key: ORG_ARBEITGEBERVERBAND,
      name: 'Arbeitgeberverband Region Braunschweig e.V.',
      slug: 'arbeitgeberverband-region-braunschweig',
      type: 'other',
      sizeClass: 'small',
      sector: 'Arbeitgeberverband',
      district: 'braunschweig',
      website: null,
      description: 'Interessenvertretung der Arbeitgeber in der Region Braunschweig.',
    },
    { name: 'Markus Sievers', role: 'Referent Bildung und Arbeitsmarkt' },
  ),
  seedOrganisation(
    {
      key: ORG_FACHKRAEFTEBUENDNIS,
      name: 'Fachkräftebündnis Südostniedersachsen',
      slug: 'fachkraeftebuendnis-suedostniedersachsen',
      type: 'other',
      sizeClass: 'unknown',
      sector: 'Fachkräftesicherung',
      district: 'braunschweig',
      website: null,
      description:
        'Regionales Bündnis zur Fachkräftesicherung, unter anderem mit den Projekten „Veränderungsmacher*in“ und „Digitale Kompetenzen in der Weiterbildung“.',
    },
    null,
  ),
];

export function seedOrganisations(): Organisation[] {
  return SEED_ORGANISATIONS.map(({ organisation }) => ({ ...organisation }));
}

export function steeringCommittee(): SteeringMember[] {
  return SEED_ORGANISATIONS.flatMap(({ organisation, delegate }) =>
    delegate ? [{ name: delegate.name, organisation: organisation.name, role: delegate.role }] : [],
  );
}

export function steeringCommitteeOrganisationKeys(): string[] {
  return SEED_ORGANISATIONS.filter(({ delegate }) => delegate).map(({ organisation }) => organisation.key);
}

export function fundingProject(): FundingProject {
  return {
    name: PROJECT_NAME,
    shortName: PROJECT_SHORT_NAME,
    fundingProgramme: 'Aufbau von Weiterbildungsverbünden',
    funder: 'Bundesministerium für Arbeit und Soziales (BMAS)',
    // fictional: the real grant reference is not public
    grantReference: 'DEMO-WBV-2021-SON',
    // "bis zu 652.915 Euro" as announced in October 2021
    grantAmountEur: 652915,
    startsOn: PROJECT_START,
    endsOn: PROJECT_END,
    region: 'Region Braunschweig-Wolfsburg (Südostniedersachsen)',
    description:
      'Der Weiterbildungsverbund bringt kleine und mittlere Unternehmen, Weiterbildungsträger und Arbeitsmarktakteure der Region Braunschweig-Wolfsburg zusammen, um Weiterbildung über Betriebsgrenzen hinweg zu organisieren, betriebliche Weiterbildungsbedarfe zu erkennen und passende Angebote zu entwickeln.',
    steeringCommittee: steeringCommittee(),
  };
}

export function siteSettings(): SiteSettings {
  return {
    siteName: PROJECT_NAME,
    tagline: 'Weiterbildung über Betriebsgrenzen hinweg – für kleine und mittlere Unternehmen der Region Braunschweig-Wolfsburg.',
    fundingNotice:
      'Das Projekt „Kooperative Weiterbildung Südostniedersachsen“ wird im Rahmen des Bundesprogramms „Aufbau von Weiterbildungsverbünden“ durch das Bundesministerium für Arbeit und Soziales gefördert. (Demo-Text)',
    imprint: [
      'Angaben gemäß § 5 DDG',
      'Allianz für die Region GmbH (Demo-Angaben)\nMusterstraße 1\n38100 Braunschweig',
      '## Vertreten durch',
      'Die Geschäftsführung',
      '## Kontakt',
      'Telefon: 0531 0000000 (Beispielnummer)\nE-Mail: info@verbund.example',
      '## Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV',
      'Die Projektleitung des Weiterbildungsverbunds, Anschrift wie oben.',
    ].join('\n\n'),
    privacyPolicy: [
      'Diese Website setzt keine Cookies, bindet keine Inhalte Dritter ein und verwendet keine Analyse- oder Tracking-Werkzeuge. Schriften und Bilder werden von diesem Server ausgeliefert.',
      '## Server-Protokolle',
      'Beim Aufruf einer Seite verarbeitet der Server technisch notwendige Daten (IP-Adresse, Zeitpunkt, aufgerufene Adresse), um die Seite auszuliefern und ihre Sicherheit zu gewährleisten (Art. 6 Abs. 1 lit. f DSGVO). Protokolle werden nach sieben Tagen gelöscht.',
      '## Ihre Rechte',
      'Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung, Datenübertragbarkeit und Widerspruch sowie das Recht auf Beschwerde bei einer Datenschutz-Aufsichtsbehörde.',
      '## Verantwortliche Stelle',
      'Allianz für die Region GmbH (Demo-Angaben), E-Mail: datenschutz@verbund.example',
    ].join('\n\n'),
    accessibilityStatement: [
      'Die Allianz für die Region GmbH ist bemüht, diese Website im Einklang mit der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu machen.',
      '## Stand der Vereinbarkeit mit den Anforderungen',
      'Diese Website ist mit der BITV 2.0 weitgehend vereinbar. Die Seiten funktionieren ohne JavaScript, lassen sich vollständig mit der Tastatur bedienen und werden bei jeder Änderung automatisiert auf Barrieren geprüft.',
      '## Nicht barrierefreie Inhalte',
      'Pressefotos, die als PDF-Anlage bereitgestellt werden, haben zum Teil keine Textalternative.',
      '## Durchsetzungsverfahren',
      'Wenn Sie auf Ihre Rückmeldung keine zufriedenstellende Antwort erhalten, können Sie sich an die Schlichtungsstelle nach § 16 BGG wenden (www.schlichtungsstelle-bgg.de).',
    ].join('\n\n'),
    accessibilityContactEmail: 'barrierefreiheit@verbund.example',
    accessibilityContactPhone: '0531 0000000',
    accessibilityReviewedOn: '2024-09-01',
  };
}

export function seedContacts(): Contact[] {
  const delegates = SEED_ORGANISATIONS.flatMap(({ organisation, delegate }, index): Contact[] =>
    delegate
      ? [
          {
            key: `contact-${organisation.slug}`,
            name: delegate.name,
            role: delegate.role,
            organisationKey: organisation.key,
            email: `${mailboxName(delegate.name)}@example.org`,
            phone: unreachablePhone('531', 100 + index),
            isPressContact: false,
          },
        ]
      : [],
  );
  return [
    // RECONSTRUCTED: the release's press contact could not be retrieved; these two are fictional
    {
      key: CONTACT_PRESS,
      name: 'Julia Brandes',
      role: 'Presse- und Öffentlichkeitsarbeit',
      organisationKey: ORG_ALLIANZ,
      email: 'presse@example.org',
      phone: unreachablePhone('531', 10),
      isPressContact: true,
    },
    {
      key: CONTACT_COORDINATION,
      name: 'Miriam Schaper',
      role: 'Projektkoordination Weiterbildungsverbund',
      organisationKey: ORG_ALLIANZ,
      email: 'miriam.schaper@example.org',
      phone: unreachablePhone('531', 20),
      isPressContact: true,
    },
    ...delegates,
  ];
}

const TRAFO_HUB = {
  name: 'TRAFO Hub Braunschweig',
  street: 'Sophienstraße (Wichmannhallen)',
  postcode: '38118',
  city: 'Braunschweig',
};

export function kickoffEvent(): DemoEvent {
  const day = dayOf('2021-11-25');
  return {
    key: EVENT_KICKOFF,
    title: 'Auftaktveranstaltung des Weiterbildungsverbundes Südostniedersachsen',
    slug: 'auftakt-weiterbildungsverbund-suedostniedersachsen',
    type: 'kickoff',
    summary:
      'Start des Projekts „Kooperative Weiterbildung Südostniedersachsen“ mit Unternehmen, Weiterbildungsträgern und Arbeitsmarktakteuren der Region.',
    description:
      'Mit der Auftaktveranstaltung startet der regionale Weiterbildungsverbund in die konkrete Umsetzungsphase. Nach der Begrüßung geben vier Impulse aus dem Netzwerk Einblicke in die Projekte des Fachkräftebündnisses Südostniedersachsen, in das DIGIT Forschungszentrum an der TU Clausthal und in die strategische Personalplanung bei Volkswagen. Anschließend ist Zeit für Austausch und Vernetzung.',
    startsAt: berlinTime(day, 14 * 60),
    endsAt: berlinTime(day, 17 * 60 + 30),
    timezone: 'Europe/Berlin',
    format: 'onsite',
    status: 'scheduled',
    venue: { ...TRAFO_HUB },
    capacity: 80,
    attendeesTotal: 60,
    isPublic: true,
    hygieneNotes:
      'Es gelten die Regeln der Niedersächsischen Corona-Verordnung: Zutritt nur für geimpfte oder genesene Personen (2G) mit Nachweis und Lichtbildausweis am Einlass. Außerhalb des Sitzplatzes ist eine medizinische Maske zu tragen; der Saal wird regelmäßig gelüftet.',
    agenda: [
      { time: '14:00', title: 'Begrüßung', speaker: 'Wendelin Göbel', organisation: 'Allianz für die Region GmbH' },
      {
        time: '14:20',
        title: 'Impuls: Das Projekt „Veränderungsmacher*in“',
        speaker: 'Nadine Bartels',
        organisation: 'Fachkräftebündnis Südostniedersachsen',
      },
      {
        time: '14:45',
        title: 'Impuls: „Digitale Kompetenzen in der Weiterbildung“',
        speaker: 'Sebastian Nolte',
        organisation: 'Fachkräftebündnis Südostniedersachsen',
      },
      {
        time: '15:10',
        title: 'Impuls: Das DIGIT Forschungszentrum an der TU Clausthal',
        speaker: 'Dr. Tobias Krüger',
        organisation: 'Technische Universität Clausthal',
      },
      {
        time: '15:35',
        title: 'Impuls: Strategische Personalplanung bei Volkswagen',
        speaker: 'Claudia Wendt',
        organisation: 'Volkswagen AG',
      },
    ],
    workingGroupKey: null,
    publish: true,
  };
}

/** The kick-off's organisations; the rest of its ~60 guests came from fictional companies. */
export function kickoffParticipations(): EventParticipation[] {
  const headcounts: [string, number][] = [
    [ORG_ALLIANZ, 5],
    [ORG_FACHKRAEFTEBUENDNIS, 2],
    [ORG_TU_CLAUSTHAL, 2],
    [ORG_VOLKSWAGEN, 2],
    [ORG_IHK_BRAUNSCHWEIG, 2],
    [ORG_IHK_LUENEBURG_WOLFSBURG, 1],
    [ORG_HANDWERKSKAMMER, 2],
    [ORG_IG_METALL, 1],
    [ORG_AGENTUR_FUER_ARBEIT, 2],
    [ORG_ARBEITGEBERVERBAND, 1],
  ];
  return headcounts.map(([organisationKey, headcount]) => ({ eventKey: EVENT_KICKOFF, organisationKey, headcount }));
}

export function steeringCommitteeConstitution(): DemoEvent {
  const day = dayOf('2022-03-16');
  return {
    key: EVENT_STEERING_CONSTITUTION,
    title: 'Konstituierende Sitzung des Steuerkreises',
    slug: 'steuerkreis-konstituierende-sitzung',
    type: 'steering_committee_meeting',
    summary: 'Der Steuerkreis des Weiterbildungsverbundes kommt zu seiner ersten Sitzung zusammen.',
    description:
      'In der konstituierenden Sitzung gibt sich der Steuerkreis eine Geschäftsordnung, beschließt die Arbeitsplanung für 2022 und setzt die ersten Arbeitskreise ein.',
    startsAt: berlinTime(day, 10 * 60),
    endsAt: berlinTime(day, 12 * 60 + 30),
    timezone: 'Europe/Berlin',
    format: 'online',
    status: 'scheduled',
    venue: null,
    capacity: null,
    attendeesTotal: 11,
    isPublic: false,
    hygieneNotes: null,
    agenda: [
      { time: '10:00', title: 'Begrüßung und Vorstellungsrunde', speaker: 'Wendelin Göbel', organisation: 'Allianz für die Region GmbH' },
      { time: '10:20', title: 'Geschäftsordnung des Steuerkreises', speaker: 'Miriam Schaper', organisation: 'Allianz für die Region GmbH' },
      { time: '10:50', title: 'Arbeitsplanung 2022 und Indikatoren', speaker: 'Miriam Schaper', organisation: 'Allianz für die Region GmbH' },
      { time: '11:40', title: 'Einsetzung der Arbeitskreise', speaker: 'Dr. Katrin Albers', organisation: 'Industrie- und Handelskammer Braunschweig' },
    ],
    workingGroupKey: null,
    publish: true,
  };
}

export function steeringCommitteeConstitutionParticipations(): EventParticipation[] {
  return steeringCommitteeOrganisationKeys().map((organisationKey) => ({
    eventKey: EVENT_STEERING_CONSTITUTION,
    organisationKey,
    headcount: organisationKey === ORG_ALLIANZ ? 3 : 1,
  }));
}

export function kickoffPressRelease(): PressRelease {
  return {
    key: PRESS_RELEASE_KICKOFF,
    title: 'Aufbau eines regionalen Weiterbildungsverbundes',
    slug: 'aufbau-eines-regionalen-weiterbildungsverbundes',
    subtitle: 'Projekt „Kooperative Weiterbildung Südostniedersachsen“ startet in konkrete Umsetzungsphase',
    dateline: 'Braunschweig',
    releaseDate: PRESS_RELEASE_KICKOFF_DATE,
    embargoUntil: null,
    lead: 'Rund 60 Vertreterinnen und Vertreter regionaler Unternehmen, Weiterbildungsträger und Arbeitsmarktakteure kamen im Braunschweiger TrafoHub zum Auftakt des Weiterbildungsverbundes zusammen.',
    body: [
      'Die Digitalisierung stellt Unternehmen vor immense Herausforderungen. Neue fachliche Kompetenzen von Beschäftigten rücken dabei immer stärker in den Fokus. Vor allem kleine und mittlere Unternehmen benötigen Unterstützung, wenn es darum geht, geeignete Qualifikationen für ihre Beschäftigten im ausreichenden Maße umzusetzen. Damit diese Betriebe die Chancen der Transformationen bestmöglich nutzen können, wurden regionale Weiterbildungsverbünde ins Leben gerufen, unter dem Projektname „Kooperative Weiterbildung Südostniedersachsen“ auch in der Region Braunschweig-Wolfsburg. Zur Auftaktveranstaltung kamen heute rund 60 Vertreterinnen und Vertreter regionaler Unternehmen, Weiterbildungsträger und Arbeitsmarktakteure unter Berücksichtigung der gültigen Hygieneregeln im Braunschweiger TrafoHub zusammen.',
      '„Unser Ziel ist es, während der dreijährigen Laufzeit ein Netzwerk und eine Weiterbildungsplattform auf regionaler Ebene aufzubauen“, sagt Wendelin Göbel, Geschäftsführer der Allianz für die Region. So wollen alle Akteure im Weiterbildungsverbund künftig gemeinsam daran arbeiten, Weiterbildungsmaßnahmen ressourcenschonend über Betriebsgrenzen hinaus zu organisieren und durchzuführen. Zudem wollen sie sich regelmäßig austauschen, um beispielsweise betriebliche Weiterbildungsbedarfe zu identifizieren und daraufhin Weiterbildungs- und Beratungsangebote auf den Weg zu bringen.',
      'Beim Auftakt erhielten die Teilnehmerinnen und Teilnehmer nach der Begrüßung vier Impulse aus dem Netzwerk: über die Projekte des Fachkräftebündnisses Südostniedersachsen „Veränderungsmacher*in“ und „Digitale Kompetenzen in der Weiterbildung“, über das DIGIT Forschungszentrum an der TU Clausthal und abschließend über die strategische Personalplanung bei Volkswagen.',
      // RECONSTRUCTED from here on: the rest of the release could not be retrieved
      'Im zweiten Teil der Veranstaltung stellte sich der Steuerkreis des Weiterbildungsverbundes vor. Ihm gehören Vertreterinnen und Vertreter der Kammern, der Gewerkschaften, der Agentur für Arbeit, der Wissenschaft, der Wirtschaft und der Allianz für die Region an. Der Steuerkreis begleitet das Projekt über die gesamte Laufzeit, setzt inhaltliche Schwerpunkte und wird sich Anfang 2022 konstituieren.',
      'In den kommenden Monaten sollen thematische Arbeitskreise entstehen, in denen Unternehmen, Weiterbildungsträger und Arbeitsmarktakteure gemeinsam Bedarfe erheben und Angebote entwickeln. Interessierte Unternehmen und Weiterbildungsträger aus der Region sind eingeladen, sich dem Verbund anzuschließen.',
      'Das Projekt „Kooperative Weiterbildung Südostniedersachsen“ wird vom Bundesministerium für Arbeit und Soziales im Rahmen des Bundesprogramms „Aufbau von Weiterbildungsverbünden“ gefördert und läuft bis zum 31. Oktober 2024.',
    ],
    photos: [
      {
        caption:
          'Auftakt des Weiterbildungsverbundes im Braunschweiger TrafoHub: Rund 60 Gäste aus Unternehmen, Weiterbildung und Arbeitsmarkt informierten sich über das Projekt.',
        credit: PHOTO_CREDIT,
        photographer: 'Susanne Hübner',
        image: {
          fileName: 'auftakt-weiterbildungsverbund-trafohub.png',
          width: 1600,
          height: 1067,
          label: 'Auftakt Weiterbildungsverbund TrafoHub Braunschweig',
        },
      },
    ],
    pressContactKey: CONTACT_PRESS,
    relatedEventKeys: [EVENT_KICKOFF],
    tags: ['Weiterbildungsverbund', 'Auftakt', 'Digitalisierung', 'Fachkräftesicherung'],
    publish: true,
  };
}
