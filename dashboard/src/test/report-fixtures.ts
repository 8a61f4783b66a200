// Answers of the reports routes for the component tests, parsed with the contract's schemas so
// that a fixture the service could not send fails here.
import { reportDiffResponse, reportsResponse } from '@verbund/domain/contract';
import { fixtures } from './fake-api';

export const zwischennachweis = {
  id: 1,
  title: 'Zwischennachweis 2022',
  period: { key: '2022', kind: 'year', label: '2022', from: '2022-01-01', to: '2022-12-31' },
  createdAt: '2023-01-12T14:30:00.000Z',
  createdBy: 'Jana Koordination',
  snapshotAt: '2023-01-12T14:00:00.000Z',
} as const;

export const reportsList = reportsResponse.parse({ reports: [zwischennachweis] });

const actor = (name: string, id = 3) => ({ kind: 'admin' as const, id, name });

/** Jana ended two partnerships and noted something on one; Max deleted a consultation; a participation was added. */
export const diffWithChanges = reportDiffResponse.parse({
  report: zwischennachweis,
  currentSnapshotAt: '2023-02-10T08:00:00.000Z',
  indicators: fixtures.indicators.indicators.map(({ id, name, kind, unit }) => {
    const base = { id, name, kind, unit, frozenValue: 10, currentValue: 10, changes: [] as unknown[] };
    if (id === 'partners') {
      return {
        ...base,
        frozenValue: 152,
        currentValue: 150,
        changes: ['org-a', 'org-b'].map((documentId, n) => ({
          change: 'removed',
          type: 'organisation',
          documentId,
          name: n === 0 ? 'Acme GmbH' : 'Big AG',
          role: 'value',
          frozenAmount: 1,
          currentAmount: null,
          audit: [
            {
              id: 100 + n,
              at: `2023-02-03T1${n}:00:00.000Z`,
              action: 'update',
              actor: actor('Jana Koordination'),
              contentType: 'organisation',
              documentId,
              documentName: n === 0 ? 'Acme GmbH' : 'Big AG',
              changes: [
                { field: 'partnerUntil', label: 'Partner bis', old: null, new: '2022-06-30', redacted: false },
                ...(n === 0 ? [{ field: 'notes', label: 'Notizen', old: null, new: null, redacted: true }] : []),
              ],
            },
          ],
        })),
      };
    }
    if (id === 'consultations') {
      return {
        ...base,
        frozenValue: 40,
        currentValue: 39,
        changes: [
          {
            change: 'removed',
            type: 'consultation',
            documentId: 'kons-7',
            name: 'Beratung Acme GmbH am 14.03.2022',
            role: 'value',
            frozenAmount: 1,
            currentAmount: null,
            audit: [
              {
                id: 110,
                at: '2023-02-05T09:30:00.000Z',
                action: 'delete',
                actor: actor('Max Beratung', 4),
                contentType: 'consultation',
                documentId: 'kons-7',
                documentName: 'Beratung Acme GmbH am 14.03.2022',
                changes: [],
              },
            ],
          },
        ],
      };
    }
    if (id === 'course_participants') {
      return {
        ...base,
        frozenValue: 100,
        currentValue: 104,
        changes: [
          {
            change: 'added',
            type: 'course-participation',
            documentId: 'kt-9',
            name: 'Big AG in „Excel für Einsteiger“',
            role: 'value',
            frozenAmount: null,
            currentAmount: 4,
            audit: [
              {
                id: 120,
                at: '2023-02-06T12:00:00.000Z',
                action: 'create',
                actor: { kind: 'system', id: null, name: 'System' },
                contentType: 'course-participation',
                documentId: 'kt-9',
                documentName: 'Big AG in „Excel für Einsteiger“',
                changes: [{ field: 'participants', label: 'Teilnehmende', old: null, new: 4, redacted: false }],
              },
            ],
          },
        ],
      };
    }
    return base;
  }),
});

export const diffWithoutChanges = reportDiffResponse.parse({
  ...diffWithChanges,
  indicators: diffWithChanges.indicators.map((indicator) => ({ ...indicator, currentValue: indicator.frozenValue, changes: [] })),
});
