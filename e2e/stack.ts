// Global setup and teardown run in the runner process but are loaded as separate modules: the
// running stack is handed over on globalThis under this key.
export const RUNNING_STACK = Symbol.for('verbund.e2e.stack');
