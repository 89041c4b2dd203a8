import { describe, expect, it } from '@jest/globals';
import express from 'express';
import helmet from 'helmet';
import request from 'supertest';
import { fixedHeaders } from './security-headers.js';

describe('fixedHeaders', () => {
  it("sets the very headers Helmet sets, on every request", async () => {
    const options = { contentSecurityPolicy: { directives: { scriptSrc: ["'self'", "'sha256-abc='"] } } };
    const answer = (app: express.Express) => app.get('/x', (_req, res) => res.send('ok'));
    const withHelmet = express();
    withHelmet.use(helmet(options));
    answer(withHelmet);
    const fixed = express();
    fixed.use(fixedHeaders(helmet(options)));
    answer(fixed);
    const [expected, actual] = await Promise.all([request(withHelmet).get('/x'), request(fixed).get('/x')]);
    const security = (headers: Record<string, unknown>) => Object.fromEntries(Object.entries(headers).filter(([name]) => !['date', 'etag', 'content-length', 'content-type', 'connection', 'keep-alive', 'x-powered-by'].includes(name)));
    expect(Object.keys(security(expected.headers)).length).toBeGreaterThan(10);
    expect(security(actual.headers)).toEqual(security(expected.headers));
    expect(actual.headers['content-security-policy']).toContain("script-src 'self' 'sha256-abc='");
  });

  it('refuses a middleware that does not finish at once (one that would compute its headers per request)', () => {
    expect(() => fixedHeaders((_req, _res, next) => setImmediate(next))).toThrow(/cannot be fixed/);
  });
});
