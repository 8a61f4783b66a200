import { OVERVIEW_CARDS } from '@verbund/domain';
import { useState } from 'react';
import { endpoints } from '../../api/client';
import { useApi } from '../../api/api-context';
import type { IndicatorValue } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingRegion, Skeleton } from '../../components/skeleton';
import { comparisonSentence } from '../../lib/period';
import { usePeriod } from '../period/period-context';
import { IndicatorCard } from './indicator-card';
import { IndicatorDialog } from './indicator-dialog';
import { IndicatorTable } from './indicator-table';

export function OverviewPage() {
  const { resolved } = usePeriod();
  const response = useApi(resolved ? endpoints.indicators(resolved.query) : null);
  const [open, setOpen] = useState<IndicatorValue[] | null>(null);

  if (response.status === 'loading' || !resolved) return <CardsSkeleton />;
  if (response.status === 'error') return <ErrorState message={response.error.message} onRetry={response.retry} />;

  const { indicators, comparison, label } = response.data;
  const against = comparison?.label ?? null;
  if (indicators.length === 0) {
    return (
      <EmptyState title="Für diesen Zeitraum liegen keine Kennzahlen vor">
        Wählen Sie einen anderen Zeitraum oder prüfen Sie, ob die Daten bereits geladen wurden.
      </EmptyState>
    );
  }
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const cards = OVERVIEW_CARDS.flatMap(({ primary, secondary }) => {
    const main = byId.get(primary);
    return main ? [{ main, extra: secondary ? byId.get(secondary) : undefined }] : [];
  });
  const others = indicators.filter((indicator) => !OVERVIEW_CARDS.some(({ primary, secondary }) => indicator.id === primary || indicator.id === secondary));

  return (
    <div className="flex flex-col gap-8">
      <p className="comparison-note text-sm text-gray-700">{comparisonSentence(resolved.kind, comparison)}</p>
      <section aria-labelledby="headline-heading" className="flex flex-col gap-4">
        <h2 id="headline-heading" className="text-lg font-semibold text-gray-900">
          Kennzahlen im Überblick
        </h2>
        {/* Column heads for the printed report, where the cards become table rows. */}
        <div aria-hidden="true" className={`print-columns hidden text-gray-700 print:grid ${against ? 'with-comparison' : ''}`}>
          <span>Kennzahl</span>
          <span className="text-right">Wert</span>
          <span>Ziel und Zielerreichung</span>
          {against && <span>Veränderung gegenüber {against}</span>}
        </div>
        <ul className={`indicator-grid grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3 ${against ? 'with-comparison' : ''}`}>
          {cards.map(({ main, extra }) => (
            <li key={main.id}>
              <IndicatorCard
                primary={main}
                secondary={extra}
                against={against}
                onOpenDetails={() => setOpen(extra ? [main, extra] : [main])}
              />
            </li>
          ))}
        </ul>
      </section>
      {others.length > 0 && (
        <section aria-labelledby="others-heading" className="flex flex-col gap-4">
          <h2 id="others-heading" className="text-lg font-semibold text-gray-900">
            Weitere Kennzahlen
          </h2>
          <IndicatorTable indicators={others} caption={`Weitere Kennzahlen, ${label}`} against={against} />
        </section>
      )}
      {open && <IndicatorDialog indicators={open} range={resolved.range} periodLabel={label} onClose={() => setOpen(null)} />}
    </div>
  );
}

function CardsSkeleton() {
  return (
    <LoadingRegion label="Kennzahlen werden geladen …">
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3">
        {OVERVIEW_CARDS.map(({ primary }) => (
          <div key={primary} className="flex flex-col gap-3 rounded-tremor-default border border-gray-200 bg-white p-5">
            <Skeleton className="h-4 w-1/2" />
            <Skeleton className="h-8 w-1/3" />
            <Skeleton className="h-2 w-full" />
            <Skeleton className="h-4 w-2/3" />
          </div>
        ))}
      </div>
    </LoadingRegion>
  );
}
