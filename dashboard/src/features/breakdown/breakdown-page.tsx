import type { IndicatorId } from '@verbund/domain';
import { Card } from '@tremor/react';
import { endpoints } from '../../api/client';
import { useApi } from '../../api/api-context';
import type { CatalogueEntry, CatalogueResponse } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { SelectField } from '../../components/select-field';
import { LoadingRegion, Skeleton } from '../../components/skeleton';
import { dimensionLabel } from '../../lib/catalogue';
import { replaceParams, useLocation } from '../../lib/router';
import { usePeriod } from '../period/period-context';
import { BreakdownTable } from './breakdown-table';
import { Funnel } from './funnel';

const DEFAULT_INDICATOR: IndicatorId = 'course_participants';

export function BreakdownPage() {
  const catalogue = useApi(endpoints.catalogue());
  const { resolved } = usePeriod();
  if (catalogue.status === 'loading' || !resolved) {
    return (
      <LoadingRegion>
        <Skeleton className="h-64 w-full" />
      </LoadingRegion>
    );
  }
  if (catalogue.status === 'error') return <ErrorState message={catalogue.error.message} onRetry={catalogue.retry} />;
  const splittable = catalogue.data.indicators.filter((entry) => entry.dimensions.length > 0);
  return (
    <div className="flex flex-col gap-8">
      {splittable.length === 0 ? (
        <EmptyState title="Keine Kennzahl lässt sich aufschlüsseln" />
      ) : (
        <Breakdowns splittable={splittable} catalogue={catalogue.data} />
      )}
      <section aria-labelledby="funnel-heading">
        <Card className="flex flex-col gap-4 p-5">
          <div>
            <h2 id="funnel-heading" className="text-lg font-semibold text-gray-900">
              Vom Bedarf zur Teilnahme
            </h2>
            <p className="text-sm text-gray-600">
              Identifizierte Bedarfe, davon mit passendem Angebot, und Teilnehmende an Weiterbildungen im Zeitraum
            </p>
          </div>
          <Funnel range={resolved.range} />
        </Card>
      </section>
    </div>
  );
}

function Breakdowns({ splittable, catalogue }: { splittable: CatalogueEntry[]; catalogue: CatalogueResponse }) {
  const { params } = useLocation();
  const { resolved } = usePeriod();
  const entry =
    splittable.find((candidate) => candidate.id === params.get('kennzahl')) ??
    splittable.find((candidate) => candidate.id === DEFAULT_INDICATOR) ??
    splittable[0];
  return (
    <section aria-labelledby="breakdown-heading" className="flex flex-col gap-4">
      <h2 id="breakdown-heading" className="text-lg font-semibold text-gray-900">
        {entry.name} nach Merkmalen
      </h2>
      <SelectField
        className="no-print max-w-sm"
        label="Kennzahl"
        value={entry.id}
        onChange={(event) => replaceParams({ kennzahl: event.target.value })}
      >
        {splittable.map((candidate) => (
          <option key={candidate.id} value={candidate.id}>
            {candidate.name}
          </option>
        ))}
      </SelectField>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        {entry.dimensions.map((dimension) => (
          <Card key={dimension} className="flex flex-col gap-3 p-5">
            <h3 className="text-base font-semibold text-gray-900">Nach {dimensionLabel(catalogue, dimension)}</h3>
            {resolved && <BreakdownTable indicator={entry} dimension={dimension} range={resolved.range} />}
          </Card>
        ))}
      </div>
    </section>
  );
}
