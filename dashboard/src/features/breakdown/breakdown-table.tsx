import { endpoints } from '../../api/client';
import { useApi } from '../../api/api-context';
import type { Dimension, IndicatorKind, RangeQuery } from '../../api/types';
import { BarTable } from '../../components/bar-table';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingRegion, Skeleton } from '../../components/skeleton';
import { formatValue } from '../../lib/format';

export function BreakdownTable({
  indicator,
  dimension,
  range,
}: {
  indicator: { id: string; name: string; kind: IndicatorKind };
  dimension: Dimension;
  range: RangeQuery;
}) {
  const breakdown = useApi(endpoints.breakdown(indicator.id, dimension, range));
  if (breakdown.status === 'loading') {
    return (
      <LoadingRegion label="Aufschlüsselung wird geladen …">
        <div className="flex flex-col gap-2">
          {[80, 65, 50, 35].map((width) => (
            <Skeleton key={width} className="h-6" />
          ))}
        </div>
      </LoadingRegion>
    );
  }
  if (breakdown.status === 'error') return <ErrorState message={breakdown.error.message} onRetry={breakdown.retry} />;
  const { rows, byLabel } = breakdown.data;
  if (rows.length === 0 || rows.every((row) => !row.value)) {
    return (
      <EmptyState title="Keine Werte in diesem Zeitraum">
        Für „{indicator.name}“ gibt es im gewählten Zeitraum nichts aufzuschlüsseln.
      </EmptyState>
    );
  }
  return (
    <BarTable
      caption={`${indicator.name} nach ${byLabel}`}
      labelHeader={byLabel}
      valueHeader={indicator.kind === 'share' ? 'Anteil' : 'Anzahl'}
      rows={rows.map((row) => ({ ...row, display: formatValue(indicator.kind, row.value) }))}
    />
  );
}
