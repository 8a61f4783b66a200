import type { DemoDataset } from '../types';
import { CONSULTATION_FORMAT, COURSE_FORMAT, COURSE_RUN_STATUS, DISTRICT, EVENT_FORMAT, EVENT_STATUS, EVENT_TYPE, INDICATOR_IDS, ORGANISATION_TYPE, SIZE_CLASS, TARGET_PERIOD, TOPIC, TRAINING_NEED_STATUS } from '@verbund/domain';

// The rules the CMS enforces on every record (docs/content-model.md plus the plugin's
// validation), checked over a whole dataset. Returns one readable line per violation.

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function validateDataset(dataset: DemoDataset): string[] {
  const problems: string[] = [];
  const fail = (where: string, what: string) => problems.push(`${where}: ${what}`);

  const isDate = (value: unknown) => typeof value === 'string' && DATE.test(value) && !Number.isNaN(Date.parse(value));
  const isDateTime = (value: unknown) => typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
  const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;
  const oneOf = (where: string, field: string, value: unknown, allowed: readonly string[]) => {
    if (!allowed.includes(value as string)) fail(where, `${field} "${String(value)}" is not one of ${allowed.join(', ')}`);
  };
  const uniqueKeys = (type: string, records: readonly { key: string }[]) => {
    const seen = new Set<string>();
    for (const { key } of records) {
      if (!key) fail(type, 'a record has no key');
      if (seen.has(key)) fail(type, `key ${key} is used twice`);
      seen.add(key);
    }
    return seen;
  };
  const uniqueSlugs = (type: string, records: readonly { key: string; slug: string }[]) => {
    const seen = new Set<string>();
    for (const { key, slug } of records) {
      if (!SLUG.test(slug)) fail(`${type} ${key}`, `slug "${slug}" is not a URL slug`);
      if (seen.has(slug)) fail(`${type} ${key}`, `slug "${slug}" is used twice`);
      seen.add(slug);
    }
  };
  const refers = (where: string, field: string, key: string | null, keys: ReadonlySet<string>) => {
    if (key !== null && !keys.has(key)) fail(where, `${field} points to missing ${key}`);
  };

  const project = dataset.fundingProject;
  if (!isDate(project.startsOn) || !isDate(project.endsOn) || project.endsOn < project.startsOn) {
    fail('funding project', 'needs startsOn ≤ endsOn');
  }
  if (!(project.grantAmountEur >= 0)) fail('funding project', 'grantAmountEur must not be negative');

  const organisationKeys = uniqueKeys('organisation', dataset.organisations);
  uniqueSlugs('organisation', dataset.organisations);
  for (const organisation of dataset.organisations) {
    const where = `organisation ${organisation.key}`;
    if (!organisation.name) fail(where, 'has no name');
    oneOf(where, 'type', organisation.type, ORGANISATION_TYPE.values);
    oneOf(where, 'sizeClass', organisation.sizeClass, SIZE_CLASS.values);
    oneOf(where, 'district', organisation.district, DISTRICT.values);
    if (organisation.partnerSince !== null && !isDate(organisation.partnerSince)) fail(where, 'partnerSince is not a date');
    if (organisation.partnerUntil !== null) {
      if (!isDate(organisation.partnerUntil)) fail(where, 'partnerUntil is not a date');
      if (organisation.partnerSince === null || organisation.partnerUntil < organisation.partnerSince) {
        fail(where, 'partnerUntil must not be before partnerSince');
      }
    }
    if (organisation.website !== null && !organisation.website.startsWith('https://')) fail(where, 'website is not https');
  }

  const contactKeys = uniqueKeys('contact', dataset.contacts);
  const pressContactKeys = new Set(dataset.contacts.filter((contact) => contact.isPressContact).map((contact) => contact.key));
  for (const contact of dataset.contacts) {
    const where = `contact ${contact.key}`;
    refers(where, 'organisationKey', contact.organisationKey, organisationKeys);
    if (!/^[a-z0-9.]+@example\.org$/.test(contact.email)) fail(where, `email ${contact.email} is not at example.org`);
  }

  const workingGroupKeys = uniqueKeys('working group', dataset.workingGroups);
  uniqueSlugs('working group', dataset.workingGroups);
  for (const group of dataset.workingGroups) {
    const where = `working group ${group.key}`;
    oneOf(where, 'topic', group.topic, TOPIC.values);
    for (const member of group.memberKeys) refers(where, 'memberKeys', member, organisationKeys);
    if (new Set(group.memberKeys).size !== group.memberKeys.length) fail(where, 'lists a member twice');
  }

  const eventKeys = uniqueKeys('event', dataset.events);
  uniqueSlugs('event', dataset.events);
  for (const event of dataset.events) {
    const where = `event ${event.key}`;
    oneOf(where, 'type', event.type, EVENT_TYPE.values);
    oneOf(where, 'format', event.format, EVENT_FORMAT.values);
    oneOf(where, 'status', event.status, EVENT_STATUS.values);
    if (!isDateTime(event.startsAt) || !isDateTime(event.endsAt)) fail(where, 'startsAt and endsAt must be ISO date-times in UTC');
    if (Date.parse(event.endsAt) < Date.parse(event.startsAt)) fail(where, 'ends before it starts');
    if (event.timezone !== 'Europe/Berlin') fail(where, 'timezone must be Europe/Berlin');
    if (event.capacity !== null && !isCount(event.capacity)) fail(where, 'capacity must be a whole number ≥ 0');
    if (event.attendeesTotal !== null && !isCount(event.attendeesTotal)) fail(where, 'attendeesTotal must be a whole number ≥ 0');
    if (event.venue && (!event.venue.name || !/^\d{5}$/.test(event.venue.postcode))) fail(where, 'venue needs a name and a postcode');
    refers(where, 'workingGroupKey', event.workingGroupKey, workingGroupKeys);
    for (const item of event.agenda) if (!/^\d{2}:\d{2}$/.test(item.time) || !item.title) fail(where, 'agenda item needs time and title');
  }

  const participationPairs = new Set<string>();
  for (const participation of dataset.eventParticipations) {
    const where = `event participation ${participation.eventKey}/${participation.organisationKey}`;
    refers(where, 'eventKey', participation.eventKey, eventKeys);
    refers(where, 'organisationKey', participation.organisationKey, organisationKeys);
    if (!isCount(participation.headcount)) fail(where, 'headcount must be a whole number ≥ 0');
    const pair = `${participation.eventKey}|${participation.organisationKey}`;
    if (participationPairs.has(pair)) fail(where, 'is listed twice');
    participationPairs.add(pair);
  }

  uniqueKeys('press release', dataset.pressReleases);
  uniqueSlugs('press release', dataset.pressReleases);
  for (const release of dataset.pressReleases) {
    const where = `press release ${release.key}`;
    if (!isDate(release.releaseDate)) fail(where, 'releaseDate is not a date');
    if (release.embargoUntil !== null && !isDateTime(release.embargoUntil)) fail(where, 'embargoUntil is not a date-time');
    if (release.body.length === 0 || release.body.some((paragraph) => !paragraph)) fail(where, 'body needs paragraphs');
    if (release.pressContactKey !== null && !pressContactKeys.has(release.pressContactKey)) {
      fail(where, `pressContactKey ${release.pressContactKey} is not a press contact`);
    }
    refers(where, 'pressContactKey', release.pressContactKey, contactKeys);
    for (const eventKey of release.relatedEventKeys) refers(where, 'relatedEventKeys', eventKey, eventKeys);
    for (const photo of release.photos) {
      if (!photo.caption || !photo.credit) fail(where, 'a photo needs caption and credit');
      if (!isCount(photo.image.width) || !isCount(photo.image.height) || !photo.image.fileName.endsWith('.png')) {
        fail(where, 'a photo needs a PNG file name and a size');
      }
    }
  }

  const offerKeys = uniqueKeys('course offer', dataset.courseOffers);
  uniqueSlugs('course offer', dataset.courseOffers);
  for (const offer of dataset.courseOffers) {
    const where = `course offer ${offer.key}`;
    refers(where, 'providerKey', offer.providerKey, organisationKeys);
    oneOf(where, 'topic', offer.topic, TOPIC.values);
    oneOf(where, 'format', offer.format, COURSE_FORMAT.values);
    if (offer.dqrLevel !== null && !(Number.isInteger(offer.dqrLevel) && offer.dqrLevel >= 1 && offer.dqrLevel <= 8)) {
      fail(where, `dqrLevel ${offer.dqrLevel} is not 1–8`);
    }
    if (!isCount(offer.durationHours) || offer.durationHours === 0) fail(where, 'durationHours must be positive');
    if (offer.priceEur !== null && !(offer.priceEur >= 0)) fail(where, 'priceEur must not be negative');
  }

  const runKeys = uniqueKeys('course run', dataset.courseRuns);
  for (const run of dataset.courseRuns) {
    const where = `course run ${run.key}`;
    refers(where, 'courseOfferKey', run.courseOfferKey, offerKeys);
    if (!isDate(run.startsOn) || !isDate(run.endsOn) || run.endsOn < run.startsOn) fail(where, 'needs startsOn ≤ endsOn');
    oneOf(where, 'district', run.district, DISTRICT.values);
    oneOf(where, 'status', run.status, COURSE_RUN_STATUS.values);
    if (!isCount(run.seats)) fail(where, 'seats must be a whole number ≥ 0');
  }

  for (const participation of dataset.courseParticipations) {
    const where = `course participation ${participation.courseRunKey}/${participation.organisationKey}`;
    refers(where, 'courseRunKey', participation.courseRunKey, runKeys);
    refers(where, 'organisationKey', participation.organisationKey, organisationKeys);
    if (!isCount(participation.participants)) fail(where, 'participants must be a whole number ≥ 0');
  }

  const consultationKeys = uniqueKeys('consultation', dataset.consultations);
  for (const consultation of dataset.consultations) {
    const where = `consultation ${consultation.key}`;
    refers(where, 'organisationKey', consultation.organisationKey, organisationKeys);
    if (!isDate(consultation.date)) fail(where, 'date is not a date');
    oneOf(where, 'format', consultation.format, CONSULTATION_FORMAT.values);
    if (consultation.topics.length === 0) fail(where, 'needs a topic');
    for (const topic of consultation.topics) oneOf(where, 'topics', topic, TOPIC.values);
  }

  uniqueKeys('training need', dataset.trainingNeeds);
  for (const need of dataset.trainingNeeds) {
    const where = `training need ${need.key}`;
    refers(where, 'organisationKey', need.organisationKey, organisationKeys);
    refers(where, 'consultationKey', need.consultationKey, consultationKeys);
    for (const offerKey of need.matchedOfferKeys) refers(where, 'matchedOfferKeys', offerKey, offerKeys);
    if (!isDate(need.identifiedOn)) fail(where, 'identifiedOn is not a date');
    oneOf(where, 'topic', need.topic, TOPIC.values);
    oneOf(where, 'status', need.status, TRAINING_NEED_STATUS.values);
    if (!isCount(need.employeesConcerned)) fail(where, 'employeesConcerned must be a whole number ≥ 0');
  }

  const targetPairs = new Set<string>();
  for (const target of dataset.indicatorTargets) {
    const where = `indicator target ${target.indicator}/${target.period}`;
    oneOf(where, 'indicator', target.indicator, INDICATOR_IDS);
    oneOf(where, 'period', target.period, TARGET_PERIOD.values);
    if (!(target.target >= 0)) fail(where, 'target must not be negative');
    if (targetPairs.has(`${target.indicator}|${target.period}`)) fail(where, 'is set twice');
    targetPairs.add(`${target.indicator}|${target.period}`);
  }
  return problems;
}
