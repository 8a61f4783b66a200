/**
 * Typed errors: `message` is English for logs, `userMessage` German for whoever reads the
 * dashboard, the CLI or the report; `status` is the HTTP status the server answers with.
 */
export class AnalyticsError extends Error {
  readonly userMessage: string;
  readonly status: number;

  constructor(message: string, userMessage: string, status: number, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.userMessage = userMessage;
    this.status = status;
  }
}

/** Bad input from a user (period, indicator id, dimension …): the server answers 400. */
export class InvalidQueryError extends AnalyticsError {
  constructor(userMessage: string) {
    super(userMessage, userMessage, 400);
  }
}

/** No snapshot has been loaded yet (fresh installation, first refresh still running or failed). */
export class NoSnapshotError extends AnalyticsError {
  constructor(
    readonly path: string,
    userMessage = 'Es liegen noch keine Kennzahlen vor: Die Daten werden gerade zum ersten Mal geladen oder das Laden ist fehlgeschlagen. Bitte in einigen Minuten erneut versuchen.',
  ) {
    super(`no analytics snapshot at ${path}`, userMessage, 503);
  }
}

export type LoadStep = 'download' | 'framing' | 'manifest' | 'parse' | 'build' | 'sanity' | 'swap';

export const PREVIOUS_SNAPSHOT_KEPT = 'Die bisher geladenen Kennzahlen bleiben unverändert.';

/** A refresh failed; the previous snapshot keeps serving, which the German message says. */
export class LoadError extends AnalyticsError {
  readonly step: LoadStep;

  constructor(step: LoadStep, message: string, userMessage: string, options?: { cause?: unknown }) {
    super(`refresh failed at ${step}: ${message}`, `${userMessage} ${PREVIOUS_SNAPSHOT_KEPT}`, 502, options);
    this.step = step;
  }
}

export function isDiskFull(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOSPC' || code === 'EDQUOT' || /no space left on device/i.test(error.message);
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
