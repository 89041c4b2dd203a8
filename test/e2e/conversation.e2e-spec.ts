import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ParsedMail } from 'mailparser';
import { OutboxMail } from '../../src/mail/outbox-mail.entity.js';
import { accessibilityViolations, startBrowser } from '../support/browser.js';
import { DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';

const addresses = (field: ParsedMail['to'] | ParsedMail['cc']) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => v.address!)).sort();
const linkIn = (mail: ParsedMail, path: string): string => {
  const match = new RegExp(`http://127\\.0\\.0\\.1:\\d+/${path}/[A-Za-z0-9._-]+`).exec(mail.text ?? '');
  if (!match) throw new Error(`No /${path} link in: ${mail.text}`);
  return match[0];
};
/** The co-ordinators must hear within a minute, not at the next digest or sweep. */
const A_MINUTE = 60_000;

describe.each(DIALECTS)('the committee and the authorities in conversation on %s', (dialect) => {
  let t: TestApp;
  let dartford: TestCouncil;
  let coordinator: { name: string; email: string };
  const bodies = ['police', 'kcc', 'fire'] as const;
  const authorityIds: Record<string, string> = {};
  const obligationIds: Record<string, string> = {};
  const requests: Record<string, ParsedMail> = {};
  const recommendations = ['That partners agree a joint protocol for unauthorised encampments', 'That a transit site be identified in north Kent'];

  const post = (path: string, body: object) => t.as(dartford.coordinator).post(path, body);
  const form = (url: string, fields: Record<string, string>) => t.http().post(new URL(url).pathname).type('form').send(fields);
  const toCoordinator = (subjectPart: string) =>
    t.smtp.waitFor((m) => addresses(m.to).includes(coordinator.email) && (m.subject ?? '').includes(subjectPart), A_MINUTE);
  const sentTo = (address: string) => t.smtp.messages.filter((m) => addresses(m.to).includes(address));

  beforeAll(async () => {
    t = await startTestApp(dialect);
    dartford = await t.council('dartford');
    coordinator = (await t.as(dartford.coordinator).get('/api/v1/me')).body;
    await post('/api/v1/committees', { name: 'Crime and Disorder (Overview and Scrutiny) Committee' });
    // Requests ask for acknowledgement within 3 working days.
    const policy = await t.as(dartford.coordinator).get('/api/v1/reminders/policy');
    expect(policy.body.acknowledgeWithinWorkingDays).toBeNull();
    const updated = await t.as(dartford.coordinator).put('/api/v1/reminders/policy', { stages: policy.body.stages, acknowledgeWithinWorkingDays: 3 });
    expect(updated.status).toBe(200);
    for (const body of bodies) {
      authorityIds[body] = (await post('/api/v1/authorities', { name: `Authority ${body}`, kind: 'other', statutory: true })).body.id;
      for (const level of [0, 1]) {
        await post(`/api/v1/authorities/${authorityIds[body]}/contacts`, { name: `${body} officer ${level}`, email: `${body}.${level}@example.org`, role: 'Officer', escalationLevel: level });
      }
    }
  });
  afterAll(() => t.close());

  it('refuses an acknowledgement period that is not a number of working days from 1 to 20, naming the field', async () => {
    const policy = (await t.as(dartford.coordinator).get('/api/v1/reminders/policy')).body;
    const bad = await t.as(dartford.coordinator).put('/api/v1/reminders/policy', { stages: policy.stages, acknowledgeWithinWorkingDays: 0 });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('acknowledgeWithinWorkingDays');
    expect((await t.as(dartford.coordinator).get('/api/v1/reminders/policy')).body.acknowledgeWithinWorkingDays).toBe(3);
  });

  it('sends a recommendation issued to three authorities as three requests at once, each listing the recommendations', async () => {
    // Thursday 24 August 2017, 14:00 in London; Monday 28 August is the summer bank holiday.
    t.clock.set('2017-08-24T13:00:00Z');
    const group = await post('/api/v1/obligation-groups', {
      kind: 'recommendation',
      subject: 'Unauthorised encampments',
      details: 'The Committee considered the report on unauthorised encampments and made two recommendations.',
      issuedOn: '2017-08-24',
      recommendations,
    });
    expect(group.status).toBe(201);
    for (const o of group.body.obligations) obligationIds[bodies.find((b) => authorityIds[b] === o.authorityId)!] = o.id;

    // No sweep: the requests go as soon as the obligations are issued.
    await t.smtp.waitForCount(3, A_MINUTE);
    for (const body of bodies) {
      const [mail, ...more] = sentTo(`${body}.0@example.org`);
      expect(more).toHaveLength(0);
      requests[body] = mail;
      expect(mail.messageId).toBe(`<obligation.${obligationIds[body]}@dartford.example.org>`);
      expect(mail.inReplyTo).toBeUndefined();
      expect(mail.subject).toBe('Crime and Disorder (Overview and Scrutiny) Committee: Response to recommendations: Unauthorised encampments (due Thu 21 September 2017)');
      expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
      expect(mail.replyTo?.value[0].address).toBe(coordinator.email);
      expect(addresses(mail.cc)).toEqual([]);
      expect(mail.text).toContain(`1. ${recommendations[0]}\n2. ${recommendations[1]}`);
      expect(mail.text).toContain('Due: Thu 21 September 2017');
      expect(mail.text).toContain('Why this date: Report dated Thu 24 August 2017 + 28 days = Thu 21 September 2017');
      expect(mail.text).toContain('Rule: ');
      // Three working days: Fri 25, (the weekend and the bank holiday) Tue 29, Wed 30 August.
      expect(mail.text).toContain('Please acknowledge receipt by Wed 30 August 2017');
      expect(mail.text).toContain(`it goes to ${coordinator.name}, who co-ordinates the committee's work (${coordinator.email})`);
      expect(mail.html).toContain(`<li>${recommendations[1]}</li>`);
      linkIn(mail, 'respond');
    }
  });

  it('records each request in its delivery log, before the reminders planned for it', async () => {
    // The request is recorded as sent once the server has taken it, which may be a moment after the sink has it.
    const log = await waitFor('the request to be recorded as sent', async () => {
      const deliveries = (await t.as(dartford.coordinator).get(`/api/v1/obligations/${obligationIds.kcc}/deliveries`)).body;
      return deliveries[0]?.status === 'sending' ? undefined : deliveries;
    });
    expect(log.map((d: { stage: string }) => d.stage)).toEqual(['request', 'unacknowledged', 'before-7', 'before-1', 'due', 'after-1', 'after-7', 'after-14']);
    expect(log[0]).toMatchObject({ status: 'sent', to: ['kcc.0@example.org'], messageId: requests.kcc.messageId });
  });

  it("tells the co-ordinator at once when an authority acknowledges receipt through its request's link", async () => {
    t.clock.set('2017-08-25T08:30:00Z');
    const answered = await form(linkIn(requests.police, 'respond'), { action: 'acknowledge' });
    expect(answered.status).toBe(200);
    const notice = await toCoordinator('Authority police acknowledged');
    expect(notice.text).toContain('Authority police acknowledged receipt of "Unauthorised encampments" (response to recommendations) on Fri 25 August 2017');
  });

  it('chases the silent first contacts the working day after the acknowledgement was due, in the request thread', async () => {
    const before = t.smtp.messages.length;
    t.clock.set('2017-08-31T08:01:00Z'); // 09:01 on Thursday 31 August in London
    expect((await post('/api/v1/reminders/sweep', {})).body.enqueued).toBe(3);
    const mails = (await t.smtp.waitForCount(before + 2, A_MINUTE)).slice(before);
    await t.settled();
    expect(mails.map((m) => addresses(m.to)[0]).sort()).toEqual(['fire.0@example.org', 'kcc.0@example.org']);
    for (const mail of mails) {
      const body = mail.to && addresses(mail.to)[0].split('.')[0];
      expect(mail.subject).toContain('Please acknowledge');
      expect(mail.inReplyTo).toBe(requests[body!].messageId);
      expect([mail.references ?? []].flat()).toContain(requests[body!].messageId);
      expect(mail.text).toContain('asked for acknowledgement of receipt by Wed 30 August 2017');
      expect(mail.text).toContain(`2. ${recommendations[1]}`);
    }
    // The police acknowledged: its chase was not sent.
    const police = (await t.as(dartford.coordinator).get(`/api/v1/obligations/${obligationIds.police}/deliveries`)).body;
    expect(police.find((d: { stage: string }) => d.stage === 'unacknowledged')).toMatchObject({ status: 'cancelled', to: [] });
  });

  it('tells the co-ordinator at once when an authority asks for more time, with a link to decide that grants it and tells the authority the new date', async () => {
    t.clock.set('2017-09-01T10:00:00Z');
    const asked = await form(linkIn(requests.kcc, 'respond'), { action: 'extend', newDueOn: '2017-10-05', reason: 'The transit site survey reports on 29 September.' });
    expect(asked.status).toBe(200);
    const notice = await toCoordinator('Authority kcc asks for more time');
    expect(notice.text).toContain('The date it can meet: Thu 5 October 2017.');
    expect(notice.text).toContain('Its reason: The transit site survey reports on 29 September.');
    expect(notice.text).not.toMatch(/\/api\/v1\//);
    const decide = linkIn(notice, 'decide-extension');

    const page = await t.http().get(new URL(decide).pathname);
    expect(page.status).toBe(200);
    expect(page.text).toContain('The date it can meet: <strong>Thursday 5 October 2017</strong>');
    // Without a reason nothing is decided, and the page says which field is missing.
    const incomplete = await form(decide, { decision: 'grant', reason: '' });
    expect(incomplete.status).toBe(400);
    expect(incomplete.text).toContain('<a href="#reason">Give the reason for your decision');
    expect((await t.as(dartford.coordinator).get(`/api/v1/obligations/${obligationIds.kcc}`)).body.dueOn).toBe('2017-09-21');

    // Decided in Chromium with the keyboard alone; axe-core finds nothing wrong with the page, its errors or its answer.
    const browser = await startBrowser();
    try {
      const page = await browser.newPage();
      await page.goto(decide);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Record the decision' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('h2:has-text("There is a problem")');
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.getByLabel('Grant: due Thursday 5 October 2017').focus();
      await page.keyboard.press('Space');
      await page.getByLabel('Reason for your decision').focus();
      await page.keyboard.type('The survey is needed for recommendation 2.');
      await page.getByRole('button', { name: 'Record the decision' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('h1:has-text("Your decision has been recorded")');
      expect(await page.textContent('main')).toContain('granted: it is now due on Thursday 5 October 2017');
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      await browser.close();
    }
    const kcc = (await t.as(dartford.coordinator).get(`/api/v1/obligations/${obligationIds.kcc}`)).body;
    expect(kcc.dueOn).toBe('2017-10-05');
    expect(kcc.extensions[0]).toMatchObject({ status: 'granted', decidedBy: 'A co-ordinator of dartford Borough Council (through the decision link e-mailed to the co-ordinators)' });

    const told = await t.smtp.waitFor((m) => addresses(m.to).includes('kcc.0@example.org') && (m.subject ?? '').includes('more time granted'), A_MINUTE);
    expect(told.text).toContain('it is now due on Thu 5 October 2017 (it was due on Thu 21 September 2017)');
    expect(told.inReplyTo).toBe(requests.kcc.messageId);
    // The link decides once.
    const again = await form(decide, { decision: 'refuse', reason: 'Changed my mind.' });
    expect(again.status).toBe(409);
    expect((await t.http().get(new URL(decide).pathname.slice(0, -3) + 'xyz')).status).toBe(404);
  });

  it('tells the co-ordinator at once when an authority responds, with its position on each recommendation in words', async () => {
    t.clock.set('2017-09-04T11:00:00Z');
    const answered = await form(linkIn(requests.fire, 'respond'), {
      action: 'respond',
      text: 'The service supports both recommendations as far as its remit goes.',
      'position-0': 'accepted',
      'reason-0': 'A joint protocol is in draft.',
      'position-1': 'partly_accepted',
      'reason-1': 'Sites are for the councils; the service will advise.',
    });
    expect(answered.status).toBe(200);
    const notice = await toCoordinator('Authority fire responded');
    expect(notice.text).toContain('on Mon 4 September 2017, in time (it was due on Thu 21 September 2017)');
    expect(notice.text).toContain(`1. ${recommendations[0]} – accepted: A joint protocol is in draft.`);
    expect(notice.text).toContain(`2. ${recommendations[1]} – partly accepted: Sites are for the councils; the service will advise.`);
    expect(notice.text).toContain('The service supports both recommendations as far as its remit goes.');
  });

  it('does not tell the co-ordinators of what a co-ordinator records', async () => {
    const outbox = t.dataSource.getRepository(OutboxMail);
    const before = await outbox.count();
    const recorded = await post(`/api/v1/obligations/${obligationIds.police}/responses`, { text: 'Given by telephone.', positions: recommendations.map((r) => ({ recommendation: r, position: 'accepted', reason: 'Agreed.' })) });
    expect(recorded.status).toBe(201);
    // Nothing was written to the outbox with the response: no notice can follow.
    expect(await outbox.count()).toBe(before);
  });
  it('repeats in each reminder what is asked and what was sent before, to whom and when', async () => {
    const before = t.smtp.messages.length;
    t.clock.set('2017-09-28T08:01:00Z'); // 7 days before Kent's new due date
    expect((await post('/api/v1/reminders/sweep', {})).body.enqueued).toBe(1);
    const [reminder] = (await t.smtp.waitForCount(before + 1, A_MINUTE)).slice(before);
    await t.settled();
    expect(addresses(reminder.to)).toEqual(['kcc.0@example.org']);
    expect(reminder.inReplyTo).toBe(requests.kcc.messageId);
    expect(reminder.text).toContain(`1. ${recommendations[0]}\n2. ${recommendations[1]}`);
    expect(reminder.text).toContain(
      '- The request: sent Thu 24 August 2017 to kcc.0@example.org\n- The request for acknowledgement: sent Thu 31 August 2017 to kcc.0@example.org',
    );
  });

});
