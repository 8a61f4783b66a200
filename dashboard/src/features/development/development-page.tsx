import type { IndicatorId } from '@verbund/domain';
import { Card } from '@tremor/react';
import { useState } from 'react';
import { endpoints } from '../../api/client';
import { useApi } from '../../api/api-context';
import type { CatalogueEntry, Granularity } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { SegmentedControl } from '../../components/segmented-control';
import { SelectField } from '../../components/select-field';
import { LoadingRegion, Skeleton } from '../../components/skeleton';
import { formatDateRange } from '../../lib/format';
import { replaceParams, useLocation } from '../../lib/router';
import { usePeriod } from '../period/period-context';
import { SeriesChart, type SeriesMode } from './series-chart';

const DEFAULT_INDICATOR: IndicatorId = 'partners';

export default function DevelopmentPage() {
  const catalogue = useApi(endpoints.catalogue());
  if (catalogue.status === 'loading') return <ChartSkeleton />;
  if (catalogue.status === 'error') return <ErrorState message={catalogue.error.message} onRetry={catalogue.retry} />;
  if (catalogue.data.indicators.length === 0) return <EmptyState title="Es sind keine Kennzahlen definiert" />;
  return <Development catalogue={catalogue.data.indicators} />;
}

function Development({ catalogue }: { catalogue: CatalogueEntry[] }) {
  const { params } = useLocation();
  const { resolved } = usePeriod();
  const [granularity, setGranularity] = useState<Granularity>('month');
  const [mode, setMode] = useState<SeriesMode>('cumulative');
  const entry =
    catalogue.find((candidate) => candidate.id === params.get('kennzahl')) ??
    catalogue.find((candidate) => candidate.id === DEFAULT_INDICATOR) ??
    catalogue[0];
  const series = useApi(resolved ? endpoints.series(entry.id, resolved.range, granularity) : null);
  const bucketLabel = granularity === 'month' ? 'Monat' : 'Quartal';

  return (
    <div className="flex flex-col gap-6">
      <div className="no-print flex flex-wrap items-end gap-6">
        <SelectField
          label="Kennzahl"
          value={entry.id}
          onChange={(event) => replaceParams({ kennzahl: event.target.value })}
        >
          {catalogue.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
        </SelectField>
        <SegmentedControl
          legend="Einteilung"
          value={granularity}
          onChange={setGranularity}
          options={[
            { value: 'month', label: 'Monate' },
            { value: 'quarter', label: 'Quartale' },
          ]}
        />
        {entry.kind === 'flow' && (
          <SegmentedControl
            legend="Darstellung"
            value={mode}
            onChange={setMode}
            options={[
              { value: 'cumulative', label: 'Kumuliert' },
              { value: 'per_bucket', label: granularity === 'month' ? 'Je Monat' : 'Je Quartal' },
            ]}
          />
        )}
      </div>
      <Card className="flex flex-col gap-4 p-5">
        <div>
          <h2 className="text-lg font-semibold text-gray-900">{entry.name}</h2>
          <p className="text-sm text-gray-600">
            {entry.kindLabel}
            {resolved && ` · ${formatDateRange(resolved.range.from, resolved.range.to)}`}
          </p>
        </div>
        {series.status === 'loading' && <ChartSkeleton />}
        {series.status === 'error' && <ErrorState message={series.error.message} onRetry={series.retry} />}
        {series.status === 'success' &&
          (series.data.points.length === 0 ? (
            <EmptyState title="Für diesen Zeitraum gibt es keine Werte" />
          ) : (
            <SeriesChart series={series.data} name={entry.name} kind={entry.kind} mode={mode} bucketLabel={bucketLabel} />
          ))}
        <p className="text-sm text-gray-700">{entry.definition}</p>
      </Card>
    </div>
  );
}

function ChartSkeleton() {
  return (
    <LoadingRegion label="Verlauf wird geladen …">
      <Skeleton className="h-72 w-full" />
    </LoadingRegion>
  );
}
