import path from 'node:path';
import { loadConfig, type Logger, type RunningServer, startServer } from '@verbund/analytics';

/**
 * Starts the real analytics service against a booted CMS, with its data in `workDir` and no
 * dashboard build and no scheduled refresh; `env` adds or overrides its settings.
 */
export const startAnalytics = (options: { cmsUrl: string; tokenFile: string; workDir: string; adminToken: string; logger: Logger; env?: Record<string, string> }): Promise<RunningServer> =>
  startServer(
    loadConfig({
      CMS_URL: options.cmsUrl,
      ANALYTICS_TOKEN_FILE: options.tokenFile,
      ANALYTICS_DATA_DIR: path.join(options.workDir, 'analytics'),
      ANALYTICS_HOST: '127.0.0.1',
      ANALYTICS_PORT: '0',
      ANALYTICS_ADMIN_TOKEN: options.adminToken,
      DASHBOARD_DIST: path.join(options.workDir, 'no-dashboard'),
      ANALYTICS_REFRESH_INTERVAL_MINUTES: '0',
      ...options.env,
    }),
    options.logger,
  );
