import { Injectable } from '@nestjs/common';
import { Clock } from '../time/clock.js';

export const FAILED_AUTH_LIMIT = 10;
export const FAILED_AUTH_WINDOW_MS = 15 * 60 * 1000;

/**
 * Counts failed bearer-token attempts per client address. After FAILED_AUTH_LIMIT failures within
 * the window the address is refused (429) until the window ends, so tokens cannot be guessed
 * online. Kept in process memory: each API instance limits on its own, which still bounds guessing.
 */
@Injectable()
export class FailedAuthLimiter {
  private readonly failures = new Map<string, { count: number; windowEndsAt: number }>();

  constructor(private readonly clock: Clock) {}

  /** Milliseconds until the address may try again, or 0 when it is not blocked. */
  blockedFor(address: string): number {
    const entry = this.current(address);
    return entry && entry.count >= FAILED_AUTH_LIMIT ? entry.windowEndsAt - this.clock.now().getTime() : 0;
  }

  recordFailure(address: string): void {
    const now = this.clock.now().getTime();
    const entry = this.current(address) ?? { count: 0, windowEndsAt: now + FAILED_AUTH_WINDOW_MS };
    entry.count += 1;
    this.failures.set(address, entry);
    if (this.failures.size > 10_000) this.forgetExpired(now);
  }

  private current(address: string) {
    const entry = this.failures.get(address);
    if (entry && entry.windowEndsAt <= this.clock.now().getTime()) {
      this.failures.delete(address);
      return undefined;
    }
    return entry;
  }

  private forgetExpired(now: number): void {
    for (const [address, entry] of this.failures) if (entry.windowEndsAt <= now) this.failures.delete(address);
  }
}
