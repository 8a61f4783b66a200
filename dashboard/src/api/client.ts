import {
  breakdownResponse,
  catalogueResponse,
  funnelResponse,
  indicatorsResponse,
  loginResponse,
  periodsResponse,
  qualityResponse,
  reportDiffResponse,
  reportsResponse,
  reportVersion,
  seriesResponse,
  type Schema,
  statusResponse,
} from '@verbund/domain/contract';
import type { ApiErrorBody, Dimension, Granularity, IndicatorsQuery, LoginResponse, RangeQuery, ReportFormat, ReportVersion } from './types';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The token is missing, expired or belongs to someone who may not see the figures. */
  get isAuthError(): boolean {
    return this.status === 401 || this.status === 403;
  }
}

export const messages = {
  unreachable: 'Der Auswertungsdienst ist nicht erreichbar. Bitte versuchen Sie es später erneut.',
  badCredentials: 'Anmeldung fehlgeschlagen: Benutzername/E-Mail oder Passwort ist falsch.',
  sessionExpired: 'Ihre Sitzung ist abgelaufen oder ungültig. Bitte melden Sie sich erneut an.',
  forbidden: 'Ihr Konto hat keinen Zugriff auf das Dashboard. Es ist dem Steuerkreis vorbehalten.',
  badRequest: 'Die Anfrage war ungültig.',
  notFound: 'Die angeforderten Daten wurden nicht gefunden.',
  serverError: 'Beim Auswertungsdienst ist ein Fehler aufgetreten. Bitte versuchen Sie es später erneut.',
  unexpectedAnswer:
    'Der Auswertungsdienst hat in einer unerwarteten Form geantwortet. Bitte laden Sie die Seite neu; besteht der Fehler fort, passen Dashboard und Dienst nicht zusammen.',
} as const;

function fallbackMessage(status: number): string {
  if (status === 401) return messages.sessionExpired;
  if (status === 403) return messages.forbidden;
  if (status === 404) return messages.notFound;
  if (status >= 400 && status < 500) return messages.badRequest;
  return messages.serverError;
}

async function errorFrom(response: Response): Promise<ApiError> {
  let message: string | undefined;
  try {
    const body = (await response.json()) as Partial<ApiErrorBody>;
    message = body.error?.message;
  } catch {
    // A proxy or a crash may answer with HTML or nothing; the status alone has to do.
  }
  return new ApiError(response.status, message || fallbackMessage(response.status));
}

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    throw new ApiError(0, messages.unreachable);
  }
}

/** A GET route of the service together with the contract schema of its answer. */
export interface Endpoint<T> {
  readonly path: string;
  readonly schema: Schema<T>;
}

/**
 * The answer checked against the contract: a service that answers in another shape (a renamed
 * or retyped field) fails here with a German message, not later as a blank or wrong figure.
 */
function parseAnswer<T>(schema: Schema<T>, body: unknown, path: string): T {
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  // For whoever debugs the mismatch; the user reads the German message.
  console.error(`Answer of ${path} does not match the contract`, result.error.issues);
  throw new ApiError(502, messages.unexpectedAnswer);
}

const withQuery = (path: string, params: Record<string, string>) =>
  `${path}?${new URLSearchParams(params).toString()}`;

export const endpoints = {
  periods: () => ({ path: '/api/periods', schema: periodsResponse }),
  indicators: (query: IndicatorsQuery) => ({
    path: withQuery('/api/indicators', 'period' in query ? { period: query.period } : { from: query.from, to: query.to }),
    schema: indicatorsResponse,
  }),
  series: (indicator: string, range: RangeQuery, granularity: Granularity) => ({
    path: withQuery('/api/series', { indicator, from: range.from, to: range.to, granularity }),
    schema: seriesResponse,
  }),
  breakdown: (indicator: string, by: Dimension, range: RangeQuery) => ({
    path: withQuery('/api/breakdown', { indicator, by, from: range.from, to: range.to }),
    schema: breakdownResponse,
  }),
  funnel: (range: RangeQuery) => ({ path: withQuery('/api/funnel', { from: range.from, to: range.to }), schema: funnelResponse }),
  catalogue: () => ({ path: '/api/catalogue', schema: catalogueResponse }),
  quality: () => ({ path: '/api/quality', schema: qualityResponse }),
  status: () => ({ path: '/api/status', schema: statusResponse }),
  reports: () => ({ path: '/api/reports', schema: reportsResponse }),
  reportDiff: (id: number) => ({ path: `/api/reports/${id}/diff`, schema: reportDiffResponse }),
} satisfies Record<string, (...args: never[]) => Endpoint<unknown>>;

/** The password routes answer a German sentence to show, or an ApiError with the reason. */
async function postForMessage(path: string, body: object): Promise<string> {
  const response = await send(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw await errorFrom(response);
  return ((await response.json()) as { message: string }).message;
}

export const requestPasswordReset = (email: string) => postForMessage('/api/forgot-password', { email });

export const resetPassword = (code: string, password: string, passwordConfirmation: string) =>
  postForMessage('/api/reset-password', { code, password, passwordConfirmation });

export async function login(identifier: string, password: string, baseUrl = ''): Promise<LoginResponse> {
  const response = await send(`${baseUrl}/api/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ identifier, password }),
  });
  if (response.ok) return parseAnswer(loginResponse, await response.json(), '/api/login');
  const error = await errorFrom(response);
  // Wrong credentials get one fixed wording: the service may pass Strapi's English text through.
  if (response.status === 400 || response.status === 401) throw new ApiError(response.status, messages.badCredentials);
  throw error;
}

export interface ReportFile {
  blob: Blob;
  filename: string;
}

export interface ApiClient {
  get<T>(endpoint: Endpoint<T>): Promise<T>;
  report(format: ReportFormat, range: RangeQuery): Promise<ReportFile>;
  /** Freezes the report of a period (a period key or `from..to`); the answer is the stored version. */
  freezeReport(period: string, title: string): Promise<ReportVersion>;
  /** A frozen version's files are rendered from what was stored: the same figures every time. */
  frozenReport(id: number, format: ReportFormat): Promise<ReportFile>;
}

export interface ApiClientOptions {
  token: string;
  /** Called before the error is thrown, so the app can return to the login at once. */
  onAuthError: (error: ApiError) => void;
  baseUrl?: string;
}

function filenameFrom(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) return decodeURIComponent(encoded[1].trim());
  return /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)?.[1].trim();
}

export function createApiClient({ token, onAuthError, baseUrl = '' }: ApiClientOptions): ApiClient {
  async function request(path: string, accept: string, init: RequestInit = {}): Promise<Response> {
    const response = await send(`${baseUrl}${path}`, {
      ...init,
      headers: { Authorization: `Bearer ${token}`, Accept: accept, ...init.headers },
    });
    if (response.ok) return response;
    const error = await errorFrom(response);
    if (error.isAuthError) onAuthError(error);
    throw error;
  }

  async function file(path: string, fallbackName: string): Promise<ReportFile> {
    const response = await request(path, '*/*');
    return { blob: await response.blob(), filename: filenameFrom(response.headers.get('Content-Disposition')) ?? fallbackName };
  }

  return {
    async get<T>(endpoint: Endpoint<T>): Promise<T> {
      const response = await request(endpoint.path, 'application/json');
      return parseAnswer(endpoint.schema, await response.json(), endpoint.path);
    },
    report(format, range) {
      return file(withQuery(`/api/report.${format}`, { from: range.from, to: range.to }), `Verbund-Kennzahlen_${range.from}_${range.to}.${format}`);
    },
    async freezeReport(period, title) {
      const response = await request('/api/reports', 'application/json', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ period, title }),
      });
      return parseAnswer(reportVersion, await response.json(), '/api/reports');
    },
    frozenReport(id, format) {
      return file(`/api/reports/${id}.${format}`, `Bericht-${id}.${format}`);
    },
  };
}
