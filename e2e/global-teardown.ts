// Stops the stack of e2e/global-setup.ts and removes its database and snapshot directory.
import { rmSync } from 'node:fs';
import { RUNNING_STACK } from './stack';

export default async function globalTeardown() {
  const stack = (globalThis as Record<symbol, unknown>)[RUNNING_STACK] as { stop(): Promise<void>; workDir: string } | undefined;
  if (!stack) return;
  await stack.stop();
  rmSync(stack.workDir, { recursive: true, force: true });
}
