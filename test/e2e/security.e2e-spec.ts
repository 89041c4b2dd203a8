import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FAILED_AUTH_LIMIT } from '../../src/common/auth/failed-auth-limiter.js';
import { auth, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';

/*
 * The failed-token limiter behind a council's reverse proxy (TRUST_PROXY), and the security headers
 * on every response. SQLite only: neither depends on the database.
 */
describe('failed tokens behind a reverse proxy', () => {
  let t: TestApp;
  let council: TestCouncil;
  /** A request as the proxy on loopback forwards it for a client. */
  const me = (client: string, token: string) => t.http().get('/api/v1/me').set('X-Forwarded-For', client).set(auth(token));

  beforeAll(async () => {
    t = await startTestApp('sqlite', { TRUST_PROXY: 'loopback' });
    council = await t.council();
  });
  afterAll(() => t.close());

  it("slows a client stuck on wrong tokens (429), never refuses a valid token, and never counts one client's failures against another", async () => {
    const script = '203.0.113.5';
    for (let i = 0; i < FAILED_AUTH_LIMIT; i++) expect((await me(script, `scr_wrong${i}`)).status).toBe(401);
    const slowed = await me(script, 'scr_wrong-again');
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers['retry-after'])).toBe(15 * 60);
    // The same client with its valid token, and a colleague behind the same proxy: served.
    expect((await me(script, council.coordinator)).status).toBe(200);
    expect((await me('203.0.113.9', council.coordinator)).status).toBe(200);
    expect((await me('203.0.113.9', 'scr_typo')).status).toBe(401);
    // The window passes.
    t.clock.advance(15 * 60 * 1000);
    expect((await me(script, 'scr_wrong-later')).status).toBe(401);
  });
});

describe('without TRUST_PROXY', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('sqlite');
  });
  afterAll(() => t.close());

  it('does not believe X-Forwarded-For: a client cannot escape the count by naming another address', async () => {
    for (let i = 0; i < FAILED_AUTH_LIMIT; i++) await t.http().get('/api/v1/me').set('X-Forwarded-For', `198.51.100.${i}`).set(auth(`scr_wrong${i}`));
    expect((await t.http().get('/api/v1/me').set('X-Forwarded-For', '198.51.100.200').set(auth('scr_wrong'))).status).toBe(429);
  });

  it('sends the security headers on every response, and a Content-Security-Policy on pages', async () => {
    for (const path of ['/health', '/api/v1/me', '/respond/not-a-link', '/api/docs']) {
      const res = await t.http().get(path);
      expect({ path, poweredBy: res.headers['x-powered-by'], nosniff: res.headers['x-content-type-options'], referrer: res.headers['referrer-policy'] }).toEqual({
        path,
        poweredBy: undefined,
        nosniff: 'nosniff',
        referrer: 'no-referrer',
      });
      expect(res.headers['content-security-policy']).toMatch(/default-src '(self|none)'/);
      expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    }
  });
});
