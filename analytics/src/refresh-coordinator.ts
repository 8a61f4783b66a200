import { AnalyticsError, describeError } from './errors.js';
import type { RefreshSummary } from './loader/refresh-snapshot.js';
import type { Logger } from './logger.js';

export interface RefreshResult {
  ok: boolean;
  startedAt: string;
  finishedAt: string;
  summary?: RefreshSummary;
  /** German, for the dashboard's status line */
  error?: string;
}

export interface RefreshStatus {
  refreshing: boolean;
  /** a refresh was requested and waits for quiet time or for the running one */
  pending: boolean;
  lastRefresh: RefreshResult | null;
}

export interface RefreshCoordinatorOptions {
  refresh: () => Promise<RefreshSummary>;
  /** quiet time after the last request before a refresh starts (a burst of webhooks ⇒ one refresh) */
  debounceMs: number;
  /** safety-net schedule; 0 turns it off */
  intervalMs: number;
  logger: Logger;
  now?: () => Date;
}

/** Runs one refresh at a time, debounces requests, and refreshes on a schedule. */
export class RefreshCoordinator {
  private running: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private interval: NodeJS.Timeout | null = null;
  private rerun = false;
  private last: RefreshResult | null = null;
  private readonly now: () => Date;

  constructor(private readonly options: RefreshCoordinatorOptions) {
    this.now = options.now ?? (() => new Date());
  }

  /** Debounced: restarts the quiet-time timer. */
  request(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.runNow();
    }, this.options.debounceMs);
    this.timer.unref();
  }

  /** Starts a refresh now, or once more after the running one if that one started earlier. */
  runNow(): Promise<void> {
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    this.running = this.execute().finally(() => {
      this.running = null;
      if (this.rerun) {
        this.rerun = false;
        void this.runNow();
      }
    });
    return this.running;
  }

  start(): void {
    if (this.options.intervalMs > 0 && !this.interval) {
      this.interval = setInterval(() => this.request(), this.options.intervalMs);
      this.interval.unref();
    }
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.interval) clearInterval(this.interval);
    this.timer = null;
    this.interval = null;
  }

  /** Resolves when no refresh is running or waiting to rerun (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  status(): RefreshStatus {
    return { refreshing: this.running !== null, pending: this.timer !== null || this.rerun, lastRefresh: this.last };
  }

  private async execute(): Promise<void> {
    const startedAt = this.now().toISOString();
    try {
      const summary = await this.options.refresh();
      this.last = { ok: true, startedAt, finishedAt: this.now().toISOString(), summary };
      this.options.logger.info(`refresh done: ${summary.totalRecords} records in ${summary.durationsMs.total} ms (export ${summary.snapshotAt})`);
    } catch (error) {
      const message = error instanceof AnalyticsError ? error.userMessage : 'Die Daten konnten nicht geladen werden (interner Fehler).';
      this.last = { ok: false, startedAt, finishedAt: this.now().toISOString(), error: message };
      this.options.logger.error(`refresh failed: ${describeError(error)}`);
    }
  }
}
