import { describe, expect, it } from 'vitest';
import { HttpError } from './http.js';
import { LoginLimiter } from './login-limiter.js';

function clock() {
  let now = 1_000_000;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

const blocked = (limiter: LoginLimiter, account: string, address: string): HttpError | null => {
  try {
    limiter.check(account, address);
    return null;
  } catch (error) {
    return error as HttpError;
  }
};

describe('LoginLimiter', () => {
  it('locks an account for one address after five failures, with a German message and Retry-After', () => {
    const time = clock();
    const limiter = new LoginLimiter({ maxFailures: 5, windowMs: 15 * 60_000, now: time.now });
    for (let i = 0; i < 5; i += 1) {
      expect(blocked(limiter, 'Konto-A@example.org', '10.0.0.1')).toBeNull();
      limiter.recordFailure('Konto-A@example.org', '10.0.0.1');
      time.advance(60_000);
    }
    const error = blocked(limiter, ' konto-a@example.org', '10.0.0.1')!;
    expect(error.status).toBe(429);
    // The first failure leaves the window 15 − 5 = 10 minutes from now.
    expect(error.userMessage).toBe('Zu viele fehlgeschlagene Anmeldeversuche für dieses Konto. Bitte versuchen Sie es in 10 Minuten erneut.');
    expect(error.headers).toEqual({ 'Retry-After': '600' });
    expect(blocked(limiter, 'konto-a@example.org', '10.0.0.2')).toBeNull();
    expect(blocked(limiter, 'konto-b@example.org', '10.0.0.1')).toBeNull();

    time.advance(9 * 60_000 + 30_000);
    expect(blocked(limiter, 'konto-a@example.org', '10.0.0.1')!.userMessage).toContain('in einer Minute');
    time.advance(30_000);
    expect(blocked(limiter, 'konto-a@example.org', '10.0.0.1')).toBeNull();
  });

  it('forgets the failures of an account and address once a login succeeds', () => {
    const limiter = new LoginLimiter({ maxFailures: 2 });
    limiter.recordFailure('a', 'x');
    limiter.recordSuccess('a', 'x');
    limiter.recordFailure('a', 'x');
    expect(blocked(limiter, 'a', 'x')).toBeNull();
  });
});
