// Global setup and teardown run in the runner process but are loaded as separate modules: the
// running stack is handed over on globalThis under this key.
export const RUNNING_STACK = Symbol.for('verbund.e2e.stack');

/**
 * The test stack's ports, overridable so that two checkouts can run their suites side by side.
 * The website's is needed before the stack starts: its project's `baseURL` is set from it.
 */
export const E2E_PORTS = {
  cms: Number(process.env.E2E_CMS_PORT ?? 1347),
  analytics: Number(process.env.E2E_ANALYTICS_PORT ?? 4010),
  site: Number(process.env.E2E_SITE_PORT ?? 4331),
};
