import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AnnualReportsProcessor } from '../../src/annual-reports/annual-reports.processor.js';
import { inspectPage, startBrowser, tabTo } from '../support/browser.js';
import { signInLinkIn, signInThroughPages } from '../support/sign-in.js';
import { DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';


describe.each(DIALECTS)("the co-ordinator's pages on %s", (dialect) => {
  let t: TestApp;
  let dartford: TestCouncil;
  let other: TestCouncil;
  let browser: Browser;
  let coordinator: { id: string; name: string; email: string };
  let otherObligationId: string;
  /** The co-ordinator's signed-in browser (its cookies), kept to open more pages without signing in again. */
  let signedIn: Awaited<ReturnType<BrowserContext['storageState']>>;
  /** The co-ordinator's browser; after the clock has jumped past the session's life, they sign in again, as they would. */
  const asCoordinator = async (): Promise<Page> => {
    const context = await browser.newContext({ storageState: signedIn });
    const page = await context.newPage();
    await page.goto(`${t.baseUrl}/`);
    if (new URL(page.url()).pathname === '/') return page;
    await context.close();
    const fresh = await browser.newContext();
    const again = await signIn(fresh, coordinator.email);
    signedIn = await fresh.storageState();
    return again;
  };
  /** The bodies the co-ordinator sets up (their ids once made). */
  const authorityIds: Record<string, string> = { 'Kent Police': '', 'Kent County Council': '', 'Kent Fire and Rescue Service': '' };
  const contactOf = (name: string) => `${name.toLowerCase().replace(/ /g, '.')}@example.org`;

  const shot = (name: string) => `${dialect}-${name}`;

  /** Signs in through the pages as a person does, by keyboard, the confirmation page inspected. */
  const signIn = (context: BrowserContext, email: string, next = '/'): Promise<Page> => signInThroughPages(t, context, email, next, (page) => inspectPage(page, shot('sign-in-confirm')));

  beforeAll(async () => {
    t = await startTestApp(dialect);
    browser = await startBrowser();
    dartford = await t.council('dartford');
    other = await t.council('gravesham');
    coordinator = (await t.as(dartford.coordinator).get('/api/v1/me')).body;
    // Wednesday 26 July 2017: the committee meets and recommends.
    t.clock.set('2017-07-26T10:00:00Z');
    // Gravesham's own obligation, which Dartford's co-ordinator must never see.
    const theirs = (await t.as(other.coordinator).post('/api/v1/authorities', { name: 'Kent Police', kind: 'other', statutory: true })).body;
    const theirObligation = await t.as(other.coordinator).post('/api/v1/obligations', { authorityId: theirs.id, kind: 'information_request', subject: 'Their own', details: 'Figures', issuedOn: '2017-07-26', dueOn: '2017-08-30' });
    expect(theirObligation.status).toBe(201);
    otherObligationId = theirObligation.body.id;
    // It is there, for its own council.
    expect((await t.as(other.coordinator).get(`/api/v1/obligations/${otherObligationId}`)).status).toBe(200);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('sends a visitor who is not signed in to the sign-in page, which passes axe in its normal state and with an error', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${t.baseUrl}/`);
    expect(page.url()).toBe(`${t.baseUrl}/sign-in?next=%2F`);
    await inspectPage(page, shot('sign-in'));
    await tabTo(page, 'button.govuk-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.title()).toBe('Error: Sign in – Scrutineer');
    expect(await page.locator('.govuk-error-summary a[href="#email"]').textContent()).toContain('Enter your email address');
    await inspectPage(page, shot('sign-in-error'));
    await context.close();
  });

  it('tells an unknown address the same as a known one, and sends it nothing', async () => {
    const before = t.smtp.messages.length;
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${t.baseUrl}/sign-in`);
    await page.fill('#email', 'stranger@example.org');
    await page.click('button.govuk-button');
    await page.waitForSelector('h1:has-text("Check your email")');
    await inspectPage(page, shot('check-email'));
    // A known address gets its mail within seconds; by then an unknown one would have too.
    await signIn(await browser.newContext(), coordinator.email);
    expect(t.smtp.messages.slice(before).filter((m) => (m.to as { text: string }).text.includes('stranger'))).toHaveLength(0);
    await context.close();
  });

  it("signs the co-ordinator in by the e-mailed link, with a session cookie that scripts cannot read, to this week's page", async () => {
    const context = await browser.newContext();
    const page = await signIn(context, coordinator.email);
    const [cookie] = (await context.cookies()).filter((c) => c.name === 'scrutineer-session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(await page.locator('h1').textContent()).toBe('This week');
    const text = await page.locator('main').innerText();
    expect(text).toContain('Wednesday 26 July 2017');
    expect(text).toContain('Nothing is overdue.');
    expect(text).toContain('No meeting is arranged.');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await inspectPage(page, shot('this-week-empty'));
    signedIn = await context.storageState();
    await context.close();
  });

  /** Types into each field in turn, reaching it with the Tab key as a keyboard user does. */
  async function typeFields(page: Page, fields: [string, string][]): Promise<void> {
    for (const [selector, text] of fields) {
      await tabTo(page, selector);
      await page.keyboard.type(text);
    }
  }
  async function pressButton(page: Page, selector: string): Promise<void> {
    await tabTo(page, selector);
    await page.keyboard.press('Enter');
    await page.waitForLoadState();
  }

  it("sets up the committee's year through the pages: the committee, the year, its members, the authorities and their contacts, a meeting", async () => {
    const page = await asCoordinator();
    await page.goto(`${t.baseUrl}/set-up`);
    await inspectPage(page, shot('set-up-empty'));
    await typeFields(page, [['#committee-name', 'Crime and Disorder (Overview and Scrutiny) Committee']]);
    await pressButton(page, 'form[action="/set-up/committee"] button');
    await page.waitForSelector('.govuk-notification-banner--success');

    // A year whose last day is not a date: refused, named, linked, what was typed kept.
    await typeFields(page, [['#year-label', '2017-18'], ['#startsOn-day', '17'], ['#startsOn-month', '5'], ['#startsOn-year', '2017'], ['#endsOn-day', '31'], ['#endsOn-month', '2'], ['#endsOn-year', '2018']]);
    await pressButton(page, 'form[action="/set-up/years"] button');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary__list a').evaluateAll((links) => links.map((a) => `${a.getAttribute('href')} ${a.textContent?.trim()}`))).toEqual([
      '#endsOn-day Enter the last day as a real date, like 15 5 2018',
    ]);
    expect(await page.inputValue('#year-label')).toBe('2017-18');
    await inspectPage(page, shot('set-up-errors'));
    await page.locator('#endsOn-day').fill('');
    await page.locator('#endsOn-month').fill('');
    await typeFields(page, [['#endsOn-day', '15'], ['#endsOn-month', '5']]);
    await pressButton(page, 'form[action="/set-up/years"] button');
    await page.waitForSelector('.govuk-notification-banner--success');
    expect(await page.locator('#years ~ table').first().innerText()).toContain('Wednesday 17 May 2017');

    await typeFields(page, [['#member-name', 'Councillor R J Wells'], ['#member-email', 'cllr.wells@dartford.example.org']]);
    await tabTo(page, '#member-role');
    await page.selectOption('#member-role', 'chair');
    await typeFields(page, [['#from-day', '17'], ['#from-month', '5'], ['#from-year', '2017']]);
    await pressButton(page, 'form[action="/set-up/members"] button');
    await page.waitForSelector('.govuk-notification-banner--success');
    expect(await page.locator('main').innerText()).toMatch(/Councillor R J Wells[\s\S]*Chair[\s\S]*From Wednesday 17 May 2017/);
    await inspectPage(page, shot('set-up'));

    // How the statutory days are counted: officers get 12 working days' notice to attend.
    await page.goto(`${t.baseUrl}/set-up/calendar`);
    expect(await page.locator('h1').textContent()).toBe('The statutory calendar');
    await inspectPage(page, shot('set-up-calendar'));
    await page.locator('#attendanceNoticeWorkingDays').fill('');
    await typeFields(page, [['#attendanceNoticeWorkingDays', 'twelve']]);
    await pressButton(page, 'form[action="/set-up/calendar"] button.govuk-button');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary__list a').getAttribute('href')).toBe('#attendanceNoticeWorkingDays');
    await inspectPage(page, shot('set-up-calendar-error'));
    await page.locator('#attendanceNoticeWorkingDays').fill('');
    await typeFields(page, [['#attendanceNoticeWorkingDays', '12']]);
    await pressButton(page, 'form[action="/set-up/calendar"] button.govuk-button');
    await page.waitForSelector('.govuk-notification-banner--success');
    expect((await t.as(dartford.coordinator).get('/api/v1/calendar/settings')).body).toMatchObject({ attendanceNoticeWorkingDays: 12, agendaNoticeDays: 5 });

    // Who agrees members' draw-down requests: the council's approver, with the chair consulted.
    expect((await t.as(dartford.coordinator).post('/api/v1/users', { email: 'sheri.green@dartford.example.org', name: 'Sheri Green', role: 'approver' })).status).toBe(201);
    await page.goto(`${t.baseUrl}/set-up/draw-downs`);
    expect(await page.locator('h1').textContent()).toBe('Draw-down requests');
    await inspectPage(page, shot('set-up-draw-downs'));
    await page.locator('#decisionWorkingDays').fill('');
    await typeFields(page, [['#decisionWorkingDays', 'a fortnight']]);
    await pressButton(page, 'form[action="/set-up/draw-downs"] button.govuk-button');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary__list a').getAttribute('href')).toBe('#decisionWorkingDays');
    await inspectPage(page, shot('set-up-draw-downs-error'));
    await tabTo(page, '#approverIds');
    await page.keyboard.press('Space');
    await page.locator('#decisionWorkingDays').fill('');
    await typeFields(page, [['#decisionWorkingDays', '10']]);
    await pressButton(page, 'form[action="/set-up/draw-downs"] button.govuk-button');
    await page.waitForSelector('.govuk-notification-banner--success');
    expect(await page.isChecked('#approverIds')).toBe(true);
    expect(await page.isChecked('#consultChair')).toBe(true);

    // When the authorities are reminded: a further stage to the chief officer, copying the chair; acknowledgement asked for.
    await page.goto(`${t.baseUrl}/set-up/reminders`);
    expect(await page.locator('h1').textContent()).toBe('Reminders');
    await inspectPage(page, shot('set-up-reminders'));
    const rows = Number(await page.locator('input[name="rows"]').inputValue());
    const blank = rows - 2;
    await typeFields(page, [[`#offsetDays-${blank}`, 'three weeks']]);
    await pressButton(page, 'form[action="/set-up/reminders"] button.govuk-button');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary__list a').getAttribute('href')).toBe(`#offsetDays-${blank}`);
    await inspectPage(page, shot('set-up-reminders-error'));
    await page.locator(`#offsetDays-${blank}`).fill('');
    await typeFields(page, [[`#offsetDays-${blank}`, '21']]);
    await tabTo(page, `#level-${blank}`);
    await page.selectOption(`#level-${blank}`, '2');
    await tabTo(page, `#copyChair-${blank}`);
    await page.keyboard.press('Space');
    await typeFields(page, [['#acknowledge', '3']]);
    await pressButton(page, 'form[action="/set-up/reminders"] button.govuk-button');
    await page.waitForSelector('.govuk-notification-banner--success');
    expect(await page.locator('tbody').innerText()).toContain('21 days after the due date');
    const policy = (await t.as(dartford.coordinator).get('/api/v1/reminders/policy')).body;
    expect(policy.acknowledgeWithinWorkingDays).toBe(3);
    expect(policy.stages).toContainEqual({ offsetDays: 21, level: 2, copyCoordinator: false, copyChair: true });
    expect(policy.stages).toHaveLength(blank + 1);

    for (const name of Object.keys(authorityIds)) {
      await page.goto(`${t.baseUrl}/authorities`);
      if (name === 'Kent Police') {
        // Nothing entered: each field named and linked.
        await pressButton(page, 'form[action="/authorities"] button');
        await page.waitForSelector('.govuk-error-summary');
        expect(await page.locator('.govuk-error-summary__list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['#authority-name', '#authority-kind', '#statutory']);
        await inspectPage(page, shot('authorities-errors'));
      }
      await typeFields(page, [['#authority-name', name]]);
      await tabTo(page, '#authority-kind');
      await page.selectOption('#authority-kind', name === 'Kent Police' ? 'police' : name === 'Kent County Council' ? 'county_council' : 'fire_rescue');
      await tabTo(page, '#statutory');
      await page.keyboard.press('Space');
      await pressButton(page, 'form[action="/authorities"] button');
      await page.waitForSelector('h1:has-text("' + name + '")');
      authorityIds[name] = new URL(page.url()).pathname.split('/')[2]!;
      await typeFields(page, [['#contact-name', `${name} officer`], ['#contact-email', contactOf(name)], ['#contact-role', 'Community safety lead']]);
      await tabTo(page, '#escalationLevel');
      await page.keyboard.press('Space');
      await pressButton(page, 'form[action$="/contacts"] button');
      await page.waitForSelector('.govuk-notification-banner--success');
      expect(await page.locator('#contacts ~ table').first().innerText()).toContain(contactOf(name));
    }
    await inspectPage(page, shot('authority'));
    await page.goto(`${t.baseUrl}/authorities`);
    await inspectPage(page, shot('authorities'));

    // Tonight's meeting (whose minutes are imported below), and the next.
    for (const [day, month, heading] of [['26', '7', 'Wednesday 26 July 2017 at 7pm'], ['19', '9', 'Tuesday 19 September 2017 at 7pm']]) {
      await page.goto(`${t.baseUrl}/meetings/new`);
      if (day === '26') {
        await inspectPage(page, shot('meeting-new'));
        // No day, a time that is not one: each named and linked.
        await typeFields(page, [['#time', 'evening']]);
        await pressButton(page, 'form[action="/meetings/new"] button');
        await page.waitForSelector('.govuk-error-summary');
        expect(await page.locator('.govuk-error-summary__list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['#day-day', '#time']);
        await inspectPage(page, shot('meeting-new-errors'));
        await page.locator('#time').fill('');
      }
      await typeFields(page, [['#day-day', day!], ['#day-month', month!], ['#day-year', '2017'], ['#time', '7pm'], ['#venue', 'Civic Centre, Dartford']]);
      await pressButton(page, 'form[action="/meetings/new"] button');
      await page.waitForSelector(`h1:has-text("${heading}")`);
    }
    // The API reads what the pages made.
    const meetings = (await t.as(dartford.coordinator).get('/api/v1/meetings')).body.items;
    expect(meetings.map((m: { startsAt: string }) => m.startsAt)).toEqual(['2017-07-26T18:00:00.000Z', '2017-09-19T18:00:00.000Z']);
    const authorities = (await t.as(dartford.coordinator).get('/api/v1/authorities')).body.items;
    expect(authorities).toHaveLength(3);
    await page.context().close();
  });

  it('plans a statutory item for the next meeting, defers it with its reason and who directed it, and shows its history and the duties it covers', async () => {
    const page = await asCoordinator();
    await page.goto(`${t.baseUrl}/work-plan`);
    expect(await page.locator('#coverage ~ dl').first().innerText()).toMatch(/Strategic Assessment is considered\s+At risk/);
    await inspectPage(page, shot('work-plan-empty'));
    await typeFields(page, [['#item-title', 'Strategic Assessment 2017']]);
    await tabTo(page, '#basis');
    await page.keyboard.press('Space');
    await tabTo(page, '#item-category');
    await page.selectOption('#item-category', 'strategic_assessment');
    await tabTo(page, '#item-meetingId');
    await page.selectOption('#item-meetingId', { label: 'Tuesday 19 September 2017 at 7pm' });
    await pressButton(page, 'form[action="/work-plan/items"] button');
    await page.waitForSelector('.govuk-notification-banner--success');
    expect(await page.locator('dl').first().innerText()).toContain('Tuesday 19 September 2017 at 7pm');

    // The plan as it stands is kept as a version, to compare with later.
    const itemUrl = page.url();
    await page.goto(`${t.baseUrl}/work-plan`);
    await typeFields(page, [['#version-label', 'Work plan as at 26 July 2017']]);
    await pressButton(page, 'form[action="/work-plan/versions"] button');
    await page.waitForSelector('h1:has-text("Version 1: Work plan as at 26 July 2017")');
    expect(await page.locator('main').innerText()).toContain('Nothing has changed.');
    const versionUrl = page.url();
    await page.goto(itemUrl);

    // Deferred without saying who directed it: refused, named, linked.
    await typeFields(page, [['#move-season', 'Winter 2018 (February)'], ['#move-reason', 'To coincide with the CSP mid-year Performance Report']]);
    await pressButton(page, 'form[action$="/move"] button');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary__list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['#move-directedBy']);
    await inspectPage(page, shot('work-plan-item-error'));
    await page.locator('#move-directedBy').focus();
    await page.keyboard.type('Strategic Director (External Services)');
    await pressButton(page, 'form[action$="/move"] button');
    await page.waitForSelector('.govuk-notification-banner--success');
    expect(await page.locator('#history ~ ol').innerText()).toMatch(
      /Deferred from Tuesday 19 September 2017 to Winter 2018 \(February\), recorded Wednesday 26 July 2017 at 11am by .*\nDirected by Strategic Director \(External Services\)\. Reason: To coincide with the CSP mid-year Performance Report/,
    );
    await inspectPage(page, shot('work-plan-item'));
    await page.goto(`${t.baseUrl}/work-plan`);
    // Deferred to a season with no meeting yet: the duty is at risk, and the page says why.
    expect(await page.locator('#coverage ~ dl').first().innerText()).toMatch(/Strategic Assessment is considered\s+At risk "Strategic Assessment 2017" is planned for Winter 2018 \(February\), but no meeting is set for it/);
    expect(await page.locator('main').innerText()).toMatch(/Winter 2018 \(February\)\s+Items for Winter 2018 \(February\)/);
    await inspectPage(page, shot('work-plan'));
    await page.goto(versionUrl);
    expect(await page.locator('main').innerText()).toMatch(/Moved\s+Strategic Assessment 2017: deferred from .+ to Winter 2018 \(February\)/);
    await inspectPage(page, shot('work-plan-version'));
    await page.context().close();
  });

  it("publishes a notice of key decisions, explains a decision's lateness, and gives the chair the general exception notice", async () => {
    const page = await asCoordinator();
    await page.goto(`${t.baseUrl}/forward-plan`);
    await inspectPage(page, shot('forward-plan-empty'));
    await pressButton(page, 'a:has-text("New notice")');
    await page.waitForSelector('h1:has-text("New notice of key decisions")');
    await typeFields(page, [
      ['#periodStart-day', '1'], ['#periodStart-month', '8'], ['#periodStart-year', '2017'],
      ['#periodEnd-day', '31'], ['#periodEnd-month', '10'], ['#periodEnd-year', '2017'],
      ['#publishedOn-day', '26'], ['#publishedOn-month', '7'], ['#publishedOn-year', '2017'],
      ['#d0-maker', 'Cabinet'], ['#d0-dueOn-day', '10'], ['#d0-dueOn-month', '8'], ['#d0-dueOn-year', '2017'],
    ]);
    // A decision with no title: refused, linked to the box.
    await pressButton(page, 'form[action="/forward-plan/new"] button.govuk-button');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary__list a').evaluateAll((links) => links.map((a) => `${a.getAttribute('href')} ${a.textContent?.trim()}`))).toEqual(['#d0-title Decision 1: enter what is to be decided']);
    await inspectPage(page, shot('forward-plan-new-error'));
    await page.locator('#d0-title').focus();
    await page.keyboard.type('Adoption of the Community Safety Strategy refresh');
    // It cannot wait for 28 clear days: it is planned under the general exception.
    // Tab reaches the group's chosen radio; the arrow key moves the choice, as a keyboard user does.
    await tabTo(page, '#d0-exception');
    await page.keyboard.press('ArrowDown');
    expect(await page.isChecked('#d0-exception-2')).toBe(true);
    // A second decision the notice lists for information only: not key, so not judged against the 28 days.
    await typeFields(page, [['#d1-title', 'Renewal of the CCTV maintenance contract'], ['#d1-maker', 'Head of Community Safety'], ['#d1-dueOn-day', '3'], ['#d1-dueOn-month', '8'], ['#d1-dueOn-year', '2017']]);
    await tabTo(page, '#d1-key');
    await page.keyboard.press('ArrowRight');
    expect(await page.isChecked('#d1-key-2')).toBe(true);
    await pressButton(page, 'form[action="/forward-plan/new"] button.govuk-button');
    await page.waitForSelector('.govuk-notification-banner--success');
    // Thursday 10 August needs the notice by Wednesday 12 July (28 clear days): published on 26 July, it is late.
    const decision = page.locator('.scrutineer-item', { hasText: 'Adoption of the Community Safety Strategy refresh' });
    expect(await decision.innerText()).toMatch(/Late[\s\S]*Thursday 10 August 2017[\s\S]*Notice due by\s+Wednesday 12 July 2017 \(14 clear days given\)/);
    expect(await page.locator('.scrutineer-item', { hasText: 'Renewal of the CCTV maintenance contract' }).innerText()).toMatch(/Not a key decision/);
    await inspectPage(page, shot('forward-plan-notice'));
    const before = t.smtp.messages.length;
    await decision.locator('textarea[name="reasons"]').first().focus();
    await page.keyboard.type('The funding offer must be accepted before 14 August');
    await decision.locator('form[action$="/general-exception"] button').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.govuk-notification-banner--success');
    const notice = await t.smtp.waitFor((m) => t.smtp.messages.indexOf(m) >= before && (m.to as { text: string }).text.includes('cllr.wells@dartford.example.org'));
    expect(notice.text).toContain('The funding offer must be accepted before 14 August');
    expect(await page.locator('.scrutineer-item', { hasText: 'Adoption of the Community Safety Strategy refresh' }).innerText()).toContain('Allowed by exception');
    await inspectPage(page, shot('forward-plan-exception'));
    await page.context().close();
  });

  it("words the council's own request e-mail on the set-up pages, after showing what was wrong with a first try", async () => {
    const page = await asCoordinator();
    await page.goto(`${t.baseUrl}/set-up`);
    await tabTo(page, 'main a[href="/set-up/wording"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("The wording of the e-mails")');
    expect(await page.locator('main').innerText()).toContain('The council sends the standard wording of every message.');
    await inspectPage(page, shot('wordings'));
    await tabTo(page, 'a[href="/set-up/wording/reminders/request"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#wording');
    expect(await page.inputValue('#wording')).toContain('Subject: {{ committee }}: {{ kindLabel }}');
    await inspectPage(page, shot('wording'));
    // A first try that misspells a value and puts a greeting before the subject: both named, nothing kept.
    await tabTo(page, '#wording');
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Dear {{ authorty }}\n');
    await tabTo(page, 'form[action="/set-up/wording/reminders/request"] button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary__list a').evaluateAll((links) => links.map((a) => `${a.getAttribute('href')} ${a.textContent?.trim()}`))).toEqual([
      '#wording Line 1: “authorty” is not a value of this message; the list below names those it has',
      '#wording The wording must begin with a line “Subject: …”, the subject of the e-mail',
    ]);
    expect(await page.inputValue('#wording')).toMatch(/^Dear \{\{ authorty \}\}\n\{# The request itself/);
    await inspectPage(page, shot('wording-errors'));
    expect((await t.as(dartford.coordinator).get('/api/v1/mail-wordings/reminders/request')).body.changed).toBe(false);
    // The council's own words, typed in place of the standard.
    await page.locator('.govuk-error-summary__list a').first().focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(
      [
        'Subject: Dartford scrutiny asks {{ authority }}: {{ obligation.subject }}, by {{ obligation.dueOn | date }}',
        '',
        'Dear colleagues at {{ authority }},',
        '',
        '{% include "reminders/asked.mail-part.njk" %}',
        '',
        '{% include "reminders/answer.mail-part.njk" %}',
      ].join('\n'),
    );
    await tabTo(page, 'form[action="/set-up/wording/reminders/request"] button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.govuk-notification-banner--success');
    expect(await page.locator('main').innerText()).toContain(`The council sends its own wording, last changed by ${coordinator.name}`);
    await inspectPage(page, shot('wording-saved'));
    await page.goto(`${t.baseUrl}/set-up/wording`);
    expect(await page.locator('main').innerText()).toContain('The council sends its own wording of 1 message.');
    await page.context().close();
  });

  it('issues the 26 July 2017 recommendations to the three authorities from one form, by keyboard, after showing what was wrong', async () => {
    const page = await asCoordinator();
    await page.goto(`${t.baseUrl}/obligations`);
    await inspectPage(page, shot('obligations-none'));
    await tabTo(page, 'a[href="/obligations/new"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Send to the authorities")');
    await inspectPage(page, shot('issue-form'));
    // Sent with no subject, no details and no recommendations: each is named and linked.
    await tabTo(page, 'form[action="/obligations/new"] button.govuk-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.govuk-error-summary');
    const problems = await page.locator('.govuk-error-summary__list a').evaluateAll((links) => links.map((a) => `${a.getAttribute('href')} ${a.textContent?.trim()}`));
    expect(problems).toEqual(['#subject Enter the subject, in 300 characters or fewer', '#details Enter what the committee asks or recommends']);
    await inspectPage(page, shot('issue-form-errors'));
    // The summary's link takes the keyboard to the field.
    await page.locator('.govuk-error-summary__list a[href="#subject"]').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Unauthorised encampments');
    await tabTo(page, '#details');
    await page.keyboard.type('The Committee considered the report on unauthorised encampments.');
    await tabTo(page, '#recommendations');
    await page.keyboard.type('That partners agree a joint protocol\nThat a transit site be identified');
    await tabTo(page, 'form[action="/obligations/new"] button.govuk-button');
    const before = t.smtp.messages.length;
    await page.keyboard.press('Enter');
    await page.waitForSelector('.govuk-notification-banner--success');
    expect(await page.locator('.govuk-notification-banner').innerText()).toContain('Sent to 3 authorities');
    expect(await page.locator('tbody tr').count()).toBe(3);
    expect(await page.locator('main').innerText()).toContain('Wednesday 23 August 2017');
    await inspectPage(page, shot('obligations-issued'));
    // Each authority has its request by e-mail, listing both recommendations.
    const requests = await t.smtp.waitForCount(before + 3);
    for (const name of Object.keys(authorityIds)) {
      const mail = requests.slice(before).find((m) => (m.to as { text: string }).text.includes(contactOf(name)));
      expect(mail?.text).toContain('1. That partners agree a joint protocol\n2. That a transit site be identified');
      // In the wording the council gave it on the set-up pages.
      expect(mail?.subject).toBe(`Dartford scrutiny asks ${name}: Unauthorised encampments, by Wed 23 August 2017`);
      expect(mail?.text).toContain(`Dear colleagues at ${name},`);
    }
    await page.context().close();
  });

  it("adds an exempt item to the meeting's agenda, and puts the agenda in order, by keyboard", async () => {
    const page = await asCoordinator();
    await page.goto(`${t.baseUrl}/meetings`);
    expect(await page.locator('h1').innerText()).toBe('Meetings in 2017-18');
    await inspectPage(page, shot('meetings'));
    await tabTo(page, 'main tbody a:has-text("Tuesday 19 September 2017")');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Tuesday 19 September 2017 at 7pm")');
    const deadlines = await page.locator('dl').innerText();
    expect(deadlines).toMatch(/Must be published by \w+day \d+ September 2017 \(in \d+ days\)/);
    await inspectPage(page, shot('meeting'));

    // Marked exempt without saying why: refused, the problem linked to the field.
    await tabTo(page, '#title');
    await page.keyboard.type('Anti-social behaviour case review');
    await page.selectOption('#exemptParagraph', '3');
    await tabTo(page, 'form[action$="/agenda-items"] button.govuk-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary__list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['#exemptReason']);
    await inspectPage(page, shot('meeting-item-error'));
    await page.locator('#exemptReason').focus();
    await page.keyboard.type('Information about the financial affairs of named persons');
    await tabTo(page, 'form[action$="/agenda-items"] button.govuk-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.govuk-notification-banner--success');

    for (const title of ['Kent Police and Crime Panel update', 'Community safety partnership plan']) {
      await page.locator('#title').fill(title);
      await page.locator('form[action$="/agenda-items"] button.govuk-button').click();
      await page.waitForSelector('.govuk-notification-banner--success');
    }
    const titles = async () => (await page.locator('#agenda ~ table tbody tr td:nth-child(2)').allInnerTexts()).map((x) => x.split('\n')[0]!.trim());
    const before = await titles();
    expect(before.indexOf('Kent Police and Crime Panel update')).toBeLessThan(before.indexOf('Community safety partnership plan'));
    // Exempt business comes last, after the resolution to exclude the press and public.
    expect(before.at(-1)).toBe('Anti-social behaviour case review');
    expect(before.at(-2)).toBe('Exclusion of the press and public');
    expect(await page.locator('main').innerText()).toContain('Exempt: paragraph 3');

    await tabTo(page, 'button:has-text("Move up: Community safety partnership plan")');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Tuesday 19 September 2017")');
    const after = await titles();
    expect(after.indexOf('Community safety partnership plan')).toBeLessThan(after.indexOf('Kent Police and Crime Panel update'));
    await inspectPage(page, shot('meeting-agenda'));
    // The API reads the same agenda.
    const meetingId = new URL(page.url()).pathname.split('/')[2];
    const agenda = (await t.as(dartford.coordinator).get(`/api/v1/meetings/${meetingId}`)).body.agenda;
    expect(agenda.find((i: { title: string }) => i.title === 'Anti-social behaviour case review').exempt).toMatchObject({ paragraph: 3 });
    await page.context().close();
  });

  it("shows an authority's answer, given through its link, in the obligation's thread; and more time asked for is decided there", async () => {
    const requestTo = (name: string) => t.smtp.messages.find((m) => (m.to as { text: string }).text.includes(contactOf(name)) && /respond\//.test(m.text ?? ''))!;
    const respondLink = (name: string) => new URL(/http:\/\/127\.0\.0\.1:\d+\/respond\/[A-Za-z0-9._-]+/.exec(requestTo(name).text ?? '')![0]).pathname;
    t.clock.set('2017-08-10T09:00:00Z');
    const answered = await t.http().post(respondLink('Kent Police')).type('form').send({
      action: 'respond',
      text: 'Kent Police welcomes the recommendations.',
      'position-0': 'accepted',
      'reason-0': 'A protocol is drafted',
      'position-1': 'rejected',
      'reason-1': 'A transit site is for the county council',
    });
    expect(answered.status).toBe(200);
    const asked = await t.http().post(respondLink('Kent County Council')).type('form').send({ action: 'extend', newDueOn: '2017-09-06', reason: 'The cabinet member is away until September' });
    expect(asked.status).toBe(200);

    const page = await asCoordinator();
    await page.goto(`${t.baseUrl}/obligations`);
    await page.getByRole('row', { name: /Kent Police/ }).getByRole('link').click();
    const thread = await page.locator('main').innerText();
    expect(await page.locator('.govuk-caption-l').innerText()).toBe('Kent Police');
    expect(thread).toContain('Messages to Kent Police');
    expect(thread).toContain('Kent Police welcomes the recommendations.');
    expect(thread).toMatch(/Acknowledged\s+Not separately: the answer came first/);
    expect(thread).toMatch(/That partners agree a joint protocol\s+Accepted: A protocol is drafted/);
    expect(thread).toMatch(/That a transit site be identified\s+Rejected: A transit site is for the county council/);
    expect(thread).toContain('The request');
    expect(thread).toContain('Answered');
    expect(thread).toContain(contactOf('Kent Police'));
    await inspectPage(page, shot('thread-answered'));

    await page.goto(`${t.baseUrl}/`);
    await page.getByRole('link', { name: /Kent County Council asks for more time/ }).click();
    expect(new URL(page.url()).hash).toBe('#extensions');
    // Refusing without a reason is refused, with the problem linked to the field.
    await page.locator('#decision').focus();
    await page.keyboard.press('Space');
    await tabTo(page, 'form[action$="/decision"] button.govuk-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary__list a').getAttribute('href')).toBe('#decision-reason');
    await inspectPage(page, shot('thread-extension-error'));
    await page.locator('#decision-reason').focus();
    await page.keyboard.type('Granted: the cabinet meets on 5 September');
    await tabTo(page, 'form[action$="/decision"] button.govuk-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.govuk-notification-banner--success');
    expect(await page.locator('main').innerText()).toContain('Wednesday 6 September 2017');
    await inspectPage(page, shot('thread-extension-granted'));
    // The trail says who did what, in words.
    await tabTo(page, 'a:has-text("Audit trail of this obligation")');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Audit trail")');
    const trail = await page.locator('main ol').innerText();
    expect(trail).toContain(`${coordinator.name} <${coordinator.email}> (coordinator) granted more time.`);
    expect(trail).toContain('Kent County Council (through its response link) asked for more time.');
    expect(trail).toContain('Due on: from Wednesday 23 August 2017 to Wednesday 6 September 2017');
    expect(trail).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    await inspectPage(page, shot('audit-trail'));
    // Another council's record has no trail here.
    expect((await page.goto(`${t.baseUrl}/audit/obligation/${otherObligationId}`))?.status()).toBe(404);
    await page.context().close();
  });

  it('shows the overdue on this week’s page, how overdue, with a link to its thread', async () => {
    // Monday 28 August 2017 (a bank holiday): the responses were due on Wednesday 23 August.
    t.clock.set('2017-08-28T08:00:00Z');
    const page = await asCoordinator();
    await page.goto(`${t.baseUrl}/`);
    const text = await page.locator('main').innerText();
    expect(text).toContain('Monday 28 August 2017');
    expect(text).toContain('1 overdue');
    // The next meeting, read from the meetings to come (the one of 26 July is past).
    expect(text).toMatch(/Meeting\s+Tuesday 19 September 2017 at 7pm/);
    expect(text).toMatch(/Unauthorised encampments\s+Kent Fire and Rescue Service\s+Response to recommendations\s+Wednesday 23 August 2017\s+5 days overdue/);
    expect(text).toContain('Reports due');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    // The chart of answers, and the figures behind it: Kent Police answered on time, the county council has until 6 September, the fire service is overdue.
    expect(await page.locator('#answers-chart svg title').first().textContent()).toBe(
      // In the council's order of its authorities (by name, where it has set none).
      'Answers by authority: Kent County Council, 0 on time, 0 late, 0 overdue, 1 not yet due; Kent Fire and Rescue Service, 0 on time, 0 late, 1 overdue, 0 not yet due; Kent Police, 1 on time, 0 late, 0 overdue, 0 not yet due',
    );
    expect(await page.locator('#answers-chart svg rect').count()).toBe(3);
    await tabTo(page, '#answers-figures summary');
    await page.keyboard.press('Enter');
    expect(await page.locator('#answers-figures table tbody').innerText()).toMatch(/Kent Fire and Rescue Service\s+0\s+0\s+1\s+0/);
    // The year's deadlines as a timeline by month: August's two (one met, one missed), September's one to come, the other months empty.
    const timeline = await page.locator('#deadlines-chart svg title').first().textContent();
    expect(timeline).toMatch(/^Deadlines by month: May 2017, 0 on time, 0 late, 0 overdue, 0 not yet due; /);
    expect(timeline).toContain('; August 2017, 1 on time, 0 late, 1 overdue, 0 not yet due; September 2017, 0 on time, 0 late, 0 overdue, 1 not yet due; ');
    expect(timeline).toMatch(/; May 2018, 0 on time, 0 late, 0 overdue, 0 not yet due$/);
    expect(await page.locator('#deadlines-chart svg rect').count()).toBe(3);
    await inspectPage(page, shot('this-week'));
    await page.getByRole('row', { name: /Kent Fire and Rescue Service/ }).getByRole('link').click();
    expect(await page.locator('h1').innerText()).toContain('Unauthorised encampments');
    expect(await page.locator('main').innerText()).toContain('5 days overdue');
    await page.context().close();
  });

  it("imports seed 003's minutes from a file, shows each item beside its lines, records an undertaking, and records their confirmation at the next meeting", async () => {
    const page = await asCoordinator();
    await page.goto(`${t.baseUrl}/meetings`);
    await page.getByRole('link', { name: 'Wednesday 26 July 2017 at 7pm' }).click();
    await tabTo(page, 'a:has-text("Minutes of the meeting")');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Minutes of Wednesday 26 July 2017 at 7pm")');
    await inspectPage(page, shot('minutes-none'));
    // Nothing pasted, no file: refused, linked to the box.
    await pressButton(page, 'form[action*="/minutes/import"] button');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary__list a').getAttribute('href')).toBe('#text');
    await inspectPage(page, shot('minutes-import-error'));
    await page.setInputFiles('#file', fileURLToPath(new URL('../fixtures/minutes-2017-07-26.txt', import.meta.url)));
    await pressButton(page, 'form[action*="/minutes/import"] button');
    await page.waitForSelector('.govuk-notification-banner--success');
    expect(await page.locator('#items ~ .scrutineer-item h3').count()).toBe(16);
    // Item 10 beside the lines it was read from.
    const encampments = page.locator('.scrutineer-item', { hasText: 'RESPONSE TO UNAUTHORISED ENCAMPMENTS' });
    expect(await encampments.locator('.scrutineer-source').innerText()).toMatch(/^577\s+10\. RESPONSE TO UNAUTHORISED ENCAMPMENTS/);
    expect(await encampments.innerText()).toContain('Officers undertook to respond to Members on both points.');
    await inspectPage(page, shot('minutes-imported'));

    // Recorded without saying who gave it: refused.
    const form = encampments.locator('form[action*="/undertakings/0"]');
    await form.locator('input[value="confirm"]').focus();
    await page.keyboard.press('Space');
    await form.locator('input[name="dueOn-day"]').fill('23');
    await form.locator('input[name="dueOn-month"]').fill('8');
    await form.locator('input[name="dueOn-year"]').fill('2017');
    await form.locator('button').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary__list').innerText()).toContain('Select who gave the undertaking');
    await inspectPage(page, shot('minutes-undertaking-error'));
    const again = page.locator('.scrutineer-item', { hasText: 'RESPONSE TO UNAUTHORISED ENCAMPMENTS' }).locator('form[action*="/undertakings/0"]');
    await again.locator('input[value="confirm"]').check();
    await again.locator('select[name="authorityId"]').selectOption({ label: 'Kent County Council' });
    await again.locator('input[name="dueOn-day"]').fill('23');
    await again.locator('input[name="dueOn-month"]').fill('8');
    await again.locator('input[name="dueOn-year"]').fill('2017');
    await again.locator('button').click();
    await page.waitForSelector('.govuk-notification-banner--success');
    expect(await page.locator('.scrutineer-item', { hasText: 'RESPONSE TO UNAUTHORISED ENCAMPMENTS' }).innerText()).toMatch(/Undertaking\s+Recorded/);
    const undertakings = (await t.as(dartford.coordinator).get('/api/v1/obligations?authorityId=' + authorityIds['Kent County Council'])).body.items.filter((o: { kind: string }) => o.kind === 'undertaking');
    expect(undertakings).toHaveLength(1);
    expect(undertakings[0]).toMatchObject({ dueOn: '2017-08-23', details: 'Officers undertook to respond to Members on both points.' });

    // The committee confirms them on Tuesday 19 September 2017.
    t.clock.set('2017-09-20T09:00:00Z');
    const later = await asCoordinator();
    await later.goto(page.url().split('?')[0]!);
    await tabTo(later, '#confirmedAtMeetingId');
    await later.selectOption('#confirmedAtMeetingId', { label: 'Tuesday 19 September 2017 at 7pm' });
    await pressButton(later, 'form[action$="/minutes/confirm"] button');
    await later.waitForSelector('.govuk-notification-banner--success');
    expect(await later.locator('main').innerText()).toContain('Confirmed as a correct record');
    await inspectPage(later, shot('minutes-confirmed'));
    const meetingId = new URL(later.url()).pathname.split('/')[2];
    expect((await t.http().get(`/public/dartford/meetings/${meetingId}/minutes`)).status).toBe(200);
    await page.context().close();
    await later.context().close();
  });

  it('compiles the annual report with a progress bar that follows the job, then gives the DOCX to download', async () => {
    // The worker is held, so the page is seen while the report waits and compiles.
    const worker = t.app.get(AnnualReportsProcessor).worker;
    await worker.pause();
    const page = await asCoordinator();
    await page.goto(`${t.baseUrl}/annual-reports`);
    await inspectPage(page, shot('annual-reports'));
    expect(await page.locator('#municipalYear').inputValue()).toBe('2017-18');
    await pressButton(page, 'form[action="/annual-reports"] button');
    await page.waitForSelector('progress#progress');
    expect(await page.locator('progress#progress').getAttribute('value')).toBe('0');
    await inspectPage(page, shot('annual-report-compiling'));
    // The bar's script follows the job and, when it is done, shows the draft without anyone reloading the page.
    const asked: string[] = [];
    page.on('request', (sent) => {
      if (/\/api\/v1\/annual-reports\/[^/]+$/.test(new URL(sent.url()).pathname)) asked.push(sent.url());
    });
    const reportId = new URL(page.url()).pathname.split('/')[2];
    worker.resume();
    await page.waitForSelector('a:has-text("Download for Word (DOCX)")', { timeout: 60_000 });
    // The script asked how far the job had got, and the page moved on by itself when it was done.
    expect(asked.length).toBeGreaterThan(0);
    expect((await t.as(dartford.coordinator).get(`/api/v1/annual-reports/${reportId}`)).body).toMatchObject({ status: 'draft', progress: 100 });
    await inspectPage(page, shot('annual-report-draft'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a:has-text("Download for Word (DOCX)")')]);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    expect(download.suggestedFilename()).toBe('annual-report-2017-18-v1.docx');
    // The year's answers by authority and its deadlines by month are drawn in the document, the figures beside each bar.
    const words = (await mammoth.extractRawText({ path: file })).value;
    expect(words).toContain('Answers by authority');
    expect(words).toMatch(/Kent Police\s+■\s+1 on time, 0 late, 0 overdue, 0 not yet due/);
    expect(words).toMatch(/Deadlines by month[\s\S]*August 2017\s+■+\s+\d+ on time/);
    await pressButton(page, 'form[action$="/agree"] button');
    await page.waitForSelector('.govuk-notification-banner--success');
    expect(await page.locator('main').innerText()).toContain('The report is agreed.');
    await page.context().close();
  });

  it("takes a member's draw-down request from this week's page: records the chair's view, and schedules it once agreed, after showing what was missing", async () => {
    const committeeId = (await t.as(dartford.coordinator).get('/api/v1/committees')).body.items[0].id;
    const approverToken = await dartford.token('approver');
    const approver = (await t.as(approverToken).get('/api/v1/me')).body;
    expect((await t.as(dartford.coordinator).put(`/api/v1/committees/${committeeId}/draw-down-settings`, { approverIds: [approver.id], consultChair: true })).status).toBe(200);
    const november = await t.as(dartford.coordinator).post('/api/v1/meetings', { committeeId, startsAt: '2017-11-21T19:00:00Z' });
    expect(november.status).toBe(201);
    const asked = await t.as(await dartford.token('member')).post('/api/v1/draw-downs', { committeeId, topic: 'Anti-social driving', concern: 'Cars racing on the A2 slip roads at night', suggestedAuthorityId: authorityIds['Kent Police'] });
    expect(asked.status).toBe(201);
    const id = asked.body.id;

    const page = await asCoordinator();
    await tabTo(page, `main a[href="/draw-downs/${id}"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Anti-social driving")');
    expect(await page.locator('h1 .govuk-tag').innerText()).toBe('Waiting for the approvers');
    expect(await page.locator('main').innerText()).toContain(`${approver.name}: has not decided yet.`);
    await inspectPage(page, shot('draw-down'));
    // The chair's view, sent empty first: named; then recorded, and the approver still to decide is sent it.
    await tabTo(page, `form[action="/draw-downs/${id}/chair-view"] button`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary__list a').evaluateAll((links) => links.map((a) => `${a.getAttribute('href')} ${a.textContent?.trim()}`))).toEqual([
      "#view Enter the chair's view, in 5,000 characters or fewer",
    ]);
    await inspectPage(page, shot('draw-down-errors'));
    await tabTo(page, '#view');
    await page.keyboard.type('The chair supports it: residents raise it at every surgery.');
    await tabTo(page, `form[action="/draw-downs/${id}/chair-view"] button`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.govuk-notification-banner--success');
    await t.smtp.waitFor((m) => m.subject === 'The chair\'s view on the draw-down request "Anti-social driving"' && JSON.stringify(m.to).includes(approver.email));

    // The approver agrees (by their own link, tested elsewhere); this week's page says it is to be scheduled.
    expect((await t.as(approverToken).post(`/api/v1/draw-downs/${id}/decisions`, { decision: 'approve', reason: 'A proper matter for the committee' })).status).toBe(200);
    await page.goto(`${t.baseUrl}/`);
    expect(await page.locator('#waiting ~ ul').first().innerText()).toContain('Draw-down request “Anti-social driving”: agreed by the approvers, to be scheduled to a meeting.');
    await page.goto(`${t.baseUrl}/draw-downs/${id}`);
    expect(await page.locator('main').innerText()).toContain(`${approver.name}: agreed on`);
    // Scheduled with no meeting chosen: named; then to the November meeting, the report asked of Kent Police (suggested by the member).
    expect(await page.locator('#reportFromAuthorityId').inputValue()).toBe(authorityIds['Kent Police']);
    await tabTo(page, `form[action="/draw-downs/${id}/schedule"] button`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.govuk-error-summary');
    expect(await page.locator('.govuk-error-summary__list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['#meetingId']);
    await inspectPage(page, shot('draw-down-schedule-errors'));
    await page.selectOption('#meetingId', november.body.id);
    await tabTo(page, `form[action="/draw-downs/${id}/schedule"] button`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('.govuk-notification-banner--success');
    expect(await page.locator('h1 .govuk-tag').innerText()).toBe('Scheduled');
    expect(await page.locator('main').innerText()).toContain('Tuesday 21 November 2017');
    await inspectPage(page, shot('draw-down-scheduled'));
    const scheduled = (await t.as(dartford.coordinator).get(`/api/v1/draw-downs/${id}`)).body;
    expect(scheduled).toMatchObject({ status: 'scheduled', meetingId: november.body.id });
    await page.locator(`a[href="/work-plan/items/${scheduled.workPlanItemId}"]`).click();
    await page.waitForSelector('h1:has-text("Anti-social driving (draw-down)")');
    await page.goto(`${t.baseUrl}/draw-downs?status=scheduled`);
    expect(await page.locator('tbody tr').count()).toBe(1);
    await inspectPage(page, shot('draw-downs'));
    await page.context().close();
  });

  it('spends a sign-in link once: a second use is told so and signs nobody in', async () => {
    const before = t.smtp.messages.length;
    const context = await browser.newContext();
    await signIn(context, coordinator.email);
    const mail = t.smtp.messages.slice(before).find((m) => (m.to as { text: string }).text.includes(coordinator.email))!;
    const again = await (await browser.newContext()).newPage();
    await again.goto(signInLinkIn(mail.text ?? ''));
    expect(await again.locator('h1').textContent()).toBe('This sign-in link has already been used');
    await inspectPage(again, shot('link-used'));
    await context.close();
  });

  it('refuses a form posted without the session’s CSRF token, and changes nothing', async () => {
    const page = await asCoordinator();
    const cookie = (await page.context().cookies()).find((c) => c.name === 'scrutineer-session')!;
    const forged = await t.http().post('/sign-out').set('Cookie', `scrutineer-session=${cookie.value}`).set('Accept', 'text/html').type('form').send({});
    expect(forged.status).toBe(403);
    expect(forged.text).toContain('This form has expired or did not come from this site');
    await page.goto(`${t.baseUrl}/`);
    expect(await page.locator('h1').textContent()).toBe('This week');
    await page.context().close();
  });

  it("answers another council's obligation with the not-found page", async () => {
    const page = await asCoordinator();
    const response = await page.goto(`${t.baseUrl}/obligations/${otherObligationId}`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.locator('main').innerText()).not.toContain('Their own');
    await inspectPage(page, shot('not-found'));
    await page.context().close();
  });

  it('signs out here, and everywhere: every other browser of the user must sign in again', async () => {
    // A new hour: the sign-ins above have used this hour's links (see the next test).
    t.clock.advance(61 * 60_000);
    const kept = await asCoordinator();
    const other = await signIn(await browser.newContext(), coordinator.email);
    const here = await signIn(await browser.newContext(), coordinator.email);
    await kept.goto(`${t.baseUrl}/`);
    await tabTo(kept, 'form[action="/sign-out"] button');
    await kept.keyboard.press('Enter');
    await kept.waitForSelector('h1:has-text("You have signed out")');
    await inspectPage(kept, shot('signed-out'));
    await kept.goto(`${t.baseUrl}/`);
    expect(new URL(kept.url()).pathname).toBe('/sign-in');
    // Signing in and out are in the user's audit trail.
    const trail = (await t.dataSource.query(`SELECT action FROM audit_entries WHERE entity_type = 'user' AND entity_id = '${coordinator.id}' ORDER BY id`)).map((r: { action: string }) => r.action);
    expect(trail).toContain('sign-in');
    expect(trail.at(-1)).toBe('sign-out');
    await other.goto(`${t.baseUrl}/`);
    expect(await other.locator('h1').textContent()).toBe('This week');

    await tabTo(here, 'form[action="/sign-out-everywhere"] button');
    await here.keyboard.press('Enter');
    await here.waitForSelector('h1:has-text("You have signed out on every device")');
    await inspectPage(here, shot('signed-out-everywhere'));
    await other.goto(`${t.baseUrl}/`);
    expect(new URL(other.url()).pathname).toBe('/sign-in');
    // The API's bearer tokens are not sessions: scripts keep working.
    expect((await t.as(dartford.coordinator).get('/api/v1/me')).status).toBe(200);
    for (const page of [kept, other, here]) await page.context().close();
  });

  it('sends an address no more than five links an hour, so that nobody can flood a mailbox from the sign-in page', async () => {
    t.clock.advance(61 * 60_000);
    const asked = await t.http().get('/sign-in').set('Accept', 'text/html');
    const cookie = (asked.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
    const formToken = /name="_csrf" value="([^"]+)"/.exec(asked.text)![1];
    const ask = async (email: string) => {
      const answer = await t.http().post('/sign-in').set('Accept', 'text/html').set('Cookie', cookie).type('form').send({ _csrf: formToken, email, next: '/' });
      expect(answer.text).toContain('Check your email');
    };
    const linksTo = (email: string) => t.smtp.messages.filter((m) => (m.to as { text: string }).text.includes(email) && /sign-in\/link/.test(m.text ?? '')).length;
    const before = linksTo(coordinator.email);
    for (let i = 0; i < 6; i++) await ask(coordinator.email);
    // A link to someone else, asked for after, arrives: had the sixth been sent, it would have arrived first.
    expect((await t.as(dartford.coordinator).post('/api/v1/users', { email: 'member@dartford.example.org', name: 'A member', role: 'member' })).status).toBe(201);
    await ask('member@dartford.example.org');
    await t.smtp.waitFor((m) => (m.to as { text: string }).text.includes('member@dartford.example.org'));
    expect(linksTo(coordinator.email) - before).toBe(5);
    // An hour later the address may have links again.
    t.clock.advance(61 * 60_000);
    await ask(coordinator.email);
    await t.smtp.waitFor(() => linksTo(coordinator.email) - before === 6);
  });

  it("shows a member signed in where their work is found, and refuses them the co-ordinator's pages", async () => {
    const page = await signIn(await browser.newContext(), 'member@dartford.example.org', '/draw-downs');
    expect(await page.locator('h1').textContent()).toBe('Your draw-down requests');
    await inspectPage(page, shot('member-home'));
    const refused = await page.goto(`${t.baseUrl}/obligations`);
    expect(refused?.status()).toBe(403);
    expect(await page.locator('h1').textContent()).toBe('You cannot do this');
    await inspectPage(page, shot('forbidden'));
    await page.context().close();
  });
});
