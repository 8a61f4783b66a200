import type { AuditEntry, Contribution, ReportVersion } from '@verbund/domain/contract';
import { describe, expect, it } from 'vitest';
import { diffReport } from './diff.js';

const org = (documentId: string, role: Contribution['role'] = 'value', amount = 1): Contribution => ({ type: 'organisation', documentId, name: documentId.toUpperCase(), role, amount });

const version = {
  id: 3,
  title: 'Zwischennachweis 2022',
  period: { key: '2022', kind: 'year', label: '2022', from: '2022-01-01', to: '2022-12-31' },
  createdAt: '2023-01-10T09:00:00.000Z',
  createdBy: 'steuerkreis',
  snapshotAt: '2023-01-10T08:45:00.000Z',
  project: { name: 'P', fundingProgramme: null, funder: null, grantReference: null, startsOn: '2021-11-01', endsOn: '2024-10-31' },
  comparison: null,
  indicators: [
    { id: 'partners', name: 'Netzwerkpartner', kind: 'stock', unit: 'Organisationen', value: 2, target: null, progress: null, previousValue: null, definition: 'd', contributions: [org('a'), org('b')] },
    {
      id: 'course_participants', name: 'Teilnehmende', kind: 'flow', unit: 'Personen', value: 5, target: null, progress: null, previousValue: null, definition: 'd',
      contributions: [{ type: 'course-participation', documentId: 'p1', name: 'P1', role: 'value', amount: 5 }],
    },
    {
      id: 'districts_reached', name: 'Regionale Abdeckung', kind: 'flow', unit: 'Landkreise', value: 1, target: null, progress: null, previousValue: null, definition: 'd',
      contributions: [{ type: 'district', documentId: 'peine', name: 'Peine', role: 'value', amount: 1 }],
    },
  ],
  breakdowns: [],
  quality: [],
} satisfies ReportVersion;

const entry = (id: number, documentId: string, at: string): AuditEntry => ({
  id,
  at,
  action: 'update',
  actor: { kind: 'admin', id: 1, name: 'Koordination' },
  contentType: 'organisation',
  documentId,
  documentName: documentId,
  changes: [],
});

describe('diffReport', () => {
  it('lists removed, added and changed records per indicator, with the audit entries of each, oldest first', async () => {
    const asked: Array<{ ids: string[]; since: string }> = [];
    const diff = await diffReport(
      version,
      {
        snapshotAt: '2023-03-01T08:00:00.000Z',
        values: new Map<string, number | null>([['partners', 2], ['course_participants', 7], ['districts_reached', 1]]),
        contributions: new Map([
          ['partners', [org('b'), org('c')]],
          ['course_participants', [{ type: 'course-participation', documentId: 'p1', name: 'P1', role: 'value', amount: 7 } as Contribution]],
          ['districts_reached', [{ type: 'district', documentId: 'gifhorn', name: 'Gifhorn', role: 'value', amount: 1 } as Contribution]],
        ]),
      },
      async (ids, since) => {
        asked.push({ ids, since });
        return [entry(9, 'a', '2023-02-02T10:00:00.000Z'), entry(4, 'a', '2023-02-01T10:00:00.000Z'), entry(5, 'p1', '2023-02-01T11:00:00.000Z')];
      },
    );
    // One lookup for every changed record that is one (districts are not), since the frozen snapshot.
    expect(asked).toEqual([{ ids: ['a', 'c', 'p1'], since: '2023-01-10T08:45:00.000Z' }]);
    const [partners, participants, districts] = diff.indicators;
    expect(partners!.changes.map((c) => [c.change, c.documentId, c.frozenAmount, c.currentAmount, c.audit.map((a) => a.id)])).toEqual([
      ['removed', 'a', 1, null, [4, 9]],
      ['added', 'c', null, 1, []],
    ]);
    expect(participants).toMatchObject({ frozenValue: 5, currentValue: 7, changes: [{ change: 'changed', documentId: 'p1', frozenAmount: 5, currentAmount: 7 }] });
    expect(participants!.changes[0]!.audit.map((a) => a.id)).toEqual([5]);
    expect(districts!.changes.map((c) => [c.change, c.documentId, c.audit])).toEqual([
      ['removed', 'peine', []],
      ['added', 'gifhorn', []],
    ]);
  });

  it('asks the audit trail nothing when nothing changed, and quotes no entries where the CMS keeps none', async () => {
    let asked = 0;
    const unchanged = await diffReport(
      version,
      { snapshotAt: version.snapshotAt, values: new Map(), contributions: new Map(version.indicators.map((i) => [i.id, i.contributions])) },
      async () => {
        asked += 1;
        return [];
      },
    );
    expect(asked).toBe(0);
    expect(unchanged.indicators.every((i) => i.changes.length === 0)).toBe(true);
    const withoutTrail = await diffReport(version, { snapshotAt: version.snapshotAt, values: new Map(), contributions: new Map() }, async () => null);
    expect(withoutTrail.indicators[0]!.changes.map((c) => [c.change, c.audit])).toEqual([
      ['removed', []],
      ['removed', []],
    ]);
  });
});
