import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ParsedMail } from 'mailparser';
import type { Browser } from 'playwright-core';
import { inspectPage, startBrowser } from '../support/browser.js';
import { DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';

const linkIn = (mail: ParsedMail): string => {
  const match = /http:\/\/127\.0\.0\.1:\d+\/respond\/[A-Za-z0-9._-]+/.exec(mail.text ?? '');
  if (!match) throw new Error(`No response link in: ${mail.text}`);
  return match[0];
};

describe.each(DIALECTS)('response links on %s', (dialect) => {
  let t: TestApp;
  let browser: Browser;
  let dartford: TestCouncil;
  let policeId: string;
  let recommendationId: string;
  let reminderLink: string;

  const post = (path: string, body: object, token = dartford.coordinator) => t.as(token).post(path, body);
  const obligation = async (id: string) => (await t.as(dartford.coordinator).get(`/api/v1/obligations/${id}`)).body;
  const form = (url: string, fields: Record<string, string>) => t.http().post(new URL(url).pathname).type('form').send(fields);
  const auditOf = async (id: string) => (await t.as(dartford.coordinator).get(`/api/v1/audit?entityType=obligation&entityId=${id}`)).body;

  beforeAll(async () => {
    [t, browser] = await Promise.all([startTestApp(dialect), startBrowser()]);
    dartford = await t.council('dartford');
    await post('/api/v1/committees', { name: 'Crime and Disorder (Overview and Scrutiny) Committee' });
    policeId = (await post('/api/v1/authorities', { name: 'Kent Police', kind: 'police', statutory: true })).body.id;
    await post(`/api/v1/authorities/${policeId}/contacts`, { name: 'CSU Inspector', email: 'csu@kent.example.org', role: 'CSU Inspector', escalationLevel: 0 });
    t.clock.set('2017-07-26T20:00:00Z');
    const created = await post('/api/v1/obligations', {
      kind: 'recommendation',
      authorityId: policeId,
      subject: 'Unauthorised encampments',
      details: 'The Committee made two recommendations on unauthorised encampments.',
      issuedOn: '2017-07-26',
      recommendations: ['That partners agree a joint protocol', 'That a transit site be identified'],
    });
    expect(created.status).toBe(201);
    expect(created.body.recommendations).toHaveLength(2);
    recommendationId = created.body.id;
    // The request itself went at once; its link works until 28 days after the due date.
    const [request] = await t.smtp.waitForCount(1);
    expect(request.text).toContain('works until Wed 20 September 2017');
    await t.settled();
    t.clock.set('2017-08-16T08:01:00Z');
    await post('/api/v1/reminders/sweep', {});
    const [, mail] = await t.smtp.waitForCount(2);
    await t.settled();
    reminderLink = linkIn(mail);
    expect(mail.text).toContain('works until Wed 13 September 2017');
    expect(mail.html).toContain(`href="${reminderLink}"`);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('opens as a page that shows the request, its due date and why, with a labelled field for every answer', async () => {
    const page = await browser.newPage();
    const response = await page.goto(reminderLink);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    expect(await page.locator('h1').textContent()).toBe('Response to recommendations: Unauthorised encampments');
    expect(await page.textContent('main')).toContain('Report dated Wed 26 July 2017 + 28 days = Wed 23 August 2017');
    for (const label of ['Your response', 'Reason for your position on recommendation 1', 'Reason for your position on recommendation 2', 'Day', 'Month', 'Year', 'Why you need more time']) {
      expect(await page.getByLabel(label, { exact: true }).count()).toBe(1);
    }
    expect(await page.getByRole('group', { name: 'The date you can meet' }).count()).toBe(1);
    // Headed by the council's name, as its other pages are; a page of the GOV.UK Design System that axe finds nothing wrong with.
    expect(await page.locator('.govuk-generic-header').textContent()).toContain(' Borough Council');
    await inspectPage(page, `${dialect}-response-link`);
    await page.close();
  });

  it('records an acknowledgement and keeps the link usable for the answer', async () => {
    const page = await browser.newPage();
    await page.goto(reminderLink);
    t.clock.set('2017-08-17T09:30:00Z');
    await page.getByRole('button', { name: 'Acknowledge receipt' }).click();
    await page.waitForSelector('.govuk-notification-banner');
    expect(await page.textContent('.govuk-notification-banner')).toContain('receipt acknowledged');
    // Acknowledged once: the button is not offered again.
    expect(await page.getByRole('button', { name: 'Acknowledge receipt' }).count()).toBe(0);
    expect((await obligation(recommendationId)).acknowledgedAt).toBe('2017-08-17T09:30:00.000Z');
    expect((await obligation(recommendationId)).status).toBe('open');
    // Reminders go on until the answer.
    expect((await t.http().get(reminderLink.replace(/^http:\/\/[^/]+/, ''))).status).toBe(200);
    await page.close();
  });

  it('names every missing field and records nothing', async () => {
    const page = await browser.newPage();
    await page.goto(reminderLink);
    await page.getByLabel('Your response', { exact: true }).fill('Partial answer');
    await page.getByRole('button', { name: 'Send response' }).click();
    await page.waitForSelector('.govuk-error-summary');
    const summary = await page.textContent('.govuk-error-summary');
    expect(summary).toContain('Choose whether recommendation 1 is accepted, partly accepted or rejected');
    expect(summary).toContain('Give the reason for your position on recommendation 2');
    expect(await page.getByLabel('Your response', { exact: true }).inputValue()).toBe('Partial answer');
    // Each message links to its field.
    for (const href of await page.locator('.govuk-error-summary a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(await page.locator(href!).count()).toBe(1);
    }
    await inspectPage(page, `${dialect}-response-link-errors`);
    expect((await obligation(recommendationId)).status).toBe('open');
    await page.close();
  });

  it('takes the response with a position on each recommendation, once', async () => {
    const page = await browser.newPage();
    await page.goto(reminderLink);
    await page.locator('#position-0-accepted').check();
    await page.getByLabel('Reason for your position on recommendation 1', { exact: true }).fill('A protocol is agreed with the districts');
    await page.locator('#position-1-rejected').check();
    await page.getByLabel('Reason for your position on recommendation 2', { exact: true }).fill('No suitable land');
    await page.getByLabel('Your response', { exact: true }).fill('Kent Police responds as follows.');
    t.clock.set('2017-08-18T10:00:00Z');
    await page.getByRole('button', { name: 'Send response' }).click();
    await page.waitForSelector('h1:has-text("Your response has been recorded")');

    const answered = await obligation(recommendationId);
    expect(answered).toMatchObject({ status: 'responded', respondedAt: '2017-08-18T10:00:00.000Z' });
    expect(answered.responses).toHaveLength(1);
    expect(answered.responses[0]).toMatchObject({
      text: 'Kent Police responds as follows.',
      respondedBy: 'Kent Police (through its response link)',
      positions: [
        { recommendation: 'That partners agree a joint protocol', position: 'accepted', reason: 'A protocol is agreed with the districts' },
        { recommendation: 'That a transit site be identified', position: 'rejected', reason: 'No suitable land' },
      ],
    });
    const audit = await auditOf(recommendationId);
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['acknowledge', 'respond']));

    // Opened again: "already answered"; posted again: refused, nothing added.
    await page.goto(reminderLink);
    expect(await page.locator('h1').textContent()).toBe('Already answered');
    expect(await page.textContent('main')).toContain('A response was recorded on Friday 18 August 2017');
    const again = await form(reminderLink, { action: 'respond', text: 'Second go', 'position-0': 'accepted', 'reason-0': 'x', 'position-1': 'accepted', 'reason-1': 'y' });
    expect(again.status).toBe(409);
    expect(again.text).toContain('Already answered');
    expect((await obligation(recommendationId)).responses).toHaveLength(1);
    await page.close();
  });

  describe('a link made by the co-ordinator', () => {
    let infoId: string;
    let url: string;

    beforeAll(async () => {
      t.clock.set('2018-03-01T10:00:00Z');
      infoId = (
        await post('/api/v1/obligations', {
          kind: 'information_request',
          authorityId: policeId,
          subject: 'Anti-social behaviour figures 2017-18',
          details: 'Quarterly figures by ward.',
          issuedOn: '2018-03-01',
          dueOn: '2018-03-15',
        })
      ).body.id;
      const link = await post(`/api/v1/obligations/${infoId}/response-links`, {});
      expect(link.status).toBe(201);
      expect(link.body.expiresOn).toBe('2018-03-29');
      url = link.body.url;
    });

    it('takes a request for more time once, for the co-ordinator to decide', async () => {
      const bad = await form(url, { action: 'extend', newDueOn: '2018-03-10', reason: '' });
      expect(bad.status).toBe(400);
      expect(bad.text).toContain('The new date must be after the current due date');
      expect(bad.text).toContain('Give the reason you need more time');
      expect((await obligation(infoId)).extensions).toEqual([]);

      const asked = await form(url, { action: 'extend', newDueOn: '2018-03-29', reason: 'The analyst is on leave' });
      expect(asked.status).toBe(200);
      expect(asked.text).toContain('Your request for more time has been sent');
      const extensions = (await obligation(infoId)).extensions;
      expect(extensions).toMatchObject([{ status: 'requested', newDueOn: '2018-03-29', reason: 'The analyst is on leave', requestedBy: 'Kent Police (through its response link)' }]);
      expect((await obligation(infoId)).dueOn).toBe('2018-03-15');

      const reused = await form(url, { action: 'respond', text: 'The figures' });
      expect(reused.status).toBe(409);
      expect(reused.text).toContain('This link was used on Thursday 1 March 2018 to ask for more time');
      expect((await obligation(infoId)).status).toBe('open');
    });

    it('refuses a tampered link with a clear page and changes nothing', async () => {
      const fresh = (await post(`/api/v1/obligations/${infoId}/response-links`, {})).body.url as string;
      const [id, seconds, signature] = fresh.slice(fresh.lastIndexOf('/') + 1).split('.');
      const base = fresh.slice(0, fresh.lastIndexOf('/') + 1);
      for (const tampered of [`${base}${id}.${Number(seconds) + 864_000}.${signature}`, `${base}${id}.${seconds}.${'A'.repeat(43)}`, `${base}nonsense`]) {
        const shown = await t.http().get(new URL(tampered).pathname);
        expect(shown.status).toBe(404);
        expect(shown.text).toContain('This link is not valid');
        const posted = await form(tampered, { action: 'respond', text: 'Forged' });
        expect(posted.status).toBe(404);
      }
      expect((await obligation(infoId)).status).toBe('open');
      // The untouched link still works.
      expect((await t.http().get(new URL(fresh).pathname)).status).toBe(200);
    });

    it('refuses an expired link with a clear page and changes nothing', async () => {
      const fresh = (await post(`/api/v1/obligations/${infoId}/response-links`, {})).body.url as string;
      t.clock.set('2018-03-29T22:59:00Z'); // 23:59 BST on the last day: still works
      expect((await t.http().get(new URL(fresh).pathname)).status).toBe(200);
      t.clock.set('2018-03-29T23:00:00Z');
      const shown = await t.http().get(new URL(fresh).pathname);
      expect(shown.status).toBe(410);
      expect(shown.text).toContain('This link has expired');
      expect((await form(fresh, { action: 'respond', text: 'Late' })).status).toBe(410);
      expect((await obligation(infoId)).status).toBe('open');
    });

    it('shows a withdrawn request as withdrawn', async () => {
      t.clock.set('2018-03-02T10:00:00Z');
      const fresh = (await post(`/api/v1/obligations/${infoId}/response-links`, {})).body.url as string;
      await post(`/api/v1/obligations/${infoId}/withdraw`, { reason: 'Figures published by the PCC' });
      const shown = await t.http().get(new URL(fresh).pathname);
      expect(shown.status).toBe(410);
      expect(shown.text).toContain('This request has been withdrawn');
      expect(shown.text).toContain('Figures published by the PCC');
    });

    it("is not made for another council's obligation", async () => {
      const other = await t.council();
      expect((await post(`/api/v1/obligations/${infoId}/response-links`, {}, other.coordinator)).status).toBe(404);
    });
  });
});
