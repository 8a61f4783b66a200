import { endpoints } from '../../api/client';
import { useApi } from '../../api/api-context';
import type { RangeQuery } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingRegion, Skeleton } from '../../components/skeleton';
import { formatNumber, formatShare } from '../../lib/format';

/**
 * Needs identified → needs matched → course participants. The last step counts people, not
 * needs, so only the matched step gets a rate; bars are scaled per step against the largest.
 */
export function Funnel({ range }: { range: RangeQuery }) {
  const funnel = useApi(endpoints.funnel(range));
  if (funnel.status === 'loading') {
    return (
      <LoadingRegion label="Trichter wird geladen …">
        <div className="flex flex-col gap-3">
          {[1, 2, 3].map((step) => (
            <Skeleton key={step} className="h-10" />
          ))}
        </div>
      </LoadingRegion>
    );
  }
  if (funnel.status === 'error') return <ErrorState message={funnel.error.message} onRetry={funnel.retry} />;
  const { steps } = funnel.data;
  if (steps.every((step) => step.value === 0)) {
    return <EmptyState title="Keine Bedarfe und keine Teilnahmen in diesem Zeitraum" />;
  }
  const identified = steps.find((step) => step.id === 'needs_identified')?.value ?? 0;
  const max = Math.max(...steps.map((step) => step.value));
  return (
    <ol className="flex flex-col gap-3">
      {steps.map((step, index) => (
        <li key={step.id} className="flex flex-col gap-1">
          <div className="flex items-baseline justify-between gap-3 text-sm">
            <span className="text-gray-800">
              <span className="sr-only">Schritt {index + 1}: </span>
              {step.label}
            </span>
            <span className="tabular-nums font-semibold text-gray-900" data-funnel={step.id}>
              {formatNumber(step.value)}
              {step.id === 'needs_matched' && identified > 0 && (
                <span className="ml-2 font-normal text-gray-600">
                  ({formatShare(step.value / identified)} der identifizierten Bedarfe)
                </span>
              )}
            </span>
          </div>
          <div aria-hidden="true" className="h-3 w-full rounded-full bg-gray-100">
            <div className="bar h-3 rounded-full bg-blue-700" style={{ width: `${max > 0 ? (step.value / max) * 100 : 0}%` }} />
          </div>
        </li>
      ))}
    </ol>
  );
}
