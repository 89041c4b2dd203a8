import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type Database from 'better-sqlite3';
import request from 'supertest';
import { createScratchDatabase, POSTGRES_ADMIN_URL, type ScratchDatabase } from '../../src/common/database/scratch-database.js';
import { startServer } from '../support/server-process.js';
import { TcpProxy } from '../support/tcp-proxy.js';
import { auth, DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';

/*
 * The database under fault: a full disk, two processes on one SQLite file, PostgreSQL going away,
 * instances started together on an empty database. Whatever the API acknowledged is kept; whatever it
 * could not keep it answered with 503 and Retry-After, never 201 or a bare 500.
 */

const connectionOf = (t: TestApp) => (t.dataSource.driver as unknown as { databaseConnection: Database.Database }).databaseConnection;
const obligation = (authorityId: string, i: number) => ({
  kind: 'information_request',
  authorityId,
  subject: `Figures ${i}`,
  // Large enough that each one needs new pages of the database.
  details: `Quarterly figures by ward. ${'x'.repeat(12_000)}`,
  issuedOn: '2017-12-01',
  dueOn: '2018-01-15',
});

describe('a full disk under SQLite', () => {
  let database: ScratchDatabase;
  let t: TestApp;
  let council: TestCouncil;
  let authorityId: string;

  beforeAll(async () => {
    database = await createScratchDatabase('sqlite', 'full');
    t = await startTestApp('sqlite', { DATABASE_URL: database.url });
    council = await t.council();
    authorityId = (await t.as(council.coordinator).post('/api/v1/authorities', { name: 'Kent Police', kind: 'police', statutory: true })).body.id;
    t.clock.set('2017-12-01T12:00:00Z');
  });
  afterAll(async () => {
    await t?.close();
    await database?.drop();
  });

  it('answers 503 to writes it cannot keep, says so at /health, and keeps every write it acknowledged', async () => {
    const post = (i: number) => t.as(council.coordinator).post('/api/v1/obligations', obligation(authorityId, i));
    expect((await post(0)).status).toBe(201);
    const healthy = await t.http().get('/health');
    expect(healthy.status).toBe(200);

    // The database may grow no further (as on a full disk): SQLite fails the write and rolls back.
    const sqlite = connectionOf(t);
    sqlite.pragma(`max_page_count = ${sqlite.pragma('page_count', { simple: true })}`);
    const statuses: number[] = [];
    for (let i = 1; i <= 30; i++) {
      const res = await post(i);
      statuses.push(res.status);
      if (res.status === 503) {
        expect(res.headers['retry-after']).toBe('30');
        expect(res.body.message).toMatch(/cannot store changes.*SQLITE_FULL.*Nothing was changed/);
      }
    }
    expect(statuses.filter((s) => s !== 201 && s !== 503)).toEqual([]);
    expect(statuses.filter((s) => s === 503).length).toBeGreaterThanOrEqual(25);
    const full = await t.http().get('/health');
    expect(full.status).toBe(503);
    expect(full.body).toMatchObject({ status: 'error', db: 'down', redis: 'up', problems: [expect.stringMatching(/cannot store changes/)] });

    // Space again: writes last, and /health says so.
    sqlite.pragma('max_page_count = 1073741823');
    expect((await post(31)).status).toBe(201);
    await waitFor('GET /health to answer 200 again', async () => (await t.http().get('/health')).status === 200);

    const acknowledged = 2 + statuses.filter((s) => s === 201).length;
    const listed = (await t.as(council.coordinator).get('/api/v1/obligations')).body.total;
    expect(listed).toBe(acknowledged);

    // After a restart, from the file: exactly what was acknowledged.
    const { coordinator } = council;
    await t.close();
    t = await startTestApp('sqlite', { DATABASE_URL: database.url });
    expect((await t.as(coordinator).get('/api/v1/obligations')).body.total).toBe(acknowledged);
  });
});

describe('two processes on one SQLite file', () => {
  let database: ScratchDatabase;
  let t: TestApp;

  beforeAll(async () => {
    database = await createScratchDatabase('sqlite', 'two-processes');
    t = await startTestApp('sqlite', { DATABASE_URL: database.url });
  });
  afterAll(async () => {
    await t?.close();
    await database?.drop();
  });

  it('take turns for the write lock: 120 concurrent writes, none refused', async () => {
    const council = await t.council();
    // The README's split: this process serves the API, another (here also serving the API) shares the file.
    const other = await startServer({ DATABASE_URL: database.url, REDIS_URL: t.config.REDIS_URL, QUEUE_PREFIX: t.config.QUEUE_PREFIX, SMTP_URL: t.smtp.url, APP_ROLE: 'api' });
    try {
      const body = (i: number) => ({ name: `Authority ${i}`, kind: 'other', statutory: false });
      const writes = Array.from({ length: 120 }, (_, i) =>
        i % 2 === 0
          ? t.as(council.coordinator).post('/api/v1/authorities', body(i)).then((r) => r.status)
          : request(other.url).post('/api/v1/authorities').set(auth(council.coordinator)).send(body(i)).then((r) => r.status),
      );
      const statuses = await Promise.all(writes);
      expect(statuses.filter((s) => s !== 201)).toEqual([]);
      expect((await t.as(council.coordinator).get('/api/v1/authorities?limit=200')).body.total).toBe(120);
    } finally {
      await other.stop();
    }
  });
});

describe.each(DIALECTS)('input no database can store, on %s', (dialect) => {
  let t: TestApp;
  let council: TestCouncil;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    council = await t.council('nul-bytes');
  });
  afterAll(() => t.close());

  it.each([
    ['a body field', 'post', '/api/v1/authorities', { name: 'Kent\u0000Police', kind: 'police', statutory: true }, 'name contains a NUL character'],
    ['a nested body field', 'post', '/api/v1/forward-plan/notices', { periodStart: '2017-06-15', periodEnd: '2017-10-31', publishedOn: '2017-05-01', decisions: [{ title: 'x\u0000' }] }, 'decisions[0].title contains a NUL character'],
    ['a query parameter', 'get', '/api/v1/obligations?status=open%00', undefined, 'query: status contains a NUL character'],
    ['the address', 'get', '/api/v1/meetings/abc%00', undefined, 'the address contains a NUL character'],
    ['the address of a public page', 'get', '/public/nul-bytes%00/work-plan', undefined, 'the address contains a NUL character'],
  ])('%s with a NUL character: 400 naming it, nothing stored', async (_, method, path, body, says) => {
    const before = (await t.as(council.coordinator).get('/api/v1/authorities')).body.total;
    const call = method === 'post' ? t.http().post(path).send(body) : t.http().get(path);
    const res = await call.set(auth(council.coordinator));
    expect(res.status).toBe(400);
    expect(res.body.message.join(' ')).toContain(says);
    expect((await t.as(council.coordinator).get('/api/v1/authorities')).body.total).toBe(before);
  });
});

describe('PostgreSQL going away', () => {
  let proxy: TcpProxy;
  let database: ScratchDatabase;
  let t: TestApp;
  let council: TestCouncil;
  const postgres = DIALECTS.includes('postgres');

  beforeAll(async () => {
    if (!postgres) return;
    const admin = new URL(POSTGRES_ADMIN_URL);
    proxy = await TcpProxy.start({ host: admin.hostname, port: Number(admin.port || 5432) });
    database = await createScratchDatabase('postgres', 'away');
    const viaProxy = new URL(database.url);
    viaProxy.host = `127.0.0.1:${proxy.port}`;
    t = await startTestApp('postgres', { DATABASE_URL: viaProxy.toString() });
    council = await t.council();
  });
  afterAll(async () => {
    if (!postgres) return;
    await t?.close();
    await proxy?.cut();
    await database?.drop();
  });

  it('answers 503 with Retry-After while the database is away, and serves again when it is back', async () => {
    if (!postgres) return expect(DIALECTS).toEqual(['sqlite']);
    const list = () => t.as(council.coordinator).get('/api/v1/authorities');
    expect((await list()).status).toBe(200);
    await proxy.cut();
    const away = await waitFor('the API to notice the database is away', async () => {
      const res = await t.as(council.coordinator).post('/api/v1/authorities', { name: 'Kent Police', kind: 'police', statutory: true });
      return res.status === 503 ? res : undefined;
    });
    expect(away.headers['retry-after']).toBe('30');
    expect(away.body).toMatchObject({ statusCode: 503, message: expect.stringContaining('database cannot be reached') });
    expect((await t.http().get('/health')).status).toBe(503);

    await proxy.restore();
    await waitFor('the API to serve again', async () => (await list()).status === 200);
    expect((await list()).body.total).toBe(0);
  });
});

describe.each(DIALECTS)('instances started together on an empty %s database', (dialect) => {
  it('take turns at the migrations, and MIGRATIONS=off refuses to start until they are run', async () => {
    const database = await createScratchDatabase(dialect, 'race');
    const apps: TestApp[] = [];
    try {
      // The server itself, as an operator starts it: it stops, saying what to do.
      const refused = await startServer({ DATABASE_URL: database.url, MIGRATIONS: 'off', REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' }).then(
        async (server) => (await server.stop(), 'started'),
        (error: Error) => error.message,
      );
      expect(refused).toContain('the server exited with 1');
      expect(refused).toContain('run `npm run migrate` first');
      apps.push(...(await Promise.all([1, 2, 3].map(() => startTestApp(dialect, { DATABASE_URL: database.url })))));
      const council = await apps[0].council();
      for (const app of apps) expect((await app.as(council.coordinator).get('/api/v1/me')).status).toBe(200);
      const late = await startTestApp(dialect, { DATABASE_URL: database.url, MIGRATIONS: 'off' });
      apps.push(late);
      expect((await late.http().get('/health')).status).toBe(200);
    } finally {
      for (const app of apps) await app.close();
      await database.drop();
    }
  });
});
