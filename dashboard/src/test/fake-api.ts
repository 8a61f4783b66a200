// A stand-in for the analytics service at the network boundary: the app's own client, hooks
// and components run unchanged against `fetch`, which answers from the shared fixtures.
import { vi } from 'vitest';
import fixtures from '../../fixtures/api.json';
import type { IndicatorsResponse } from '../api/types';

export { fixtures };

export type Handler = (url: URL, init: RequestInit) => Response | Promise<Response>;

export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

export function apiError(status: number, message: string): Response {
  return json({ error: { status, message } }, status);
}

export const VALID_TOKEN = 'token-steuerkreis';

/** An indicator's value in the fixture's term answer, as de-DE shows it. */
export function fixtureValueText(id: string): string {
  const indicator = fixtures.indicators.indicators.find((candidate) => candidate.id === id);
  if (!indicator || indicator.value === null) throw new Error(`fixture has no value for ${id}`);
  return indicator.value.toLocaleString('de-DE');
}

/** A catalogue entry of the fixture. */
export function fixtureDefinition(id: string): string {
  const entry = fixtures.catalogue.indicators.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`fixture catalogue has no ${id}`);
  return entry.definition;
}

/** The fixture's indicator answer with some values replaced, for a named period. */
export function indicatorsWith(overrides: Record<string, Partial<IndicatorsResponse['indicators'][number]>>, label = 'Gesamtlaufzeit') {
  return {
    ...fixtures.indicators,
    label,
    indicators: fixtures.indicators.indicators.map((indicator) => ({ ...indicator, ...overrides[indicator.id] })),
  } as IndicatorsResponse;
}

// What the service answers without a token, as the real one does.
const PUBLIC_ROUTES = new Set(['/api/login', '/api/forgot-password', '/api/reset-password']);

export function installFakeApi(overrides: Record<string, Handler> = {}) {
  const routes: Record<string, Handler> = {
    '/api/login': () => json({ jwt: VALID_TOKEN, user: { username: 'steuerkreis', email: 'sk@example.org', role: { name: 'Steuerkreis', type: 'steuerkreis' } } }),
    '/api/periods': () => json(fixtures.periods),
    '/api/indicators': () => json(fixtures.indicators),
    '/api/series': () => json(fixtures.series),
    '/api/breakdown': () => json(fixtures.breakdown),
    '/api/funnel': () => json(fixtures.funnel),
    '/api/catalogue': () => json(fixtures.catalogue),
    '/api/quality': () => json(fixtures.quality),
    '/api/status': () => json(fixtures.status),
    ...overrides,
  };
  const requests: URL[] = [];
  const fetchStandIn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(String(input), 'http://dashboard.test');
    requests.push(url);
    const headers = new Headers(init.headers);
    if (!PUBLIC_ROUTES.has(url.pathname) && headers.get('Authorization') !== `Bearer ${VALID_TOKEN}`) {
      return apiError(401, 'Nicht angemeldet.');
    }
    const handler = routes[url.pathname];
    return handler ? handler(url, init) : apiError(404, 'Nicht gefunden.');
  });
  vi.stubGlobal('fetch', fetchStandIn);
  return {
    requests,
    /** Requests to one route, e.g. to check which period was asked for. */
    to: (pathname: string) => requests.filter((url) => url.pathname === pathname),
  };
}

/** Starts the app as a logged-in Steuerkreis member. */
export function signedIn() {
  localStorage.setItem(
    'verbund.dashboard.session',
    JSON.stringify({ jwt: VALID_TOKEN, user: { username: 'steuerkreis', email: 'sk@example.org', role: { name: 'Steuerkreis', type: 'steuerkreis' } } }),
  );
}
