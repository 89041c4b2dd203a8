import { Injectable } from '@nestjs/common';
import { Clock } from '../time/clock.js';

export const FAILED_AUTH_LIMIT = 10;
export const FAILED_AUTH_WINDOW_MS = 15 * 60 * 1000;

/**
 * Counts failed bearer tokens per client address (the client's own address behind a trusted proxy:
 * TRUST_PROXY). Past FAILED_AUTH_LIMIT failures within the window, a further failure from the address
 * answers 429 with Retry-After instead of 401, so that a script stuck on a wrong token backs off.
 *
 * It never refuses a valid token: the token is checked first, so one client's failures (a colleague's
 * broken script behind the council's proxy) never lock out another, and a guess gains nothing from the
 * limit's answer (tokens are 256 random bits: guessing is not the danger). Kept in process memory:
 * each instance counts its own.
 */
@Injectable()
export class FailedAuthLimiter {
  private readonly failures = new Map<string, { count: number; windowEndsAt: number }>();

  constructor(private readonly clock: Clock) {}

  /**
   * Records a failure from the address; returns the milliseconds the address should wait before
   * trying again once it is past the limit, else 0.
   */
  recordFailure(address: string): number {
    const now = this.clock.now().getTime();
    const entry = this.current(address, now) ?? { count: 0, windowEndsAt: now + FAILED_AUTH_WINDOW_MS };
    entry.count += 1;
    this.failures.set(address, entry);
    if (this.failures.size > 10_000) this.forgetExpired(now);
    return entry.count > FAILED_AUTH_LIMIT ? entry.windowEndsAt - now : 0;
  }

  private current(address: string, now: number) {
    const entry = this.failures.get(address);
    if (entry && entry.windowEndsAt <= now) {
      this.failures.delete(address);
      return undefined;
    }
    return entry;
  }

  private forgetExpired(now: number): void {
    for (const [address, entry] of this.failures) if (entry.windowEndsAt <= now) this.failures.delete(address);
  }
}
