import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';

/*
 * Two app instances on the same database, Redis and SMTP server, both sweeping the same due
 * reminders at the same moment: each reminder must arrive exactly once.
 */
describe.each(DIALECTS)('two instances on %s', (dialect) => {
  let a: TestApp;
  let b: TestApp;
  let dartford: TestCouncil;

  beforeAll(async () => {
    a = await startTestApp(dialect);
    b = await startTestApp(dialect, { DATABASE_URL: a.config.DATABASE_URL, QUEUE_PREFIX: a.config.QUEUE_PREFIX, SMTP_URL: a.smtp.url });
    dartford = await a.council('dartford');
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('sends each reminder once when both sweep at once', async () => {
    const post = (t: TestApp, path: string, body: object) => t.as(dartford.coordinator).post(path, body);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const authority = await post(a, '/api/v1/authorities', { name: `Authority ${i}`, kind: 'other', statutory: true });
      await post(a, `/api/v1/authorities/${authority.body.id}/contacts`, { name: `Contact ${i}`, email: `contact.${i}@example.org`, role: 'Officer', escalationLevel: 0 });
      ids.push(authority.body.id);
    }
    for (const clock of [a.clock, b.clock]) clock.set('2017-07-26T12:00:00Z');
    await post(a, '/api/v1/obligation-groups', { kind: 'recommendation', subject: 'Night-time economy', details: 'Recommendations', issuedOn: '2017-07-26' });
    // The five requests themselves go at once, through either instance's workers.
    await a.smtp.waitForCount(5);
    await a.settled();

    // Both instances reach 09:01 on 16 August (the 7-day stage) and sweep together, twice.
    for (const clock of [a.clock, b.clock]) clock.set('2017-08-16T08:01:00Z');
    const sweeps = await Promise.all([a, b, a, b].map((t) => post(t, '/api/v1/reminders/sweep', {})));
    expect(sweeps.every((s) => s.status === 200)).toBe(true);
    await a.smtp.waitForCount(10);

    // Whatever else is still in flight has its chance to (wrongly) arrive before we count.
    for (const t of [a, b]) expect((await post(t, '/api/v1/reminders/sweep', {})).body.enqueued).toBe(0);
    const recipients = a.smtp.messages.slice(5).map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)!.value[0].address).sort();
    expect(recipients).toEqual(ids.map((_, i) => `contact.${i}@example.org`));
    expect(b.smtp.messages).toHaveLength(0);
  });
});
