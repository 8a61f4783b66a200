import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { AuditEntry, FrozenReportBody, Period, ReportSummary, ReportVersion } from '@verbund/domain/contract';
import type { FetchLike } from '../loader/fetch-export.js';
import { HttpError } from '../server/http.js';

const gzipAsync = promisify(gzip);

/** What the analytics service hands the CMS to freeze a report. */
export interface NewReportVersion {
  title: string;
  period: Pick<Period, 'key' | 'kind' | 'label' | 'from' | 'to'>;
  createdBy: string;
  snapshotAt: string;
  body: FrozenReportBody;
}

/** Where frozen versions live (the CMS database) and where the audit trail is read. */
export interface ReportStore {
  create(version: NewReportVersion): Promise<ReportSummary>;
  list(): Promise<ReportSummary[]>;
  /** null when there is no version with this id */
  get(id: number): Promise<ReportVersion | null>;
  /** the audit entries since `since` that touched the records; null when the CMS has no audit trail */
  auditEntries(documentIds: readonly string[], since: string): Promise<AuditEntry[] | null>;
}

/** Document ids per audit request: 24 characters each keep the address well under common limits. */
const IDS_PER_REQUEST = 100;

const unreachable = (cause: unknown) =>
  new HttpError(502, 'Das CMS ist nicht erreichbar: Die Berichtsversionen können gerade nicht gelesen oder gespeichert werden.', `report store: ${String(cause)}`);

async function refused(response: Response, what: string): Promise<HttpError> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: unknown } } | null;
  const detail = typeof body?.error?.message === 'string' ? body.error.message : '';
  return new HttpError(502, `Das CMS hat ${what} abgelehnt (HTTP ${response.status}).`, `CMS answered HTTP ${response.status} to ${what}: ${detail}`);
}

/**
 * The plugin's routes for the analytics client (`/api/verbund/report-versions`, `/audit-entries`),
 * called with the export token. A version goes out gzip-compressed: it lists every record behind
 * every figure, more than the CMS's JSON body limit allows.
 */
export function cmsReportStore(options: { cmsUrl: string; token: () => Promise<string>; fetchImpl?: FetchLike; timeoutMs?: number }): ReportStore {
  const fetchImpl = options.fetchImpl ?? fetch;
  const call = async (path: string, init: RequestInit = {}): Promise<Response> => {
    const token = await options.token();
    try {
      return await fetchImpl(`${options.cmsUrl}/api/verbund${path}`, {
        ...init,
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', ...(init.headers as Record<string, string> | undefined) },
        signal: AbortSignal.timeout(options.timeoutMs ?? 120_000),
      });
    } catch (error) {
      throw unreachable(error);
    }
  };

  return {
    async create(version) {
      const response = await call('/report-versions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/gzip' },
        body: await gzipAsync(Buffer.from(JSON.stringify(version))),
      });
      if (!response.ok) throw await refused(response, 'das Speichern der Berichtsversion');
      return (await response.json()) as ReportSummary;
    },

    async list() {
      const response = await call('/report-versions');
      if (!response.ok) throw await refused(response, 'das Lesen der Berichtsversionen');
      return ((await response.json()) as { reports: ReportSummary[] }).reports;
    },

    async get(id) {
      const response = await call(`/report-versions/${id}`);
      if (response.status === 404) {
        await response.body?.cancel();
        return null;
      }
      if (!response.ok) throw await refused(response, 'das Lesen der Berichtsversion');
      return (await response.json()) as ReportVersion;
    },

    async auditEntries(documentIds, since) {
      const entries: AuditEntry[] = [];
      for (let start = 0; start < documentIds.length; start += IDS_PER_REQUEST) {
        const query = new URLSearchParams({ documentIds: documentIds.slice(start, start + IDS_PER_REQUEST).join(','), since });
        const response = await call(`/audit-entries?${query}`);
        if (response.status === 404) {
          await response.body?.cancel();
          return null;
        }
        if (!response.ok) throw await refused(response, 'das Lesen des Änderungsprotokolls');
        entries.push(...((await response.json()) as { entries: AuditEntry[] }).entries);
      }
      return entries;
    },
  };
}
