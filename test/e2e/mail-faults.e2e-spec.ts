import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MailOutbox } from '../../src/mail/mail-outbox.service.js';
import { MailTemplates } from '../../src/mail/mail-templates.js';
import { OutboxMail } from '../../src/mail/outbox-mail.entity.js';
import { Reminder } from '../../src/reminders/reminder.entity.js';
import { DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';

/*
 * A mail server that answers "try again later" (450 at RCPT TO: greylisting, a full mailbox) for some
 * recipients and accepts the others. Each attempt offers the message at most once to each address;
 * an address that took it is never sent it again; a deferred one gets the same message later.
 */
describe.each(DIALECTS)('recipients the mail server defers, on %s', (dialect) => {
  let t: TestApp;
  let council: TestCouncil;
  let coordinatorEmail: string;
  const post = (path: string, body: object) => t.as(council.coordinator).post(path, body);
  const reminderOf = (obligationId: string) => t.dataSource.getRepository(Reminder).findOneByOrFail({ obligationId, stage: 'after-7' });
  /** Waits for the reminder to finish its attempt (whatever it came to), and returns it. */
  const attempted = (obligationId: string, attempts: number) =>
    waitFor(`attempt ${attempts} of the reminder to be recorded`, async () => {
      const row = await reminderOf(obligationId);
      return row.attempts === attempts && row.status !== 'sending' ? row : undefined;
    });

  async function authority(name: string, contacts: [string, number][]): Promise<string> {
    const made = await post('/api/v1/authorities', { name, kind: 'other', statutory: true });
    for (const [email, escalationLevel] of contacts) {
      await post(`/api/v1/authorities/${made.body.id}/contacts`, { name: email.split('@')[0], email, role: 'Officer', escalationLevel });
    }
    return made.body.id;
  }
  /** Issues the request, and waits until the request itself has gone to the first contacts. */
  async function informationRequest(authorityId: string, subject: string): Promise<string> {
    t.clock.set('2017-12-01T12:00:00Z');
    const id = (await post('/api/v1/obligations', { kind: 'information_request', authorityId, subject, details: 'Figures', issuedOn: '2017-12-01', dueOn: '2017-12-04' })).body.id;
    await waitFor('the request to be sent', async () => (await t.dataSource.getRepository(Reminder).findOneBy({ obligationId: id, stage: 'request', status: 'sent' })) ?? undefined);
    return id;
  }
  const deliveryOf = async (obligationId: string) =>
    ((await t.as(council.coordinator).get(`/api/v1/obligations/${obligationId}/deliveries`)).body as { stage: string; recipients: unknown[] }[]).find((d) => d.stage === 'after-7')!;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    council = await t.council();
    coordinatorEmail = (await t.as(council.coordinator).get('/api/v1/me')).body.email;
    // One stage, seven days after the due date, copied to the co-ordinator: the stage of the storm seen in the field.
    await t.as(council.coordinator).put('/api/v1/reminders/policy', { stages: [{ offsetDays: 7, level: 0, copyCoordinator: true, copyChair: false }] });
  });
  afterAll(() => t.close());

  it('greylisted contact, accepted copy: one copy to the co-ordinator, the contact later, the same message, no storm', async () => {
    const police = await authority('Kent Police', [['police.0@example.org', 0], ['police.1@example.org', 1]]);
    const obligationId = await informationRequest(police, 'Stop and search figures');
    t.smtp.deferredRecipients.add('police.0@example.org');
    const before = t.smtp.messages.length;

    t.clock.set('2017-12-11T09:01:00Z'); // seven days after, 09:01 GMT
    expect((await post('/api/v1/reminders/sweep', {})).body.enqueued).toBe(1);
    const first = await attempted(obligationId, 1);
    expect(first).toMatchObject({ status: 'pending', retryAt: new Date('2017-12-11T09:06:00Z'), lastError: expect.stringContaining('police.0@example.org deferred') });
    expect(t.smtp.messages.length - before).toBe(1);
    expect(t.smtp.deliveredTo(coordinatorEmail)).toBe(1);
    expect(t.smtp.deliveredTo('police.0@example.org')).toBe(1); // the request, before the greylisting
    // Not offered again before its retry time, however often the sweep runs.
    expect((await post('/api/v1/reminders/sweep', {})).body.enqueued).toBe(0);

    // Still greylisted at the retry: the contact alone is offered it; the co-ordinator gets nothing more.
    t.clock.set('2017-12-11T09:06:00Z');
    expect((await post('/api/v1/reminders/sweep', {})).body.enqueued).toBe(1);
    expect(await attempted(obligationId, 2)).toMatchObject({ status: 'pending', retryAt: new Date('2017-12-11T09:16:00Z') });
    expect(t.smtp.messages.length - before).toBe(1);

    // The greylist lets it through: the contact gets the same message (same Message-ID), alone.
    t.smtp.deferredRecipients.clear();
    t.clock.set('2017-12-11T09:16:00Z');
    expect((await post('/api/v1/reminders/sweep', {})).body.enqueued).toBe(1);
    const done = await attempted(obligationId, 3);
    expect(done).toMatchObject({ status: 'sent', retryAt: null, lastError: null, sentAt: new Date('2017-12-11T09:01:00Z') });
    const sent = t.smtp.messages.slice(before);
    expect(sent).toHaveLength(2);
    expect(t.smtp.envelopes.slice(before)).toEqual([[coordinatorEmail], ['police.0@example.org']]);
    expect(sent[1].messageId).toBe(sent[0].messageId);
    expect(t.smtp.deliveredTo(coordinatorEmail)).toBe(1);
    expect(t.smtp.deliveredTo('police.0@example.org')).toBe(2);

    const delivery = await deliveryOf(obligationId);
    expect(delivery).toMatchObject({ status: 'sent', attempts: 3, to: ['police.0@example.org'], cc: [coordinatorEmail] });
    expect(delivery.recipients).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ address: coordinatorEmail, state: 'accepted', tries: 1 }),
        expect.objectContaining({ address: 'police.0@example.org', state: 'accepted', tries: 3 }),
      ]),
    );
    expect((await post('/api/v1/reminders/sweep', {})).body.enqueued).toBe(0);
  });

  it('one of two first contacts deferred: the other has it at once, the deferred one is retried for a day, then counted as refusing and the co-ordinator told', async () => {
    const fire = await authority('Kent Fire and Rescue', [['fire.a@example.org', 0], ['fire.b@example.org', 0]]);
    const obligationId = await informationRequest(fire, 'Deliberate fires by ward');
    t.smtp.deferredRecipients.add('fire.b@example.org');
    try {
      t.clock.set('2017-12-11T09:01:00Z');
      expect((await post('/api/v1/reminders/sweep', {})).body.enqueued).toBe(1);
      expect(await attempted(obligationId, 1)).toMatchObject({ status: 'pending', lastError: expect.stringContaining('fire.b@example.org deferred') });
      expect(t.smtp.deliveredTo('fire.a@example.org')).toBe(2); // the request, then the reminder
      const pending = await deliveryOf(obligationId);
      expect(pending.recipients).toEqual(expect.arrayContaining([expect.objectContaining({ address: 'fire.b@example.org', state: 'deferred', reply: expect.stringContaining('450') })]));

      // A day of deferrals later, the address is treated as refusing: marked failing, and the co-ordinator told.
      const notices = t.smtp.messages.length;
      t.clock.set('2017-12-12T09:02:00Z');
      expect((await post('/api/v1/reminders/sweep', {})).body.enqueued).toBe(1);
      expect(await attempted(obligationId, 2)).toMatchObject({ status: 'sent', lastError: expect.stringContaining('fire.b@example.org refused: not accepted for 24 hours') });
      const notice = await t.smtp.waitFor((m) => m.subject?.includes('Address refused') === true && m.text?.includes('fire.b@example.org') === true);
      expect(notice.text).toContain('not accepted for 24 hours');
      expect(t.smtp.messages.length - notices).toBe(1);
      expect(t.smtp.deliveredTo('fire.a@example.org')).toBe(2);
      expect(t.smtp.deliveredTo('fire.b@example.org')).toBe(1); // the request alone
      const contacts = (await t.as(council.coordinator).get(`/api/v1/authorities/${fire}`)).body.contacts;
      expect(contacts.find((c: { email: string }) => c.email === 'fire.b@example.org')).toMatchObject({ failingSince: '2017-12-12T09:02:00.000Z' });
    } finally {
      t.smtp.deferredRecipients.clear();
    }
  });

  it('an outbox notice: delivered to whoever takes it, later to the deferred address with the same Message-ID, never twice', async () => {
    const outbox = t.app.get(MailOutbox);
    t.clock.set('2017-12-20T10:00:00Z');
    t.smtp.deferredRecipients.add('member.b@example.org');
    const before = t.smtp.messages.length;
    const words = await t.app.get(MailTemplates).render('mail/test-message.mail.njk', { name: 'Member' }, { councilId: council.id, audience: 'council' });
    const id = await t.dataSource.transaction((manager) => outbox.post(manager, council.id, { to: ['member.a@example.org', 'member.b@example.org'], ...words }));
    await outbox.deliver([id]);
    const row = () => t.dataSource.getRepository(OutboxMail).findOneByOrFail({ id: id! });
    expect(await row()).toMatchObject({ status: 'pending', attempts: 1, retryAt: new Date('2017-12-20T10:05:00Z') });
    expect(await outbox.deliverDue()).toBe(0);
    expect(t.smtp.messages.length - before).toBe(1);

    t.smtp.deferredRecipients.clear();
    t.clock.set('2017-12-20T10:05:00Z');
    expect(await outbox.deliverDue()).toBe(1);
    expect(await row()).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    expect(t.smtp.envelopes.slice(before)).toEqual([['member.a@example.org'], ['member.b@example.org']]);
    expect(t.smtp.messages[before + 1].messageId).toBe(t.smtp.messages[before].messageId);
    expect(await outbox.deliverDue()).toBe(0);
  });
});
