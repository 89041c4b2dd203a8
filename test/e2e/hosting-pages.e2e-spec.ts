import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { OperatorsService } from '../../src/operators/operators.service.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspectPage, startBrowser, tabTo } from '../support/browser.js';
import { png } from '../support/images.js';
import { signInThroughPages } from '../support/sign-in.js';
import { DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';

/*
 * The hosted service's outsiders through the pages: the operator signs in with an e-mailed link,
 * makes a council and manages it (mail identity, suspension, export), registers a police force and
 * links it to two councils; the force's contact signs in with their own link and answers both
 * councils' obligations from one page, exempt information withheld. Every page passes axe, by keyboard.
 */
describe.each(DIALECTS)("the operator's and a shared body's contact's pages on %s", (dialect) => {
  let t: TestApp;
  let browser: Browser;
  let dartford: TestCouncil;
  let operatorPage: Page;
  let medwayId: string;
  let sharedId: string;
  const OPERATOR = 'ops@hosting.example.org';
  const CONTACT = 'partnerships@kent.police.example.org';
  const shot = (name: string) => `${dialect}-hosting-${name}`;

  const signIn = (context: BrowserContext, email: string, next: string) => signInThroughPages(t, context, email, next);
  /** Submits the form whose action is given, by keyboard (Tab to its button, Enter), and waits for the page that answers. */
  const submit = async (page: Page, action: string) => {
    await tabTo(page, `form[action${action.endsWith('=') ? '^' : ''}="${action}"] button.govuk-button`, 200);
    const answered = page.waitForEvent('load');
    await page.keyboard.press('Enter');
    await answered;
  };
  const fill = async (page: Page, fields: Record<string, string>) => {
    for (const [selector, value] of Object.entries(fields)) await page.fill(selector, value);
  };
  const errorsOn = async (page: Page) => (await page.locator('.govuk-error-summary__list a').allTextContents()).map((s) => s.trim());

  beforeAll(async () => {
    t = await startTestApp(dialect);
    browser = await startBrowser();
    t.clock.set('2017-07-26T10:00:00Z');
    dartford = await t.council('dartford');
    await t.app.get(OperatorsService).createOperator(OPERATOR, 'Olu Operator');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('signs the operator in with a link of their own and lands them on the councils', async () => {
    const before = t.smtp.messages.length;
    operatorPage = await signIn(await browser.newContext(), OPERATOR, '/operator');
    const mail = t.smtp.messages.slice(before).find((m) => (m.to as { text: string }).text.includes(OPERATOR))!;
    expect(mail.subject).toBe("Sign in to Scrutineer for the service's operators");
    expect(await operatorPage.locator('h1').textContent()).toBe('Councils');
    expect(await operatorPage.locator('main table').textContent()).toContain('dartford Borough Council');
    await inspectPage(operatorPage, shot('councils'));
    // Signing in with no page asked for brings an operator to their own.
    const other = await (await browser.newContext()).newPage();
    await other.goto(`${t.baseUrl}/`);
    expect(new URL(other.url()).pathname).toBe('/sign-in');
  });

  it('makes a council, naming each bad field first, and its first co-ordinator can sign in', async () => {
    const page = operatorPage;
    await tabTo(page, 'main a[href="/operator/councils/new"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Create a council")');
    await inspectPage(page, shot('new-council'));
    await page.fill('#timeZone', '');
    await fill(page, { '#slug': 'Medway Council!' });
    await submit(page, '/operator/councils/new');
    expect(await errorsOn(page)).toEqual([
      'Enter the council’s name, in 200 characters or fewer',
      'Enter a short name of lower-case letters, digits and hyphens, like dartford',
      'Enter the first co-ordinator’s name and an email address in the correct format, like name@example.com',
    ]);
    expect(await page.inputValue('#slug')).toBe('Medway Council!');
    await inspectPage(page, shot('new-council-errors'));
    expect((await t.as(await t.app.get(OperatorsService).createOperator(OPERATOR, 'Olu Operator')).get('/api/v1/operator/councils')).body.total).toBe(1);

    await fill(page, { '#name': 'Medway Council', '#slug': 'medway', '#timeZone': 'Europe/London', '#coordinator-name': 'Cleo Coordinator', '#coordinator-email': 'cleo@medway.example.org' });
    await submit(page, '/operator/councils/new');
    expect([await page.locator('h1').textContent(), await errorsOn(page)]).toEqual(['Medway Council', []]);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('The council was created');
    medwayId = new URL(page.url()).pathname.split('/')[3]!;
    await inspectPage(page, shot('council'));

    const coordinator = await signIn(await browser.newContext(), 'cleo@medway.example.org', '/');
    expect(await coordinator.locator('.govuk-header, .govuk-generic-header').first().textContent()).toContain('Medway Council');
    await coordinator.context().close();
  });

  it("sets the council's mail identity, refusing a bad one by field, and never shows the server's password", async () => {
    const page = operatorPage;
    await fill(page, { '#senderName': 'Medway Community Safety', '#replyTo': 'not an address', '#sendingDomain': 'mail.medway.example.org', '#smtpUrl': 'smtp://scrutineer:s3cret-pass@127.0.0.1:2525' });
    await submit(page, `/operator/councils/${medwayId}/mail-identity`);
    expect(await errorsOn(page)).toEqual([expect.stringMatching(/^Reply-to address/)]);
    expect(await page.content()).not.toContain('s3cret-pass');
    await inspectPage(page, shot('mail-errors'));
    await fill(page, { '#replyTo': 'scrutiny@medway.example.org', '#smtpUrl': 'smtp://scrutineer:s3cret-pass@127.0.0.1:2525' });
    await submit(page, `/operator/councils/${medwayId}/mail-identity`);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('mail identity was saved');
    expect(await page.content()).not.toContain('s3cret-pass');
    expect(await page.locator('#smtpUrl-hint').textContent()).toContain('127.0.0.1:2525');
    const operatorToken = await t.app.get(OperatorsService).createOperator(OPERATOR, 'Olu Operator');
    expect((await t.as(operatorToken).get(`/api/v1/operator/councils/${medwayId}/mail-identity`)).body).toEqual({
      senderName: 'Medway Community Safety',
      replyTo: 'scrutiny@medway.example.org',
      sendingDomain: 'mail.medway.example.org',
      smtpServer: 'smtp://127.0.0.1:2525',
    });
    // Saved again with the server's box left empty: the server is kept.
    await submit(page, `/operator/councils/${medwayId}/mail-identity`);
    expect((await t.as(operatorToken).get(`/api/v1/operator/councils/${medwayId}/mail-identity`)).body.smtpServer).toBe('smtp://127.0.0.1:2525');
    // Back to the service's server (the test's mail catcher), the rest kept.
    await page.check('input[name="clearServer"]');
    await submit(page, `/operator/councils/${medwayId}/mail-identity`);
    expect((await t.as(operatorToken).get(`/api/v1/operator/councils/${medwayId}/mail-identity`)).body).toMatchObject({ senderName: 'Medway Community Safety', smtpServer: null });
  });

  it('exports the council from its page, and suspends and reinstates it with a reason', async () => {
    const page = operatorPage;
    const exported = await page.request.get(`${t.baseUrl}/api/v1/operator/councils/${medwayId}/export`);
    expect(exported.status()).toBe(200);
    expect(exported.headers()['content-disposition']).toMatch(/^attachment; filename="medway-/);
    const body = await exported.json();
    expect(body.council.name).toBe('Medway Council');
    expect(body.tables.users.map((u: { email: string }) => u.email)).toEqual(['cleo@medway.example.org']);

    await submit(page, `/operator/councils/${medwayId}/suspend`);
    expect(await errorsOn(page)).toEqual(['Enter why the council is suspended, in 500 characters or fewer']);
    await inspectPage(page, shot('suspend-errors'));
    await page.fill('#suspend-reason', 'Contract ended on 31 March');
    await submit(page, `/operator/councils/${medwayId}/suspend`);
    expect(await page.locator('.govuk-summary-list').textContent()).toContain('Contract ended on 31 March');
    await inspectPage(page, shot('suspended'));
    await submit(page, `/operator/councils/${medwayId}/reinstate`);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('reinstated');
  });

  it("gives the council a logo from its page (not an SVG), shown on its people's pages, its public pages and in its e-mails, served with its version", async () => {
    const page = operatorPage;
    const svg = join(mkdtempSync(join(tmpdir(), 'logo-')), 'logo.svg');
    writeFileSync(svg, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await page.setInputFiles('#logo', svg);
    await submit(page, `/operator/councils/${medwayId}/logo?_csrf=`);
    expect(await errorsOn(page)).toEqual(['Logo must be a PNG or JPEG image']);
    await inspectPage(page, shot('logo-errors'));
    const logo = png(240, 60);
    await page.setInputFiles('#logo', { name: 'medway.png', mimeType: 'image/png', buffer: logo });
    await submit(page, `/operator/councils/${medwayId}/logo?_csrf=`);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('logo was saved');
    const address = (await page.locator('img.scrutineer-logo-preview').getAttribute('src'))!;
    expect(address).toMatch(/^\/branding\/medway\/logo\?v=[0-9a-f]{16}$/);
    expect(await page.locator('img.scrutineer-logo-preview').evaluate((img) => (img as unknown as { complete: boolean; naturalWidth: number }).complete && (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(240);
    await inspectPage(page, shot('logo'));

    const served = await t.http().get(address);
    expect(served.status).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Buffer.compare(served.body as Buffer, logo)).toBe(0);
    expect((await t.http().get('/branding/medway/logo?v=0000000000000000')).headers['cache-control']).toBe('public, no-cache');
    expect((await t.http().get(address).set('If-None-Match', served.headers.etag as string)).status).toBe(304);
    expect((await t.http().get('/branding/dartford/logo')).status).toBe(404);
    expect((await t.http().get('/branding/nowhere/logo')).status).toBe(404);

    // Its co-ordinator's pages, its public pages and its e-mail carry it; Dartford's do not.
    const before = t.smtp.messages.length;
    const coordinator = await signIn(await browser.newContext(), 'cleo@medway.example.org', '/');
    expect(await coordinator.locator('.govuk-generic-header img.scrutineer-header-logo').getAttribute('src')).toBe(address);
    expect(await coordinator.locator('.govuk-generic-header').textContent()).toContain('Medway Council');
    await inspectPage(coordinator, shot('coordinator-with-logo'));
    const mail = t.smtp.messages.slice(before).find((m) => (m.to as { text: string }).text.includes('cleo@medway.example.org'))!;
    expect(mail.html).toContain(`<img src="${t.baseUrl}${address}" alt="Medway Council"`);
    await coordinator.goto(`${t.baseUrl}/public/medway`);
    expect(await coordinator.locator('.govuk-generic-header img').getAttribute('src')).toBe(address);
    await inspectPage(coordinator, shot('public-with-logo'));
    await coordinator.goto(`${t.baseUrl}/public/dartford`);
    expect(await coordinator.locator('.govuk-generic-header img').count()).toBe(0);
    await coordinator.context().close();
  });

  it('registers a police force, links two councils by short name (an unknown one named), and adds its contact', async () => {
    const page = operatorPage;
    await tabTo(page, 'a[href="/operator/authorities"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Shared authorities")');
    await inspectPage(page, shot('bodies'));
    await submit(page, '/operator/authorities');
    expect(await errorsOn(page)).toEqual(['Enter the body’s name, in 200 characters or fewer', 'Select what kind of body it is']);
    await inspectPage(page, shot('bodies-errors'));
    await page.fill('#register-name', 'Kent Police');
    await page.selectOption('#register-kind', 'police');
    await submit(page, '/operator/authorities');
    await page.waitForSelector('h1:has-text("Kent Police")');
    sharedId = new URL(page.url()).pathname.split('/')[3]!;

    await page.fill('#councilSlug', 'rochester');
    await submit(page, `/operator/authorities/${sharedId}/councils`);
    expect(await errorsOn(page)).toEqual(['Enter the short name of a council of the service, like dartford']);
    for (const slug of ['dartford', 'medway']) {
      await page.fill('#councilSlug', slug);
      await submit(page, `/operator/authorities/${sharedId}/councils`);
      expect(await page.locator('.govuk-notification-banner').textContent()).toContain('The council was linked');
    }
    expect(await page.locator('#councils + ul').textContent()).toMatch(/dartford Borough Council[\s\S]*Medway Council/);
    await fill(page, { '#contact-name': 'Partnerships Team', '#contact-email': 'partnerships@kent.police.example.org' });
    await submit(page, `/operator/authorities/${sharedId}/contacts`);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('The contact was added');
    await inspectPage(page, shot('body'));
  });

  it("lets the force's contact sign in once and answer both councils' obligations, by council, exempt text withheld", async () => {
    const operatorToken = await t.app.get(OperatorsService).createOperator(OPERATOR, 'Olu Operator');
    const medway = (await t.as(operatorToken).get(`/api/v1/operator/authorities`)).body[0];
    expect(medway.councilIds).toHaveLength(2);
    const authorityIn = async (council: TestCouncil | null, councilToken: string) =>
      (await t.as(councilToken).get('/api/v1/authorities')).body.items.find((a: { name: string }) => a.name === 'Kent Police').id;
    const medwayCoordinator = await (async () => {
      // Medway's first co-ordinator acts through a token the command line would give them.
      const { CouncilsService } = await import('../../src/councils/councils.service.js');
      const councils = t.app.get(CouncilsService);
      const context = await councils.systemContext(medwayId, { councilId: medwayId, userId: null, label: 'test' });
      return councils.tokenFor(context, { email: 'second@medway.example.org', name: 'Second Coordinator', role: 'coordinator' });
    })();
    const dartfordKent = await authorityIn(dartford, dartford.coordinator);
    const medwayKent = await authorityIn(null, medwayCoordinator);
    const recommendation = await t.as(medwayCoordinator).post('/api/v1/obligations', {
      kind: 'recommendation', authorityId: medwayKent, subject: 'Night-time economy', details: 'The committee recommends:', issuedOn: '2017-07-26', recommendations: ['Fund street pastors', 'Publish patrol data'],
    });
    expect(recommendation.status).toBe(201);
    expect((await dartford.api.post('/api/v1/obligations', { kind: 'information_request', authorityId: dartfordKent, subject: 'Knife crime in Dartford', details: 'Figures by ward.', issuedOn: '2017-07-26', dueOn: '2017-08-31' })).status).toBe(201);
    expect((await dartford.api.post('/api/v1/obligations', { kind: 'information_request', authorityId: dartfordKent, subject: 'Covert operation Nightjar', details: 'Nightjar figures.', issuedOn: '2017-07-26', dueOn: '2017-08-31', exemptParagraph: 7 })).status).toBe(201);

    const before = t.smtp.messages.length;
    const page = await signIn(await browser.newContext(), CONTACT, '/shared-authority');
    const mail = t.smtp.messages.slice(before).find((m) => (m.to as { text: string }).text.includes(CONTACT))!;
    expect(mail.subject).toBe('Sign in to Scrutineer for Kent Police');
    expect(await page.locator('h1').textContent()).toBe('Obligations to the councils Kent Police serves');
    expect(await page.locator('main h2').allTextContents()).toEqual(['dartford Borough Council', 'Medway Council', 'Calendar']);
    expect(await page.locator('main').textContent()).toContain('Knife crime in Dartford');
    expect(await page.content()).not.toContain('Nightjar');
    await inspectPage(page, shot('contact-obligations'));
    // Not the operator's pages, nor a council's.
    expect((await page.goto(`${t.baseUrl}/operator`))!.status()).toBe(403);
    expect((await page.goto(`${t.baseUrl}/obligations`))!.status()).toBe(403);
    await page.goto(`${t.baseUrl}/shared-authority`);

    await tabTo(page, `a[href="/shared-authority/obligations/${recommendation.body.id}"]`);
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Night-time economy")');
    await inspectPage(page, shot('contact-obligation'));
    await submit(page, `/shared-authority/obligations/${recommendation.body.id}`);
    expect(await errorsOn(page)).toEqual([
      'Choose whether recommendation 1 is accepted, partly accepted or rejected',
      'Give the reason for your position on recommendation 1',
      'Choose whether recommendation 2 is accepted, partly accepted or rejected',
      'Give the reason for your position on recommendation 2',
      'Enter your response',
    ]);
    await inspectPage(page, shot('contact-obligation-errors'));
    await page.check('#position-0');
    await page.fill('#reason-0', 'Funded from September');
    await page.check('#position-1-3');
    await page.fill('#reason-1', 'Operational data stays with the force');
    await page.fill('#text', 'Kent Police answers the committee as follows.');
    await submit(page, `/shared-authority/obligations/${recommendation.body.id}`);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('Your response was recorded');

    const answered = await t.as(medwayCoordinator).get(`/api/v1/obligations/${recommendation.body.id}`);
    expect(answered.body.status).toBe('responded');
    expect(answered.body.responses[0]).toMatchObject({ text: 'Kent Police answers the committee as follows.', positions: [{ recommendation: 'Fund street pastors', position: 'accepted' }, { recommendation: 'Publish patrol data', position: 'rejected' }] });
    // Dartford sees none of Medway's.
    expect((await dartford.api.get(`/api/v1/obligations/${recommendation.body.id}`)).status).toBe(404);
  });

  it('gives the contact a new calendar address, once, and the old one stops working; signing out ends the session', async () => {
    const page = await signIn(await browser.newContext(), CONTACT, '/shared-authority');
    await submit(page, '/shared-authority/calendar');
    const first = (await page.locator('#feed-url').textContent())!.trim();
    await inspectPage(page, shot('contact-calendar'));
    await page.goto(`${t.baseUrl}/shared-authority`);
    await submit(page, '/shared-authority/calendar');
    const second = (await page.locator('#feed-url').textContent())!.trim();
    expect(second).not.toBe(first);
    const path = (url: string) => new URL(url).pathname;
    expect((await t.http().get(path(first))).status).toBe(404);
    const feed = await t.http().get(path(second));
    expect(feed.status).toBe(200);
    const unfolded = feed.text.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain('Knife crime in Dartford');
    expect(unfolded).not.toContain('Nightjar');

    await tabTo(page, 'form[action="/sign-out"] button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("You have signed out")');
    await page.goto(`${t.baseUrl}/shared-authority`);
    expect(new URL(page.url()).pathname).toBe('/sign-in');
  });

  it("refuses the operator's pages to a council's co-ordinator, and the operator a council's pages", async () => {
    const coordinator = await signIn(await browser.newContext(), (await dartford.api.get('/api/v1/me')).body.email, '/');
    expect((await coordinator.goto(`${t.baseUrl}/operator`))!.status()).toBe(403);
    expect((await coordinator.goto(`${t.baseUrl}/shared-authority`))!.status()).toBe(403);
    expect((await operatorPage.goto(`${t.baseUrl}/work-plan`))!.status()).toBe(403);
    expect((await operatorPage.goto(`${t.baseUrl}/shared-authority`))!.status()).toBe(403);
    await operatorPage.goto(`${t.baseUrl}/`);
    expect(new URL(operatorPage.url()).pathname).toBe('/operator');
  });

  it("keeps the service's own trail of what was done outside every council, which only the operator reads", async () => {
    const operatorToken = await t.app.get(OperatorsService).createOperator(OPERATOR, 'Olu Operator');
    const trail = await t.as(operatorToken).get('/api/v1/operator/audit?limit=100');
    expect(trail.status).toBe(200);
    const seen = (trail.body.items as { action: string; actor: string; entityType: string }[]).map((e) => `${e.action} ${e.entityType} by ${e.actor.split(' <')[0]}`);
    for (const expected of [
      'create-operator operator by command line',
      'sign-in operator by Olu Operator',
      'register-shared-authority shared_authority by Olu Operator',
      'add-shared-contact shared_authority by Olu Operator',
      'sign-in shared-authority by Partnerships Team',
      'renew-calendar-address shared_authority_contact by Partnerships Team',
      'sign-out shared-authority by Partnerships Team',
    ]) expect(seen).toContain(expected);
    // Newest first; nothing of a council's own trail.
    expect(seen[0]).toBe('issue-token operator by command line');
    expect(seen.some((line) => line.startsWith('suspend') || line.startsWith('set-mail-identity'))).toBe(false);
    expect((await dartford.api.get('/api/v1/operator/audit')).status).toBe(403);

    await operatorPage.goto(`${t.baseUrl}/operator`);
    await tabTo(operatorPage, 'a[href="/operator/audit"]');
    await operatorPage.keyboard.press('Enter');
    await operatorPage.waitForSelector('h1:has-text("Audit trail of the service")');
    const text = (await operatorPage.locator('main').textContent())!;
    expect(text).toContain('Olu Operator <ops@hosting.example.org> (operator) registered the shared body.');
    expect(text).toContain('Name: Kent Police');
    expect(text).toContain('Partnerships Team <partnerships@kent.police.example.org> (shared-authority) made a new calendar address.');
    await inspectPage(operatorPage, shot('audit'));
  });

  it('renames a council from its page (its short name stays), naming an empty name, in its own trail', async () => {
    const page = operatorPage;
    await page.goto(`${t.baseUrl}/operator/councils/${medwayId}`);
    await page.fill('#rename-name', '   ');
    await submit(page, `/operator/councils/${medwayId}/name`);
    expect(await errorsOn(page)).toEqual(['Enter the council’s name, in 200 characters or fewer']);
    await inspectPage(page, shot('rename-errors'));
    await page.fill('#rename-name', 'Medway Unitary Council');
    await submit(page, `/operator/councils/${medwayId}/name`);
    expect(await page.locator('.govuk-notification-banner').textContent()).toContain('The council was renamed');
    expect(await page.locator('h1').textContent()).toBe('Medway Unitary Council');
    const operatorToken = await t.app.get(OperatorsService).createOperator(OPERATOR, 'Olu Operator');
    expect((await t.as(operatorToken).get(`/api/v1/operator/councils/${medwayId}`)).body).toMatchObject({ name: 'Medway Unitary Council', slug: 'medway' });
    expect((await t.as(operatorToken).put(`/api/v1/operator/councils/${medwayId}/name`, { name: '' })).status).toBe(400);
    const publicPage = await (await browser.newContext()).newPage();
    await publicPage.goto(`${t.baseUrl}/public/medway`);
    expect(await publicPage.locator('.govuk-generic-header').textContent()).toContain('Medway Unitary Council');
    await publicPage.context().close();
    const postgres = t.config.DATABASE_URL.startsWith('postgres');
    const renamed = await t.dataSource.query(`SELECT actor, before, after FROM audit_entries WHERE council_id = ${postgres ? '$1' : '?'} AND action = 'rename'`, [medwayId]);
    expect(renamed).toHaveLength(1);
    expect(renamed[0].actor).toBe('Olu Operator <ops@hosting.example.org> (operator)');
    expect([JSON.parse(renamed[0].before).name, JSON.parse(renamed[0].after).name]).toEqual(['Medway Council', 'Medway Unitary Council']);
  });
});
