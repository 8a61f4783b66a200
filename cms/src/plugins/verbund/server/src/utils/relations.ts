import { DOCUMENT_ID_MAX_LENGTH, MAX_ID } from '../validation/boundaries';

/** A reference to a related document as clients send it: a documentId, a numeric id, or an object with either. */
export type RelationRef = { documentId?: string; id?: number };

const DOCUMENT_ID = new RegExp(`^[A-Za-z0-9_-]{1,${DOCUMENT_ID_MAX_LENGTH}}$`);

/** A database id the database can hold: anything else makes PostgreSQL fail the query (a 500). */
export const isId = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_ID;

const toRef = (item: unknown): RelationRef | null => {
  if (typeof item === 'string') {
    if (/^\d+$/.test(item)) return isId(Number(item)) ? { id: Number(item) } : null;
    return DOCUMENT_ID.test(item) ? { documentId: item } : null;
  }
  if (isId(item)) return { id: item };
  if (item && typeof item === 'object' && !Array.isArray(item)) {
    const { documentId, id } = item as { documentId?: unknown; id?: unknown };
    if (documentId !== undefined) return typeof documentId === 'string' && DOCUMENT_ID.test(documentId) ? { documentId } : null;
    if (isId(id)) return { id };
  }
  return null;
};

const isRefList = (value: unknown) => (Array.isArray(value) ? value : [value]).every((item) => toRef(item) !== null);

/** Whether a relation value has one of the forms Strapi 5 accepts, with ids the database can hold. */
export const isRelationInput = (value: unknown): boolean => {
  if (value === null) return true;
  if (value && typeof value === 'object' && !Array.isArray(value) && ('connect' in value || 'disconnect' in value || 'set' in value)) {
    return Object.entries(value).every(([key, part]) => !['connect', 'disconnect', 'set'].includes(key) || part === undefined || isRefList(part));
  }
  return isRefList(value);
};

const toRefs = (value: unknown): RelationRef[] =>
  (Array.isArray(value) ? value : [value]).map(toRef).filter((ref): ref is RelationRef => ref !== null);

export interface RelationChange {
  /** Targets the relation will point to after the change (for `set` and plain values), or that are added (`connect`). */
  added: RelationRef[];
  /** True when the value replaces the whole relation (plain value, null or `set`). */
  replaces: boolean;
  /** True when targets are removed without replacement. */
  disconnects: boolean;
}

/** Reads Strapi 5's relation input forms: plain value(s), `{ set }`, `{ connect, disconnect }`, null. */
export const readRelationChange = (value: unknown): RelationChange => {
  if (value === null) return { added: [], replaces: true, disconnects: true };
  if (value && typeof value === 'object' && !Array.isArray(value) && ('connect' in value || 'disconnect' in value || 'set' in value)) {
    const { connect, disconnect, set } = value as { connect?: unknown; disconnect?: unknown; set?: unknown };
    if (set !== undefined) return { added: toRefs(set), replaces: true, disconnects: toRefs(set).length === 0 };
    const added = connect === undefined ? [] : toRefs(connect);
    const removed = disconnect === undefined ? [] : toRefs(disconnect);
    return { added, replaces: false, disconnects: removed.length > 0 && added.length === 0 };
  }
  return { added: toRefs(value), replaces: true, disconnects: toRefs(value).length === 0 };
};
