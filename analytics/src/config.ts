import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AnalyticsError } from './errors.js';

/** Relative paths in the environment are taken from the repository root, like the defaults. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface AnalyticsConfig {
  cmsUrl: string;
  exportUrl: string;
  /** from ANALYTICS_EXPORT_TOKEN; otherwise read from `tokenFile` at each refresh */
  exportToken: string | null;
  tokenFile: string;
  dataDir: string;
  host: string;
  port: number;
  webhookSecret: string | null;
  adminToken: string | null;
  dashboardDist: string;
  refreshIntervalMs: number;
  refreshDebounceMs: number;
  /** how long a member's confirmed sign-in is trusted before Strapi is asked again */
  authCacheMs: number;
}

export class ConfigError extends AnalyticsError {
  constructor(userMessage: string) {
    super(userMessage, userMessage, 500);
  }
}

function path(value: string | undefined, fallback: string): string {
  const chosen = value && value.trim() !== '' ? value.trim() : fallback;
  return isAbsolute(chosen) ? chosen : resolve(REPO_ROOT, chosen);
}

function secret(value: string | undefined): string | null {
  return value && value.trim() !== '' ? value.trim() : null;
}

function number(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) {
    throw new ConfigError(`Die Einstellung ${name}=${raw} ist ungültig (erlaubt: ${min} bis ${max}).`);
  }
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AnalyticsConfig {
  const cmsUrl = (env.CMS_URL?.trim() || 'http://127.0.0.1:1337').replace(/\/+$/, '');
  try {
    new URL(cmsUrl);
  } catch {
    throw new ConfigError(`CMS_URL „${cmsUrl}“ ist keine gültige Adresse.`);
  }
  return {
    cmsUrl,
    exportUrl: `${cmsUrl}/api/verbund/export`,
    exportToken: secret(env.ANALYTICS_EXPORT_TOKEN),
    tokenFile: path(env.ANALYTICS_TOKEN_FILE, 'analytics/data/cms-export-token'),
    dataDir: path(env.ANALYTICS_DATA_DIR, 'analytics/data'),
    host: env.ANALYTICS_HOST?.trim() || '127.0.0.1',
    port: number(env, 'ANALYTICS_PORT', 4000, 0, 65535),
    webhookSecret: secret(env.ANALYTICS_WEBHOOK_SECRET),
    adminToken: secret(env.ANALYTICS_ADMIN_TOKEN),
    dashboardDist: path(env.DASHBOARD_DIST, 'dashboard/dist'),
    refreshIntervalMs: number(env, 'ANALYTICS_REFRESH_INTERVAL_MINUTES', 15, 0, 24 * 60) * 60_000,
    refreshDebounceMs: number(env, 'ANALYTICS_REFRESH_DEBOUNCE_MS', 2000, 0, 600_000),
    authCacheMs: number(env, 'ANALYTICS_AUTH_CACHE_SECONDS', 60, 0, 3600) * 1000,
  };
}

/** The token file may appear after start-up (the CMS bootstrap writes it), so it is read per refresh. */
export async function readExportToken(config: AnalyticsConfig): Promise<string> {
  if (config.exportToken) return config.exportToken;
  const token = (await readFile(config.tokenFile, 'utf8').catch(() => '')).trim();
  if (!token) {
    throw new ConfigError(
      `Kein API-Token für den CMS-Export: Bitte ANALYTICS_EXPORT_TOKEN setzen oder die Datei ${config.tokenFile} anlegen.`,
    );
  }
  return token;
}
