import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inspectPage, startBrowser, tabTo } from '../support/browser.js';
import { authority } from '../support/factories.js';
import { linkIn, signInThroughPages } from '../support/sign-in.js';
import { DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';


/*
 * A member asks for a topic through the pages and follows it; the approver decides on the page the
 * e-mail links to; the member sees the decision; the co-ordinator schedules it; the public work plan shows it.
 */
describe.each(DIALECTS)("a member's draw-down request through the pages on %s", (dialect) => {
  let t: TestApp;
  let dartford: TestCouncil;
  let browser: Browser;
  let committeeId: string;
  let meetingId: string;
  let policeId: string;
  let member: { id: string; name: string; email: string };
  let approver: { id: string; name: string; email: string };
  let requestId: string;
  const shot = (name: string) => `${dialect}-member-${name}`;

  /** Signs in by the e-mailed link, by keyboard, on the way to the page asked for: a member's requests unless said. */
  const signIn = (context: BrowserContext, email: string, next = '/draw-downs'): Promise<Page> => signInThroughPages(t, context, email, next);

  beforeAll(async () => {
    t = await startTestApp(dialect);
    browser = await startBrowser();
    dartford = await t.council('dartford');
    const as = t.as(dartford.coordinator);
    member = (await t.as(await dartford.token('member')).get('/api/v1/me')).body;
    approver = (await t.as(await dartford.token('approver')).get('/api/v1/me')).body;
    t.clock.set('2017-06-05T09:00:00Z');
    committeeId = (await as.post('/api/v1/committees', { name: 'Crime and Disorder (Overview and Scrutiny) Committee' })).body.id;
    expect((await as.post('/api/v1/municipal-years', { label: '2017-18', startsOn: '2017-05-17', endsOn: '2018-05-15' })).status).toBe(201);
    meetingId = (await as.post('/api/v1/meetings', { committeeId, startsAt: '2017-07-26T18:00:00Z' })).body.id;
    policeId = await authority(as, { name: 'Kent Police', contacts: [{ name: 'Chief Inspector', email: 'ci@police.example.org' }] });
    // Already on the work plan: a topic close to the one the member will ask for.
    expect((await as.post('/api/v1/work-plan/items', { committeeId, title: 'Anti-social driving in the town centre', basis: 'discretionary', category: 'other', meetingId })).status).toBe(201);
    expect((await as.put(`/api/v1/committees/${committeeId}/draw-down-settings`, { approverIds: [approver.id], consultChair: false })).status).toBe(200);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('lets a member ask for a topic by keyboard, after naming what was missing, and shows the topic like it before sending', async () => {
    const page = await signIn(await browser.newContext(), member.email);
    expect(await page.locator('h1').textContent()).toBe('Your draw-down requests');
    await inspectPage(page, shot('requests-none'));
    await tabTo(page, 'main a[href="/draw-downs/new"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Ask for a topic")');
    await inspectPage(page, shot('ask'));
    // Sent empty: the topic and the concern are named and linked.
    await tabTo(page, 'form[action="/draw-downs/new"] button.govuk-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary__list a').evaluateAll((links) => links.map((a) => `${a.getAttribute('href')} ${a.textContent?.trim()}`))).toEqual([
      '#topic Enter the topic, in 300 characters or fewer',
      '#concern Enter what concerns you and why the committee should look at it',
    ]);
    await inspectPage(page, shot('ask-errors'));
    await page.locator('.govuk-error-summary__list a[href="#topic"]').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Anti-social driving on the town centre roads');
    await tabTo(page, '#concern');
    await page.keyboard.type('Cars racing on Lowfield Street at night.\nResidents raise it at every surgery.');
    await tabTo(page, '#suggestedAuthorityId');
    await page.keyboard.press('ArrowDown');
    await tabTo(page, 'form[action="/draw-downs/new"] button.govuk-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Check your request")');
    // The topic already planned, shown before anything is sent.
    expect(await page.locator('#similar').innerText()).toContain('“Anti-social driving in the town centre”: on the work plan, scheduled');
    expect((await t.as(dartford.coordinator).get('/api/v1/draw-downs')).body.items).toHaveLength(0);
    await inspectPage(page, shot('check'));
    const before = t.smtp.messages.length;
    await tabTo(page, 'button:has-text("Send the request")');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.govuk-panel:has-text("Request sent")');
    requestId = new URL(page.url()).pathname.split('/')[2]!;
    expect(await page.locator('#where').innerText()).toMatch(/^Waiting for the approvers, who are asked to decide by Monday 19 June 2017\.$/);
    expect(await page.locator('#decisions').innerText()).toBe(`${approver.name}: has not decided yet.`);
    await inspectPage(page, shot('sent'));
    // The concern kept its lines through the check page.
    expect((await t.as(dartford.coordinator).get(`/api/v1/draw-downs/${requestId}`)).body).toMatchObject({ concern: 'Cars racing on Lowfield Street at night.\nResidents raise it at every surgery.', suggestedAuthorityId: policeId });
    await t.smtp.waitFor((m) => t.smtp.messages.indexOf(m) >= before && (m.to as { text: string }).text.includes(approver.email));
    await page.context().close();
  });

  it('gives the approver the page the e-mail links to, with the member’s case and the topic like it, where they agree with a reason by keyboard', async () => {
    const notice = await t.smtp.waitFor((m) => (m.to as { text: string }).text.includes(approver.email) && /draw-down/i.test(m.subject ?? ''));
    const link = linkIn(notice.text ?? '', /\/approve\/[A-Za-z0-9._-]+/);
    const page = await (await browser.newContext()).newPage();
    const opened = await page.goto(link);
    expect(opened?.headers()['referrer-policy']).toBe('no-referrer');
    expect(await page.locator('h1').innerText()).toBe('Anti-social driving on the town centre roads');
    expect(await page.locator('main').innerText()).toContain('“Anti-social driving in the town centre”: on the work plan, scheduled');
    await inspectPage(page, shot('approve'));
    // Agreed without a reason: named, nothing recorded.
    await tabTo(page, '#decision');
    await page.keyboard.press('Space');
    await tabTo(page, 'button.govuk-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary__list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['#reason']);
    await inspectPage(page, shot('approve-errors'));
    expect((await t.as(dartford.coordinator).get(`/api/v1/draw-downs/${requestId}`)).body.decisions).toHaveLength(0);
    await tabTo(page, '#reason');
    await page.keyboard.type('A proper matter for the committee: the CSP has no plan for it');
    await tabTo(page, 'button.govuk-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Your decision has been recorded")');
    await inspectPage(page, shot('approved'));
    await page.context().close();
  });

  it('shows the member the decision and its reason; the co-ordinator schedules it on their page, the member sees where, and the public work plan shows it', async () => {
    const page = await signIn(await browser.newContext(), member.email);
    await page.locator(`a[href="/draw-downs/${requestId}"]`).click();
    expect(await page.locator('h1 .govuk-tag').innerText()).toBe('Agreed: to schedule');
    expect(await page.locator('#decisions').innerText()).toMatch(new RegExp(`^${approver.name}: agreed on Monday 5 June 2017 at 10am: “A proper matter for the committee: the CSP has no plan for it”$`));
    await inspectPage(page, shot('agreed'));

    // The co-ordinator schedules it on their page of the request, by keyboard: the July meeting, the report from Kent Police (the member's suggestion).
    const coordinator = await signIn(await browser.newContext(), (await t.as(dartford.coordinator).get('/api/v1/me')).body.email, '/');
    await coordinator.goto(`${t.baseUrl}/draw-downs/${requestId}`);
    await coordinator.selectOption('#meetingId', meetingId);
    expect(await coordinator.locator('#reportFromAuthorityId').inputValue()).toBe(policeId);
    await tabTo(coordinator, `form[action="/draw-downs/${requestId}/schedule"] button`);
    await coordinator.keyboard.press('Enter');
    await coordinator.waitForSelector('.govuk-notification-banner--success');
    await coordinator.context().close();
    await page.reload();
    expect(await page.locator('#where').innerText()).toBe('Scheduled for the meeting of Wednesday 26 July 2017 at 7pm; a report has been asked for.');
    await inspectPage(page, shot('scheduled'));
    // The public work plan shows the new item at its meeting, without anyone signing in.
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`${t.baseUrl}/public/dartford/work-plan`);
    expect(await visitor.locator('main').innerText()).toMatch(/Wednesday 26 July 2017[\s\S]*Anti-social driving on the town centre roads \(draw-down\)\s+Draw-down\s+Scheduled/);
    await inspectPage(visitor, shot('public-work-plan'));
    // It opens at the year under way; another year is a link away, by keyboard.
    expect(await visitor.locator('h1').innerText()).toBe('Work plan 2017-18');
    expect((await t.as(dartford.coordinator).post('/api/v1/municipal-years', { label: '2018-19', startsOn: '2018-05-16', endsOn: '2019-05-14' })).status).toBe(201);
    await visitor.reload();
    await tabTo(visitor, 'nav[aria-label="Municipal years"] a[href$="year=2018-19"]');
    await visitor.keyboard.press('Enter');
    await visitor.waitForURL(/year=2018-19$/);
    expect(await visitor.locator('h1').innerText()).toBe('Work plan 2018-19');
    expect(await visitor.locator('main').innerText()).toContain('Nothing is planned yet.');
    expect(await visitor.locator('main').innerText()).not.toContain('Anti-social driving');
    await inspectPage(visitor, shot('public-work-plan-2018-19'));
    await visitor.context().close();
    // Another member's request is not theirs to see.
    const other = await t.as(await dartford.token('member')).post('/api/v1/draw-downs', { committeeId, topic: 'Graffiti', concern: 'On the subway' });
    expect((await page.goto(`${t.baseUrl}/draw-downs/${other.body.id}`))?.status()).toBe(404);
    expect((await page.goto(`${t.baseUrl}/obligations`))?.status()).toBe(403);
    await page.context().close();
  });

  it("gives the committee's chair a page for their view, linked from the e-mail that consults them; nobody else may open it", async () => {
    const chairToken = await dartford.token('member');
    const chair = (await t.as(chairToken).get('/api/v1/me')).body;
    const as = t.as(dartford.coordinator);
    expect((await as.post(`/api/v1/committees/${committeeId}/members`, { name: chair.name, email: chair.email, role: 'chair', from: '2017-05-17' })).status).toBe(201);
    expect((await as.put(`/api/v1/committees/${committeeId}/draw-down-settings`, { approverIds: [approver.id], consultChair: true })).status).toBe(200);
    const asked = await t.as(await dartford.token('member')).post('/api/v1/draw-downs', { committeeId, topic: 'Fly-tipping in the alleys', concern: 'Behind the High Street shops, every week' });
    expect(asked.status).toBe(201);
    const consulted = await t.smtp.waitFor((m) => (m.to as { text: string }).text.includes(chair.email) && m.subject === 'Draw-down request for your view as chair: Fly-tipping in the alleys');
    const link = linkIn(consulted.text ?? '', new RegExp(`/draw-downs/${asked.body.id}/chair`));

    const page = await signIn(await browser.newContext(), chair.email);
    await page.goto(link);
    expect(await page.locator('h1').innerText()).toBe('Fly-tipping in the alleys');
    await inspectPage(page, shot('chair'));
    await tabTo(page, 'form button.govuk-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary__list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['#view']);
    await inspectPage(page, shot('chair-errors'));
    await tabTo(page, '#view');
    await page.keyboard.type('I support it: the alleys are a known problem.');
    await tabTo(page, 'form button.govuk-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.govuk-notification-banner--success');
    await inspectPage(page, shot('chair-given'));
    await t.smtp.waitFor((m) => (m.to as { text: string }).text.includes(approver.email) && m.subject === 'The chair\'s view on the draw-down request "Fly-tipping in the alleys"');
    expect((await as.get(`/api/v1/draw-downs/${asked.body.id}`)).body.chairView).toBe('I support it: the alleys are a known problem.');
    await page.context().close();

    // A member who is not the chair: the page does not exist for them.
    const other = await signIn(await browser.newContext(), member.email);
    expect((await other.goto(link))?.status()).toBe(404);
    await other.context().close();
  });

  it("lets a member read the committee's work plan and a meeting's agenda, exempt items marked as such, with nothing to change", async () => {
    const as = t.as(dartford.coordinator);
    const exempt = await as.post(`/api/v1/meetings/${meetingId}/agenda-items`, { title: 'Informant handling in the town centre', exempt: { paragraph: 7, reason: 'Prevention of crime: naming informants would endanger them' } });
    expect(exempt.status).toBe(201);
    const page = await signIn(await browser.newContext(), member.email);
    await tabTo(page, 'nav a[href="/work-plan"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Work plan")');
    expect(await page.locator('main').innerText()).toContain('Anti-social driving in the town centre');
    expect(await page.locator('main form').count()).toBe(0);
    await inspectPage(page, shot('work-plan'));
    await page.goto(`${t.baseUrl}/meetings/${meetingId}`);
    const agenda = await page.locator('#agenda + table').innerText();
    expect(agenda).toMatch(/Informant handling in the town centre\s+Exempt: paragraph 7/);
    expect(await page.locator('main form').count()).toBe(0);
    await inspectPage(page, shot('meeting'));
    await tabTo(page, 'nav a[href="/meetings"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Meetings")');
    expect(await page.locator('main a[href="/meetings/new"]').count()).toBe(0);
    await inspectPage(page, shot('meetings'));
    // Changing it is still the co-ordinator's alone.
    const refused = await page.request.post(`${t.baseUrl}/meetings/${meetingId}/publish`, { form: { _csrf: 'x' } });
    expect(refused.status()).toBe(403);
    await page.context().close();
  });

  it("tells an approver who signs in that their work comes to them by e-mail, on a page that passes axe", async () => {
    const page = await signIn(await browser.newContext(), approver.email, '/');
    expect(await page.locator('h1').innerText()).toBe('You are signed in');
    expect(await page.locator('main').innerText()).toContain('a draw-down request to agree or refuse');
    await inspectPage(page, shot('approver-home'));
    await page.context().close();
  });
});
