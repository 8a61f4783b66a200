// Compares the verbund tables of two CMS SQLite databases row for row, ignoring what differs
// between any two seedings (row ids, document ids, timestamps): every content row, component
// copy and relation link must exist as often in one database as in the other.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from '../lib/stack.mjs';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3');

const COMPONENTS_DIR = path.join(ROOT, 'cms', 'src', 'plugins', 'verbund', 'server', 'src', 'components');
const VOLATILE = new Set(['id', 'document_id', 'created_at', 'updated_at', 'published_at']);

/** Component uid → table, from the plugin's component schemas (the plugin registers them as `verbund.<file>`). */
const componentTables = () =>
  Object.fromEntries(
    readdirSync(COMPONENTS_DIR)
      .filter((file) => file.endsWith('.json'))
      .map((file) => [`verbund.${path.basename(file, '.json')}`, JSON.parse(readFileSync(path.join(COMPONENTS_DIR, file), 'utf8')).collectionName]),
  );

const tablesOf = (db) =>
  db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND (name LIKE 'verbund\\_%' ESCAPE '\\' OR name LIKE 'components\\_verbund\\_%' ESCAPE '\\') ORDER BY name")
    .all()
    .map((row) => row.name);

/** What a row says, without what only identifies it; a draft stays distinguishable from its published twin. */
const contentOf = (row) =>
  JSON.stringify([...Object.entries(row).filter(([column]) => !VOLATILE.has(column)), ['draft', row.published_at === null]]);

/** Each row of every link, component and content table as text that means the same in both databases. */
const describe = (db, componentTable) => {
  const tables = tablesOf(db);
  const isLink = (table) => table.endsWith('_lnk') || table.endsWith('_cmps');
  const contentById = new Map(
    tables
      .filter((table) => !isLink(table))
      .map((table) => [table, new Map(db.prepare(`SELECT * FROM "${table}"`).all().map((row) => [row.id, contentOf(row)]))]),
  );
  const described = new Map([...contentById].map(([table, rows]) => [table, [...rows.values()]]));
  for (const table of tables.filter(isLink)) {
    const references = Object.fromEntries(db.prepare('SELECT "from", "table" FROM pragma_foreign_key_list(?)').all(table).map((fk) => [fk.from, fk.table]));
    described.set(
      table,
      db
        .prepare(`SELECT * FROM "${table}"`)
        .all()
        .map((row) => {
          const { id: _id, ...link } = row;
          const resolved = Object.entries(link).map(([column, value]) => {
            if (references[column]) return [column, contentById.get(references[column]).get(value)];
            // A component link points into the table its component_type names.
            if (column === 'cmp_id') return [column, contentById.get(componentTable[row.component_type]).get(value)];
            return [column, value];
          });
          return JSON.stringify(resolved);
        }),
    );
  }
  return described;
};

const countsOf = (rows) => {
  const counts = new Map();
  for (const row of rows) counts.set(row, (counts.get(row) ?? 0) + 1);
  return counts;
};

/** One entry per table: row counts on both sides and up to three rows that only one side has. */
export const compareDatabases = (fileA, fileB) => {
  const componentTable = componentTables();
  const open = (file) => new Database(file, { readonly: true, fileMustExist: true });
  const [a, b] = [open(fileA), open(fileB)];
  try {
    const [describedA, describedB] = [describe(a, componentTable), describe(b, componentTable)];
    const tables = [...new Set([...describedA.keys(), ...describedB.keys()])].sort();
    return tables.map((table) => {
      const rowsA = describedA.get(table) ?? [];
      const rowsB = describedB.get(table) ?? [];
      const [countsA, countsB] = [countsOf(rowsA), countsOf(rowsB)];
      const onlyA = [...countsA].filter(([row, n]) => (countsB.get(row) ?? 0) < n).map(([row]) => row);
      const onlyB = [...countsB].filter(([row, n]) => (countsA.get(row) ?? 0) < n).map(([row]) => row);
      return { table, rowsA: rowsA.length, rowsB: rowsB.length, equal: onlyA.length === 0 && onlyB.length === 0, onlyA: onlyA.slice(0, 3), onlyB: onlyB.slice(0, 3) };
    });
  } finally {
    a.close();
    b.close();
  }
};
