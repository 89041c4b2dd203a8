import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { createScratchDatabase } from '../../src/common/database/scratch-database.js';
import { randomBytes } from 'node:crypto';
import { freePort } from '../support/free-port.js';
import { startServer } from '../support/server-process.js';
import { DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';

/*
 * What the operator sees: Prometheus metrics at /metrics (parsed as Prometheus parses them, and
 * moving when a request to an authority is sent), and the server's logs, one JSON line each, every
 * request with its id and none with a token.
 */

interface Family {
  name: string;
  type: string;
  metrics: { labels?: Record<string, string>; value?: string; buckets?: Record<string, string>; count?: string }[];
}

const METRICS_TOKEN = 'metrics-token-for-the-tests-0123456789';

describe.each(DIALECTS)('metrics on %s', (dialect) => {
  let t: TestApp;
  let council: TestCouncil;

  beforeAll(async () => {
    t = await startTestApp(dialect, { METRICS_TOKEN });
    council = await t.council();
  });
  afterAll(() => t.close());

  /** The metrics as Prometheus reads them. */
  const scrape = async (): Promise<Map<string, Family>> => {
    const res = await t.http().get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain; version=0.0.4');
    return new Map((parsePrometheusTextFormat(res.text) as Family[]).map((family) => [family.name, family]));
  };
  const value = (families: Map<string, Family>, name: string, labels: Record<string, string>) =>
    Number(families.get(name)?.metrics.find((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v))?.value ?? 0);

  it('are served only to the holder of METRICS_TOKEN', async () => {
    expect((await t.http().get('/metrics')).status).toBe(401);
    expect((await t.http().get('/metrics').set('Authorization', 'Bearer not-the-token')).status).toBe(401);
    // A council's token is not the metrics token either.
    expect((await t.http().get('/metrics').set('Authorization', `Bearer ${council.coordinator}`)).status).toBe(401);
  });

  it('count a request sent to an authority, the requests answered, and read the queues and the outbox', async () => {
    const before = await scrape();
    const authority = await council.api.post('/api/v1/authorities', { name: 'Kent Police', kind: 'police', statutory: true });
    await council.api.post(`/api/v1/authorities/${authority.body.id}/contacts`, { name: 'Chief Inspector', email: 'ci@kent.police.example.org', role: 'Community safety', escalationLevel: 0 });
    const issued = await council.api.post('/api/v1/obligations', {
      kind: 'information_request',
      authorityId: authority.body.id,
      subject: 'Knife crime figures',
      details: 'Figures for the last two years, by ward.',
      issuedOn: '2017-07-26',
      dueOn: '2017-08-31',
    });
    expect(issued.status).toBe(201);
    await t.smtp.waitFor((m) => !!m.subject?.includes('Knife crime figures'));
    await t.settled();

    // The counter moves once the outcome is recorded, just after the message arrives.
    let after = before;
    await waitFor('the sent request to be counted', async () => {
      after = await scrape();
      return value(after, 'scrutineer_reminders_total', { outcome: 'sent' }) === value(before, 'scrutineer_reminders_total', { outcome: 'sent' }) + 1;
    });
    expect(after.get('scrutineer_reminders_total')?.type).toBe('COUNTER');
    expect(value(after, 'scrutineer_http_requests_total', { method: 'POST', route: '/api/v1/obligations', status: '201' })).toBe(
      value(before, 'scrutineer_http_requests_total', { method: 'POST', route: '/api/v1/obligations', status: '201' }) + 1,
    );
    // Routes by their pattern, never by a path with an id in it.
    const routes = after.get('scrutineer_http_requests_total')!.metrics.map((m) => m.labels!.route);
    expect(routes).toContain('/api/v1/authorities/:id/contacts');
    expect(routes.some((r) => /[0-9a-f]{8}-/.test(r))).toBe(false);
    expect(after.get('scrutineer_http_request_duration_seconds')?.type).toBe('HISTOGRAM');
    // Read at the scrape: every queue by state, and the outbox.
    const queues = after.get('scrutineer_queue_jobs')!.metrics;
    expect(new Set(queues.map((m) => m.labels!.queue)).size).toBeGreaterThan(1);
    expect(queues.every((m) => Number(m.value) >= 0)).toBe(true);
    expect(after.get('scrutineer_queue_oldest_waiting_seconds')?.metrics.length).toBe(new Set(queues.map((m) => m.labels!.queue)).size);
    expect(value(after, 'scrutineer_mail_outbox_backlog', {})).toBeGreaterThanOrEqual(0);
    expect(after.has('scrutineer_mail_outbox_backlog')).toBe(true);
    expect(after.has('scrutineer_process_resident_memory_bytes')).toBe(true);
  });

  it('time each council sweep', async () => {
    const before = await scrape();
    expect((await council.api.post('/api/v1/reminders/sweep', {})).status).toBe(200);
    const after = await scrape();
    const count = (families: Map<string, Family>) => Number(families.get('scrutineer_sweep_duration_seconds')?.metrics[0]?.count ?? 0);
    expect(count(after)).toBe(count(before) + 1);
  });
});

describe('metrics of a worker process', () => {
  it('are served on METRICS_PORT to the holder of METRICS_TOKEN, and count the requests it sends', async () => {
    const database = await createScratchDatabase('sqlite', 'worker-metrics');
    const QUEUE_PREFIX = `worker-metrics-${randomBytes(3).toString('hex')}`;
    // The API in this process (it only enqueues), the worker in its own, as an operator runs them.
    const t = await startTestApp('sqlite', { DATABASE_URL: database.url, QUEUE_PREFIX, APP_ROLE: 'api', METRICS_TOKEN });
    const port = await freePort();
    const worker = await startServer(
      { DATABASE_URL: database.url, REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', QUEUE_PREFIX, APP_ROLE: 'worker', SCHEDULER: 'off', SMTP_URL: t.smtp.url, METRICS_TOKEN, METRICS_PORT: String(port), LOG_LEVEL: 'info' },
      'Worker started',
    );
    try {
      const url = `http://127.0.0.1:${port}/metrics`;
      expect((await fetch(url)).status).toBe(401);
      expect((await fetch(url, { headers: { Authorization: 'Bearer not-the-token' } })).status).toBe(401);
      expect((await fetch(`http://127.0.0.1:${port}/health`, { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } })).status).toBe(404);
      const sent = async () => {
        const res = await fetch(url, { headers: { Authorization: `Bearer ${METRICS_TOKEN}` } });
        expect(res.headers.get('content-type')).toContain('text/plain; version=0.0.4');
        const families = parsePrometheusTextFormat(await res.text()) as Family[];
        return Number(families.find((f) => f.name === 'scrutineer_reminders_total')?.metrics.find((m) => m.labels?.outcome === 'sent')?.value ?? 0);
      };
      const before = await sent();

      const council = await t.council();
      const authority = await council.api.post('/api/v1/authorities', { name: 'Kent Police', kind: 'police', statutory: true });
      await council.api.post(`/api/v1/authorities/${authority.body.id}/contacts`, { name: 'Chief Inspector', email: 'ci@kent.police.example.org', role: 'Community safety', escalationLevel: 0 });
      const issued = await council.api.post('/api/v1/obligations', { kind: 'information_request', authorityId: authority.body.id, subject: 'Burglary figures', details: 'By ward.', issuedOn: '2017-07-26', dueOn: '2017-08-31' });
      expect(issued.status).toBe(201);
      await t.smtp.waitFor((m) => !!m.subject?.includes('Burglary figures'));
      await waitFor('the worker to count the request it sent', async () => (await sent()) === before + 1);
      // The API process sent nothing, and counted nothing.
      const api = await t.http().get('/metrics').set('Authorization', `Bearer ${METRICS_TOKEN}`);
      expect(api.text).not.toMatch(/scrutineer_reminders_total\{outcome="sent"\} [1-9]/);
    } finally {
      await worker.stop();
      await t.close();
      await database.drop();
    }
  });
});

describe('logs', () => {
  it('are one JSON line each, every request with its id (given or made) and no token', async () => {
    const database = await createScratchDatabase('sqlite', 'logs');
    const server = await startServer({ DATABASE_URL: database.url, REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', QUEUE_PREFIX: `logs-${process.pid}`, APP_ROLE: 'api', LOG_LEVEL: 'info' });
    try {
      const given = await fetch(`${server.url}/health`, { headers: { 'X-Request-Id': 'probe-7f3a' } });
      expect(given.headers.get('x-request-id')).toBe('probe-7f3a');
      const made = await fetch(`${server.url}/health/live`);
      const madeId = made.headers.get('x-request-id');
      expect(madeId).toMatch(/^[0-9a-f-]{36}$/);
      // A forged id (a line break to fake a log line) is not taken.
      const forged = await fetch(`${server.url}/health/live`, { headers: { 'X-Request-Id': 'x"}\\n{"level":60' } });
      expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      const secret = 'scr_SecretTokenThatMustNotBeLogged0123456789abcd';
      await fetch(`${server.url}/respond/${secret}?code=${secret}`);
      await fetch(`${server.url}/api/v1/me`, { headers: { Authorization: `Bearer ${secret}` } });
      // Without METRICS_TOKEN the metrics are not served.
      expect((await fetch(`${server.url}/metrics`)).status).toBe(404);

      let lines: Record<string, unknown>[] = [];
      // Each request's line is written as its response finishes, which may be just after the client has
      // it: wait for every one of them (and read whole lines only).
      const path = (l: Record<string, unknown>) => (l.req as { path?: string } | undefined)?.path ?? '';
      await waitFor('the request logs', () => {
        const whole = server.output().slice(0, server.output().lastIndexOf('\n') + 1);
        lines = whole
          .split('\n')
          .filter((line) => line.trim())
          .map((line) => JSON.parse(line) as Record<string, unknown>);
        return (
          lines.some((l) => (l.req as { id?: string } | undefined)?.id === madeId) &&
          ['/respond/', '/api/v1/me', '/metrics'].every((start) => lines.some((l) => path(l).startsWith(start)))
        );
      });
      const request = (id: string) => lines.find((l) => (l.req as { id?: string } | undefined)?.id === id);
      expect(request('probe-7f3a')).toMatchObject({ level: 30, req: { id: 'probe-7f3a', method: 'GET', path: '/health' }, res: { statusCode: 200 }, msg: 'request completed' });
      expect(typeof request('probe-7f3a')!.responseTime).toBe('number');
      expect(lines.some((l) => typeof l.msg === 'string' && (l.msg as string).startsWith('Listening on'))).toBe(true);
      expect(lines.find((l) => (l.req as { path?: string } | undefined)?.path?.startsWith('/respond/'))).toMatchObject({ req: { path: '/respond/…?code=…' } });
      expect(server.output()).not.toContain('SecretTokenThatMustNotBeLogged');
    } finally {
      await server.stop();
      await database.drop();
    }
  });
});
