import { AUDIT_ACTION, formatBerlinDateTime } from '@verbund/domain';
import { useEffect, useId, useRef } from 'react';
import { endpoints } from '../../api/client';
import { useApi } from '../../api/api-context';
import type { ContributionChange, ReportDiffResponse } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingRegion, Skeleton } from '../../components/skeleton';
import { formatDelta, formatValue } from '../../lib/format';
import { actorName, describeContribution, describeEntryFields, recordType, summarise } from './diff-wording';

type DiffIndicator = ReportDiffResponse['indicators'][number];

const differs = (indicator: DiffIndicator) => indicator.changes.length > 0 || indicator.frozenValue !== indicator.currentValue;

/** „Abweichungen“: what changed since a version was frozen, per indicator, down to each record and edit. */
export function ReportDiff({ id }: { id: number }) {
  const diff = useApi(endpoints.reportDiff(id));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const loaded = diff.status === 'success';

  // Opening a version's differences continues there, for keyboard and screen-reader users too.
  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [id, loaded]);

  if (diff.status === 'loading') {
    return (
      <LoadingRegion label="Abweichungen werden ermittelt …">
        <Skeleton className="h-48 w-full" />
      </LoadingRegion>
    );
  }
  if (diff.status === 'error') return <ErrorState message={diff.error.message} onRetry={diff.retry} />;

  const { report, indicators, currentSnapshotAt } = diff.data;
  const changed = indicators.filter(differs);
  const unchanged = indicators.filter((indicator) => !differs(indicator));

  return (
    <section aria-labelledby={`abweichungen-${id}`} className="flex flex-col gap-4">
      <h2 id={`abweichungen-${id}`} ref={headingRef} tabIndex={-1} className="text-xl font-semibold text-gray-900 focus:outline-none">
        Abweichungen: „{report.title}“
      </h2>
      <p className="text-sm text-gray-800">
        {report.period.label}, eingefroren am {formatBerlinDateTime(report.createdAt)} von {report.createdBy} (Datenstand{' '}
        {formatBerlinDateTime(report.snapshotAt)}), verglichen mit dem aktuellen Datenstand vom {formatBerlinDateTime(currentSnapshotAt)}.
      </p>
      {changed.length === 0 ? (
        <EmptyState title="Keine Abweichungen">
          Alle {indicators.length} Kennzahlen haben heute denselben Wert wie in der eingefrorenen Fassung, und kein Datensatz dahinter
          hat sich geändert.
        </EmptyState>
      ) : (
        <>
          <p className="text-sm text-gray-800">
            Bei {changed.length} von {indicators.length} Kennzahlen hat sich seit dem Einfrieren etwas geändert.
          </p>
          {changed.map((indicator) => (
            <IndicatorDiff key={indicator.id} indicator={indicator} />
          ))}
          {unchanged.length > 0 && (
            <p className="text-sm text-gray-700">
              <span className="font-medium">Unverändert:</span> {unchanged.map((indicator) => indicator.name).join(', ')}.
            </p>
          )}
        </>
      )}
    </section>
  );
}

function IndicatorDiff({ indicator }: { indicator: DiffIndicator }) {
  const headingId = useId();
  const delta = formatDelta(indicator.kind, indicator.currentValue, indicator.frozenValue);
  const sentences = summarise(indicator.changes);
  return (
    <article aria-labelledby={headingId} className="flex flex-col gap-2 rounded-tremor-default border border-gray-200 bg-white p-4">
      <h3 id={headingId} className="text-base font-semibold text-gray-900">
        {indicator.name}
      </h3>
      <p className="text-sm text-gray-800">
        Eingefroren: <span className="font-medium tabular-nums">{formatValue(indicator.kind, indicator.frozenValue)}</span> · heute:{' '}
        <span className="font-medium tabular-nums">{formatValue(indicator.kind, indicator.currentValue)}</span>
        {delta && delta.direction !== 'same' && (
          <>
            {' '}
            (<span aria-hidden="true">{delta.text}</span>
            <span className="sr-only">{delta.spoken}</span>)
          </>
        )}
      </p>
      {sentences.length === 0 ? (
        <p className="text-sm text-gray-700">Der Wert hat sich geändert, ohne dass sich die Änderung einzelnen Datensätzen zuordnen lässt.</p>
      ) : (
        <ul className="list-disc pl-5 text-sm text-gray-900">
          {sentences.map((sentence) => (
            <li key={sentence}>{sentence}</li>
          ))}
        </ul>
      )}
      {indicator.changes.length > 0 && (
        <details className="rounded-tremor-small border border-gray-200">
          <summary className="cursor-pointer px-3 py-2 text-sm font-medium text-blue-800">
            Datensätze im Einzelnen ({indicator.changes.length})
          </summary>
          <ul className="flex flex-col gap-3 px-3 pb-3 text-sm">
            {indicator.changes.map((change) => (
              <RecordChange key={`${change.type}:${change.documentId}:${change.role}`} change={change} />
            ))}
          </ul>
        </details>
      )}
    </article>
  );
}

function RecordChange({ change }: { change: ContributionChange }) {
  return (
    <li className="flex flex-col gap-1">
      <p className="text-gray-900">
        <span className="font-medium">{change.name}</span> <span className="text-gray-600">({recordType(change.type)})</span>:{' '}
        {describeContribution(change)}
      </p>
      {change.audit.length === 0 ? (
        <p className="pl-4 text-gray-700">Kein Eintrag im Änderungsprotokoll zu diesem Datensatz.</p>
      ) : (
        <ul className="flex flex-col gap-0.5 pl-4 text-gray-700">
          {change.audit.map((entry) => {
            const fields = describeEntryFields(entry);
            return (
              <li key={entry.id}>
                {formatBerlinDateTime(entry.at)} · {actorName(entry)} · {AUDIT_ACTION.labels[entry.action]}
                {fields.length > 0 && `: ${fields.join('; ')}`}
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}
