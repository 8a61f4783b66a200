import type { BrowserContext, BrowserContextOptions } from 'playwright-core';

export const CHROMIUM_PATH: string;
export const CHROMIUM_ARGS: string[];
export function ensureChromium(): void;
export function launchContext(options?: BrowserContextOptions): Promise<{ context: BrowserContext; close(): Promise<void> }>;
