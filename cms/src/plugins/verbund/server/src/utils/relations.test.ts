import { describe, expect, it } from 'vitest';
import { MAX_ID } from '../validation/boundaries';
import { isId, isRelationInput, readRelationChange } from './relations';

describe('relation input', () => {
  it('accepts the forms Strapi 5 takes, with ids the database can hold', () => {
    expect(isRelationInput(null)).toBe(true);
    expect(isRelationInput(12)).toBe(true);
    expect(isRelationInput('12')).toBe(true);
    expect(isRelationInput('abc123def')).toBe(true);
    expect(isRelationInput([{ documentId: 'abc' }, { id: 3 }])).toBe(true);
    expect(isRelationInput({ connect: ['abc'], disconnect: [{ id: 2 }] })).toBe(true);
    expect(isRelationInput({ set: [] })).toBe(true);
  });

  it('refuses ids out of range and malformed references', () => {
    expect(isId(MAX_ID)).toBe(true);
    expect(isId(MAX_ID + 1)).toBe(false);
    expect(isId(0)).toBe(false);
    expect(isId(1.5)).toBe(false);
    expect(isRelationInput(String(MAX_ID + 1))).toBe(false);
    expect(isRelationInput('no spaces allowed')).toBe(false);
    expect(isRelationInput({ documentId: 42 })).toBe(false);
    expect(isRelationInput({ connect: [{ id: -1 }] })).toBe(false);
    expect(isRelationInput(true)).toBe(false);
  });

  it('reads what a change does to the relation', () => {
    expect(readRelationChange(null)).toEqual({ added: [], replaces: true, disconnects: true });
    expect(readRelationChange('abc')).toEqual({ added: [{ documentId: 'abc' }], replaces: true, disconnects: false });
    expect(readRelationChange({ set: [] })).toEqual({ added: [], replaces: true, disconnects: true });
    expect(readRelationChange({ connect: [{ id: 4 }] })).toEqual({ added: [{ id: 4 }], replaces: false, disconnects: false });
    expect(readRelationChange({ disconnect: ['abc'] })).toEqual({ added: [], replaces: false, disconnects: true });
    // a swap (disconnect one, connect another) leaves the relation set
    expect(readRelationChange({ connect: ['new'], disconnect: ['old'] })).toEqual({ added: [{ documentId: 'new' }], replaces: false, disconnects: false });
  });
});
