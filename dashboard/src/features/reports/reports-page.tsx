import { useState } from 'react';
import { endpoints } from '../../api/client';
import { useApi } from '../../api/api-context';
import type { ReportVersion } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingRegion, Skeleton } from '../../components/skeleton';
import { replaceParams, useLocation } from '../../lib/router';
import { FreezeForm } from './freeze-form';
import { ReportDiff } from './report-diff';
import { ReportList } from './report-list';

/** The address names the version whose differences are open, so a link shows the same. */
const VERSION_PARAM = 'fassung';

/** „Berichte“: freeze the report of a period, list the frozen versions, read their differences. */
export function ReportsPage() {
  const reports = useApi(endpoints.reports());
  const { params } = useLocation();
  const [notice, setNotice] = useState('');
  const selected = /^\d+$/.test(params.get(VERSION_PARAM) ?? '') ? Number(params.get(VERSION_PARAM)) : null;

  function onFrozen(version: ReportVersion) {
    setNotice(`„${version.title}“ ist eingefroren und steht in der Liste.`);
    // the list is cached for a minute; the new version must show at once
    if (reports.status === 'success') reports.reload();
    else if (reports.status === 'error') reports.retry();
  }

  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="neue-fassung" className="flex flex-col gap-3 rounded-tremor-default border border-gray-200 bg-white p-4">
        <h2 id="neue-fassung" className="text-lg font-semibold text-gray-900">
          Neue Fassung einfrieren
        </h2>
        <p className="max-w-prose text-sm text-gray-700">
          Vor dem Einreichen eines Zwischen- oder Verwendungsnachweises halten Sie den Bericht des Zeitraums fest. Die Fassung
          bleibt, wie sie ist; ändern sich später Daten im CMS, zeigt sie, was eingereicht wurde und warum die Zahlen heute
          abweichen.
        </p>
        <FreezeForm onFrozen={onFrozen} />
      </section>
      <p role="status" className="text-sm font-medium text-emerald-800 empty:hidden">
        {notice}
      </p>
      <section aria-labelledby="fassungen" className="flex flex-col gap-3">
        <h2 id="fassungen" className="text-lg font-semibold text-gray-900">
          Eingefrorene Fassungen
        </h2>
        {reports.status === 'loading' && (
          <LoadingRegion label="Fassungen werden geladen …">
            <Skeleton className="h-32 w-full" />
          </LoadingRegion>
        )}
        {reports.status === 'error' && <ErrorState message={reports.error.message} onRetry={reports.retry} />}
        {reports.status === 'success' &&
          (reports.data.reports.length === 0 ? (
            <EmptyState title="Noch keine eingefrorene Fassung">
              Frieren Sie den Bericht eines Zeitraums ein, bevor Sie ihn beim Zuwendungsgeber einreichen – etwa den
              Zwischennachweis nach einem Kalenderjahr. Später zeigt die Fassung, welche Zahlen eingereicht wurden und was sich
              seitdem geändert hat.
            </EmptyState>
          ) : (
            <ReportList reports={reports.data.reports} selected={selected} onSelect={(id) => replaceParams({ [VERSION_PARAM]: String(id) })} />
          ))}
      </section>
      {selected !== null && <ReportDiff id={selected} />}
    </div>
  );
}
