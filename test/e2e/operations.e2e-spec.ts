import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { waitFor } from '../support/wait-for.js';
import { DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';
import { RedisProcess } from '../support/redis-process.js';


/** Waits until the health check answers with the status. */
function healthBecomes(t: TestApp, status: number) {
  return waitFor(`GET /health to answer ${status}`, async () => {
    const res = await t.http().get('/health');
    return res.status === status ? res : undefined;
  });
}

describe.each(DIALECTS)('operations on %s', (dialect) => {
  let t: TestApp;
  let redis: RedisProcess;
  let dartford: TestCouncil;

  beforeAll(async () => {
    redis = await RedisProcess.start();
    t = await startTestApp(dialect, { REDIS_URL: redis.url });
    dartford = await t.council('dartford');
  });
  afterAll(async () => {
    await t.close();
    await redis.stop();
  });

  it('answers /health without a token', async () => {
    const res = await t.http().get('/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', db: 'up', redis: 'up' });
  });

  it('turns /health to 503 while Redis is down, keeps serving, and recovers', async () => {
    await redis.stop();
    const down = await healthBecomes(t, 503);
    expect(down.status).toBe(503);
    expect(down.body).toEqual({ status: 'error', db: 'up', redis: 'down', problems: ['Redis does not answer: queued work waits'] });
    // The API still answers what needs only the database.
    expect((await t.as(dartford.coordinator).get('/api/v1/me')).status).toBe(200);

    await redis.restart();
    const up = await healthBecomes(t, 200);
    expect(up.body).toEqual({ status: 'ok', db: 'up', redis: 'up' });
  });

  if (dialect === 'postgres') {
    it('turns /health to 503 while the database refuses connections, and recovers', async () => {
      const name = new URL(t.config.DATABASE_URL).pathname.slice(1);
      const admin = new pg.Client({ connectionString: process.env.POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
      await admin.connect();
      try {
        await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
        await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
        const down = await healthBecomes(t, 503);
        expect(down.body).toEqual({ status: 'error', db: 'down', redis: 'up', problems: ['the database does not answer'] });
        await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
        const up = await healthBecomes(t, 200);
        expect(up.body).toEqual({ status: 'ok', db: 'up', redis: 'up' });
      } finally {
        await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
        await admin.end();
      }
    });
  }

  it('sends a test e-mail through the configured SMTP server, which receives and parses it', async () => {
    const res = await t.as(dartford.coordinator).post('/api/v1/mail/test');
    expect(res.status).toBe(200);
    const me = await t.as(dartford.coordinator).get('/api/v1/me');
    const mail = await t.smtp.waitFor((m) => m.messageId === res.body.messageId);
    expect(mail.subject).toBe('Scrutineer test message');
    expect(mail.from?.value[0]).toMatchObject({ address: 'scrutineer@dartford.example.org', name: 'Scrutineer' });
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value[0].address : undefined).toBe(me.body.email);
    expect(mail.text).toContain(`Hello ${me.body.name}`);
    // Made by the system (RFC 3834); no List-Unsubscribe: statutory requests are not a mailing list.
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail.headers.has('list-unsubscribe')).toBe(false);
  });

  it('answers 502 when the SMTP server refuses the message', async () => {
    t.smtp.refuseWith = 'Mailbox unavailable';
    try {
      const res = await t.as(dartford.coordinator).post('/api/v1/mail/test');
      expect(res.status).toBe(502);
      expect(res.body.message).toContain('Mailbox unavailable');
    } finally {
      t.smtp.refuseWith = null;
    }
    const member = await dartford.token('member');
    expect((await t.as(member).post('/api/v1/mail/test')).status).toBe(403);
  });
});

describe('API docs', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite');
  });
  afterAll(() => t.close());

  it('serve the OpenAPI document and its page without a token', async () => {
    expect((await t.http().get('/api/docs')).status).toBe(200);
    const res = await t.http().get('/api/docs-json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
  });

  it('document every route of the contract, with its errors and its bearer security', async () => {
    const spec = (await t.http().get('/api/docs-json')).body as {
      paths: Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown[]; requestBody?: unknown; 'x-public'?: boolean }>>;
    };
    const routes = Object.entries(spec.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, op })));
    expect(routes.map((r) => r.route)).toEqual(
      expect.arrayContaining([
        'GET /health',
        'GET /api/v1/committees',
        'POST /api/v1/committees',
        'GET /api/v1/committees/{id}/members',
        'POST /api/v1/committees/{id}/members',
        'GET /api/v1/municipal-years',
        'POST /api/v1/municipal-years',
        'GET /api/v1/authorities',
        'POST /api/v1/authorities',
        'POST /api/v1/authorities/{id}/contacts',
        'GET /api/v1/meetings',
        'POST /api/v1/meetings',
        'GET /api/v1/meetings/{id}',
        'POST /api/v1/meetings/{id}/agenda-items',
        'POST /api/v1/users',
        'POST /api/v1/operator/councils',
        'POST /api/v1/operator/councils/{id}/suspend',
        'POST /api/v1/users/{id}/tokens',
        'POST /api/v1/users/{id}/revoke-tokens',
        'GET /api/v1/me',
        'GET /api/v1/audit',
        'POST /api/v1/mail/test',
        'POST /api/v1/obligations/{id}/response-links',
        'POST /api/v1/calendar-feeds',
        'POST /api/v1/calendar/bank-holidays',
        'PUT /api/v1/authorities/{id}/contacts/{contactId}',
        'GET /api/v1/reminders/digest',
        'GET /api/v1/draw-downs/outcomes',
        'GET /api/v1/draw-downs/{id}/history',
        'POST /api/v1/draw-downs/{id}/chair-view',
        'GET /api/v1/meetings/{id}/minutes',
        'PUT /api/v1/meetings/{id}/minutes',
        'POST /api/v1/meetings/{id}/minutes/import',
        'POST /api/v1/meetings/{id}/minutes/confirm',
        'POST /api/v1/minute-items/{id}/undertakings/{index}',
        'POST /api/v1/minute-items/{id}/work-plan-changes/{index}',
        'GET /public/{councilSlug}/meetings/{meetingId}/minutes',
        'GET /public/{councilSlug}/meetings',
        'GET /public/{councilSlug}/work-plan',
        'POST /api/v1/annual-reports',
        'GET /api/v1/annual-reports',
        'GET /api/v1/annual-reports/{id}',
        'GET /api/v1/annual-reports/{id}/draft.md',
        'GET /api/v1/annual-reports/{id}/draft.html',
        'GET /api/v1/annual-reports/{id}/draft.docx',
        'POST /api/v1/annual-reports/{id}/agree',
        'POST /api/v1/annual-reports/{id}/submit',
        'PUT /api/v1/committees/{id}/annual-report-settings',
        'GET /public/{councilSlug}/annual-reports/{municipalYear}',
      ]),
    );
    for (const { route, op } of routes) {
      if (op['x-public']) continue;
      expect({ route, errors: ['401', '403'].filter((code) => code in op.responses) }).toEqual({ route, errors: ['401', '403'] });
      expect({ route, security: op.security?.length ?? 0 }).toEqual({ route, security: 1 });
      if (op.requestBody) {
        expect({ route, body: ['400', '413'].filter((code) => code in op.responses) }).toEqual({ route, body: ['400', '413'] });
      }
    }
  });
});

describe('start without Redis', () => {
  it('fails within 10 seconds, saying how to start Redis', async () => {
    const redis = await RedisProcess.start();
    const url = redis.url;
    await redis.stop();
    const started = Date.now();
    await expect(startTestApp('sqlite', { REDIS_URL: url })).rejects.toThrow(/redis-server/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
