import type { IndicatorTarget } from './types';
import type { IndicatorId, TargetPeriod } from '@verbund/domain';

// Targets as a grant decision might set them for a network of the demo's size (scale 1),
// a little above what the demo data reaches in places, so that progress is mixed.
// How the term target follows from the yearly ones depends on the indicator's kind:
// - sum: flows that add up (the term counts everything of the three years);
// - distinct: flows counting distinct organisations or districts: one reached in several
//   years counts once over the term, so the term target is set on its own;
// - stock: measured on the period's last day, so the term target is project year 3's;
// - share: a ratio, not scaled, the term target set on its own.

type Rule =
  | { kind: 'sum'; years: [number, number, number] }
  | { kind: 'distinct'; years: [number, number, number]; term: number; scales: boolean }
  | { kind: 'stock'; years: [number, number, number] }
  | { kind: 'share'; years: [number, number, number]; term: number };

const RULES: Record<IndicatorId, Rule> = {
  partners: { kind: 'stock', years: [80, 120, 150] },
  partner_companies: { kind: 'stock', years: [55, 90, 115] },
  sme_partner_share: { kind: 'share', years: [0.8, 0.8, 0.8], term: 0.8 },
  training_providers: { kind: 'stock', years: [12, 15, 18] },
  consultations: { kind: 'sum', years: [60, 100, 140] },
  companies_counselled: { kind: 'distinct', years: [35, 60, 80], term: 120, scales: true },
  smes_counselled: { kind: 'distinct', years: [28, 50, 65], term: 95, scales: true },
  needs_identified: { kind: 'sum', years: [50, 90, 100] },
  needs_matched_share: { kind: 'share', years: [0.4, 0.45, 0.5], term: 0.45 },
  course_runs: { kind: 'sum', years: [25, 45, 50] },
  cooperative_course_runs: { kind: 'sum', years: [8, 18, 22] },
  course_participants: { kind: 'sum', years: [120, 220, 240] },
  course_participants_sme: { kind: 'sum', years: [90, 170, 190] },
  new_course_offers: { kind: 'sum', years: [3, 6, 9] },
  events: { kind: 'sum', years: [28, 35, 35] },
  working_group_meetings: { kind: 'sum', years: [15, 20, 20] },
  event_participants: { kind: 'sum', years: [500, 700, 700] },
  organisations_reached: { kind: 'distinct', years: [90, 120, 140], term: 170, scales: true },
  repeat_engagement_share: { kind: 'share', years: [0.5, 0.6, 0.6], term: 0.6 },
  // the region has eight districts, whatever the scale
  districts_reached: { kind: 'distinct', years: [7, 8, 8], term: 8, scales: false },
  press_releases: { kind: 'sum', years: [8, 10, 10] },
};

const NOTES: Record<Rule['kind'], string | null> = {
  sum: null,
  distinct:
    'Zählt verschiedene Organisationen bzw. Gebiete: Wer in mehreren Projektjahren erreicht wurde, zählt für die Laufzeit einmal.',
  stock: 'Bestand am letzten Tag des Zeitraums; das Ziel der Laufzeit ist das des dritten Projektjahres.',
  share: 'Anteil zwischen 0 und 1.',
};

const YEARS: readonly TargetPeriod[] = ['project_year_1', 'project_year_2', 'project_year_3'];

/** 84 targets: the 21 indicators for each project year and for the whole term. */
export function generateIndicatorTargets(scale: number): IndicatorTarget[] {
  const scaled = (value: number) => Math.max(1, Math.round(value * scale));
  return (Object.entries(RULES) as [IndicatorId, Rule][]).flatMap(([indicator, rule]) => {
    const years =
      rule.kind === 'share' || (rule.kind === 'distinct' && !rule.scales) ? rule.years : rule.years.map(scaled);
    const term =
      rule.kind === 'sum' ? years.reduce((sum, value) => sum + value, 0)
      : rule.kind === 'stock' ? (years[2] as number)
      : rule.kind === 'share' || !rule.scales ? rule.term
      : scaled(rule.term);
    const note = NOTES[rule.kind];
    return [
      ...YEARS.map((period, index) => ({ indicator, period, target: years[index] as number, note })),
      { indicator, period: 'term' as const, target: term, note },
    ];
  });
}
