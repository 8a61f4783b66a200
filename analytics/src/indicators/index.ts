import { DIMENSION, INDICATOR_IDS, INDICATOR_KIND, type IndicatorId, isIndicatorId } from '@verbund/domain';
import { InvalidQueryError } from '../errors.js';
import { companiesCounselled } from './companies-counselled.js';
import { consultations } from './consultations.js';
import { cooperativeCourseRuns } from './cooperative-course-runs.js';
import { courseParticipants } from './course-participants.js';
import { courseParticipantsSme } from './course-participants-sme.js';
import { courseRuns } from './course-runs.js';
import type { Indicator } from './define.js';
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

/** Every indicator of the domain catalogue with its computation (the type makes a missing one a compile error). */
const COMPUTATIONS: Record<IndicatorId, Indicator> = {
  partners,
  partner_companies: partnerCompanies,
  sme_partner_share: smePartnerShare,
  training_providers: trainingProviders,
  consultations,
  companies_counselled: companiesCounselled,
  smes_counselled: smesCounselled,
  needs_identified: needsIdentified,
  needs_matched_share: needsMatchedShare,
  course_runs: courseRuns,
  cooperative_course_runs: cooperativeCourseRuns,
  course_participants: courseParticipants,
  course_participants_sme: courseParticipantsSme,
  new_course_offers: newCourseOffers,
  events,
  working_group_meetings: workingGroupMeetings,
  event_participants: eventParticipants,
  organisations_reached: organisationsReached,
  repeat_engagement_share: repeatEngagementShare,
  districts_reached: districtsReached,
  press_releases: pressReleases,
};

/** The catalogue in the domain's order (that of INDICATORS.md): dashboard, API and report all list it so. */
export const INDICATORS: readonly Indicator[] = INDICATOR_IDS.map((id) => COMPUTATIONS[id]);

export function getIndicator(id: string | null | undefined): Indicator {
  const indicator = id && isIndicatorId(id) ? COMPUTATIONS[id] : undefined;
  if (!indicator) {
    throw new InvalidQueryError(
      id ? `Unbekannte Kennzahl „${id}“.` : 'Bitte eine Kennzahl angeben (Parameter indicator).',
    );
  }
  return indicator;
}

export const DIMENSION_LABELS = DIMENSION.labels;
export const KIND_LABELS = INDICATOR_KIND.labels;
