import {
  breakdownResponse,
  catalogueResponse,
  funnelResponse,
  indicatorsResponse,
  periodsResponse,
  qualityResponse,
  type Schema,
  seriesResponse,
  statusResponse,
} from '@verbund/domain/contract';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../app';
import { fixtures, installFakeApi, json, signedIn, VALID_TOKEN } from '../test/fake-api';
import { ApiError, createApiClient, endpoints, messages } from './client';

// The fixture is the analytics service's real answer (fixtures/capture.mjs); the component tests
// run on it. Checking it against the shared contract at run time ties the two together: when the
// service changes a shape, either the recaptured fixture or the contract fails here.
const SCHEMAS: Record<keyof typeof fixtures, Schema<unknown>> = {
  periods: periodsResponse,
  indicators: indicatorsResponse,
  catalogue: catalogueResponse,
  quality: qualityResponse,
  status: statusResponse,
  series: seriesResponse,
  breakdown: breakdownResponse,
  funnel: funnelResponse,
};

const copy = () => structuredClone(fixtures) as Record<string, any>;

describe('the captured answers and the contract', () => {
  it.each(Object.keys(fixtures) as (keyof typeof fixtures)[])('%s matches its schema', (route) => {
    const result = SCHEMAS[route].safeParse(fixtures[route]);
    expect(result.error?.issues).toBeUndefined();
  });

  // Each a shape change a dashboard would otherwise show as a blank or wrong figure.
  const changes: [string, keyof typeof fixtures, (answer: any) => void][] = [
    ['a renamed field', 'breakdown', (answer) => ((answer.dimensionLabel = answer.byLabel), delete answer.byLabel)],
    ['a value sent as text', 'indicators', (answer) => (answer.indicators[0].value = String(answer.indicators[0].value))],
    ['a missing label', 'catalogue', (answer) => delete answer.indicators[0].kindLabel],
    ['an unknown kind', 'catalogue', (answer) => (answer.indicators[0].kind = 'total')],
    ['an unknown dimension', 'catalogue', (answer) => (answer.dimensions[0].id = 'region')],
    ['a date in another format', 'periods', (answer) => (answer.periods[0].from = '01.11.2021')],
    ['a list turned into an object', 'series', (answer) => (answer.points = { ...answer.points })],
  ];
  it.each(changes)('fails on %s', (_, route, change) => {
    const answer = copy()[route];
    change(answer);
    expect(SCHEMAS[route].safeParse(answer).success).toBe(false);
  });

  it('accepts what the service really sends and the old types denied: a row without key, a status before the first refresh', () => {
    const breakdown = copy().breakdown;
    breakdown.rows.push({ key: null, label: 'Ohne Angabe', value: 3 });
    expect(breakdownResponse.safeParse(breakdown).success).toBe(true);
    const status = { ...copy().status, snapshotAt: null, loadedAt: null, counts: {}, lastRefresh: null };
    expect(statusResponse.safeParse(status).success).toBe(true);
  });
});

describe('the client parses every answer with the contract', () => {
  // The client logs the mismatch for developers; here it is expected.
  const logged = () => vi.spyOn(console, 'error').mockImplementation(() => undefined);
  afterEach(() => vi.restoreAllMocks());
  const client = () => createApiClient({ token: VALID_TOKEN, onAuthError: () => undefined });

  it('returns the answer when it matches', async () => {
    installFakeApi();
    await expect(client().get(endpoints.catalogue())).resolves.toEqual(fixtures.catalogue);
  });

  it('refuses an answer of another shape with a German message', async () => {
    const changed = copy().catalogue;
    delete changed.indicators[0].kindLabel;
    installFakeApi({ '/api/catalogue': () => json(changed) });
    const log = logged();
    const error = await client().get(endpoints.catalogue()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe(messages.unexpectedAnswer);
    expect(log).toHaveBeenCalledWith('Answer of /api/catalogue does not match the contract', expect.any(Array));
  });

  it('shows the refusal on the page instead of a blank figure', async () => {
    signedIn();
    const changed = copy().indicators;
    changed.indicators[0].value = 'viele';
    installFakeApi({ '/api/indicators': () => json(changed) });
    logged();
    render(<App />);
    expect(await screen.findByText(messages.unexpectedAnswer)).toBeInTheDocument();
  });
});
