/**
 * Outer limits of what any field of the plugin may hold. Values beyond them are typing errors or
 * attacks, and they break the analytics (DuckDB dates, 32-bit integers) long after they were
 * saved, so they are refused at the boundary. Field-specific limits (e.g. seats ≤ 10 000) are the
 * `min`/`max`/`maxLength` of the field in its schema; these apply where the schema says nothing.
 */
export const YEAR_RANGE = { from: 1990, to: 2100 } as const;

/** Longest text of a `text` field without its own `maxLength` (a long description fits easily). */
export const TEXT_MAX_LENGTH = 20_000;

/** Longest text inside a blocks field, counted over all its text leaves. */
export const BLOCKS_MAX_TEXT = 100_000;

/** Deepest nesting of blocks (lists in lists); the editor never goes near it. */
export const BLOCKS_MAX_DEPTH = 8;

/** Largest number of entries of a repeatable component or a JSON list. */
export const LIST_MAX_ITEMS = 200;

/** Largest database id a reference may name (PostgreSQL `integer`). */
export const MAX_ID = 2_147_483_647;

/** Longest document id a reference may name (Strapi's are 24 characters). */
export const DOCUMENT_ID_MAX_LENGTH = 64;

/** Public API pages: at most this many records per page, and no page beyond the last one anybody needs. */
export const PAGE_SIZE_MAX = 100;
export const PAGE_MAX = 10_000;
