import type { GenerationContext } from './context';
import { berlinDay, berlinTime, clockTime, dayOf, germanMonth, toWorkday, yearOf, type Day } from './dates';
import {
  INFORMATION_TITLES,
  OTHER_TITLES,
  PUBLIC_HEALTH_RULES_2022,
  VOLUNTARY_TEST_NOTE,
  WORKING_GROUP_FOCUS,
  WORKSHOP_TITLES,
  workingGroupGenitive,
} from './event-texts';
import { personName } from './names';
import type { OrganisationPool } from './organisation-pool';
import { REGION_TOWNS, STREET_NAMES, VENUE_KINDS, type Town } from './places';
import type { Random } from './random';
import { ORG_ALLIANZ, PROJECT_NAME, steeringCommitteeOrganisationKeys } from './seed-content';
import type { SlugRegistry } from './slugs';
import type { AgendaItem, DemoEvent, EventParticipation, Organisation, Venue } from './types';
import { TOPIC, type EventFormat, type EventStatus, type EventType, type Topic } from '@verbund/domain';
import type { PlannedWorkingGroup } from './working-groups';

const BASE_OPEN_EVENTS = 40;
const WORKING_GROUP_MEETING_INTERVAL = 91;
const OPEN_EVENTS_FROM = dayOf('2022-01-10');
// Niedersachsen lifted most Corona rules for events at the beginning of April 2022
const CORONA_RULES_UNTIL = dayOf('2022-04-02');
const VOLUNTARY_TESTS_UNTIL = dayOf('2022-09-30');

const STEERING_MEETINGS = ['2022-09-21', '2023-03-15', '2023-09-20', '2024-03-13', '2024-09-18'];
const ANNUAL_FORUMS: readonly { date: string; title: string }[] = [
  { date: '2022-10-13', title: 'Weiterbildungsforum Südostniedersachsen 2022' },
  { date: '2023-10-12', title: 'Weiterbildungsforum Südostniedersachsen 2023' },
  { date: '2024-10-17', title: 'Abschlusskonferenz: Drei Jahre Weiterbildungsverbund' },
];

type Attendance =
  | { kind: 'members'; keys: readonly string[] }
  | { kind: 'open'; organisations: [number, number] };

/** An event before the outcome (status, attendance) and its key are known. */
interface EventPlan {
  type: EventType;
  title: string;
  summary: string;
  description: string;
  day: Day;
  startMinutes: number;
  durationMinutes: number;
  format: EventFormat;
  isPublic: boolean;
  workingGroupKey: string | null;
  capacity: [number, number] | null;
  town: Town;
  agenda: (startMinutes: number) => AgendaItem[];
  attendance: Attendance;
}

export interface GeneratedEvents {
  events: DemoEvent[];
  participations: EventParticipation[];
}

function agendaOf(startMinutes: number, items: readonly [number, string, string, string][]): AgendaItem[] {
  return items.map(([offset, title, speaker, organisation]) => ({
    time: clockTime(startMinutes + offset),
    title,
    speaker,
    organisation,
  }));
}

class EventPlanner {
  private readonly plans: EventPlan[] = [];
  private readonly coordinator = 'Miriam Schaper';
  private readonly allianz = 'Allianz für die Region GmbH';

  /**
   * @param experts fictional organisations whose (fictional) people give talks, so that no
   *   made-up talk is attributed to a real organisation
   */
  constructor(
    private readonly random: Random,
    private readonly context: GenerationContext,
    private readonly pool: OrganisationPool,
    private readonly organisationsByKey: ReadonlyMap<string, Organisation>,
    private readonly experts: readonly Organisation[],
  ) {}

  get all(): readonly EventPlan[] {
    return this.plans;
  }

  private speakerFrom(organisation: Organisation | undefined): [string, string] {
    return [personName(this.random).full, organisation?.name ?? this.allianz];
  }

  private expert(): [string, string] {
    return this.speakerFrom(this.experts.length > 0 ? this.random.pick(this.experts) : undefined);
  }

  planWorkingGroupMeetings({ group, firstMeeting }: PlannedWorkingGroup): void {
    const random = this.random;
    const members = group.memberKeys.flatMap((key) => this.organisationsByKey.get(key) ?? []);
    const companyMembers = members.filter((member) => member.type === 'company');
    let number = 1;
    for (
      let day = toWorkday(firstMeeting);
      day <= this.context.termEnd;
      day = toWorkday(day + WORKING_GROUP_MEETING_INTERVAL + random.int(-14, 14))
    ) {
      const focus = random.pick(WORKING_GROUP_FOCUS[group.topic]);
      const early = day < dayOf('2022-07-01');
      const host = companyMembers.length > 0 ? random.pick(companyMembers) : members[members.length - 1];
      const [speaker, speakerOrganisation] = this.speakerFrom(host);
      this.plans.push({
        type: 'working_group_meeting',
        title: `${group.name}: ${number}. Treffen`,
        summary: `Treffen des ${workingGroupGenitive(group.name)} zum Schwerpunkt „${focus}“.`,
        description: `${group.description} Schwerpunkt dieses Treffens: ${focus}.`,
        day,
        startMinutes: random.pick([9 * 60 + 30, 14 * 60]),
        durationMinutes: random.pick([120, 150, 180]),
        format: early
          ? random.weighted([['online', 7], ['hybrid', 3]] as const)
          : random.weighted([['onsite', 45], ['online', 30], ['hybrid', 25]] as const),
        isPublic: random.chance(0.15),
        workingGroupKey: group.key,
        capacity: [18, 30],
        town: random.pick(REGION_TOWNS),
        agenda: (start) =>
          agendaOf(start, [
            [0, 'Begrüßung und Protokoll des letzten Treffens', this.coordinator, this.allianz],
            [20, `Impuls: ${focus}`, speaker, speakerOrganisation],
            [60, 'Austausch der Betriebe und Bedarfe', this.coordinator, this.allianz],
            [100, 'Verabredungen und nächste Schritte', this.coordinator, this.allianz],
          ]),
        attendance: { kind: 'members', keys: group.memberKeys },
      });
      number++;
    }
  }

  planSteeringCommitteeMeetings(): void {
    const members = steeringCommitteeOrganisationKeys();
    for (const date of STEERING_MEETINGS) {
      const day = dayOf(date);
      if (day > this.context.termEnd) continue;
      this.plans.push({
        type: 'steering_committee_meeting',
        title: `Sitzung des Steuerkreises ${germanMonth(day)}`,
        summary: 'Interne Sitzung des Steuerkreises des Weiterbildungsverbundes.',
        description:
          'Der Steuerkreis berät über den Stand der Kennzahlen, die Arbeit der Arbeitskreise und die Planung der kommenden Monate.',
        day,
        startMinutes: 10 * 60,
        durationMinutes: 150,
        format: this.random.weighted([['hybrid', 6], ['online', 4]] as const),
        isPublic: false,
        workingGroupKey: null,
        capacity: null,
        town: REGION_TOWNS[0] as Town,
        agenda: (start) =>
          agendaOf(start, [
            [0, 'Begrüßung', 'Wendelin Göbel', this.allianz],
            [15, 'Bericht der Projektkoordination und Kennzahlen', this.coordinator, this.allianz],
            [75, 'Berichte aus den Arbeitskreisen', this.coordinator, this.allianz],
            [120, 'Beschlüsse und Termine', 'Wendelin Göbel', this.allianz],
          ]),
        attendance: { kind: 'members', keys: members },
      });
    }
  }

  planAnnualForums(): void {
    for (const { date, title } of ANNUAL_FORUMS) {
      const day = dayOf(date);
      const [keynoteSpeaker, keynoteOrganisation] = this.expert();
      const [panelSpeaker, panelOrganisation] = this.speakerFrom(this.pool.company(this.random, day));
      this.plans.push({
        type: 'conference',
        title,
        summary: `Jahreskonferenz des Projekts „${PROJECT_NAME}“ mit Foren, Praxisbeispielen und Ergebnissen aus den Arbeitskreisen.`,
        description:
          'Unternehmen, Weiterbildungsträger und Arbeitsmarktakteure ziehen Bilanz: Welche Verbundkurse sind entstanden, welche Bedarfe sind offen, und wie geht es mit der Weiterbildung in der Region weiter?',
        day,
        startMinutes: 9 * 60 + 30,
        durationMinutes: 7 * 60,
        format: 'hybrid',
        isPublic: true,
        workingGroupKey: null,
        capacity: [120, 200],
        town: this.random.pick(REGION_TOWNS),
        agenda: (start) =>
          agendaOf(start, [
            [0, 'Begrüßung', 'Wendelin Göbel', this.allianz],
            [20, 'Keynote: Weiterbildung in der Transformation', keynoteSpeaker, keynoteOrganisation],
            [80, 'Podium: Verbundkurse aus Sicht der Betriebe', panelSpeaker, panelOrganisation],
            [180, 'Foren der Arbeitskreise', this.coordinator, this.allianz],
            [360, 'Ausblick und Abschluss', this.coordinator, this.allianz],
          ]),
        attendance: { kind: 'open', organisations: [25, 45] },
      });
    }
  }

  planOpenEvent(): void {
    const random = this.random;
    const context = this.context;
    const type = random.weighted([
      ['workshop', 45],
      ['information_event', 35],
      ['other', 12],
      ['conference', 8],
    ] as const);
    const topic: Topic = random.pick(TOPIC.values);
    const town = random.pick(REGION_TOWNS);
    const day = toWorkday(random.int(OPEN_EVENTS_FROM, context.termEnd - 3));
    const [speaker, speakerOrganisation] = this.expert();
    const [practitioner, practitionerCompany] = this.speakerFrom(this.pool.company(random, day));
    const internal = random.chance(0.12);
    const plan = {
      workshop: () => ({
        title: `${internal ? 'Interner Workshop' : 'Workshop'}: ${random.pick(WORKSHOP_TITLES[topic])}`,
        summary: `Praxisworkshop zum Thema ${TOPIC.labels[topic]} für Beschäftigte und Personalverantwortliche aus kleinen und mittleren Unternehmen.`,
        startMinutes: random.pick([9 * 60, 13 * 60]),
        durationMinutes: random.pick([180, 240, 360]),
        capacity: [12, 30] as [number, number],
        attendance: [4, 10] as [number, number],
        agenda: (start: number) =>
          agendaOf(start, [
            [0, 'Begrüßung und Einführung', this.coordinator, this.allianz],
            [15, `Impuls: ${TOPIC.labels[topic]} in der Praxis`, speaker, speakerOrganisation],
            [75, 'Arbeitsphase in Kleingruppen', speaker, speakerOrganisation],
            [150, 'Ergebnisse und nächste Schritte', this.coordinator, this.allianz],
          ]),
      }),
      information_event: () => ({
        title: `Infoveranstaltung: ${random.pick(INFORMATION_TITLES)}`,
        summary: 'Informationen zu Förderwegen und Angeboten des Weiterbildungsverbundes, mit Zeit für Fragen.',
        startMinutes: random.pick([10 * 60, 16 * 60, 17 * 60]),
        durationMinutes: random.pick([90, 120]),
        capacity: [30, 80] as [number, number],
        attendance: [6, 16] as [number, number],
        agenda: (start: number) =>
          agendaOf(start, [
            [0, 'Begrüßung', this.coordinator, this.allianz],
            [10, 'Vortrag: Förderwege für betriebliche Weiterbildung', speaker, speakerOrganisation],
            [50, 'Praxisbericht aus einem Unternehmen', practitioner, practitionerCompany],
            [75, 'Fragen und Austausch', this.coordinator, this.allianz],
          ]),
      }),
      other: () => ({
        title: random.pick(OTHER_TITLES)(town.name),
        summary: 'Austausch und Vernetzung der Partner des Weiterbildungsverbundes.',
        startMinutes: random.pick([8 * 60 + 30, 17 * 60]),
        durationMinutes: random.pick([90, 120, 180]),
        capacity: [20, 60] as [number, number],
        attendance: [5, 14] as [number, number],
        agenda: (start: number) =>
          agendaOf(start, [
            [0, 'Ankommen und Begrüßung', this.coordinator, this.allianz],
            [20, 'Kurzvorstellung des Gastgebers', practitioner, practitionerCompany],
          ]),
      }),
      conference: () => ({
        title: `Fachtag ${TOPIC.labels[topic]} ${yearOf(day)}`,
        summary: `Fachtag mit Vorträgen und Praxisforen zum Thema ${TOPIC.labels[topic]}.`,
        startMinutes: 9 * 60,
        durationMinutes: 6 * 60,
        capacity: [60, 150] as [number, number],
        attendance: [15, 30] as [number, number],
        agenda: (start: number) =>
          agendaOf(start, [
            [0, 'Begrüßung', 'Wendelin Göbel', this.allianz],
            [20, `Vortrag: ${TOPIC.labels[topic]} und Weiterbildung`, speaker, speakerOrganisation],
            [90, 'Praxisforen', practitioner, practitionerCompany],
            [300, 'Abschluss', this.coordinator, this.allianz],
          ]),
      }),
    }[type]();
    this.plans.push({
      type,
      title: plan.title,
      summary: plan.summary,
      description: `${plan.summary} Veranstaltet vom Weiterbildungsverbund „${PROJECT_NAME}“ in ${town.name}. Die Teilnahme ist für Partner des Verbundes kostenfrei.`,
      day,
      startMinutes: plan.startMinutes,
      durationMinutes: plan.durationMinutes,
      format: random.weighted([['onsite', 55], ['online', 30], ['hybrid', 15]] as const),
      isPublic: !internal,
      workingGroupKey: null,
      capacity: plan.capacity,
      town,
      agenda: plan.agenda,
      attendance: { kind: 'open', organisations: plan.attendance },
    });
  }
}

function venueIn(random: Random, town: Town): Venue {
  return {
    name: `${random.pick(VENUE_KINDS)} ${town.name}`,
    street: `${random.pick(STREET_NAMES)} ${random.int(1, 120)}`,
    postcode: town.postcode,
    city: town.name,
  };
}

function hygieneNotes(random: Random, day: Day, format: EventFormat): string | null {
  if (format === 'online') return null;
  if (day <= CORONA_RULES_UNTIL) return PUBLIC_HEALTH_RULES_2022;
  if (day <= VOLUNTARY_TESTS_UNTIL && random.chance(0.4)) return VOLUNTARY_TEST_NOTE;
  return null;
}

function outcome(random: Random, plan: EventPlan, context: GenerationContext): { status: EventStatus; format: EventFormat } {
  if (random.chance(0.06)) return { status: 'cancelled', format: plan.format };
  if (plan.format !== 'online' && random.chance(0.05)) return { status: 'moved_online', format: 'online' };
  // only a future event can still be waiting for its new date
  if (plan.day > context.nowDay && random.chance(0.05)) return { status: 'postponed', format: plan.format };
  return { status: 'scheduled', format: plan.format };
}

function attendees(
  random: Random,
  plan: EventPlan,
  pool: OrganisationPool,
  capacity: number | null,
): { organisationKey: string; headcount: number }[] {
  const keys =
    plan.attendance.kind === 'members'
      ? random.sample(plan.attendance.keys, Math.ceil(plan.attendance.keys.length * (0.5 + random.next() * 0.4)))
      : pool
          .organisations(random, plan.day, random.int(...plan.attendance.organisations))
          .map((organisation) => organisation.key);
  let room = capacity ?? Number.POSITIVE_INFINITY;
  const result: { organisationKey: string; headcount: number }[] = [];
  for (const organisationKey of keys) {
    const wanted =
      organisationKey === ORG_ALLIANZ ? random.int(2, 3) : random.weighted([[1, 60], [2, 30], [3, 10]] as const);
    const headcount = Math.min(wanted, room);
    if (headcount <= 0) break;
    room -= headcount;
    result.push({ organisationKey, headcount });
  }
  return result;
}

/**
 * Working-group meetings (quarterly from Q1 2022), steering-committee meetings, the annual
 * forums and a scaled number of workshops, information events and others, with who came.
 * Attendance exists only for events that took place before `now`; future ones are planned.
 */
export function generateEvents(
  random: Random,
  context: GenerationContext,
  slugs: SlugRegistry,
  pool: OrganisationPool,
  workingGroups: readonly PlannedWorkingGroup[],
  organisationsByKey: ReadonlyMap<string, Organisation>,
  experts: readonly Organisation[],
): GeneratedEvents {
  const planner = new EventPlanner(random, context, pool, organisationsByKey, experts);
  for (const planned of workingGroups) planner.planWorkingGroupMeetings(planned);
  planner.planSteeringCommitteeMeetings();
  planner.planAnnualForums();
  for (let index = 0; index < context.count(BASE_OPEN_EVENTS); index++) planner.planOpenEvent();

  const plans = [...planner.all].sort((a, b) => a.day - b.day || a.startMinutes - b.startMinutes);
  const events: DemoEvent[] = [];
  const participations: EventParticipation[] = [];
  plans.forEach((plan, index) => {
    const key = `event-${index + 1}`;
    const { status, format } = outcome(random, plan, context);
    const capacity =
      plan.capacity && (format !== 'online' || random.chance(0.5)) ? random.int(...plan.capacity) : null;
    const tookPlace = status !== 'cancelled' && status !== 'postponed' && plan.day <= context.activityEnd;
    const came = tookPlace ? attendees(random, plan, pool, capacity) : [];
    const registered = came.reduce((sum, { headcount }) => sum + headcount, 0);
    // people register as individuals too, so the total is usually above the organisations' sum
    const individuals = Math.min(random.int(0, Math.max(2, Math.round(registered * 0.4))), (capacity ?? Infinity) - registered);
    for (const { organisationKey, headcount } of came) participations.push({ eventKey: key, organisationKey, headcount });
    const startMinutes = plan.startMinutes;
    events.push({
      key,
      title: plan.title,
      slug: slugs.claim(plan.title),
      type: plan.type,
      summary: plan.summary,
      description: plan.description,
      startsAt: berlinTime(plan.day, startMinutes),
      endsAt: berlinTime(plan.day, startMinutes + plan.durationMinutes),
      timezone: 'Europe/Berlin',
      format,
      status,
      venue: format === 'online' ? null : venueIn(random, plan.town),
      capacity,
      attendeesTotal: tookPlace ? registered + individuals : null,
      isPublic: plan.isPublic,
      hygieneNotes: hygieneNotes(random, plan.day, format),
      agenda: plan.agenda(startMinutes),
      workingGroupKey: plan.workingGroupKey,
      // a few past events were never published; further ahead, more are still drafts
      publish: random.chance(plan.day > context.nowDay ? 0.8 : 0.97),
    });
  });
  return { events, participations };
}

/**
 * The fictional companies among the kick-off's ~60 guests, filling the room left by the seed
 * organisations' delegates.
 */
export function kickoffGuests(
  random: Random,
  pool: OrganisationPool,
  kickoff: DemoEvent,
  seated: readonly EventParticipation[],
): EventParticipation[] {
  let room = (kickoff.attendeesTotal ?? 0) - seated.reduce((sum, { headcount }) => sum + headcount, 0);
  const guests: EventParticipation[] = [];
  for (const company of pool.companies(random, berlinDay(new Date(kickoff.startsAt)), 18)) {
    const headcount = Math.min(random.int(1, 2), room);
    if (headcount <= 0) break;
    room -= headcount;
    guests.push({ eventKey: kickoff.key, organisationKey: company.key, headcount });
  }
  return guests;
}
