import type { GenerationContext } from './context';
import { berlinDay, berlinTime, dayOf, germanDate, isoDate, type Day } from './dates';
import { workingGroupGenitive } from './event-texts';
import { personName } from './names';
import { joinedBy } from './organisation-pool';
import type { Random } from './random';
import { CONTACT_COORDINATION, CONTACT_PRESS, EVENT_KICKOFF, PRESS_RELEASE_KICKOFF_DATE, PROJECT_NAME } from './seed-content';
import type { SlugRegistry } from './slugs';
import type { CourseOffer, CourseRun, DemoEvent, Organisation, PressPhoto, PressRelease } from './types';
import { TOPIC } from '@verbund/domain';

const BASE_PRESS_RELEASES = 24;
const EMBARGO_LEAD_MS = 3 * 86_400_000;
const COORDINATOR = 'Miriam Schaper, Projektkoordinatorin des Weiterbildungsverbundes';

const ABOUT_THE_PROJECT = `Über das Projekt: „${PROJECT_NAME}“ ist ein regionaler Weiterbildungsverbund in der Region Braunschweig-Wolfsburg. Unternehmen, Weiterbildungsträger und Arbeitsmarktakteure organisieren gemeinsam Weiterbildung über Betriebsgrenzen hinweg. Träger ist die Allianz für die Region GmbH; das Bundesministerium für Arbeit und Soziales fördert das Projekt im Bundesprogramm „Aufbau von Weiterbildungsverbünden“ von November 2021 bis Oktober 2024.`;

const ANNUAL_REVIEWS = [
  { date: '2022-11-24', title: 'Ein Jahr Weiterbildungsverbund: erste Verbundkurse und wachsendes Netzwerk' },
  { date: '2023-11-23', title: 'Zwei Jahre Weiterbildungsverbund: Betriebe bilden gemeinsam weiter' },
];

interface ReleaseDraft {
  title: string;
  subtitle: string | null;
  dateline: string;
  day: Day;
  lead: string;
  body: string[];
  relatedEventKeys: string[];
  tags: string[];
  photoLabel: string | null;
}

/**
 * What a headline calls an event: "Workshop: Cobots in der Fertigung" → "Cobots in der
 * Fertigung", "Arbeitskreis X: 3. Treffen" → "3. Treffen des Arbeitskreises X".
 */
function headlineSubject(event: DemoEvent): string {
  const meeting = /^(.*): (\d+)\. Treffen$/.exec(event.title);
  if (meeting) return `${meeting[2]}. Treffen des ${workingGroupGenitive(meeting[1] as string)}`;
  return event.title.includes(': ') ? event.title.slice(event.title.indexOf(': ') + 2) : event.title;
}

function eventDay(event: DemoEvent): Day {
  return berlinDay(new Date(event.startsAt));
}

function quote(random: Random, text: string, speaker = COORDINATOR): string {
  return `„${text}“, sagt ${speaker}. ${random.pick([
    'Das Interesse der Betriebe zeigt, wie groß der Bedarf ist.',
    'Gerade kleine Betriebe profitieren davon, Kurse gemeinsam zu organisieren.',
    'Wir laden weitere Unternehmen ein, sich zu beteiligen.',
  ])}`;
}

class PressDesk {
  private readonly companyJoinDays: Day[];

  constructor(
    private readonly random: Random,
    organisations: readonly Organisation[],
  ) {
    this.companyJoinDays = organisations
      .filter((organisation) => organisation.type === 'company' && organisation.partnerSince)
      .map((organisation) => dayOf(organisation.partnerSince as string))
      .sort((a, b) => a - b);
  }

  eventReport(event: DemoEvent): ReleaseDraft {
    const random = this.random;
    const day = eventDay(event) + random.int(1, 4);
    const place = event.venue?.city ?? 'Braunschweig';
    const attendance = event.attendeesTotal ? `Rund ${event.attendeesTotal} Teilnehmende` : 'Zahlreiche Teilnehmende';
    const title =
      event.type === 'working_group_meeting'
        ? `${event.title.replace(/: \d+\. Treffen$/, '')} tauscht sich aus`
        : `${headlineSubject(event)}: ${random.pick(['Betriebe lernen voneinander', 'Austausch über Betriebsgrenzen', 'Praxis im Mittelpunkt'])}`;
    return {
      title,
      subtitle: random.chance(0.5) ? `${attendance} beim Weiterbildungsverbund` : null,
      dateline: place,
      day,
      lead: `${attendance} aus Unternehmen, Weiterbildung und Arbeitsmarkt kamen am ${germanDate(eventDay(event))} zusammen. ${event.summary}`,
      body: [
        `${event.description} Die Veranstaltung fand ${event.format === 'online' ? 'online' : `in ${place}`} statt.`,
        quote(random, 'Der Austausch zwischen den Betrieben ist das Herzstück des Verbundes'),
        'Die Ergebnisse fließen in die Planung neuer Verbundkurse ein. Die nächsten Termine stehen im Veranstaltungskalender des Weiterbildungsverbundes.',
        ABOUT_THE_PROJECT,
      ],
      relatedEventKeys: [event.key],
      tags: ['Weiterbildungsverbund', 'Veranstaltung'],
      photoLabel: event.title,
    };
  }

  eventAnnouncement(event: DemoEvent): ReleaseDraft {
    const random = this.random;
    const place = event.venue?.city ?? 'Braunschweig';
    return {
      title: `Einladung: ${headlineSubject(event)}`,
      subtitle: `Am ${germanDate(eventDay(event))} ${event.format === 'online' ? 'online' : `in ${place}`}`,
      dateline: place,
      day: eventDay(event) - random.int(10, 21),
      lead: `Der Weiterbildungsverbund „${PROJECT_NAME}“ lädt Unternehmen und Beschäftigte zur Veranstaltung „${event.title}“ ein.`,
      body: [
        event.description,
        quote(random, 'Wir möchten Betriebe ansprechen, die bisher wenig Zeit für Weiterbildung finden'),
        'Die Teilnahme ist kostenfrei; um Anmeldung über die Internetseite des Verbundes wird gebeten.',
        ABOUT_THE_PROJECT,
      ],
      relatedEventKeys: [event.key],
      tags: ['Weiterbildungsverbund', 'Einladung'],
      photoLabel: null,
    };
  }

  newCourse(offer: CourseOffer, run: CourseRun, provider: Organisation | undefined): ReleaseDraft {
    const random = this.random;
    const trainer = personName(random).full;
    return {
      title: `Neuer Verbundkurs: ${offer.title}`,
      subtitle: `Start am ${germanDate(dayOf(run.startsOn))} in ${run.city}`,
      dateline: run.city,
      day: dayOf(run.startsOn) - random.int(14, 40),
      lead: `Im Weiterbildungsverbund ist ein neues Angebot entstanden: ${offer.summary}`,
      body: [
        `${offer.description} Anbieter ist ${provider?.name ?? 'ein Weiterbildungsträger aus der Region'}.`,
        quote(
          random,
          'Mehrere Betriebe hatten denselben Bedarf gemeldet. Gemeinsam lohnt sich ein eigener Kurs',
          `${trainer}, Dozentin oder Dozent des Kurses`,
        ),
        `Der Kurs umfasst ${offer.durationHours} Stunden und bietet ${run.seats} Plätze.`,
        ABOUT_THE_PROJECT,
      ],
      relatedEventKeys: [],
      tags: ['Weiterbildungsverbund', 'Verbundkurs', TOPIC.labels[offer.topic]],
      photoLabel: offer.title,
    };
  }

  milestone(day: Day): ReleaseDraft {
    const partners = joinedBy(this.companyJoinDays, day);
    const rounded = Math.max(10, Math.floor(partners / 10) * 10);
    return {
      title: `Weiterbildungsverbund wächst: mehr als ${rounded} Partnerunternehmen`,
      subtitle: null,
      dateline: 'Braunschweig',
      day,
      lead: `Dem Weiterbildungsverbund „${PROJECT_NAME}“ haben sich inzwischen mehr als ${rounded} Unternehmen aus der Region angeschlossen.`,
      body: [
        'Vor allem kleine und mittlere Betriebe nutzen die Beratung des Verbundes, um ihre Weiterbildungsbedarfe zu klären und Kurse gemeinsam mit anderen Betrieben zu organisieren.',
        quote(this.random, 'Jeder neue Partner macht es leichter, Kurse auch in der Fläche zustande zu bringen'),
        ABOUT_THE_PROJECT,
      ],
      relatedEventKeys: [],
      tags: ['Weiterbildungsverbund', 'Netzwerk'],
      photoLabel: null,
    };
  }

  annualReview(date: string, title: string): ReleaseDraft {
    return {
      title,
      subtitle: 'Zwischenbilanz des Weiterbildungsverbundes Südostniedersachsen',
      dateline: 'Braunschweig',
      day: dayOf(date),
      lead: `Der Weiterbildungsverbund „${PROJECT_NAME}“ zieht Bilanz: Die Zahl der Partner, Beratungen und Verbundkurse ist im vergangenen Projektjahr weiter gestiegen.`,
      body: [
        'Die Koordinierungsstelle hat Betriebe in allen acht Gebietskörperschaften der Region beraten. Aus den erhobenen Bedarfen sind neue Kurse entstanden, die mehrere Unternehmen gemeinsam nutzen.',
        quote(this.random, 'Die Zahlen zeigen, dass der Verbund in der Region angekommen ist'),
        'Der Steuerkreis hat die Schwerpunkte für das kommende Projektjahr festgelegt: Elektromobilität, Digitalisierung und Führung.',
        ABOUT_THE_PROJECT,
      ],
      relatedEventKeys: [],
      tags: ['Weiterbildungsverbund', 'Bilanz'],
      photoLabel: 'Zwischenbilanz',
    };
  }
}

/**
 * Press releases after the seed one: reports and invitations around events, new courses,
 * milestones and annual reviews, all released by `now`; plus one draft and one release under
 * an embargo that ends three days after `now`.
 */
export function generatePressReleases(
  random: Random,
  context: GenerationContext,
  slugs: SlugRegistry,
  events: readonly DemoEvent[],
  offers: readonly CourseOffer[],
  runs: readonly CourseRun[],
  organisationsByKey: ReadonlyMap<string, Organisation>,
): PressRelease[] {
  const desk = new PressDesk(random, [...organisationsByKey.values()]);
  // the seed release covers the kick-off
  const publicEvents = events.filter(
    (event) => event.key !== EVENT_KICKOFF && event.publish && event.isPublic && event.status !== 'cancelled',
  );
  const heldPublicEvents = publicEvents.filter((event) => event.attendeesTotal !== null);
  const offersByKey = new Map(offers.map((offer) => [offer.key, offer]));
  const newCourseRuns = runs.filter((run) => run.publish && offersByKey.get(run.courseOfferKey)?.newInNetwork);
  // the seed release is the network's first
  const firstDay = dayOf(PRESS_RELEASE_KICKOFF_DATE) + 1;
  const releasable = (draft: ReleaseDraft) => draft.day >= firstDay && draft.day <= context.nowDay;

  // a subject (event, course run) gets one release of each kind, not several
  const covered = new Set<string>();
  const fresh = <T extends { key: string }>(kind: string, candidates: readonly T[]): T | null => {
    for (let attempt = 0; attempt < 5 && candidates.length > 0; attempt++) {
      const candidate = random.pick(candidates);
      if (!covered.has(`${kind}:${candidate.key}`)) {
        covered.add(`${kind}:${candidate.key}`);
        return candidate;
      }
    }
    return null;
  };
  const drafts: ReleaseDraft[] = ANNUAL_REVIEWS.map(({ date, title }) => desk.annualReview(date, title)).filter(releasable);
  for (let index = 0; index < context.count(BASE_PRESS_RELEASES); index++) {
    const kind = random.weighted([
      ['report', 40],
      ['announcement', 30],
      ['course', 20],
      ['milestone', 10],
    ] as const);
    const reported = kind === 'report' ? fresh(kind, heldPublicEvents) : null;
    const announced = kind === 'announcement' ? fresh(kind, publicEvents) : null;
    const run = kind === 'course' ? fresh(kind, newCourseRuns) : null;
    const offer = run ? (offersByKey.get(run.courseOfferKey) as CourseOffer) : null;
    const draft =
      reported ? desk.eventReport(reported)
      : announced ? desk.eventAnnouncement(announced)
      : run && offer ? desk.newCourse(offer, run, organisationsByKey.get(offer.providerKey))
      : desk.milestone(random.int(context.termStart + 120, Math.max(context.termStart + 120, context.activityEnd)));
    if (releasable(draft) && !covered.has(`title:${draft.title}`)) {
      covered.add(`title:${draft.title}`);
      drafts.push(draft);
    }
  }
  drafts.sort((a, b) => a.day - b.day);

  const releases = drafts.map((draft, index) =>
    release(random, slugs, `press-${index + 1}`, draft, { publish: true, embargoUntil: pastEmbargo(random, draft.day) }),
  );

  const finalConference = events.find((event) => event.type === 'conference' && event.title.startsWith('Abschlusskonferenz'));
  const embargoEnds = new Date(context.now.getTime() + EMBARGO_LEAD_MS);
  releases.push(
    release(
      random,
      slugs,
      `press-${releases.length + 1}`,
      {
        title: 'Betriebsbefragung: Wo die Region bei der Weiterbildung steht',
        subtitle: 'Ergebnisse der Befragung von Partnerunternehmen des Weiterbildungsverbundes',
        dateline: 'Braunschweig',
        day: berlinDay(embargoEnds),
        lead: 'Der Weiterbildungsverbund stellt die Ergebnisse seiner Befragung von Partnerunternehmen vor.',
        body: [
          'Die Mehrheit der befragten Betriebe plant, in den kommenden zwei Jahren mehr in Weiterbildung zu investieren. Am häufigsten genannt werden Digitalisierung, Führung und Elektromobilität.',
          quote(random, 'Die Befragung bestätigt, dass gemeinsame Kurse für kleine Betriebe der Schlüssel sind'),
          ABOUT_THE_PROJECT,
        ],
        relatedEventKeys: finalConference ? [finalConference.key] : [],
        tags: ['Weiterbildungsverbund', 'Befragung', 'Sperrfrist'],
        photoLabel: 'Betriebsbefragung',
      },
      // to be published, but not before the embargo ends: the plugin's embargo task does that
      { publish: true, embargoUntil: embargoEnds.toISOString() },
    ),
    release(
      random,
      slugs,
      `press-${releases.length + 2}`,
      {
        title: `Abschlussbilanz: Drei Jahre ${PROJECT_NAME}`,
        subtitle: null,
        dateline: 'Braunschweig',
        day: Math.max(context.nowDay + 10, context.termEnd + 14),
        lead: 'Entwurf: Der Weiterbildungsverbund zieht nach drei Jahren Bilanz.',
        body: ['Entwurf – Zahlen werden nach Projektende ergänzt.', ABOUT_THE_PROJECT],
        relatedEventKeys: finalConference ? [finalConference.key] : [],
        tags: ['Weiterbildungsverbund', 'Bilanz'],
        photoLabel: null,
      },
      { publish: false, embargoUntil: null },
    ),
  );
  return releases;
}

/** Some releases went out to the press the evening before, embargoed until 6 a.m. */
function pastEmbargo(random: Random, day: Day): string | null {
  return random.chance(0.2) ? berlinTime(day, 6 * 60) : null;
}

function release(
  random: Random,
  slugs: SlugRegistry,
  key: string,
  draft: ReleaseDraft,
  state: { publish: boolean; embargoUntil: string | null },
): PressRelease {
  const slug = slugs.claim(draft.title);
  const photos: PressPhoto[] = [];
  if (draft.photoLabel) {
    const count = random.weighted([[1, 75], [2, 25]] as const);
    for (let index = 1; index <= count; index++) {
      const photographer = random.chance(0.8) ? personName(random) : null;
      photos.push({
        caption: index === 1 ? draft.lead : `${draft.photoLabel}: Eindrücke`,
        credit: photographer ? `Allianz für die Region GmbH/ ${photographer.first} ${photographer.last}` : 'Weiterbildungsverbund Südostniedersachsen',
        photographer: photographer ? `${photographer.first} ${photographer.last}` : null,
        image: {
          fileName: `${slug}-${index}.png`,
          width: index === 1 ? 1600 : 1200,
          height: index === 1 ? 1067 : 800,
          label: draft.photoLabel,
        },
      });
    }
  }
  return {
    key,
    title: draft.title,
    slug,
    subtitle: draft.subtitle,
    dateline: draft.dateline,
    releaseDate: isoDate(draft.day),
    embargoUntil: state.embargoUntil,
    lead: draft.lead,
    body: draft.body,
    photos,
    pressContactKey: random.chance(0.85) ? CONTACT_PRESS : CONTACT_COORDINATION,
    relatedEventKeys: draft.relatedEventKeys,
    tags: draft.tags,
    publish: state.publish,
  };
}
