import { SIZE_CLASS } from '@verbund/domain';
import { describe, expect, it } from 'vitest';
import { describeFieldChange, formatAuditValue, recordNoun } from './diff-wording';

describe('audit values in German', () => {
  it('reads dates, instants, numbers, flags, stored keys and empty values', () => {
    expect(formatAuditValue('2022-06-30')).toBe('30.06.2022');
    // 23:30 UTC on 31 December is already New Year's Day in Berlin
    expect(formatAuditValue('2022-12-31T23:30:00.000Z')).toBe('01.01.2023, 00:30 Uhr');
    expect(formatAuditValue(1234.5)).toBe('1.234,5');
    expect(formatAuditValue(true)).toBe('ja');
    expect(formatAuditValue('micro')).toBe(SIZE_CLASS.labels.micro);
    expect(formatAuditValue('Acme GmbH')).toBe('„Acme GmbH“');
    expect(formatAuditValue(null)).toBe('leer');
    expect(formatAuditValue([])).toBe('leer');
    expect(formatAuditValue({ connect: ['x'] })).toBe('geändert');
  });

  it('words a field that was set, cleared, changed or redacted', () => {
    const field = (old: unknown, now: unknown, redacted = false) => ({ field: 'partnerUntil', label: 'Partner bis', old, new: now, redacted });
    expect(describeFieldChange(field(null, '2022-06-30'))).toBe('nachträglich mit ‚Partner bis‘ 30.06.2022 versehen');
    expect(describeFieldChange(field('2022-06-30', null))).toBe('‚Partner bis‘ (30.06.2022) entfernt');
    expect(describeFieldChange(field('2022-06-30', '2022-09-30'))).toBe('‚Partner bis‘ von 30.06.2022 auf 30.09.2022 geändert');
    expect(describeFieldChange(field(null, null, true))).toBe('‚Partner bis‘ geändert');
  });

  it('counts records with the right noun', () => {
    expect(recordNoun('organisation', 1)).toBe('1 Organisation');
    expect(recordNoun('training-need', 2)).toBe('2 Weiterbildungsbedarfe');
  });
});
