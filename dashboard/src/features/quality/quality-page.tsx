import { Card } from '@tremor/react';
import { endpoints } from '../../api/client';
import { useApi } from '../../api/api-context';
import type { QualityCheck, StatusResponse } from '../../api/types';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { LoadingRegion, Skeleton } from '../../components/skeleton';
import { formatBerlinDateTime } from '@verbund/domain';
import { formatNumber } from '../../lib/format';

// German names of the record types the service counts; unknown types show their technical name.
const typeLabels: Record<string, string> = {
  'funding-project': 'Förderprojekt',
  organisation: 'Organisationen',
  contact: 'Kontakte',
  'press-release': 'Pressemitteilungen',
  event: 'Veranstaltungen',
  'event-participation': 'Teilnahmen an Veranstaltungen',
  'course-offer': 'Kursangebote',
  'course-run': 'Kursdurchführungen',
  'course-participation': 'Teilnahmen an Kursen',
  consultation: 'Beratungen',
  'training-need': 'Weiterbildungsbedarfe',
  'working-group': 'Arbeitskreise',
  'indicator-target': 'Zielwerte',
};

export function QualityPage() {
  const quality = useApi(endpoints.quality());
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="checks-heading" className="flex flex-col gap-4">
        <h2 id="checks-heading" className="text-lg font-semibold text-gray-900">
          Prüfungen
        </h2>
        <p className="max-w-prose text-sm text-gray-700">
          Auffälligkeiten werden nicht automatisch korrigiert. Bitte klären Sie sie mit der Koordination und korrigieren
          Sie die Einträge im CMS; die Kennzahlen übernehmen die Korrektur bei der nächsten Aktualisierung.
        </p>
        {quality.status === 'loading' && (
          <LoadingRegion label="Prüfungen werden geladen …">
            <Skeleton className="h-40 w-full" />
          </LoadingRegion>
        )}
        {quality.status === 'error' && <ErrorState message={quality.error.message} onRetry={quality.retry} />}
        {quality.status === 'success' &&
          (quality.data.checks.every((check) => check.findings.length === 0) ? (
            <EmptyState title="Keine Auffälligkeiten">Alle Prüfungen sind ohne Befund.</EmptyState>
          ) : (
            <ul className="flex flex-col gap-4">
              {quality.data.checks.map((check) => (
                <li key={check.id}>
                  <CheckCard check={check} />
                </li>
              ))}
            </ul>
          ))}
      </section>
      <DataStatus />
    </div>
  );
}

function CheckCard({ check }: { check: QualityCheck }) {
  const count = check.findings.length;
  return (
    <Card className="flex flex-col gap-3 p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-base font-semibold text-gray-900">{check.title}</h3>
        <span
          className={`rounded-full px-2.5 py-0.5 text-sm font-medium ${count > 0 ? 'bg-amber-100 text-amber-900' : 'bg-emerald-50 text-emerald-800'}`}
        >
          {count > 0 ? `${formatNumber(count)} ${count === 1 ? 'Fall' : 'Fälle'}` : 'ohne Befund'}
        </span>
      </div>
      <p className="max-w-prose text-sm text-gray-700">{check.description}</p>
      {count > 0 && (
        <details open={count <= 5}>
          <summary className="cursor-pointer text-sm font-medium text-blue-800">
            {count === 1 ? 'Fall anzeigen' : `${formatNumber(count)} Fälle anzeigen`}
          </summary>
          <ul className="mt-2 flex flex-col divide-y divide-gray-100 text-sm">
            {check.findings.map((finding) => (
              <li key={finding.id} className="py-2">
                <span className="font-medium text-gray-900">{finding.name}</span>
                <span className="text-gray-700"> – {finding.message}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </Card>
  );
}

function DataStatus() {
  const status = useApi(endpoints.status());
  return (
    <section aria-labelledby="status-heading" className="flex flex-col gap-4">
      <h2 id="status-heading" className="text-lg font-semibold text-gray-900">
        Datenstand
      </h2>
      {status.status === 'loading' && (
        <LoadingRegion>
          <Skeleton className="h-24 w-full" />
        </LoadingRegion>
      )}
      {status.status === 'error' && <ErrorState message={status.error.message} onRetry={status.retry} />}
      {status.status === 'success' && <StatusDetails status={status.data} />}
    </section>
  );
}

function StatusDetails({ status }: { status: StatusResponse }) {
  const counts = Object.entries(status.counts);
  return (
    <Card className="flex flex-col gap-4 p-5">
      <p className="text-sm text-gray-800">
        {status.snapshotAt ? `Stand der Auswertung: ${formatBerlinDateTime(status.snapshotAt)}` : 'Es wurden noch keine Daten geladen.'}
        {status.refreshing && ' · Die Daten werden gerade aktualisiert.'}
      </p>
      {counts.length > 0 && (
        <table className="w-full max-w-lg border-collapse text-sm">
          <caption className="mb-2 text-left font-medium text-gray-900">Geladene Datensätze</caption>
          <thead>
            <tr className="border-b border-gray-200 text-left text-gray-700">
              <th scope="col" className="py-1.5 pr-3 font-medium">Art</th>
              <th scope="col" className="py-1.5 text-right font-medium">Anzahl</th>
            </tr>
          </thead>
          <tbody>
            {counts.map(([type, count]) => (
              <tr key={type} className="border-b border-gray-100 last:border-0">
                <th scope="row" className="py-1.5 pr-3 text-left font-normal text-gray-800">{typeLabels[type] ?? type}</th>
                <td className="py-1.5 text-right tabular-nums">{formatNumber(count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
