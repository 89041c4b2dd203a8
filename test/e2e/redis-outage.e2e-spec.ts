import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AnnualReportsService } from '../../src/annual-reports/annual-reports.service.js';
import { RedisProcess } from '../support/redis-process.js';
import { startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';

/** Redis stopped when reminders fall due: the sweep says so, nothing is lost, and they go when it returns. */
describe('reminders while Redis is down', () => {
  let t: TestApp;
  let redis: RedisProcess;
  let dartford: TestCouncil;

  beforeAll(async () => {
    redis = await RedisProcess.start();
    t = await startTestApp('sqlite', { REDIS_URL: redis.url });
    dartford = await t.council('dartford');
  });
  afterAll(async () => {
    await t.close();
    await redis.stop();
  });

  it('keeps the request and due reminders in the database and sends each once Redis is back', async () => {
    const post = (path: string, body: object) => t.as(dartford.coordinator).post(path, body);
    const authority = await post('/api/v1/authorities', { name: 'Kent Police', kind: 'police', statutory: true });
    await post(`/api/v1/authorities/${authority.body.id}/contacts`, { name: 'Insp. Gary Woodward', email: 'gary.woodward@example.org', role: 'CSU Inspector', escalationLevel: 0 });

    // Issued while Redis is down: the obligation and its request are kept; the request waits.
    await redis.stop();
    t.clock.set('2017-07-26T12:00:00Z');
    const issued = await post('/api/v1/obligations', { kind: 'recommendation', authorityId: authority.body.id, subject: 'Town centre safety', details: 'Recommendations', issuedOn: '2017-07-26' });
    expect(issued.status).toBe(201);
    t.clock.set('2017-08-16T08:01:00Z');
    const refused = await post('/api/v1/reminders/sweep', {});
    expect(refused.status).toBe(503);
    expect(refused.body.message).toContain('stay due');

    await redis.restart();
    // The queue reconnects on its own. The refused commands may land now, or the next sweep enqueues
    // the request and the reminder: either way each is sent, and once.
    expect((await post('/api/v1/reminders/sweep', {})).status).toBe(200);
    const thread = `<obligation.${issued.body.id}@dartford.example.org>`;
    const request = await t.smtp.waitFor((m) => m.messageId === thread);
    const reminder = await t.smtp.waitFor((m) => m.inReplyTo === thread);
    for (const mail of [request, reminder]) expect(mail.text).toContain('Report dated Wed 26 July 2017');
    expect(reminder.subject).toContain('Reminder');
    await t.settled();
    expect((await post('/api/v1/reminders/sweep', {})).body.enqueued).toBe(0);
    expect(t.smtp.messages).toHaveLength(2);
  });

  it('keeps an annual report asked for while Redis is down, and compiles it once Redis is back', async () => {
    const post = (path: string, body: object) => t.as(dartford.coordinator).post(path, body);
    const committee = await post('/api/v1/committees', { name: 'Crime and Disorder Committee' });
    await post('/api/v1/municipal-years', { label: '2017-18', startsOn: '2017-05-17', endsOn: '2018-05-15' });

    await redis.stop();
    const asked = await post('/api/v1/annual-reports', { committeeId: committee.body.id, municipalYear: '2017-18' });
    expect(asked.status).toBe(202);
    expect(asked.body.status).toBe('queued');

    await redis.restart();
    // The refused add may land on its own, or the scheduled sweep adds it: either way it is compiled, once.
    await t.app.get(AnnualReportsService).sweep(dartford.id);
    const report = await waitFor('the report to be compiled', async () => {
      const latest = (await t.as(dartford.coordinator).get(`/api/v1/annual-reports/${asked.body.id}`)).body;
      return ['queued', 'compiling'].includes(latest.status) ? undefined : latest;
    });
    expect(report).toMatchObject({ status: 'draft', progress: 100, version: 1 });
  });
});
