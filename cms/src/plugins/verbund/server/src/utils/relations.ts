/** A reference to a related document as clients send it: a documentId, a numeric id, or an object with either. */
export type RelationRef = { documentId?: string; id?: number };

const toRef = (item: unknown): RelationRef | null => {
  if (typeof item === 'string') return /^\d+$/.test(item) ? { id: Number(item) } : { documentId: item };
  if (typeof item === 'number') return { id: item };
  if (item && typeof item === 'object') {
    const { documentId, id } = item as RelationRef;
    if (typeof documentId === 'string') return { documentId };
    if (typeof id === 'number') return { id };
  }
  return null;
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
