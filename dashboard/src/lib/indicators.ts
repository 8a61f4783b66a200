import type { Dimension, IndicatorKind } from '../api/types';

export const kindLabels: Record<IndicatorKind, string> = {
  stock: 'Bestand am letzten Tag des Zeitraums',
  flow: 'Anzahl im Zeitraum',
  share: 'Anteil (Quote)',
};

export const dimensionLabels: Record<Dimension, string> = {
  district: 'Landkreis bzw. Stadt',
  organisation_type: 'Art der Organisation',
  size_class: 'Größenklasse',
  topic: 'Thema',
  event_type: 'Art der Veranstaltung',
  format: 'Format',
};

const emptyShareReasons: Record<string, string> = {
  sme_partner_share: 'Am Stichtag gibt es keine Partnerunternehmen mit bekannter Größenklasse.',
  needs_matched_share: 'Im Zeitraum wurden keine Weiterbildungsbedarfe identifiziert.',
  repeat_engagement_share: 'Im Zeitraum wurde keine Organisation erreicht.',
};

/** Why a share has no value: its denominator is empty, and 0 of 0 is not 0 %. */
export function emptyShareReason(indicatorId: string): string {
  return emptyShareReasons[indicatorId] ?? 'Die Bezugsgröße ist in diesem Zeitraum null, daher gibt es keinen Anteil.';
}

/** The overview's cards: a headline indicator, optionally with a closely related second one. */
export const headlineCards: { primary: string; secondary?: string }[] = [
  { primary: 'partners' },
  { primary: 'sme_partner_share' },
  { primary: 'companies_counselled' },
  { primary: 'needs_identified', secondary: 'needs_matched_share' },
  { primary: 'course_runs', secondary: 'cooperative_course_runs' },
  { primary: 'course_participants', secondary: 'course_participants_sme' },
  { primary: 'events', secondary: 'event_participants' },
  { primary: 'organisations_reached' },
  { primary: 'districts_reached' },
  { primary: 'press_releases' },
];

export const headlineIndicatorIds = new Set(
  headlineCards.flatMap((card) => (card.secondary ? [card.primary, card.secondary] : [card.primary])),
);
