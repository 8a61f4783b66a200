import type { DuckDBConnection } from '@duckdb/node-api';
import { describeError, LoadError } from '../errors.js';

/**
 * The indicator base tables: every rule of INDICATORS.md that holds for several indicators
 * (KMU, held events and runs, interactions, Berlin dates) is applied here once, so the
 * indicator queries only filter by period and aggregate.
 */
export const BASE_TABLES_SQL: Array<{ table: string; sql: string }> = [
  {
    table: 'org',
    sql: `
      CREATE TABLE org AS
      SELECT document_id, name, type, size_class, district, partner_since, partner_until,
             type = 'company' AS is_company,
             coalesce(type = 'company' AND size_class IN ('micro', 'small', 'medium'), false) AS is_kmu,
             -- size only means something for companies; others form their own breakdown group
             CASE WHEN type = 'company' THEN size_class ELSE 'not_company' END AS size_key
      FROM organisation`,
  },
  {
    table: 'held_event',
    sql: `
      CREATE TABLE held_event AS
      SELECT document_id, title, type, format, event_date, coalesce(attendees_total, 0) AS attendees
      FROM event
      WHERE status IS DISTINCT FROM 'cancelled'`,
  },
  {
    // The run names its offer, or the offer lists its runs (inverse side); either suffices.
    table: 'run_offer',
    sql: `
      CREATE TABLE run_offer AS
      SELECT r.document_id AS course_run_id, coalesce(r.course_offer_id, listed.course_offer_id) AS course_offer_id
      FROM course_run r
      LEFT JOIN (
        SELECT run_id, min(course_offer_id) AS course_offer_id
        FROM (SELECT document_id AS course_offer_id, unnest(run_ids) AS run_id FROM course_offer)
        GROUP BY run_id
      ) listed ON listed.run_id = r.document_id`,
  },
  {
    table: 'held_run',
    sql: `
      CREATE TABLE held_run AS
      SELECT r.document_id, r.starts_on, r.district, r.seats, ro.course_offer_id,
             o.title, o.topic, o.format,
             (SELECT count(DISTINCT p.organisation_id)
                FROM course_participation p JOIN org ON org.document_id = p.organisation_id
               WHERE p.course_run_id = r.document_id AND org.is_company) AS participating_companies
      FROM course_run r
      JOIN run_offer ro ON ro.course_run_id = r.document_id
      LEFT JOIN course_offer o ON o.document_id = ro.course_offer_id
      WHERE r.status IS DISTINCT FROM 'cancelled'`,
  },
  {
    table: 'run_participation',
    sql: `
      CREATE TABLE run_participation AS
      SELECT p.document_id, p.course_run_id, p.organisation_id, coalesce(p.participants, 0) AS participants,
             r.starts_on, r.topic, r.format, r.title AS run_title,
             o.name AS org_name, o.type AS org_type, o.size_key, o.district, coalesce(o.is_kmu, false) AS is_kmu
      FROM course_participation p
      JOIN held_run r ON r.document_id = p.course_run_id
      LEFT JOIN org o ON o.document_id = p.organisation_id`,
  },
  {
    table: 'consultation_fact',
    sql: `
      CREATE TABLE consultation_fact AS
      SELECT c.document_id, c.date, c.format, coalesce(c.topics, []) AS topics, c.organisation_id,
             o.name AS org_name, o.type AS org_type, o.size_key, o.district,
             coalesce(o.is_company, false) AS is_company, coalesce(o.is_kmu, false) AS is_kmu
      FROM consultation c
      LEFT JOIN org o ON o.document_id = c.organisation_id`,
  },
  {
    // A match counts only with a published offer: a never-published offer does not count.
    table: 'need_fact',
    sql: `
      CREATE TABLE need_fact AS
      SELECT n.document_id, n.identified_on, n.topic, n.status, n.organisation_id,
             o.name AS org_name, o.type AS org_type, o.size_key, o.district,
             n.document_id IN (
               SELECT m.need_id
               FROM (SELECT document_id AS need_id, unnest(matched_offer_ids) AS offer_id FROM training_need) m
               JOIN course_offer co ON co.document_id = m.offer_id
             ) AS has_match
      FROM training_need n
      LEFT JOIN org o ON o.document_id = n.organisation_id`,
  },
  {
    table: 'new_offer',
    sql: `
      CREATE TABLE new_offer AS
      SELECT co.document_id, co.title, co.topic, co.format, min(r.starts_on) AS first_run_on
      FROM course_offer co
      JOIN held_run r ON r.course_offer_id = co.document_id
      WHERE co.new_in_network
      GROUP BY co.document_id, co.title, co.topic, co.format`,
  },
  {
    table: 'interaction',
    sql: `
      CREATE TABLE interaction AS
      SELECT i.organisation_id, i.interaction_date, i.source, o.name AS org_name, o.type AS org_type, o.size_key, o.district
      FROM (
        SELECT organisation_id, date AS interaction_date, 'consultation' AS source FROM consultation
        UNION ALL
        SELECT ep.organisation_id, e.event_date, 'event'
        FROM event_participation ep JOIN held_event e ON e.document_id = ep.event_id
        UNION ALL
        SELECT organisation_id, starts_on, 'course' FROM run_participation
      ) i
      JOIN org o ON o.document_id = i.organisation_id
      WHERE i.interaction_date IS NOT NULL`,
  },
];

export async function buildBaseTables(conn: DuckDBConnection): Promise<void> {
  for (const { table, sql } of BASE_TABLES_SQL) {
    try {
      await conn.run(sql);
    } catch (error) {
      throw new LoadError('build', `${table}: ${describeError(error)}`, 'Die Kennzahlentabellen konnten nicht aufgebaut werden.', {
        cause: error,
      });
    }
  }
}
