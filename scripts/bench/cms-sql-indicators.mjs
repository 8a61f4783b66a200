// The 21 indicators of docs/INDICATORS.md as SQL straight on the CMS's own SQLite tables,
// one query per indicator: the baseline the analytics snapshot is measured against, and an
// independent second implementation of every definition to cross-check its values.
//
// Strapi's layout: draft & publish types keep a draft row and a published row per document
// (only `published_at IS NOT NULL` counts); relations live in `*_lnk` tables, and a link from a
// type without drafts exists to both versions of its target, so joining on the published row's
// id picks the published one. Dates are 'YYYY-MM-DD' text; date-times are epoch milliseconds.

/**
 * The Europe/Berlin calendar date of an epoch-ms column. Summer time runs from 01:00 UTC on the
 * last Sunday of March to 01:00 UTC on the last Sunday of October (UTC+2), otherwise UTC+1.
 */
const berlinDate = (ms) => {
  const lastSundayUtc = (month) =>
    `(unixepoch(date(strftime('%Y', ${ms} / 1000, 'unixepoch') || '-${month}-31', '-6 days', 'weekday 0')) + 3600) * 1000`;
  return `date(${ms} / 1000, 'unixepoch', CASE WHEN ${ms} >= ${lastSundayUtc('03')} AND ${ms} < ${lastSundayUtc('10')} THEN '+2 hours' ELSE '+1 hour' END)`;
};

const isKmu = (o) => `(${o}.type = 'company' AND ${o}.size_class IN ('micro', 'small', 'medium'))`;

const PARTNERS = `FROM verbund_organisations o
  WHERE o.partner_since <= :to AND (o.partner_until IS NULL OR o.partner_until >= :to)`;

const HELD_EVENTS_IN_PERIOD = `FROM verbund_events e
  WHERE e.published_at IS NOT NULL AND e.event_status IS NOT 'cancelled'
    AND ${berlinDate('e.starts_at')} BETWEEN :from AND :to`;

const HELD_RUNS_IN_PERIOD = `FROM verbund_course_runs r
  WHERE r.published_at IS NOT NULL AND r.run_status IS NOT 'cancelled' AND r.starts_on BETWEEN :from AND :to`;

const RUN_PARTICIPATIONS_IN_PERIOD = `FROM verbund_course_runs r
  JOIN verbund_course_participations_course_run_lnk pr ON pr.course_run_id = r.id
  JOIN verbund_course_participations p ON p.id = pr.course_participation_id
  WHERE r.published_at IS NOT NULL AND r.run_status IS NOT 'cancelled' AND r.starts_on BETWEEN :from AND :to`;

const CONSULTATIONS_IN_PERIOD = `FROM verbund_consultations c
  JOIN verbund_consultations_organisation_lnk co ON co.consultation_id = c.id
  JOIN verbund_organisations o ON o.id = co.organisation_id
  WHERE c.date BETWEEN :from AND :to`;

/** Each reached organisation with its number of interactions (consultation, held event, held run) in the period. */
const REACHED = `WITH interaction AS (
    SELECT co.organisation_id
    FROM verbund_consultations c
    JOIN verbund_consultations_organisation_lnk co ON co.consultation_id = c.id
    WHERE c.date BETWEEN :from AND :to
    UNION ALL
    SELECT po.organisation_id
    FROM verbund_events e
    JOIN verbund_event_participations_event_lnk pe ON pe.event_id = e.id
    JOIN verbund_event_participations_organisation_lnk po ON po.event_participation_id = pe.event_participation_id
    WHERE e.published_at IS NOT NULL AND e.event_status IS NOT 'cancelled'
      AND ${berlinDate('e.starts_at')} BETWEEN :from AND :to
    UNION ALL
    SELECT po.organisation_id
    FROM verbund_course_runs r
    JOIN verbund_course_participations_course_run_lnk pr ON pr.course_run_id = r.id
    JOIN verbund_course_participations_organisation_lnk po ON po.course_participation_id = pr.course_participation_id
    WHERE r.published_at IS NOT NULL AND r.run_status IS NOT 'cancelled' AND r.starts_on BETWEEN :from AND :to
  ), reached AS (
    SELECT o.id, o.district, count(*) AS interactions
    FROM interaction i JOIN verbund_organisations o ON o.id = i.organisation_id
    GROUP BY o.id
  )`;

/** id → one statement answering `value` for the named parameters :from and :to (stocks use :to only). */
export const CMS_SQL = {
  partners: `SELECT count(*) AS value ${PARTNERS}`,
  partner_companies: `SELECT count(*) AS value ${PARTNERS} AND o.type = 'company'`,
  sme_partner_share: `SELECT avg(CASE WHEN ${isKmu('o')} THEN 1.0 ELSE 0.0 END) AS value
    ${PARTNERS} AND o.type = 'company' AND coalesce(o.size_class, 'unknown') <> 'unknown'`,
  training_providers: `SELECT count(*) AS value ${PARTNERS} AND o.type = 'training_provider'`,
  consultations: `SELECT count(*) AS value FROM verbund_consultations c WHERE c.date BETWEEN :from AND :to`,
  companies_counselled: `SELECT count(DISTINCT o.id) AS value ${CONSULTATIONS_IN_PERIOD} AND o.type = 'company'`,
  smes_counselled: `SELECT count(DISTINCT o.id) AS value ${CONSULTATIONS_IN_PERIOD} AND ${isKmu('o')}`,
  needs_identified: `SELECT count(*) AS value FROM verbund_training_needs n WHERE n.identified_on BETWEEN :from AND :to`,
  needs_matched_share: `SELECT avg(CASE WHEN EXISTS (
      SELECT 1 FROM verbund_training_needs_matched_offers_lnk m
      JOIN verbund_course_offers co ON co.id = m.course_offer_id
      WHERE m.training_need_id = n.id AND co.published_at IS NOT NULL
    ) THEN 1.0 ELSE 0.0 END) AS value
    FROM verbund_training_needs n WHERE n.identified_on BETWEEN :from AND :to`,
  course_runs: `SELECT count(*) AS value ${HELD_RUNS_IN_PERIOD}`,
  cooperative_course_runs: `SELECT count(*) AS value ${HELD_RUNS_IN_PERIOD}
    AND (SELECT count(DISTINCT po.organisation_id)
         FROM verbund_course_participations_course_run_lnk pr
         JOIN verbund_course_participations_organisation_lnk po ON po.course_participation_id = pr.course_participation_id
         JOIN verbund_organisations o ON o.id = po.organisation_id
         WHERE pr.course_run_id = r.id AND o.type = 'company') >= 2`,
  course_participants: `SELECT coalesce(sum(p.participants), 0) AS value ${RUN_PARTICIPATIONS_IN_PERIOD}`,
  course_participants_sme: `SELECT coalesce(sum(p.participants), 0) AS value
    FROM verbund_course_runs r
    JOIN verbund_course_participations_course_run_lnk pr ON pr.course_run_id = r.id
    JOIN verbund_course_participations p ON p.id = pr.course_participation_id
    JOIN verbund_course_participations_organisation_lnk po ON po.course_participation_id = p.id
    JOIN verbund_organisations o ON o.id = po.organisation_id
    WHERE r.published_at IS NOT NULL AND r.run_status IS NOT 'cancelled' AND r.starts_on BETWEEN :from AND :to
      AND ${isKmu('o')}`,
  new_course_offers: `SELECT count(*) AS value FROM (
      SELECT min(r.starts_on) AS first_run_on
      FROM verbund_course_offers co
      JOIN verbund_course_runs_course_offer_lnk ro ON ro.course_offer_id = co.id
      JOIN verbund_course_runs r ON r.id = ro.course_run_id
      WHERE co.published_at IS NOT NULL AND co.new_in_network = 1
        AND r.published_at IS NOT NULL AND r.run_status IS NOT 'cancelled'
      GROUP BY co.id
    ) WHERE first_run_on BETWEEN :from AND :to`,
  events: `SELECT count(*) AS value ${HELD_EVENTS_IN_PERIOD}`,
  working_group_meetings: `SELECT count(*) AS value ${HELD_EVENTS_IN_PERIOD} AND e.type = 'working_group_meeting'`,
  event_participants: `SELECT coalesce(sum(coalesce(e.attendees_total, 0)), 0) AS value ${HELD_EVENTS_IN_PERIOD}`,
  organisations_reached: `${REACHED} SELECT count(*) AS value FROM reached`,
  repeat_engagement_share: `${REACHED} SELECT avg(CASE WHEN interactions >= 2 THEN 1.0 ELSE 0.0 END) AS value FROM reached`,
  districts_reached: `${REACHED} SELECT count(DISTINCT district) AS value FROM reached WHERE district <> 'outside_region'`,
  press_releases: `SELECT count(*) AS value FROM verbund_press_releases p
    WHERE p.published_at IS NOT NULL AND p.release_date BETWEEN :from AND :to`,
};

/** Prepares every statement once, as an application would, and answers one period at a time. */
export const prepareCmsIndicators = (db) => {
  const statements = Object.entries(CMS_SQL).map(([id, sql]) => [id, db.prepare(sql)]);
  return {
    ids: statements.map(([id]) => id),
    /** id → value for the inclusive date range; `timings` (ms per indicator) is filled when given. */
    compute(from, to, timings) {
      const values = {};
      for (const [id, statement] of statements) {
        const started = timings ? performance.now() : 0;
        values[id] = statement.get({ from, to }).value ?? null;
        if (timings) (timings[id] ??= []).push(performance.now() - started);
      }
      return values;
    },
  };
};
