import type { AuditEntry, Contribution, ContributionChange, ReportDiffResponse, ReportVersion } from '@verbund/domain/contract';

/** The current figures of the frozen period, from today's snapshot. */
export interface CurrentFigures {
  snapshotAt: string;
  values: Map<string, number | null>;
  contributions: Map<string, Contribution[]>;
}

/** Types whose records the audit trail knows (a district is none). */
const NOT_A_RECORD = new Set(['district']);

const keyOf = (c: Pick<Contribution, 'role' | 'type' | 'documentId'>) => `${c.role}\u0000${c.type}\u0000${c.documentId}`;

const CHANGE_ORDER: Record<ContributionChange['change'], number> = { removed: 0, added: 1, changed: 2 };

/** Per indicator, the records that were added, removed or whose amount changed since the freeze. */
function changesOf(frozen: readonly Contribution[], current: readonly Contribution[]): Array<Omit<ContributionChange, 'audit'>> {
  const before = new Map(frozen.map((c) => [keyOf(c), c]));
  const now = new Map(current.map((c) => [keyOf(c), c]));
  const changes: Array<Omit<ContributionChange, 'audit'>> = [];
  for (const [key, was] of before) {
    const is = now.get(key);
    if (!is) changes.push({ change: 'removed', type: was.type, documentId: was.documentId, name: was.name, role: was.role, frozenAmount: was.amount, currentAmount: null });
    else if (is.amount !== was.amount) {
      changes.push({ change: 'changed', type: is.type, documentId: is.documentId, name: is.name, role: is.role, frozenAmount: was.amount, currentAmount: is.amount });
    }
  }
  for (const [key, is] of now) {
    if (!before.has(key)) changes.push({ change: 'added', type: is.type, documentId: is.documentId, name: is.name, role: is.role, frozenAmount: null, currentAmount: is.amount });
  }
  return changes.sort((a, b) => CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change] || a.name.localeCompare(b.name, 'de') || a.documentId.localeCompare(b.documentId) || a.role.localeCompare(b.role));
}

/**
 * Frozen against current figures, with the records that explain each difference and the audit
 * entries that touched them since the frozen data left the CMS (empty where the CMS keeps no trail).
 */
export async function diffReport(
  version: ReportVersion,
  current: CurrentFigures,
  auditEntries: (documentIds: string[], since: string) => Promise<AuditEntry[] | null>,
): Promise<ReportDiffResponse> {
  const perIndicator = version.indicators.map((indicator) => ({
    indicator,
    changes: changesOf(indicator.contributions, current.contributions.get(indicator.id) ?? []),
  }));
  const documentIds = [...new Set(perIndicator.flatMap(({ changes }) => changes.filter((c) => !NOT_A_RECORD.has(c.type)).map((c) => c.documentId)))].sort();
  const entries = documentIds.length > 0 ? ((await auditEntries(documentIds, version.snapshotAt)) ?? []) : [];
  const byDocument = new Map<string, AuditEntry[]>();
  for (const entry of [...entries].sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id)) {
    byDocument.set(entry.documentId, [...(byDocument.get(entry.documentId) ?? []), entry]);
  }
  return {
    report: { id: version.id, title: version.title, period: version.period, createdAt: version.createdAt, createdBy: version.createdBy, snapshotAt: version.snapshotAt },
    currentSnapshotAt: current.snapshotAt,
    indicators: perIndicator.map(({ indicator, changes }) => ({
      id: indicator.id,
      name: indicator.name,
      kind: indicator.kind,
      unit: indicator.unit,
      frozenValue: indicator.value,
      currentValue: current.values.get(indicator.id) ?? null,
      changes: changes.map((change) => ({ ...change, audit: NOT_A_RECORD.has(change.type) ? [] : (byDocument.get(change.documentId) ?? []) })),
    })),
  };
}
