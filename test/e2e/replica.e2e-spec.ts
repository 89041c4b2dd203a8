import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createScratchDatabase, POSTGRES_ADMIN_URL, type ScratchDatabase } from '../../src/common/database/scratch-database.js';
import { TcpProxy } from '../support/tcp-proxy.js';
import { DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';

/*
 * DATABASE_REPLICA_URL: the public pages and feeds read from a read-only replica, everything else from
 * the primary. The "replica" here is the same database through a role that may only read and whose
 * every transaction is read-only, as a streaming standby's is, behind a proxy that counts what it
 * carries: a write sent there would fail, and a read sent there is seen.
 */
describe('a read-only replica (PostgreSQL)', () => {
  const postgres = DIALECTS.includes('postgres');
  const reader = `scrutineer_reader_${randomBytes(4).toString('hex')}`;
  let database: ScratchDatabase;
  let proxy: TcpProxy;
  let t: TestApp;
  let council: TestCouncil;

  const admin = async (url: string, sql: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    if (!postgres) return;
    database = await createScratchDatabase('postgres', 'replica');
    await admin(POSTGRES_ADMIN_URL, `CREATE ROLE ${reader} LOGIN`);
    // Tables the migrations are about to make may be read by the reader, and by nothing else of it.
    await admin(database.url, `GRANT USAGE ON SCHEMA public TO ${reader}; ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO ${reader}; ALTER ROLE ${reader} SET default_transaction_read_only = on`);
    const server = new URL(POSTGRES_ADMIN_URL);
    proxy = await TcpProxy.start({ host: server.hostname, port: Number(server.port || 5432) });
    const replica = new URL(database.url);
    replica.host = `127.0.0.1:${proxy.port}`;
    replica.username = reader;
    replica.password = '';
    t = await startTestApp('postgres', { DATABASE_URL: database.url, DATABASE_REPLICA_URL: replica.toString() });
    council = await t.council();
  });
  afterAll(async () => {
    if (!postgres) return;
    await t?.close();
    await proxy?.cut();
    await database?.drop();
    await admin(POSTGRES_ADMIN_URL, `DROP ROLE IF EXISTS ${reader}`);
  });

  it('serves public pages and feeds from the replica, and writes and signed-in reads from the primary', async () => {
    if (!postgres) return expect(DIALECTS).toEqual(['sqlite']);
    // Writes: each would fail on the read-only replica.
    const committee = await council.api.post('/api/v1/committees', { name: 'Crime and Disorder (Overview and Scrutiny) Committee' });
    expect(committee.status).toBe(201);
    expect((await council.api.post('/api/v1/municipal-years', { label: '2017-18', startsOn: '2017-05-17', endsOn: '2018-05-15' })).status).toBe(201);
    const before = proxy.bytesIn;
    expect((await council.api.get('/api/v1/committees')).status).toBe(200);
    expect(proxy.bytesIn).toBe(before);

    const page = await t.http().get(`/public/${council.slug}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`${council.slug} Borough Council`);
    expect(proxy.bytesIn).toBeGreaterThan(before);
    const afterPage = proxy.bytesIn;
    const feed = await t.http().get(`/public/${council.slug}/meetings.ics`);
    expect(feed.status).toBe(200);
    expect(proxy.bytesIn).toBeGreaterThan(afterPage);
  });

  it('keeps the API up while the replica is away; the public pages answer 503 until it is back', async () => {
    if (!postgres) return expect(DIALECTS).toEqual(['sqlite']);
    await proxy.cut();
    const away = await waitFor('a public page to notice the replica is away', async () => {
      const res = await t.http().get(`/public/${council.slug}`);
      return res.status === 503 ? res : undefined;
    });
    expect(away.headers['retry-after']).toBe('30');
    expect((await council.api.get('/api/v1/committees')).status).toBe(200);
    expect((await council.api.post('/api/v1/authorities', { name: 'Kent Police', kind: 'police', statutory: true })).status).toBe(201);
    await proxy.restore();
    await waitFor('the public page to serve again', async () => (await t.http().get(`/public/${council.slug}`)).status === 200);
  });
});
