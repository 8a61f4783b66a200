import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { AnalyticsError, describeError } from '../errors.js';
import type { FetchLike } from '../loader/fetch-export.js';
import { consoleLogger, type Logger } from '../logger.js';
import type { RefreshStatus } from '../refresh-coordinator.js';
import type { ReportStore } from '../reports/store.js';
import type { SnapshotStore } from '../snapshot.js';
import * as api from './api.js';
import { AnswerCache, answerKey, type CachedAnswer, toCachedAnswer } from './answer-cache.js';
import { Authenticator, sameSecret } from './auth.js';
import { attachment, bearerToken, HttpError, JSON_HEADERS, readJsonBody, sendError, sendJson } from './http.js';
import { clientAddress, login } from './login.js';
import { requestPasswordReset, resetPassword } from './password-reset.js';
import { LoginLimiter } from './login-limiter.js';
import { setSecurityHeaders } from './security-headers.js';
import { serveStatic } from './static-files.js';

export interface ServerDeps {
  snapshot: SnapshotStore;
  refresher: { request(): void; status(): RefreshStatus };
  cmsUrl: string;
  adminToken: string | null;
  webhookSecret: string | null;
  /** the dashboard build; null or a missing folder serves no static files */
  dashboardDist: string | null;
  /** talks to Strapi (verbund session, auth/local) */
  fetchImpl?: FetchLike;
  logger?: Logger;
  authCacheTtlMs?: number;
  /** frozen report versions and the audit trail, in the CMS; without it the report routes answer 503 */
  reports?: ReportStore;
}

/** `/api/reports`, `/api/reports/7`, `/api/reports/7.xlsx`, `.csv`, `.docx`, `/api/reports/7/diff` */
const REPORT_PATH = /^\/api\/reports(?:\/([^/.]+)(\.xlsx|\.csv|\.docx|\/diff)?)?$/;

type Access = 'public' | 'user' | 'refresh';

interface Route {
  method: 'GET' | 'POST';
  access: Access;
  handle: (ctx: api.ApiContext) => Promise<api.ApiResult>;
  /** The answer depends on something besides parameters and snapshot (the refresh state). */
  uncached?: true;
}

const ROUTES: Record<string, Route> = {
  '/api/indicators': { method: 'GET', access: 'user', handle: api.indicators },
  '/api/series': { method: 'GET', access: 'user', handle: api.series },
  '/api/breakdown': { method: 'GET', access: 'user', handle: api.breakdown },
  '/api/funnel': { method: 'GET', access: 'user', handle: api.funnel },
  '/api/quality': { method: 'GET', access: 'user', handle: api.quality },
  '/api/catalogue': { method: 'GET', access: 'user', handle: api.catalogue },
  '/api/periods': { method: 'GET', access: 'user', handle: api.periods },
  '/api/status': { method: 'GET', access: 'user', handle: api.status, uncached: true },
  '/api/report.xlsx': { method: 'GET', access: 'user', handle: api.report('xlsx') },
  '/api/report.csv': { method: 'GET', access: 'user', handle: api.report('csv') },
  '/api/report.docx': { method: 'GET', access: 'user', handle: api.report('docx') },
};

/** The HTTP face of the library: JSON API, login proxy, refresh webhook and the dashboard's files. */
export function createServer(deps: ServerDeps): Server {
  const logger = deps.logger ?? consoleLogger;
  const fetchImpl = deps.fetchImpl ?? fetch;
  const auth = new Authenticator({
    cmsUrl: deps.cmsUrl,
    adminToken: deps.adminToken,
    fetchImpl,
    ...(deps.authCacheTtlMs !== undefined ? { cacheTtlMs: deps.authCacheTtlMs } : {}),
  });

  const limiter = new LoginLimiter();
  const answers = new AnswerCache();

  /** Computed per request, never from the answer cache: a version is created without a new snapshot. */
  async function reportAnswer(req: IncomingMessage, match: RegExpExecArray, ctx: api.ReportContext): Promise<api.ApiResult> {
    const [, idText, suffix] = match;
    const expected = idText === undefined ? ['GET', 'POST'] : ['GET'];
    const method = req.method === 'HEAD' ? 'GET' : req.method ?? 'GET';
    if (!expected.includes(method)) throw new HttpError(405, `Diese Adresse erwartet ${expected.join(' oder ')}.`);
    if (idText === undefined) return method === 'POST' ? api.createReport(ctx, await readJsonBody(req)) : api.listReports(ctx);
    const id = Number(idText);
    if (!/^\d+$/.test(idText) || !Number.isSafeInteger(id) || id < 1) throw new HttpError(404, `Die Berichtsversion „${idText}“ gibt es nicht.`);
    if (suffix === '.xlsx') return api.frozenReportFile('xlsx')(ctx, id);
    if (suffix === '.csv') return api.frozenReportFile('csv')(ctx, id);
    if (suffix === '.docx') return api.frozenReportFile('docx')(ctx, id);
    if (suffix === '/diff') return api.reportDiff(ctx, id);
    return api.getReport(ctx, id);
  }

  /** From the cache while the snapshot is the same; without a snapshot the route explains why. */
  async function answer(route: Route, path: string, url: URL): Promise<CachedAnswer> {
    const compute = async () => toCachedAnswer(await route.handle({ query: url.searchParams, snapshot: deps.snapshot, refreshStatus: () => deps.refresher.status() }));
    const version = route.uncached ? null : await deps.snapshot.version();
    return version === null ? compute() : answers.answer(version, answerKey(path, url.searchParams), compute);
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const path = url.pathname.replace(/\/+$/, '');
    if (path === '/api/health') {
      sendJson(res, 200, { status: 'ok', snapshot: await deps.snapshot.exists() });
      return;
    }
    if (path === '/api/login') {
      if (req.method !== 'POST') throw new HttpError(405, 'Diese Adresse erwartet POST.');
      const result = await login(await readJsonBody(req), { cmsUrl: deps.cmsUrl, fetchImpl, limiter, clientAddress: clientAddress(req) });
      auth.rememberToken(result.jwt, result.user);
      sendJson(res, 200, { jwt: result.jwt, user: result.user });
      return;
    }
    if (path === '/api/forgot-password' || path === '/api/reset-password') {
      if (req.method !== 'POST') throw new HttpError(405, 'Diese Adresse erwartet POST.');
      const context = { cmsUrl: deps.cmsUrl, fetchImpl, clientAddress: clientAddress(req) };
      const body = await readJsonBody(req);
      sendJson(res, 200, path === '/api/forgot-password' ? await requestPasswordReset(body, context) : await resetPassword(body, context));
      return;
    }
    if (path === '/api/refresh') {
      if (req.method !== 'POST') throw new HttpError(405, 'Diese Adresse erwartet POST.');
      const token = bearerToken(req);
      if (!token || !(sameSecret(token, deps.webhookSecret) || sameSecret(token, deps.adminToken))) {
        throw new HttpError(401, 'Aktualisieren ist nur mit dem Webhook-Schlüssel oder als Administrator erlaubt.');
      }
      deps.refresher.request();
      sendJson(res, 202, deps.refresher.status());
      return;
    }

    const reportMatch = REPORT_PATH.exec(path);
    const route = ROUTES[path];
    if (!route && !reportMatch) throw new HttpError(404, `Nicht gefunden: ${url.pathname}`);
    if (route && req.method !== route.method && !(route.method === 'GET' && req.method === 'HEAD')) {
      throw new HttpError(405, `Diese Adresse erwartet ${route.method}.`);
    }
    // Per request, also for a cached answer: a revoked account loses access within the
    // authenticator's cache time (README), not when the snapshot changes.
    const user = await auth.authorize(bearerToken(req));
    let result: CachedAnswer;
    if (reportMatch) {
      if (!deps.reports) throw new HttpError(503, 'Berichtsversionen sind auf diesem Server nicht eingerichtet (keine Verbindung zum CMS).');
      const ctx = { query: url.searchParams, snapshot: deps.snapshot, refreshStatus: () => deps.refresher.status(), reports: deps.reports, user };
      result = toCachedAnswer(await reportAnswer(req, reportMatch, ctx));
    } else {
      result = await answer(route!, path, url);
    }
    const body = result.kind === 'json' ? result.payload : result.body;
    res.writeHead(result.kind === 'json' ? result.status : 200, {
      ...(result.kind === 'json'
        ? JSON_HEADERS
        : { 'Content-Type': result.contentType, 'Content-Disposition': attachment(result.fileName), 'Cache-Control': 'no-store' }),
      'Content-Length': body.length,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    setSecurityHeaders(res);
    try {
      if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
        await handleApi(req, res, url);
        return;
      }
      const served =
        (req.method === 'GET' || req.method === 'HEAD') &&
        deps.dashboardDist !== null &&
        (await serveStatic(req, res, url.pathname, deps.dashboardDist));
      if (!served) sendError(res, 404, `Nicht gefunden: ${url.pathname}`);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof AnalyticsError) {
        if (error.status >= 500) logger.error(`${req.method} ${url.pathname}: ${error.message}`);
        const headers: Record<string, string> = {
          ...(error instanceof HttpError ? error.headers : {}),
          ...(error.status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {}),
        };
        sendError(res, error.status, error.userMessage, headers);
        return;
      }
      logger.error(`${req.method} ${url.pathname}: ${describeError(error)}`);
      sendError(res, 500, 'Interner Fehler beim Berechnen der Kennzahlen. Details stehen im Protokoll des Servers.');
    }
  }

  return createHttpServer((req, res) => {
    void handle(req, res);
  });
}
