import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { endpoints } from '../../api/client';
import { useApi } from '../../api/api-context';
import { useAuth } from '../../auth/auth-context';
import { Button } from '../../components/button';
import { ErrorState } from '../../components/error-state';
import { LoadingRegion, Skeleton } from '../../components/skeleton';
import { formatBerlinDateTime } from '@verbund/domain';
import { formatDateRange } from '../../lib/format';
import { paramsFor } from '../../lib/period';
import { hrefFor, routes, useLocation, type RouteId } from '../../lib/router';
import { BreakdownPage } from '../breakdown/breakdown-page';
import { OverviewPage } from '../overview/overview-page';
import { usePeriod } from '../period/period-context';
import { PeriodPicker } from '../period/period-picker';
import { QualityNotice } from '../quality/quality-notice';
import { QualityPage } from '../quality/quality-page';
import { ReportActions } from '../report/report-actions';
import { ReportsPage } from '../reports/reports-page';

// Charts (recharts) are the heaviest part of the app: load them only when the page is opened.
const DevelopmentPage = lazy(() => import('../development/development-page'));

const pages: Record<RouteId, () => ReactNode> = {
  overview: () => <OverviewPage />,
  development: () => <DevelopmentPage />,
  breakdown: () => <BreakdownPage />,
  quality: () => <QualityPage />,
  reports: () => <ReportsPage />,
};

export function AppShell() {
  const { session, signOut } = useAuth();
  const { route } = useLocation();
  const { periods, resolved, selection } = usePeriod();
  const status = useApi(endpoints.status());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const showsFigures = route.id !== 'quality';

  useEffect(() => {
    document.title = `${route.title} – Steuerkreis-Dashboard`;
    // After a route change, screen-reader and keyboard users continue at the new page's heading.
    // After the login form is gone, the focus would otherwise be left on the body.
    if (firstRender.current) {
      firstRender.current = false;
      if (!document.activeElement || document.activeElement === document.body) headingRef.current?.focus();
    } else headingRef.current?.focus();
  }, [route.id, route.title]);

  const snapshotAt = status.status === 'success' ? status.data.snapshotAt : null;

  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#inhalt"
        onClick={(event) => {
          // A plain fragment link would be read as a route by the hash router.
          event.preventDefault();
          document.getElementById('inhalt')?.focus();
        }}
        className="skip-link sr-only focus:not-sr-only focus:absolute focus:left-4 focus:top-4 focus:z-50 focus:rounded-tremor-small focus:bg-white focus:px-4 focus:py-2 focus:text-blue-800 focus:shadow-tremor-dropdown"
      >
        Zum Inhalt springen
      </a>
      <header className="no-print border-b border-gray-200 bg-white">
        <div className="mx-auto flex max-w-screen-xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
          <p className="text-sm font-semibold text-gray-900">
            Weiterbildungsverbund <span className="font-normal text-gray-600">· Steuerkreis-Dashboard</span>
          </p>
          <div className="flex items-center gap-3 text-sm text-gray-700">
            <span>
              Angemeldet als <span className="font-medium text-gray-900">{session?.user.username}</span>
            </span>
            <Button variant="secondary" onClick={signOut}>
              Abmelden
            </Button>
          </div>
        </div>
        <nav aria-label="Hauptnavigation" className="mx-auto max-w-screen-xl px-4 sm:px-6">
          <ul className="flex gap-1 overflow-x-auto">
            {routes.map((candidate) => (
              <li key={candidate.id}>
                <a
                  href={hrefFor(candidate.id, paramsFor(selection))}
                  aria-current={candidate.id === route.id ? 'page' : undefined}
                  className="inline-block border-b-2 border-transparent px-3 py-2 text-sm font-medium text-gray-700 hover:text-gray-900 aria-[current=page]:border-blue-700 aria-[current=page]:text-blue-800"
                >
                  {candidate.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="inhalt" tabIndex={-1} className="mx-auto flex w-full max-w-screen-xl flex-1 flex-col gap-6 px-4 py-6 focus:outline-none sm:px-6">
        <p className="hidden text-sm text-gray-700 print:block">Weiterbildungsverbund · Bericht für den Steuerkreis</p>
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h1 ref={headingRef} tabIndex={-1} className="text-2xl font-semibold text-gray-900 focus:outline-none">
            {route.title}
          </h1>
          <p className="snapshot text-sm text-gray-700">
            {snapshotAt ? `Stand: ${formatBerlinDateTime(snapshotAt)}` : status.status === 'loading' ? 'Stand wird geladen …' : 'Stand: unbekannt'}
            {status.status === 'success' && status.data.refreshing && ' · Aktualisierung läuft'}
          </p>
        </div>
        {showsFigures && periods.status === 'error' && (
          <ErrorState message={periods.error.message} onRetry={periods.retry} />
        )}
        {showsFigures && resolved && (
          <section aria-label="Zeitraum und Bericht" className="period-bar flex flex-col gap-3 rounded-tremor-default border border-gray-200 bg-white p-4">
            <div className="flex flex-wrap items-end justify-between gap-4">
              <div className="no-print">
                <PeriodPicker />
              </div>
              <ReportActions />
            </div>
            <p className="period-summary text-sm text-gray-800">
              <span className="font-medium">Zeitraum:</span> {resolved.label} ({formatDateRange(resolved.range.from, resolved.range.to)})
            </p>
          </section>
        )}
        {showsFigures && <QualityNotice />}
        {showsFigures && !resolved && periods.status === 'loading' ? (
          <LoadingRegion>
            <Skeleton className="h-64 w-full" />
          </LoadingRegion>
        ) : (
          (!showsFigures || resolved) && (
            <Suspense
              fallback={
                <LoadingRegion label="Seite wird geladen …">
                  <Skeleton className="h-72 w-full" />
                </LoadingRegion>
              }
            >
              {pages[route.id]()}
            </Suspense>
          )
        )}
      </main>
      <footer className="no-print border-t border-gray-200 bg-white">
        <p className="mx-auto max-w-screen-xl px-4 py-3 text-xs text-gray-600 sm:px-6">
          Kennzahlen nach dem Indikatorenkatalog des Verbunds. Zahlen und Daten: Stand der letzten Auswertung.
        </p>
      </footer>
    </div>
  );
}
