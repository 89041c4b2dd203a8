import { describe, expect, it } from '@jest/globals';
import { Clock } from '../time/clock.js';
import { FAILED_AUTH_LIMIT, FAILED_AUTH_WINDOW_MS, FailedAuthLimiter } from './failed-auth-limiter.js';

class MovableClock extends Clock {
  constructor(public at = new Date('2026-11-23T10:00:00Z')) {
    super();
  }
  now() {
    return this.at;
  }
}

describe('FailedAuthLimiter', () => {
  it('asks an address to wait once past the limit, until the window ends; other addresses are not affected', () => {
    const clock = new MovableClock();
    const limiter = new FailedAuthLimiter(clock);
    for (let i = 0; i < FAILED_AUTH_LIMIT; i++) expect(limiter.recordFailure('10.0.0.1')).toBe(0);
    clock.at = new Date(clock.at.getTime() + 60_000);
    expect(limiter.recordFailure('10.0.0.1')).toBe(FAILED_AUTH_WINDOW_MS - 60_000);
    expect(limiter.recordFailure('10.0.0.2')).toBe(0);
    clock.at = new Date(clock.at.getTime() + FAILED_AUTH_WINDOW_MS);
    expect(limiter.recordFailure('10.0.0.1')).toBe(0);
  });
});
