// The browser tests' small harness: named steps that each may fail on their own, a screenshot of
// every failure, a summary line and the exit code. Shared by the dashboard's and the admin's tests.
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export class Failure extends Error {}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Failure(message);
}

export type Step = [name: string, run: () => Promise<void>];

/** Runs every step, then closes the browser; sets the exit code to 1 if one failed (several runs may share a process). */
export async function runSteps(steps: Step[], { page, artifacts, close }: { page: Page; artifacts: string; close: () => Promise<void> }) {
  let passed = 0;
  let failed = 0;
  try {
    for (const [name, run] of steps) {
      try {
        await run();
        passed += 1;
        console.log(`ok   ${name}`);
      } catch (error) {
        failed += 1;
        console.log(`FAIL ${name}\n    ${error instanceof Error ? error.message : String(error)}`);
        await page.screenshot({ path: join(artifacts, `failure-${passed + failed}.png`), fullPage: true }).catch(() => {});
      }
    }
  } finally {
    await close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  if (failed > 0) process.exitCode = 1;
}

/** For a harness that fails before its first step. */
export function reportCrash(error: unknown) {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
}
