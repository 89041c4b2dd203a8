import { describe, expect, it } from '@jest/globals';
import { SESSION_IDLE_HOURS, sessionLive, worthTouching } from './session.rules.js';

const at = (iso: string) => new Date(iso);

describe('sessions', () => {
  const session = { createdAt: at('2017-07-26T08:00:00Z'), lastSeenAt: at('2017-07-26T08:00:00Z'), expiresAt: at('2017-07-26T20:00:00Z'), revokedAt: null };

  it('live until revoked, expired, or idle for too long', () => {
    expect(sessionLive(session, at('2017-07-26T09:00:00Z'))).toBe(true);
    expect(sessionLive({ ...session, revokedAt: at('2017-07-26T08:30:00Z') }, at('2017-07-26T09:00:00Z'))).toBe(false);
    expect(sessionLive({ ...session, lastSeenAt: at('2017-07-26T19:00:00Z') }, at('2017-07-26T20:00:00Z'))).toBe(false);
    expect(sessionLive(session, new Date(session.lastSeenAt.getTime() + SESSION_IDLE_HOURS * 3_600_000))).toBe(false);
    expect(sessionLive(session, new Date(session.lastSeenAt.getTime() + SESSION_IDLE_HOURS * 3_600_000 - 1))).toBe(true);
  });

  it('writes down its use only every few minutes', () => {
    expect(worthTouching(at('2017-07-26T08:00:00Z'), at('2017-07-26T08:04:59Z'))).toBe(false);
    expect(worthTouching(at('2017-07-26T08:00:00Z'), at('2017-07-26T08:05:00Z'))).toBe(true);
  });
});

