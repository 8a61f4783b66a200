import type { DemoDataset } from './types';

// INDICATORS.md lists data-quality checks that are shown beside the figures, never fixed
// silently. The demo plants one case of each that the CMS validation still accepts, so the
// dashboard has something to show. Each picks the first fitting record, so it is stable.

function overcountedEvent(dataset: DemoDataset): void {
  const headcounts = new Map<string, number>();
  const organisations = new Map<string, number>();
  for (const { eventKey, headcount } of dataset.eventParticipations) {
    headcounts.set(eventKey, (headcounts.get(eventKey) ?? 0) + headcount);
    organisations.set(eventKey, (organisations.get(eventKey) ?? 0) + 1);
  }
  const event = dataset.events.find(
    (candidate) =>
      candidate.type === 'workshop' && candidate.attendeesTotal !== null && (organisations.get(candidate.key) ?? 0) >= 3,
  );
  if (event) event.attendeesTotal = Math.max(0, (headcounts.get(event.key) ?? 0) - 2);
}

function overbookedRun(dataset: DemoDataset): void {
  const participation = dataset.courseParticipations[0];
  const run = dataset.courseRuns.find((candidate) => candidate.key === participation?.courseRunKey);
  if (!participation || !run) return;
  const booked = dataset.courseParticipations
    .filter((candidate) => candidate.courseRunKey === run.key)
    .reduce((sum, { participants }) => sum + participants, 0);
  participation.participants += run.seats - booked + 2;
}

function inconsistentNeeds(dataset: DemoDataset): void {
  const matchedWithoutOffer = dataset.trainingNeeds.find((need) => need.status === 'matched');
  if (matchedWithoutOffer) matchedWithoutOffer.matchedOfferKeys = [];

  const publishedOffer = new Map(dataset.courseOffers.filter((offer) => offer.publish).map((offer) => [offer.topic, offer.key]));
  const openWithOffer = dataset.trainingNeeds.find((need) => need.status === 'open' && publishedOffer.has(need.topic));
  if (openWithOffer) openWithOffer.matchedOfferKeys = [publishedOffer.get(openWithOffer.topic) as string];
}

function companyOfUnknownSize(dataset: DemoDataset): void {
  const company = dataset.organisations.find((organisation) => organisation.key === 'org-company-1');
  if (company) company.sizeClass = 'unknown';
}

export function plantDataQualityCases(dataset: DemoDataset): void {
  overcountedEvent(dataset);
  overbookedRun(dataset);
  inconsistentNeeds(dataset);
  companyOfUnknownSize(dataset);
}
