import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ParsedMail } from 'mailparser';
import { WeeklyDigest } from '../../src/reminders/digest.entity.js';
import { SweepsScheduler } from '../../src/jobs/sweeps.scheduler.js';
import { waitFor } from '../support/wait-for.js';
import { DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';

const isDigest = (mail: ParsedMail) => /: week of /.test(mail.subject ?? '');

describe.each(DIALECTS)('the weekly digest on %s', (dialect) => {
  let t: TestApp;
  let dartford: TestCouncil;
  let coordinators: string[];

  const post = (path: string, body: object, token = dartford.coordinator) => t.as(token).post(path, body);
  const digests = () => t.smtp.messages.filter(isDigest);
  /** A scheduled tick, as the cron would fire it, and the queue's work after it. */
  async function tick(at: string): Promise<void> {
    t.clock.set(at);
    await t.app.get(SweepsScheduler).tick();
  }

  beforeAll(async () => {
    t = await startTestApp(dialect);
    dartford = await t.council('dartford');
    const second = await dartford.token('coordinator');
    coordinators = [
      (await t.as(dartford.coordinator).get('/api/v1/me')).body.email,
      (await t.as(second).get('/api/v1/me')).body.email,
    ].sort();
    await post('/api/v1/committees', { name: 'Crime and Disorder (Overview and Scrutiny) Committee' });
    const police = (await post('/api/v1/authorities', { name: 'Kent Police', kind: 'police', statutory: true })).body.id;
    const kcc = (await post('/api/v1/authorities', { name: 'Kent County Council', kind: 'county_council', statutory: true })).body.id;
    await post(`/api/v1/authorities/${police}/contacts`, { name: 'CSU Inspector', email: 'csu@police.example.org', role: 'Inspector', escalationLevel: 0 });
    await post(`/api/v1/authorities/${kcc}/contacts`, { name: 'Gone', email: 'gone@kcc.example.org', role: 'Officer', escalationLevel: 0 });
    t.clock.set('2017-07-26T20:00:00Z');
    await post('/api/v1/obligations', { kind: 'recommendation', authorityId: police, subject: 'Unauthorised encampments', details: 'x', issuedOn: '2017-07-26' });
    const kccInfo = await post('/api/v1/obligations', { kind: 'information_request', authorityId: kcc, subject: 'Domestic abuse referrals', details: 'x', issuedOn: '2017-07-26', dueOn: '2017-08-31' });
    await post('/api/v1/obligations', { kind: 'information_request', authorityId: kcc, subject: 'Next month', details: 'x', issuedOn: '2017-07-26', dueOn: '2017-09-20' });
    // The three requests themselves reach the authorities while their addresses still work.
    await t.smtp.waitForCount(3);
    await t.settled();
    const kccToken = await dartford.token('authority', kcc);
    await post(`/api/v1/obligations/${kccInfo.body.id}/extensions`, { newDueOn: '2017-09-08', reason: 'The analyst is on leave' }, kccToken);
    t.smtp.unknownRecipients.add('gone@kcc.example.org');
    // Thursday: the KCC reminder a week before its due date meets the refused address (reminders only: no digest yet).
    t.clock.set('2017-08-24T08:01:00Z');
    await post('/api/v1/reminders/sweep', {});
    await t.smtp.waitFor((m) => m.subject?.includes('Reminder NOT sent') === true);
  });
  afterAll(() => t.close());

  it('shows the co-ordinator what it will say', async () => {
    t.clock.set('2017-08-28T09:00:00Z'); // Monday
    const preview = await t.as(dartford.coordinator).get('/api/v1/reminders/digest');
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      weekOf: '2017-08-28',
      overdue: [{ authority: 'Kent Police', subject: 'Unauthorised encampments', dueOn: '2017-08-23' }],
      dueThisWeek: [{ authority: 'Kent County Council', subject: 'Domestic abuse referrals', dueOn: '2017-08-31' }],
      extensionRequests: [{ authority: 'Kent County Council', newDueOn: '2017-09-08', reason: 'The analyst is on leave' }],
    });
    expect((await t.as(await dartford.token('member')).get('/api/v1/reminders/digest')).status).toBe(403);
  });

  it('is not sent before Monday 08:00 London time, then once to every co-ordinator, whatever the ticks', async () => {
    await tick('2017-08-28T06:59:00Z'); // 07:59 BST
    await tick('2017-08-28T06:59:30Z');
    expect(await t.dataSource.getRepository(WeeklyDigest).count()).toBe(0);

    await tick('2017-08-28T07:01:00Z'); // 08:01 BST
    const digest = await t.smtp.waitFor(isDigest);
    expect((Array.isArray(digest.to) ? digest.to : [digest.to!]).flatMap((a) => a.value.map((v) => v.address)).sort()).toEqual(coordinators);
    expect(digest.subject).toBe('Crime and Disorder (Overview and Scrutiny) Committee: week of Mon 28 August 2017 – 1 overdue, 1 due this week, 2 delivery problem(s)');
    expect(digest.text).toContain('Overdue (1):\n- Kent Police: Response to recommendations – Unauthorised encampments, due Wed 23 August 2017 (5 days overdue)');
    expect(digest.text).toContain('Due this week (1):\n- Kent County Council: Information requested – Domestic abuse referrals, due Thu 31 August 2017');
    expect(digest.text).toContain('The analyst is on leave');
    expect(digest.text).toContain(
      'Reminders that could not be delivered (1):\n- Kent County Council: Domestic abuse referrals (7 days before the due date) – no working contact is left at Kent County Council',
    );
    expect(digest.text).toMatch(/Addresses refused by the mail server \(1\):\n- Kent County Council: Gone <gone@kcc\.example\.org> since Thu 24 August 2017 – 550/);

    // The message arrives a moment before its row is marked sent; wait for that before the clock jumps days.
    const row = () => t.dataSource.getRepository(WeeklyDigest).findOneBy({ weekOf: '2017-08-28' });
    await waitFor("the week's digest to be marked sent", async () => (await row())?.status === 'sent');
    await tick('2017-08-28T07:06:00Z');
    await tick('2017-08-30T12:00:00Z');
    expect(digests()).toHaveLength(1);
    expect(await t.dataSource.getRepository(WeeklyDigest).findOneBy({ weekOf: '2017-08-28' })).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('waits while the mail server refuses it, and is sent once when it recovers', async () => {
    t.smtp.refuseWith = 'Service temporarily unavailable';
    await tick('2017-09-04T07:01:00Z');
    const repository = t.dataSource.getRepository(WeeklyDigest);
    await waitFor('the refused digest to be put back', async () => (await repository.findOneBy({ weekOf: '2017-09-04' }))?.lastError);
    expect(await repository.findOneBy({ weekOf: '2017-09-04' })).toMatchObject({
      status: 'pending',
      lastError: expect.stringContaining('Service temporarily unavailable'),
      retryAt: new Date('2017-09-04T07:06:00Z'),
    });
    expect(digests()).toHaveLength(1);

    t.smtp.refuseWith = null;
    await tick('2017-09-04T07:06:00Z');
    await t.smtp.waitFor((m) => isDigest(m) && m.subject!.includes('week of Mon 4 September 2017'));
    expect(digests()).toHaveLength(2);
  });
});
