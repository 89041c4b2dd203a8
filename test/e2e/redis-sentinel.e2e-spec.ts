import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { startRedisServer, startSentinel } from '../support/sentinel-process.js';
import { startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';

/*
 * A Redis watched by a Sentinel (REDIS_URL=redis+sentinel://…), with the queue keys under a Cluster-safe
 * prefix ({…}): requests to authorities still go, and go on going once the master has died and the
 * Sentinel has made its replica the master.
 */
describe('Redis behind a Sentinel', () => {
  let master: Awaited<ReturnType<typeof startRedisServer>>;
  let replica: Awaited<ReturnType<typeof startRedisServer>>;
  let sentinel: Awaited<ReturnType<typeof startSentinel>>;
  let t: TestApp;
  let council: TestCouncil;
  let authorityId: string;

  beforeAll(async () => {
    master = await startRedisServer();
    replica = await startRedisServer(master.port);
    sentinel = await startSentinel('queues', master.port);
    t = await startTestApp('sqlite', { REDIS_URL: `redis+sentinel://127.0.0.1:${sentinel.port}/queues`, QUEUE_PREFIX: `{sentinel-${randomBytes(3).toString('hex')}}` });
    council = await t.council();
    const authority = await council.api.post('/api/v1/authorities', { name: 'Kent Fire and Rescue Service', kind: 'fire_rescue', statutory: true });
    authorityId = authority.body.id;
    await council.api.post(`/api/v1/authorities/${authorityId}/contacts`, { name: 'Station Manager', email: 'sm@kent.fire.example.org', role: 'Prevention', escalationLevel: 0 });
  });
  afterAll(async () => {
    await t?.close();
    await sentinel?.stop();
    await replica?.stop();
    await master?.stop();
  });

  const request = (subject: string) =>
    council.api.post('/api/v1/obligations', { kind: 'information_request', authorityId, subject, details: 'Figures by ward.', issuedOn: '2017-07-26', dueOn: '2017-08-31' });

  it('sends a request through the master the Sentinel names', async () => {
    expect((await t.http().get('/health')).body).toMatchObject({ redis: 'up' });
    expect((await request('Deliberate fires')).status).toBe(201);
    await t.smtp.waitFor((m) => !!m.subject?.includes('Deliberate fires'));
  });

  it('carries on once the master dies and the Sentinel promotes the replica', async () => {
    await master.stop();
    // The Sentinel calls the master down after a second, then makes the replica the master.
    await waitFor('the replica to be made the master', async () => (await t.http().get('/health')).body.redis === 'up' && (await replicaRole()) === 'master');
    const issued = await waitFor('the API to take a request again', async () => {
      const res = await request('Hoax calls');
      return res.status === 201 ? res : null;
    });
    expect(issued.body.subject).toBe('Hoax calls');
    await t.smtp.waitFor((m) => !!m.subject?.includes('Hoax calls'));
  });

  /** What the replica says it is now. */
  async function replicaRole(): Promise<string> {
    const { Redis } = await import('ioredis');
    const client = new Redis({ port: replica.port, lazyConnect: true, maxRetriesPerRequest: 0 });
    try {
      await client.connect();
      return String(((await client.role()) as unknown[])[0]);
    } finally {
      client.disconnect();
    }
  }
});
