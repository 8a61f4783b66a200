import { useState } from 'react';
import { endpoints } from '../../api/client';
import { useApi } from '../../api/api-context';
import type { CatalogueResponse, Dimension, IndicatorValue, RangeQuery } from '../../api/types';
import { Dialog } from '../../components/dialog';
import { ErrorState } from '../../components/error-state';
import { SegmentedControl } from '../../components/segmented-control';
import { LoadingRegion, Skeleton } from '../../components/skeleton';
import { dimensionLabel } from '../../lib/catalogue';
import { BreakdownTable } from '../breakdown/breakdown-table';

export function IndicatorDialog({
  indicators,
  range,
  periodLabel,
  onClose,
}: {
  indicators: IndicatorValue[];
  range: RangeQuery;
  periodLabel: string;
  onClose: () => void;
}) {
  const catalogue = useApi(endpoints.catalogue());
  const [primary] = indicators;
  return (
    <Dialog title={primary.name} onClose={onClose}>
      {catalogue.status === 'loading' && (
        <LoadingRegion label="Definition wird geladen …">
          <Skeleton className="h-24" />
        </LoadingRegion>
      )}
      {catalogue.status === 'error' && <ErrorState message={catalogue.error.message} onRetry={catalogue.retry} />}
      {catalogue.status === 'success' && (
        <DialogBody indicators={indicators} catalogue={catalogue.data} range={range} periodLabel={periodLabel} />
      )}
    </Dialog>
  );
}

function DialogBody({
  indicators,
  catalogue,
  range,
  periodLabel,
}: {
  indicators: IndicatorValue[];
  catalogue: CatalogueResponse;
  range: RangeQuery;
  periodLabel: string;
}) {
  const entries = indicators.map((indicator) => ({
    indicator,
    entry: catalogue.indicators.find((candidate) => candidate.id === indicator.id),
  }));
  const splittable = entries.filter(({ entry }) => entry && entry.dimensions.length > 0);
  const [selectedId, setSelectedId] = useState(splittable[0]?.indicator.id ?? '');
  const selected = splittable.find(({ indicator }) => indicator.id === selectedId) ?? splittable[0];
  const [dimension, setDimension] = useState<Dimension | undefined>(selected?.entry?.dimensions[0]);
  const dimensions = selected?.entry?.dimensions ?? [];
  const activeDimension = dimension && dimensions.includes(dimension) ? dimension : dimensions[0];

  return (
    <div className="flex flex-col gap-6">
      <section aria-labelledby="dialog-definition" className="flex flex-col gap-4">
        <h3 id="dialog-definition" className="text-base font-semibold text-gray-900">
          Definition
        </h3>
        {entries.map(({ indicator, entry }) => (
          <dl key={indicator.id} className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
            <dt className="font-medium text-gray-700">Kennzahl</dt>
            <dd className="text-gray-900">{indicator.name}</dd>
            {entry ? (
              <>
                <dt className="font-medium text-gray-700">Art</dt>
                <dd className="text-gray-900">{entry.kindLabel}</dd>
                <dt className="font-medium text-gray-700">Berechnung</dt>
                <dd className="text-gray-900">{entry.definition}</dd>
              </>
            ) : (
              <>
                <dt className="font-medium text-gray-700">Berechnung</dt>
                <dd className="text-gray-900">Für diese Kennzahl liegt keine Definition vor.</dd>
              </>
            )}
          </dl>
        ))}
      </section>
      <section aria-labelledby="dialog-breakdown" className="flex flex-col gap-4">
        <h3 id="dialog-breakdown" className="text-base font-semibold text-gray-900">
          Aufschlüsselung <span className="font-normal text-gray-600">({periodLabel})</span>
        </h3>
        {!selected || !activeDimension ? (
          <p className="text-sm text-gray-700">Diese Kennzahl lässt sich nicht weiter aufschlüsseln.</p>
        ) : (
          <>
            <div className="flex flex-wrap gap-4">
              {splittable.length > 1 && (
                <SegmentedControl
                  legend="Kennzahl"
                  value={selected.indicator.id}
                  onChange={setSelectedId}
                  options={splittable.map(({ indicator }) => ({ value: indicator.id, label: indicator.name }))}
                />
              )}
              {dimensions.length > 1 && (
                <SegmentedControl
                  legend="Aufschlüsseln nach"
                  value={activeDimension}
                  onChange={setDimension}
                  options={dimensions.map((value) => ({ value, label: dimensionLabel(catalogue, value) }))}
                />
              )}
            </div>
            <BreakdownTable indicator={selected.indicator} dimension={activeDimension} range={range} />
          </>
        )}
      </section>
    </div>
  );
}
