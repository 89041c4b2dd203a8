import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ParsedMail } from 'mailparser';
import { randomUUID } from 'node:crypto';
import { Obligation } from '../../src/obligations/obligation.entity.js';
import { Reminder } from '../../src/reminders/reminder.entity.js';
import { STALE_CLAIM_MS } from '../../src/common/queue/claim.js';
import { RemindersService } from '../../src/reminders/reminders.service.js';
import { ReminderDeliveryService } from '../../src/reminders/reminder-delivery.service.js';
import { accessibilityViolations, startBrowser } from '../support/browser.js';
import { waitFor } from '../support/wait-for.js';
import { auth, DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';

const addresses = (field: ParsedMail['to'] | ParsedMail['cc']) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address!)).sort();
const references = (mail: ParsedMail) => [mail.references ?? []].flat();

describe.each(DIALECTS)('reminders on %s', (dialect) => {
  let t: TestApp;
  let dartford: TestCouncil;
  let coordinatorEmail: string;
  const bodies = ['police', 'kcc', 'fire'];
  const authorityIds: Record<string, string> = {};
  const obligationIds: Record<string, string> = {};
  let received = 0;

  const post = (path: string, body: object, token = dartford.coordinator) => t.as(token).post(path, body);
  /** Issues an information request and waits until its request has reached the authority and been recorded; its id. */
  const requestIssued = async (authority: string, request: { subject: string; details: string; issuedOn: string; dueOn: string }): Promise<string> => {
    const issued = await post('/api/v1/obligations', { kind: 'information_request', authorityId: authorityIds[authority], ...request });
    await t.smtp.waitFor((m) => !!m.subject?.includes(request.subject));
    await t.settled();
    return issued.body.id;
  };

  /** Moves the clock to 09:01 London time on the day, sweeps, and waits for exactly `count` new messages. */
  async function stage(day: string, count: number): Promise<ParsedMail[]> {
    t.clock.set(new Date(`${day}T08:01:00Z`)); // BST: 09:01 in London
    const sweep = await post('/api/v1/reminders/sweep', {});
    expect(sweep.status).toBe(200);
    expect(sweep.body.enqueued).toBe(count);
    // Sweeping again before the jobs finish adds nothing that would be sent twice.
    await post('/api/v1/reminders/sweep', {});
    const all = await t.smtp.waitForCount(received + count);
    const fresh = all.slice(received);
    received += count;
    // A message arrives a moment before its row is marked sent; the next stage jumps the clock by
    // days, which would make a row still being sent look like a dead worker's stale claim.
    await t.settled();
    return fresh;
  }

  beforeAll(async () => {
    t = await startTestApp(dialect);
    dartford = await t.council('dartford');
    coordinatorEmail = (await t.as(dartford.coordinator).get('/api/v1/me')).body.email;
    const committee = await post('/api/v1/committees', { name: 'Crime and Disorder (Overview and Scrutiny) Committee' });
    await post(`/api/v1/committees/${committee.body.id}/members`, { name: 'Councillor R J Wells', email: 'wells@dartford.example.org', role: 'chair', from: '2017-05-17' });
    for (const body of bodies) {
      const authority = await post('/api/v1/authorities', { name: `Authority ${body}`, kind: 'other', statutory: true });
      authorityIds[body] = authority.body.id;
      for (const level of [0, 1, 2]) {
        await post(`/api/v1/authorities/${authority.body.id}/contacts`, { name: `${body} level ${level}`, email: `${body}.${level}@example.org`, role: 'Officer', escalationLevel: level });
      }
    }
    t.clock.set('2017-07-26T20:00:00Z');
    const group = await post('/api/v1/obligation-groups', {
      kind: 'recommendation',
      subject: 'Unauthorised encampments',
      details: 'That partners agree a joint protocol for unauthorised encampments.',
      issuedOn: '2017-07-26',
    });
    for (const o of group.body.obligations) obligationIds[Object.keys(authorityIds).find((k) => authorityIds[k] === o.authorityId)!] = o.id;
    // The requests themselves go at once, one to each first contact.
    received = (await t.smtp.waitForCount(3)).length;
    await t.settled();
  });
  afterAll(() => t.close());

  it('sends nothing before the first stage', async () => {
    t.clock.set('2017-08-15T12:00:00Z');
    expect((await post('/api/v1/reminders/sweep', {})).body.enqueued).toBe(0);
  });

  it('reminds each first contact 7 days and 1 day before, and on the due date, in one thread per obligation', async () => {
    for (const day of ['2017-08-16', '2017-08-22', '2017-08-23']) {
      const mails = await stage(day, 3);
      expect(mails.map((m) => addresses(m.to)[0]).sort()).toEqual(['fire.0@example.org', 'kcc.0@example.org', 'police.0@example.org']);
      for (const mail of mails) {
        expect(addresses(mail.cc)).toEqual([]);
        expect(mail.replyTo?.value[0].address).toBe(coordinatorEmail);
        expect(mail.subject).toContain('Crime and Disorder (Overview and Scrutiny) Committee');
        expect(mail.subject).toContain('Unauthorised encampments (due Wed 23 August 2017)');
        expect(mail.text).toContain('Report dated Wed 26 July 2017 + 28 days = Wed 23 August 2017');
      }
    }
    const police = t.smtp.messages.filter((m) => addresses(m.to).includes('police.0@example.org'));
    expect(police).toHaveLength(4);
    // The request opens the thread; each reminder replies to it.
    const thread = `<obligation.${obligationIds.police}@dartford.example.org>`;
    expect(police[0].messageId).toBe(thread);
    for (const mail of police.slice(1)) {
      expect(mail.inReplyTo).toBe(thread);
      expect(references(mail)).toContain(thread);
    }
    expect(new Set(police.map((m) => m.messageId)).size).toBe(4);
    expect(police[3].subject).toMatch(/^Crime and Disorder \(Overview and Scrutiny\) Committee: Due today/);
    expect(police[3].text).toContain(
      '- The request: sent Wed 26 July 2017 to police.0@example.org\n' +
        '- The reminder 7 days before the due date: sent Wed 16 August 2017 to police.0@example.org\n' +
        '- The reminder 1 day before the due date: sent Tue 22 August 2017 to police.0@example.org',
    );
  });

  it('stops reminding an authority once it has answered through the link in its reminder (in Chromium)', async () => {
    const lastToPolice = t.smtp.messages.filter((m) => addresses(m.to).includes('police.0@example.org')).at(-1)!;
    const link = /http:\/\/127\.0\.0\.1:\d+\/respond\/[A-Za-z0-9._-]+/.exec(lastToPolice.text ?? '')![0];
    const browser = await startBrowser();
    try {
      // The page's CSP forbids inline scripts; the audit's own script is let in for the test alone.
      const page = await browser.newPage({ bypassCSP: true });
      await page.goto(link);
      expect(await accessibilityViolations(page)).toEqual([]);
      // With the keyboard alone: type the response, tab to the button, press Enter.
      await page.getByLabel('Your response', { exact: true }).focus();
      await page.keyboard.type('Accepted in full.');
      await page.getByRole('button', { name: 'Send response' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('h1:has-text("Your response has been recorded")');
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      await browser.close();
    }
    const police = await t.as(dartford.coordinator).get(`/api/v1/obligations/${obligationIds.police}`);
    expect(police.body).toMatchObject({ status: 'responded', responses: [{ text: 'Accepted in full.', respondedBy: 'Authority police (through its response link)' }] });
    // The co-ordinator hears of the response at once.
    const told = await t.smtp.waitFor((m) => addresses(m.to).includes(coordinatorEmail) && !!m.subject?.includes('Authority police responded'));
    expect(told.text).toContain('Accepted in full.');
    received += 1;
    const mails = await stage('2017-08-24', 2);
    expect(mails.map((m) => addresses(m.to)[0]).sort()).toEqual(['fire.0@example.org', 'kcc.0@example.org']);
    expect(mails.every((m) => m.subject!.includes('Overdue'))).toBe(true);
  });

  it('escalates to the senior contact on day 7, copying the co-ordinator, and to the chief officer and the chair on day 14', async () => {
    const day7 = await stage('2017-08-30', 2);
    expect(day7.map((m) => addresses(m.to)[0]).sort()).toEqual(['fire.1@example.org', 'kcc.1@example.org']);
    for (const mail of day7) expect(addresses(mail.cc)).toEqual([coordinatorEmail]);
    const kcc7 = day7.find((m) => addresses(m.to).includes('kcc.1@example.org'))!;
    expect(kcc7.text).toContain('This is an escalation to the senior contact of Authority kcc: the request has not been answered.');
    expect(kcc7.text).toContain('- kcc.0@example.org (the request, Wed 26 July 2017)\n- kcc.0@example.org (the reminder 7 days before the due date, Wed 16 August 2017)');
    expect(kcc7.text).toContain('Nothing has been heard from Authority kcc since the request was sent on Wed 26 July 2017.');
    expect(kcc7.text).toContain('A copy goes to the co-ordinator of the Crime and Disorder (Overview and Scrutiny) Committee, because the answer is 7 days overdue');

    const day14 = await stage('2017-09-06', 2);
    expect(day14.map((m) => addresses(m.to)[0]).sort()).toEqual(['fire.2@example.org', 'kcc.2@example.org']);
    for (const mail of day14) expect(addresses(mail.cc)).toEqual([coordinatorEmail, 'wells@dartford.example.org'].sort());
    const kcc14 = day14.find((m) => addresses(m.to).includes('kcc.2@example.org'))!;
    expect(kcc14.text).toContain('This is an escalation to the chief officer of Authority kcc');
    expect(kcc14.text).toContain('- kcc.1@example.org (the reminder 7 days after the due date, Wed 30 August 2017)');
    expect(kcc14.text).toContain(
      'A copy goes to Councillor R J Wells, chair of the Crime and Disorder (Overview and Scrutiny) Committee, because the answer is 14 days overdue',
    );
  });

  it('has sent each reminder exactly once and records every delivery', async () => {
    t.clock.set('2017-12-01T12:00:00Z');
    expect((await post('/api/v1/reminders/sweep', {})).body.enqueued).toBe(0);
    expect(t.smtp.messages).toHaveLength(3 + 3 * 3 + 1 + 2 * 3);
    const deliveries = await t.as(dartford.coordinator).get(`/api/v1/obligations/${obligationIds.kcc}/deliveries`);
    expect(deliveries.body.map((d: { stage: string; status: string }) => `${d.stage}:${d.status}`)).toEqual([
      'request:sent',
      'before-7:sent',
      'before-1:sent',
      'due:sent',
      'after-1:sent',
      'after-7:sent',
      'after-14:sent',
    ]);
    expect(deliveries.body[5]).toMatchObject({ to: ['kcc.1@example.org'], cc: [coordinatorEmail], attempts: 1 });
    const police = await t.as(dartford.coordinator).get(`/api/v1/obligations/${obligationIds.police}/deliveries`);
    expect(police.body.filter((d: { status: string }) => d.status === 'cancelled').map((d: { stage: string }) => d.stage)).toEqual(['after-1', 'after-7', 'after-14']);
  });

  it('delays, never drops, a reminder while the SMTP server refuses it, and sends it once when it recovers', async () => {
    t.clock.set('2017-12-01T12:00:00Z');
    const info = await requestIssued('kcc', { subject: 'Domestic abuse referrals 2016-17', details: 'Quarterly referral figures', issuedOn: '2017-12-01', dueOn: '2017-12-04' });
    const deliveries = async () => (await t.as(dartford.coordinator).get(`/api/v1/obligations/${info}/deliveries`)).body;
    t.clock.set('2017-12-03T09:01:00Z'); // GMT: 09:01 in London, the day before the due date
    t.smtp.refuseWith = 'Mailbox temporarily unavailable';
    const before = t.smtp.messages.length;
    try {
      expect((await post('/api/v1/reminders/sweep', {})).body.enqueued).toBe(1);
      const deferred = await waitFor('the refused reminder to be put back', async () => (await deliveries()).find((d: { status: string; error: string | null }) => d.status === 'pending' && d.error));
      expect(deferred).toMatchObject({ stage: 'before-1', status: 'pending', error: expect.stringContaining('Mailbox temporarily unavailable'), retryAt: '2017-12-03T09:06:00.000Z' });
      // Not again before its retry time: a refusing server is not hammered.
      expect((await post('/api/v1/reminders/sweep', {})).body.enqueued).toBe(0);
    } finally {
      t.smtp.refuseWith = null;
    }
    t.clock.set('2017-12-03T09:06:00Z');
    expect((await post('/api/v1/reminders/sweep', {})).body.enqueued).toBe(1);
    await t.smtp.waitForCount(before + 1);
    await t.settled();
    expect((await deliveries()).find((d: { stage: string }) => d.stage === 'before-1')).toMatchObject({ status: 'sent', attempts: 2, error: null, retryAt: null });
    expect((await post('/api/v1/reminders/sweep', {})).body.enqueued).toBe(0);
    // The request, and the reminder once.
    expect(t.smtp.messages.filter((m) => m.subject?.includes('Domestic abuse referrals'))).toHaveLength(2);
  });

  it('re-sends a reminder whose worker died between claim and send, once, with the same Message-ID', async () => {
    t.clock.set('2017-12-05T12:00:00Z');
    const info = await requestIssued('fire', { subject: 'Deliberate fires 2017', details: 'Figures by ward', issuedOn: '2017-12-05', dueOn: '2017-12-08' });
    const row = await t.dataSource.getRepository(Reminder).findOneByOrFail({ obligationId: info, stage: 'before-1' });
    t.clock.set('2017-12-07T09:01:00Z');
    // A worker claims the reminder and dies before sending.
    expect(await t.app.get(RemindersService).claimAll([row.id])).toEqual([row.id]);
    // The sweep passes over the fresh claim (it only takes the earlier obligation's two stages now due).
    const others = t.smtp.messages.length;
    expect((await post('/api/v1/reminders/sweep', {})).body.enqueued).toBe(2);
    const sent = (await t.smtp.waitForCount(others + 2)).slice(others);
    expect(sent.every((m) => m.subject?.includes('Domestic abuse referrals'))).toBe(true);
    // A message arrives a moment before its row is marked sent: wait for that, so only the dead claim is left.
    await t.settled(1);

    // Once the claim is stale, the sweep takes the reminder again.
    t.clock.advance(STALE_CLAIM_MS + 60_000);
    const before = t.smtp.messages.length;
    expect((await post('/api/v1/reminders/sweep', {})).body.enqueued).toBe(1);
    const [mail] = (await t.smtp.waitForCount(before + 1)).slice(before);
    await t.settled();
    expect(mail.messageId).toBe(`<reminder.${row.id}@dartford.example.org>`);
    expect(mail.subject).toContain('Deliberate fires 2017');
    expect((await post('/api/v1/reminders/sweep', {})).body.enqueued).toBe(0);
    const deliveries = (await t.as(dartford.coordinator).get(`/api/v1/obligations/${info}/deliveries`)).body;
    expect(deliveries.find((d: { stage: string }) => d.stage === 'before-1')).toMatchObject({ status: 'sent', attempts: 2 });
  });

  it("sends an obligation's reminders claimed in one page one after the other, the later naming the earlier as sent before", async () => {
    t.clock.set('2017-12-11T12:00:00Z');
    const info = await requestIssued('fire', { subject: 'Hoax calls 2017', details: 'Figures by ward', issuedOn: '2017-12-11', dueOn: '2018-01-31' });
    // Two stages of the obligation due together (as after an outage), in one page, the later one first.
    const [earlier, later]: string[] = [randomUUID(), randomUUID()];
    const row = { councilId: dartford.id, obligationId: info, level: 0, copyCoordinator: false, copyChair: false, status: 'pending' as const, attempts: 0 };
    await t.dataSource.getRepository(Reminder).insert([
      { ...row, id: earlier, stage: 'before-21', dueAt: new Date('2017-12-11T08:00:00Z') },
      { ...row, id: later, stage: 'before-20', dueAt: new Date('2017-12-11T09:00:00Z') },
    ]);
    const before = t.smtp.messages.length;
    expect(await t.app.get(ReminderDeliveryService).sendPage([later, earlier])).toEqual({ sent: 2, deferred: 0, skipped: 0, failed: 0 });
    const sent = (await t.smtp.waitForCount(before + 2)).slice(before);
    const ofStage = (id: string) => sent.find((m) => m.messageId === `<reminder.${id}@dartford.example.org>`)!;
    expect(ofStage(earlier).text).not.toContain('The reminder 21 days before the due date: sent');
    expect(ofStage(later).text).toContain('The reminder 21 days before the due date: sent');
    // Both recorded as sent, in the one transaction of the page.
    const rows = await t.dataSource.getRepository(Reminder).findBy({ obligationId: info });
    expect(rows.filter((r) => [earlier, later].includes(r.id)).map((r) => r.status)).toEqual(['sent', 'sent']);
  });

  describe('an address the mail server refuses for good', () => {
    let gravesham: TestCouncil;
    let graveshamCoordinator: string;
    const as = (path: string, body: object) => t.as(gravesham.coordinator).post(path, body);

    async function authorityWith(name: string, emails: string[]): Promise<{ id: string; contactIds: string[] }> {
      const authority = await as('/api/v1/authorities', { name, kind: 'other', statutory: true });
      const contactIds: string[] = [];
      for (const [level, email] of emails.entries()) {
        contactIds.push((await as(`/api/v1/authorities/${authority.body.id}/contacts`, { name: `Contact ${level}`, email, role: 'Officer', escalationLevel: level })).body.id);
      }
      return { id: authority.body.id, contactIds };
    }
    /** Issues the request, and waits for it to reach the authority's first contact. */
    const informationRequest = async (authorityId: string, subject: string) => {
      const id = (await as('/api/v1/obligations', { kind: 'information_request', authorityId, subject, details: 'Figures', issuedOn: '2017-12-10', dueOn: '2017-12-14' })).body.id as string;
      await t.smtp.waitFor((m) => !!m.subject?.includes(subject));
      await t.settled();
      return id;
    };

    beforeAll(async () => {
      gravesham = await t.council('gravesham');
      graveshamCoordinator = (await t.as(gravesham.coordinator).get('/api/v1/me')).body.email;
      t.clock.set('2017-12-10T12:00:00Z');
    });
    afterAll(() => t.smtp.unknownRecipients.clear());

    it('marks the contact failing, sends the stage to the next contact at once, tells the co-ordinator, and writes to it again once corrected', async () => {
      const probation = await authorityWith('Probation Service', ['probation.0@example.org', 'probation.1@example.org']);
      const obligationId = await informationRequest(probation.id, 'Reoffending rates 2016-17');
      t.smtp.unknownRecipients.add('probation.0@example.org');

      t.clock.set('2017-12-13T09:01:00Z'); // the day before the due date, 09:01 GMT
      const before = t.smtp.messages.length;
      expect((await as('/api/v1/reminders/sweep', {})).body.enqueued).toBe(1);
      const arrived = (await t.smtp.waitForCount(before + 2)).slice(before);
      await t.settled();
      const reminder = arrived.find((m) => m.subject!.includes('Reminder – Information requested'))!;
      const notice = arrived.find((m) => m.subject!.includes('Address refused'))!;
      expect(addresses(reminder.to)).toEqual(['probation.1@example.org']);
      expect(addresses(notice.to)).toEqual([graveshamCoordinator]);
      expect(notice.text).toContain('- Contact 0 (Officer) <probation.0@example.org>: 550 5.1.1 User unknown');
      expect(notice.text).toContain("went to the other working contacts on the authority's ladder: probation.1@example.org");

      const contacts = (await t.as(gravesham.coordinator).get(`/api/v1/authorities/${probation.id}`)).body.contacts;
      expect(contacts[0]).toMatchObject({ email: 'probation.0@example.org', failingSince: '2017-12-13T09:01:00.000Z', failingReason: '550 5.1.1 User unknown' });
      expect(contacts[1]).toMatchObject({ failingSince: null });
      const deliveries = (await t.as(gravesham.coordinator).get(`/api/v1/obligations/${obligationId}/deliveries`)).body;
      expect(deliveries.find((d: { stage: string }) => d.stage === 'before-1')).toMatchObject({ status: 'sent', attempts: 1, to: ['probation.1@example.org'] });

      // The next stage goes straight to the working contact: no refusal, no new notice.
      t.clock.set('2017-12-14T09:01:00Z');
      expect((await as('/api/v1/reminders/sweep', {})).body.enqueued).toBe(1);
      const [due] = (await t.smtp.waitForCount(before + 3)).slice(before + 2);
      await t.settled();
      expect(addresses(due.to)).toEqual(['probation.1@example.org']);

      // Corrected through the link in the notice (no API route in an e-mail), the first contact is written to again.
      expect(notice.text).not.toContain('/api/v1/');
      const correctLink = /- Contact 0: http:\/\/127\.0\.0\.1:\d+(\/correct-contact\/[A-Za-z0-9._-]+)/.exec(notice.text!)![1];
      const page = await t.http().get(correctLink);
      expect(page.status).toBe(200);
      expect(page.text).toContain('The mail server refuses probation.0@example.org (Contact 0, Officer): 550 5.1.1 User unknown.');
      const wrong = await t.http().post(correctLink).type('form').send({ name: 'Probation duty desk', email: 'not an address', role: 'Duty officer' });
      expect(wrong.status).toBe(400);
      expect(wrong.text).toContain('<a href="#email">Enter an e-mail address in the correct format');
      const browser = await startBrowser();
      try {
        // Corrected on the page itself, with the keyboard alone, after a mistake; axe finds nothing wrong at each step.
        const real = await browser.newPage();
        await real.goto(`${t.baseUrl}${correctLink}`);
        expect(await accessibilityViolations(real)).toEqual([]);
        await real.getByLabel('E-mail address', { exact: true }).focus();
        await real.keyboard.press('Control+A');
        await real.keyboard.type('not an address');
        await real.getByRole('button', { name: 'Save the contact' }).focus();
        await real.keyboard.press('Enter');
        await real.waitForSelector('.govuk-error-summary');
        expect(await accessibilityViolations(real)).toEqual([]);
        for (const [label, value] of [['Name', 'Probation duty desk'], ['E-mail address', 'probation.desk@example.org'], ['Role', 'Duty officer']]) {
          await real.getByLabel(label, { exact: true }).focus();
          await real.keyboard.press('Control+A');
          await real.keyboard.type(value);
        }
        await real.getByRole('button', { name: 'Save the contact' }).focus();
        await real.keyboard.press('Enter');
        await real.waitForSelector('h1:has-text("The contact has been corrected")');
        expect(await accessibilityViolations(real)).toEqual([]);
      } finally {
        await browser.close();
      }
      expect((await t.as(gravesham.coordinator).get(`/api/v1/authorities/${probation.id}`)).body.contacts.find((c: { id: string }) => c.id === probation.contactIds[0])).toMatchObject({
        email: 'probation.desk@example.org',
        escalationLevel: 0,
        failingSince: null,
        failingReason: null,
      });
      // Spent once the contact works again.
      expect((await t.http().post(correctLink).type('form').send({ name: 'X', email: 'x@example.org', role: 'Y' })).status).toBe(409);
      t.clock.set('2017-12-15T09:01:00Z');
      expect((await as('/api/v1/reminders/sweep', {})).body.enqueued).toBe(1);
      const [overdue] = (await t.smtp.waitForCount(before + 4)).slice(before + 3);
      await t.settled();
      expect(addresses(overdue.to)).toEqual(['probation.desk@example.org']);
      expect(t.smtp.messages).toHaveLength(before + 4);
    });

    it('when no contact is left, sends nothing, says so, and sends as soon as a contact is added', async () => {
      t.clock.set('2017-12-10T12:00:00Z');
      const health = await authorityWith('Clinical Commissioning Group', ['ccg.0@example.org']);
      const obligationId = await informationRequest(health.id, 'Alcohol-related admissions');
      t.smtp.unknownRecipients.add('ccg.0@example.org');
      t.clock.set('2017-12-13T09:30:00Z');
      const before = t.smtp.messages.length;
      expect((await as('/api/v1/reminders/sweep', {})).body.enqueued).toBe(1);
      const [notice] = (await t.smtp.waitForCount(before + 1)).slice(before);
      await t.settled();
      expect(notice.subject).toContain('Reminder NOT sent – Clinical Commissioning Group: Alcohol-related admissions');
      expect(notice.text).toContain('this reminder has NOT been sent');
      const deliveries = async () => (await t.as(gravesham.coordinator).get(`/api/v1/obligations/${obligationId}/deliveries`)).body;
      const beforeOne = async () => (await deliveries()).find((d: { stage: string }) => d.stage === 'before-1');
      expect(await beforeOne()).toMatchObject({ status: 'failed', error: 'no working contact is left at Clinical Commissioning Group' });
      expect((await as('/api/v1/reminders/sweep', {})).body.enqueued).toBe(0);

      await as(`/api/v1/authorities/${health.id}/contacts`, { name: 'Head of Partnerships', email: 'ccg.partnerships@example.org', role: 'Head of Partnerships', escalationLevel: 1 });
      expect((await as('/api/v1/reminders/sweep', {})).body.enqueued).toBe(1);
      const [reminder] = (await t.smtp.waitForCount(before + 2)).slice(before + 1);
      await t.settled();
      expect(addresses(reminder.to)).toEqual(['ccg.partnerships@example.org']);
      expect(reminder.subject).toContain('Alcohol-related admissions');
      expect(await beforeOne()).toMatchObject({ status: 'sent', to: ['ccg.partnerships@example.org'] });
    });
  });

  it('keeps a policy of stages that is validated, audited, and used for obligations issued after it', async () => {
    const get = () => t.as(dartford.coordinator).get('/api/v1/reminders/policy');
    expect((await get()).body.stages.map((s: { offsetDays: number }) => s.offsetDays)).toEqual([-7, -1, 0, 1, 7, 14]);

    const bad = await t.as(dartford.coordinator).put('/api/v1/reminders/policy', { stages: [{ offsetDays: 'soon', level: 3, copyCoordinator: 'yes' }] });
    expect(bad.status).toBe(400);
    for (const field of ['stages.0.offsetDays', 'stages.0.level', 'stages.0.copyCoordinator', 'stages.0.copyChair']) expect(bad.body.message.join(' ')).toContain(field);
    const twice = { offsetDays: 0, level: 0, copyCoordinator: false, copyChair: false };
    const duplicate = await t.as(dartford.coordinator).put('/api/v1/reminders/policy', { stages: [twice, twice] });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.message).toEqual(['stages.1.offsetDays 0 appears twice']);
    expect((await get()).body.stages).toHaveLength(6);

    const stages = [
      { offsetDays: 3, level: 1, copyCoordinator: true, copyChair: false },
      { offsetDays: -2, level: 0, copyCoordinator: false, copyChair: false },
    ];
    const put = await t.as(dartford.coordinator).put('/api/v1/reminders/policy', { stages });
    expect(put.body.stages.map((s: { offsetDays: number }) => s.offsetDays)).toEqual([-2, 3]);
    const trail = await t.http().get('/api/v1/audit').query({ entityType: 'council', entityId: dartford.id }).set(auth(dartford.coordinator));
    expect(trail.body.items.map((e: { action: string }) => e.action)).toContain('update-reminder-policy');

    t.clock.set('2018-01-08T12:00:00Z');
    const info = await post('/api/v1/obligations', {
      kind: 'information_request',
      authorityId: authorityIds.police,
      subject: 'Knife crime 2017',
      details: 'Figures',
      issuedOn: '2018-01-08',
      dueOn: '2018-01-22',
    });
    const planned = (await t.as(dartford.coordinator).get(`/api/v1/obligations/${info.body.id}/deliveries`)).body;
    expect(planned.map((d: { stage: string; dueAt: string }) => `${d.stage} ${d.dueAt}`)).toEqual([
      'request 2018-01-08T12:00:00.000Z',
      'before-2 2018-01-20T09:00:00.000Z',
      'after-3 2018-01-25T09:00:00.000Z',
    ]);
  });

  it('sweeps every due reminder, page by page, however many there are', async () => {
    const bexley = await t.council('bexley');
    const authority = (await t.as(bexley.coordinator).post('/api/v1/authorities', { name: 'Bexley Police', kind: 'police', statutory: true })).body.id;
    t.clock.set('2018-06-01T12:00:00Z');
    const count = 2_345; // more than two pages of the sweep
    const ids = Array.from({ length: count }, () => randomUUID());
    const obligations = ids.map((id) => ({
      id, councilId: bexley.id, groupId: null, kind: 'information_request' as const, authorityId: authority, subject: 'Withdrawn', details: 'x',
      issuedOn: '2018-05-01', dueOn: '2018-05-30', dueRuleId: 'information_request', dueCitation: 'c', dueExplanation: 'e', dueWarning: null,
      meetingId: null, recommendations: null, status: 'withdrawn' as const, respondedAt: null, acknowledgedAt: null, withdrawnReason: 'bench', createdAt: new Date('2018-05-01T10:00:00Z'),
    }));
    const reminders = ids.map((obligationId, i) => ({
      id: randomUUID(), councilId: bexley.id, obligationId, stage: 'due', level: 0, copyCoordinator: false, copyChair: false,
      // Many share a due instant, so the pages must break ties by id.
      dueAt: new Date(Date.parse('2018-05-30T08:00:00Z') + (i % 7) * 60_000), status: 'pending' as const, attempts: 0,
      claimedAt: null, sentAt: null, messageId: null, recipients: null, lastError: null, recipientOutcomes: null, retryAt: null,
    }));
    for (let i = 0; i < count; i += 400) {
      await t.dataSource.getRepository(Obligation).insert(obligations.slice(i, i + 400));
      await t.dataSource.getRepository(Reminder).insert(reminders.slice(i, i + 400));
    }
    const sweep = await t.as(bexley.coordinator).post('/api/v1/reminders/sweep', {});
    expect(sweep.body.enqueued).toBe(count);
    // The worker finds each obligation withdrawn and cancels its reminder: every row was reached once.
    const cancelled = () => t.dataSource.getRepository(Reminder).countBy({ councilId: bexley.id, status: 'cancelled' });
    await waitFor(`all ${count} reminders to be reached and cancelled`, async () => (await cancelled()) === count);
    expect((await t.as(bexley.coordinator).post('/api/v1/reminders/sweep', {})).body.enqueued).toBe(0);
  });
});
