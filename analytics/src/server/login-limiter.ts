import { HttpError } from './http.js';

export interface LoginLimiterOptions {
  /** failed logins of one account from one address before further attempts wait */
  maxFailures?: number;
  windowMs?: number;
  now?: () => number;
}

const MAX_TRACKED = 10_000;

/** „in 12 Minuten“, „in einer Minute“: what the 429 message and Retry-After say. */
export function retryText(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes === 1 ? 'in einer Minute' : `in ${minutes} Minuten`;
}

export function tooManyAttempts(message: string, retryAfterSeconds: number): HttpError {
  return new HttpError(429, message, `login rate-limited, retry after ${retryAfterSeconds} s`, { 'Retry-After': String(retryAfterSeconds) });
}

/**
 * Counts failed logins per account AND client address: someone guessing at an account from one
 * address makes that address wait for that account, not the owner at another address and not
 * other accounts. Strapi's own limiter sees the client address too (X-Forwarded-For), per address.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly maxFailures: number;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(options: LoginLimiterOptions = {}) {
    this.maxFailures = options.maxFailures ?? 5;
    this.windowMs = options.windowMs ?? 15 * 60_000;
    this.now = options.now ?? Date.now;
  }

  /** Throws the German 429 while the account is locked for this address. */
  check(account: string, address: string): void {
    const recent = this.recent(this.key(account, address));
    if (recent.length < this.maxFailures) return;
    const retryAfter = Math.ceil((recent[recent.length - this.maxFailures]! + this.windowMs - this.now()) / 1000);
    throw tooManyAttempts(
      `Zu viele fehlgeschlagene Anmeldeversuche für dieses Konto. Bitte versuchen Sie es ${retryText(retryAfter)} erneut.`,
      retryAfter,
    );
  }

  recordFailure(account: string, address: string): void {
    const key = this.key(account, address);
    if (!this.failures.has(key) && this.failures.size >= MAX_TRACKED) this.prune();
    this.failures.set(key, [...this.recent(key), this.now()]);
  }

  recordSuccess(account: string, address: string): void {
    this.failures.delete(this.key(account, address));
  }

  private key(account: string, address: string): string {
    return `${account.trim().toLowerCase()}\n${address}`;
  }

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    return (this.failures.get(key) ?? []).filter((at) => at > since);
  }

  private prune(): void {
    for (const key of [...this.failures.keys()]) {
      if (this.recent(key).length === 0) this.failures.delete(key);
    }
    // Still full: forget the oldest entry rather than grow without bound.
    if (this.failures.size >= MAX_TRACKED) this.failures.delete(this.failures.keys().next().value!);
  }
}
