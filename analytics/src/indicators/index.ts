import { InvalidQueryError } from '../errors.js';
import { companiesCounselled } from './companies-counselled.js';
import { consultations } from './consultations.js';
import { cooperativeCourseRuns } from './cooperative-course-runs.js';
import { courseParticipants } from './course-participants.js';
import { courseParticipantsSme } from './course-participants-sme.js';
import { courseRuns } from './course-runs.js';
import type { Dimension, Indicator } from './define.js';
import { districtsReached } from './districts-reached.js';
import { eventParticipants } from './event-participants.js';
import { events } from './events.js';
import { needsIdentified } from './needs-identified.js';
import { needsMatchedShare } from './needs-matched-share.js';
import { newCourseOffers } from './new-course-offers.js';
import { organisationsReached } from './organisations-reached.js';
import { partnerCompanies } from './partner-companies.js';
import { partners } from './partners.js';
import { pressReleases } from './press-releases.js';
import { repeatEngagementShare } from './repeat-engagement-share.js';
import { smePartnerShare } from './sme-partner-share.js';
import { smesCounselled } from './smes-counselled.js';
import { trainingProviders } from './training-providers.js';
import { workingGroupMeetings } from './working-group-meetings.js';

export type { Dimension, Indicator, IndicatorKind } from './define.js';
export { DIMENSIONS } from './define.js';

/** The catalogue in the order of INDICATORS.md: dashboard, API and report all list it so. */
export const INDICATORS: readonly Indicator[] = [
  partners,
  partnerCompanies,
  smePartnerShare,
  trainingProviders,
  consultations,
  companiesCounselled,
  smesCounselled,
  needsIdentified,
  needsMatchedShare,
  courseRuns,
  cooperativeCourseRuns,
  courseParticipants,
  courseParticipantsSme,
  newCourseOffers,
  events,
  workingGroupMeetings,
  eventParticipants,
  organisationsReached,
  repeatEngagementShare,
  districtsReached,
  pressReleases,
];

const BY_ID = new Map(INDICATORS.map((indicator) => [indicator.id, indicator]));

export function getIndicator(id: string | null | undefined): Indicator {
  const indicator = id ? BY_ID.get(id) : undefined;
  if (!indicator) {
    throw new InvalidQueryError(
      id ? `Unbekannte Kennzahl „${id}“.` : 'Bitte eine Kennzahl angeben (Parameter indicator).',
    );
  }
  return indicator;
}

export const DIMENSION_LABELS: Record<Dimension, string> = {
  district: 'Region (Stadt/Landkreis)',
  organisation_type: 'Organisationstyp',
  size_class: 'Unternehmensgröße',
  topic: 'Thema',
  event_type: 'Veranstaltungsart',
  format: 'Format',
};

export const KIND_LABELS: Record<Indicator['kind'], string> = {
  stock: 'Bestand am Stichtag',
  flow: 'Summe im Zeitraum',
  share: 'Anteil',
};
