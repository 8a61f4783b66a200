import type { Knex } from 'knex';

/**
 * Schema changes that must keep existing data. They run as Strapi internal migrations, which the
 * database layer executes (each in a transaction, once, recorded in `strapi_migrations_internal`)
 * before it syncs the schema, so a renamed column is renamed rather than dropped and re-added empty.
 */
export interface PluginMigration {
  name: string;
  up: (knex: Knex) => Promise<void>;
}

const renameColumn = (table: string, from: string, to: string): PluginMigration['up'] => async (knex) => {
  if (!(await knex.schema.hasTable(table))) return; // a fresh database: the sync creates the new column
  if (!(await knex.schema.hasColumn(table, from)) || (await knex.schema.hasColumn(table, to))) return;
  await knex.schema.alterTable(table, (builder) => builder.renameColumn(from, to));
};

export const MIGRATIONS: PluginMigration[] = [
  // Strapi 5 reserves `status` for draft/published: the content manager refused every value of a
  // training need's own status and did not return the field (issue 8).
  { name: 'verbund::2026-12-training-need-status-to-need-status', up: renameColumn('verbund_training_needs', 'status', 'need_status') },
];
