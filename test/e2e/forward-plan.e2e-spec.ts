import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ical from 'node-ical';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspectPage, startBrowser, tabTo } from '../support/browser.js';
import { signInThroughPages } from '../support/sign-in.js';
import { DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';

const cabinet = { kind: 'body', name: 'Cabinet', members: ['Councillor J A Kite MBE (Leader)', 'Councillor Mrs A Allen MBE'] };
const decision = (decisionDueOn: string, over: object = {}) => ({ title: `Key decision on ${decisionDueOn}`, decisionMaker: cabinet, decisionDueOn, ...over });

describe.each(DIALECTS)('Regulation 9 notices on %s', (dialect) => {
  let t: TestApp;
  let dartford: TestCouncil;
  const post = (path: string, body: object, token = dartford.coordinator) => t.as(token).post(path, body);
  const setCounting = (modes: object) => t.as(dartford.coordinator).put('/api/v1/calendar/settings', { countingModes: modes });

  beforeAll(async () => {
    t = await startTestApp(dialect);
    dartford = await t.council('dartford');
  });
  afterAll(() => t.close());

  it('W5: a notice for 15 June – 31 October 2017 published 17 May 2017 is compliant for every decision', async () => {
    const notice = await post('/api/v1/forward-plan/notices', {
      periodStart: '2017-06-15',
      periodEnd: '2017-10-31',
      publishedOn: '2017-05-17',
      decisions: [decision('2017-06-15', { documents: ['Report of the Strategic Director'], wardsAffected: ['Town', 'Newtown'] }), decision('2017-10-31')],
    });
    expect(notice.status).toBe(201);
    expect(notice.body).toMatchObject({ status: 'published', title: 'Regulation 9 Notice for the period 15 June 2017 to 31 October 2017' });
    expect(notice.body.decisions.map((d: { compliance: { verdict: string; latestPublication: string } }) => [d.compliance.verdict, d.compliance.latestPublication])).toEqual([
      ['compliant', '2017-05-17'],
      ['compliant', '2017-10-02'], // 3–30 October: 28 clear days
    ]);
    expect(notice.body.decisions[0].compliance.clearDaysGiven).toBe(28);
  });

  it('audits each key decision of a notice under its own id', async () => {
    const days = ['2017-07-03', '2017-07-10', '2017-07-17', '2017-07-24', '2017-07-31', '2017-08-07'];
    const notice = await post('/api/v1/forward-plan/notices', { periodStart: '2017-07-03', periodEnd: '2017-08-31', publishedOn: '2017-05-17', decisions: days.map((day) => decision(day)) });
    expect(notice.status).toBe(201);
    // Six rows inserted at once: the audit's record of each must pair its id with its own title (on SQLite
    // TypeORM reorders ids it writes back into inserted objects; the rows are inserted as copies).
    const audit = (await t.as(dartford.coordinator).get(`/api/v1/audit?entityType=forward_plan_notice&entityId=${notice.body.id}`)).body.items[0];
    const audited = audit.after.decisions.map((d: { id: string; title: string }) => `${d.id} ${d.title}`).sort();
    expect(audited).toEqual(notice.body.decisions.map((d: { id: string; title: string }) => `${d.id} ${d.title}`).sort());
  });

  it('W5: published on 18 May, the 15 June decision is late', async () => {
    const notice = await post('/api/v1/forward-plan/notices', { periodStart: '2017-06-15', periodEnd: '2017-10-31', publishedOn: '2017-05-18', decisions: [decision('2017-06-15'), decision('2017-10-31')] });
    expect(notice.body.decisions.map((d: { compliance: { verdict: string; clearDaysGiven: number } }) => [d.compliance.verdict, d.compliance.clearDaysGiven])).toEqual([
      ['late', 27],
      ['compliant', 165],
    ]);
  });

  it('imports a published forward plan page with a key and a non-key decision into a draft; only the key decision is judged', async () => {
    t.clock.set('2017-10-10T09:00:00Z');
    const page = `<!DOCTYPE html><html lang="en"><body><div id="modgov">
      <h1 class="mgMainTitleTxt">Forward plan</h1>
      <p>Cabinet Forward Plan: November 2017 (01/11/2017 to 30/11/2017, Cabinet)</p>
      <p class="mgAiTitleTxt">Community Safety Partnership Plan refresh New!</p>
      <p>Decision maker: Cabinet</p><p>Decision due: 15 November 2017</p><p>Wards affected: (All Wards);</p>
      <p>Lead officer: Head of Community Services</p><p>Key decision: Yes</p>
      <p class="mgAiTitleTxt">Renewal of the town centre CCTV maintenance contract <img alt="pdf icon"> <span class="mgFileSize">PDF 80 KB</span></p>
      <p>Decision maker: Strategic Director (External Services)</p><p>Decision due: 16 November 2017</p><p>Key decision: No</p>
      </div></body></html>`;
    const imported = await t.as(dartford.coordinator).post('/api/v1/forward-plan/notices/import').set('Content-Type', 'text/html').send(page);
    expect(imported.status).toBe(201);
    expect(imported.body).toMatchObject({ status: 'draft', periodStart: '2017-11-01', periodEnd: '2017-11-30', warnings: [] });
    expect(imported.body.decisions.map((d: { title: string; key: boolean; decisionDueOn: string; compliance: { verdict: string } }) => [d.title, d.key, d.decisionDueOn, d.compliance.verdict])).toEqual([
      ['Community Safety Partnership Plan refresh', true, '2017-11-15', 'not_published'],
      ['Renewal of the town centre CCTV maintenance contract', false, '2017-11-16', 'not_key'],
    ]);
    expect(imported.body.decisions[0]).toMatchObject({ wardsAffected: ['All Wards'], contactOfficer: 'Head of Community Services' });
    // Published 20 October: too late for the key decision of 15 November (17 October at the latest);
    // the other decision, a day later, is listed for information and never judged.
    t.clock.set('2017-10-20T09:00:00Z');
    const published = await post(`/api/v1/forward-plan/notices/${imported.body.id}/publish`, { publishedOn: '2017-10-20' });
    expect(published.body.decisions.map((d: { compliance: { verdict: string; latestPublication: string | null } }) => [d.compliance.verdict, d.compliance.latestPublication])).toEqual([
      ['late', '2017-10-17'],
      ['not_key', null],
    ]);
    const shown = await t.as(dartford.coordinator).get(`/forward-plan/${imported.body.id}`).set('Accept', 'text/html');
    expect(shown.text).toContain('Not a key decision');
    // Nothing to import, or a file that is not a plan: refused, nothing kept.
    const before = (await t.as(dartford.coordinator).get('/api/v1/forward-plan/notices')).body.length;
    for (const body of ['Minutes of the meeting\nNothing was decided.', '%PDF-1.7 broken']) {
      const refused = await t.as(dartford.coordinator).post('/api/v1/forward-plan/notices/import').set('Content-Type', body.startsWith('%PDF') ? 'application/pdf' : 'text/plain').send(body.startsWith('%PDF') ? Buffer.from(body) : body);
      expect(refused.status).toBe(400);
      expect(refused.body.message.join(' ')).toMatch(/^file: /);
    }
    expect((await t.as(dartford.coordinator).get('/api/v1/forward-plan/notices')).body.length).toBe(before);
    expect((await t.as(await dartford.token('member')).post('/api/v1/forward-plan/notices/import').set('Content-Type', 'text/html').send(page)).status).toBe(403);

    // The same from the page, as a co-ordinator does it: the file chosen, the draft shown with what to check.
    const file = join(mkdtempSync(join(tmpdir(), 'plan-')), 'forward-plan.html');
    writeFileSync(file, page.replace('Decision due: 16 November 2017', 'Decision due: to be confirmed'));
    const email = (await t.as(dartford.coordinator).get('/api/v1/me')).body.email;
    const browser = await startBrowser();
    try {
      const tab = await signInThroughPages(t, await browser.newContext(), email, '/forward-plan');
      await tab.waitForSelector('h2:has-text("Import a published forward plan")');
      await inspectPage(tab, `${dialect}-forward-plan-import`);
      // By keyboard alone: Tab to the button, Enter.
      await tabTo(tab, 'form[action^="/forward-plan/import"] button');
      await tab.keyboard.press('Enter');
      await tab.waitForSelector('.govuk-error-summary');
      expect(await tab.locator('.govuk-error-summary__list a').getAttribute('href')).toBe('#file');
      await inspectPage(tab, `${dialect}-forward-plan-import-error`);
      await tab.setInputFiles('#file', file);
      // By keyboard alone: Tab to the button, Enter.
      await tabTo(tab, 'form[action^="/forward-plan/import"] button');
      await tab.keyboard.press('Enter');
      await tab.waitForSelector('h3:has-text("The forward plan was imported as a draft")');
      expect(await tab.locator('.govuk-notification-banner').innerText()).toContain('"Renewal of the town centre CCTV maintenance contract" was left out: it needs a date (the plan says "to be confirmed")');
      expect(await tab.locator('h2.govuk-heading-m').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('Community Safety Partnership Plan refresh')]));
      await inspectPage(tab, `${dialect}-forward-plan-imported`);
    } finally {
      await browser.close();
    }
  });

  it.each([
    // W4: a key decision on Wed 1 Nov 2017, both readings.
    ['clear_calendar_days', '2017-10-03', 'compliant', '2017-10-03'],
    ['clear_calendar_days', '2017-10-04', 'late', '2017-10-03'],
    ['clear_working_days', '2017-09-21', 'compliant', '2017-09-21'],
    ['clear_working_days', '2017-09-22', 'late', '2017-09-21'],
  ])('W4 (%s): published %s → %s, latest lawful publication %s', async (mode, publishedOn, verdict, latest) => {
    await setCounting({ key_decision_notice: mode });
    t.clock.set(`${publishedOn}T09:00:00Z`);
    const notice = await post('/api/v1/forward-plan/notices', { periodStart: '2017-11-01', periodEnd: '2017-11-30', publishedOn, decisions: [decision('2017-11-01')] });
    expect(notice.body.decisions[0].compliance).toMatchObject({ verdict, latestPublication: latest });
    await setCounting({ key_decision_notice: 'clear_calendar_days' });
  });

  it('publishes a draft once; a published notice is not edited', async () => {
    const draft = await post('/api/v1/forward-plan/notices', { periodStart: '2017-06-15', periodEnd: '2017-10-31', decisions: [decision('2017-06-15')] });
    expect(draft.body).toMatchObject({ status: 'draft', publishedOn: null, decisions: [{ compliance: { verdict: 'not_published', latestPublication: '2017-05-17' } }] });
    const published = await post(`/api/v1/forward-plan/notices/${draft.body.id}/publish`, { publishedOn: '2017-05-17' });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published', decisions: [{ compliance: { verdict: 'compliant' } }] });
    expect((await post(`/api/v1/forward-plan/notices/${draft.body.id}/publish`, { publishedOn: '2017-05-18' })).status).toBe(409);
    const member = await dartford.token('member');
    expect((await t.as(member).get(`/api/v1/forward-plan/notices/${draft.body.id}`)).body.publishedOn).toBe('2017-05-17');
    expect((await post('/api/v1/forward-plan/notices', { periodStart: '2017-06-15', periodEnd: '2017-10-31', decisions: [] }, member)).status).toBe(403);
    const other = await t.council();
    expect((await t.as(other.coordinator).get(`/api/v1/forward-plan/notices/${draft.body.id}`)).status).toBe(404);
  });

  it('refuses bad notices, naming each problem, and keeps nothing', async () => {
    const before = (await t.as(dartford.coordinator).get('/api/v1/forward-plan/notices')).body.length;
    t.clock.set('2017-10-01T09:00:00Z');
    const bad = await post('/api/v1/forward-plan/notices', {
      periodStart: '2017-10-31',
      periodEnd: '2017-06-15',
      publishedOn: '2017-11-02',
      decisions: [decision('2017-11-01')],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toEqual([
      'periodEnd must not be before periodStart',
      'publishedOn: Thu 2 November 2017 is still to come; record the publication on the day the notice is made available',
      "decisions.0.decisionDueOn Wed 1 November 2017 is outside the notice's period",
      'decisions.0.decisionDueOn: the notice is published on or after the decision date, which needs an exception (general_exception or special_urgency)',
    ]);
    const shapes = await post('/api/v1/forward-plan/notices', { periodStart: '2017-13-01', decisions: [{ title: '', decisionMaker: { kind: 'mayor' }, decisionDueOn: 'soon', exception: 'because' }] });
    expect(shapes.status).toBe(400);
    for (const field of ['periodStart', 'periodEnd', 'decisions.0.title', 'decisions.0.decisionMaker.kind', 'decisions.0.decisionMaker.name', 'decisions.0.decisionDueOn', 'decisions.0.exception']) {
      expect(shapes.body.message.join(' ')).toContain(field);
    }
    expect((await t.as(dartford.coordinator).get('/api/v1/forward-plan/notices')).body).toHaveLength(before);
  });

  it('W6: the general exception notice reaches the chair through the mail server, and sets the earliest decision date', async () => {
    const committee = await post('/api/v1/committees', { name: 'Crime and Disorder (Overview and Scrutiny) Committee' });
    await post(`/api/v1/committees/${committee.body.id}/members`, { name: 'Councillor R J Wells', email: 'wells@dartford.example.org', role: 'chair', from: '2017-05-17' });
    await post(`/api/v1/committees/${committee.body.id}/members`, { name: 'Councillor A S Sandhu', email: 'sandhu@dartford.example.org', role: 'vice_chair', from: '2017-05-17' });
    t.clock.set('2017-10-23T09:00:00Z');
    const notice = await post('/api/v1/forward-plan/notices', {
      periodStart: '2017-10-01',
      periodEnd: '2017-11-30',
      publishedOn: '2017-10-23',
      decisions: [
        decision('2017-10-31', { title: 'Award of the CCTV maintenance contract', exception: 'general_exception', exemptParagraph: 3 }),
        decision('2017-11-01', { title: 'Night-time economy grant', exception: 'general_exception' }),
      ],
    });
    const [cctv, grant] = notice.body.decisions;
    expect(cctv.compliance.verdict).toBe('late');

    t.clock.set('2017-10-23T09:00:00Z');
    const given = await post(`/api/v1/forward-plan/notices/${notice.body.id}/decisions/${cctv.id}/general-exception`, { reasons: 'The current contract ends on 31 October' });
    expect(given.status).toBe(200);
    const mail = await t.smtp.waitFor((m) => m.subject?.startsWith('General exception (reg 10)') ?? false);
    expect((Array.isArray(mail.to) ? mail.to : [mail.to!]).flatMap((a) => a.value.map((v) => v.address))).toEqual(['wells@dartford.example.org']);
    expect(mail.text).toContain('This notice is made available on Mon 23 October 2017. The decision may not be made until five clear days have elapsed: from Tue 31 October 2017.');
    expect(mail.text).toContain('paragraph 3');
    const after = given.body.decisions.find((d: { id: string }) => d.id === cctv.id);
    expect(after).toMatchObject({
      generalExceptionNoticeOn: '2017-10-23',
      generalExceptionNoticeTo: 'Councillor R J Wells <wells@dartford.example.org>',
      compliance: { verdict: 'compliant_by_exception', earliestDecisionOn: '2017-10-31' },
    });
    expect((await post(`/api/v1/forward-plan/notices/${notice.body.id}/decisions/${cctv.id}/general-exception`, { reasons: 'again' })).status).toBe(409);

    // With the mail server refusing, nothing is recorded: the co-ordinator tries again.
    t.smtp.refuseWith = 'Service unavailable';
    try {
      const refused = await post(`/api/v1/forward-plan/notices/${notice.body.id}/decisions/${grant.id}/general-exception`, { reasons: 'Grant deadline' });
      expect(refused.status).toBe(503);
    } finally {
      t.smtp.refuseWith = null;
    }
    const unchanged = (await t.as(dartford.coordinator).get(`/api/v1/forward-plan/notices/${notice.body.id}`)).body.decisions[1];
    expect(unchanged).toMatchObject({ generalExceptionNoticeOn: null, compliance: { verdict: 'late' } });
    expect((await post(`/api/v1/forward-plan/notices/${notice.body.id}/decisions/${grant.id}/general-exception`, {})).status).toBe(400);
  });

  it('special urgency: the chair unable to act, the council chair agrees through the link, once; recorded with who and when', async () => {
    // The committee and its chair (Councillor Wells) come from the general exception test.
    t.clock.set('2017-10-30T10:00:00Z');
    const notice = await post('/api/v1/forward-plan/notices', {
      periodStart: '2017-10-01',
      periodEnd: '2017-11-30',
      publishedOn: '2017-10-30',
      decisions: [decision('2017-11-01', { title: 'Emergency accommodation contract', exception: 'special_urgency' })],
    });
    const [urgent] = notice.body.decisions;
    const linkIn = (text: string) => /http:\/\/127\.0\.0\.1:\d+\/urgency\/[A-Za-z0-9._-]+/.exec(text)![0];
    // With the mail server refusing, nothing is recorded and the co-ordinator can simply ask again.
    t.smtp.refuseWith = 'Service unavailable';
    try {
      const refused = await post(`/api/v1/forward-plan/notices/${notice.body.id}/decisions/${urgent.id}/special-urgency`, { reasons: 'First try' });
      expect(refused.status).toBe(503);
    } finally {
      t.smtp.refuseWith = null;
    }
    const untouched = (await t.as(dartford.coordinator).get(`/api/v1/forward-plan/notices/${notice.body.id}`)).body.decisions[0];
    expect(untouched).toMatchObject({ exceptionReasons: null, urgencyAgreedBy: null, compliance: { verdict: 'late' } });
    const asked = await post(`/api/v1/forward-plan/notices/${notice.body.id}/decisions/${urgent.id}/special-urgency`, {
      reasons: 'The provider withdraws on 2 November',
      councilChair: { name: 'Councillor Mrs P Cutler', email: 'chairman@dartford.example.org' },
    });
    expect(asked.status).toBe(200);
    expect(asked.body.decisions[0].compliance.verdict).toBe('late');
    const toChair = await t.smtp.waitFor((m) => m.subject?.startsWith('Special urgency (reg 11): your agreement') === true && m.text!.includes('Dear Councillor R J Wells'));
    const chairLink = new URL(linkIn(toChair.text!)).pathname;
    expect((await t.http().get(chairLink)).text).toContain('The provider withdraws on 2 November');
    // The page in the look of the rest, passing axe.
    const browser = await startBrowser();
    try {
      const tab = await browser.newPage();
      const opened = await tab.goto(`${t.baseUrl}${chairLink}`);
      expect(opened?.headers()['referrer-policy']).toBe('no-referrer');
      expect(await tab.locator('.govuk-generic-header').innerText()).toContain('Borough Council');
      expect(await tab.locator('form button.govuk-button').allInnerTexts()).toEqual(['I agree: the decision is urgent and cannot reasonably be deferred', 'I do not agree', 'I am unable to act']);
      await inspectPage(tab, `${dialect}-urgency`);
    } finally {
      await browser.close();
    }

    const unable = await t.http().post(chairLink).type('form').send({ answer: 'unable' });
    expect(unable.status).toBe(200);
    expect(unable.text).toContain('Councillor Mrs P Cutler has been asked instead');
    const toCouncilChair = await t.smtp.waitFor((m) => m.text?.includes('Dear Councillor Mrs P Cutler') === true);
    expect((Array.isArray(toCouncilChair.to) ? toCouncilChair.to : [toCouncilChair.to!])[0].value[0].address).toBe('chairman@dartford.example.org');
    const councilChairLink = new URL(linkIn(toCouncilChair.text!)).pathname;

    t.clock.set('2017-10-30T15:30:00Z');
    const agreed = await t.http().post(councilChairLink).type('form').send({ answer: 'agree' });
    expect(agreed.status).toBe(200);
    const after = (await t.as(dartford.coordinator).get(`/api/v1/forward-plan/notices/${notice.body.id}`)).body.decisions[0];
    expect(after).toMatchObject({
      urgencyAgreedBy: 'Councillor Mrs P Cutler (chairman of the council)',
      urgencyAgreedAt: '2017-10-30T15:30:00.000Z',
      compliance: { verdict: 'compliant_by_exception' },
      reasonsNotice: expect.stringContaining('because: The provider withdraws on 2 November. Councillor Mrs P Cutler (chairman of the council) agreed on Mon 30 October 2017.'),
    });
    // Each link works once; a forged one changes nothing.
    const again = await t.http().post(councilChairLink).type('form').send({ answer: 'decline' });
    expect(again.status).toBe(409);
    expect(again.text).toContain('Already answered');
    expect((await t.http().post(chairLink).type('form').send({ answer: 'agree' })).status).toBe(409);
    expect((await t.http().post(`${councilChairLink.slice(0, -5)}AAAAA`).type('form').send({ answer: 'agree' })).status).toBe(404);
    expect((await t.as(dartford.coordinator).get(`/api/v1/forward-plan/notices/${notice.body.id}`)).body.decisions[0].urgencyAgreedBy).toBe(
      'Councillor Mrs P Cutler (chairman of the council)',
    );
    await t.smtp.waitFor((m) => m.subject?.includes('Councillor Mrs P Cutler agreed') === true);
    expect((await post(`/api/v1/forward-plan/notices/${notice.body.id}/decisions/${urgent.id}/special-urgency`, { reasons: 'again' })).status).toBe(409);
  });

  it('puts a key decision into the work plan for pre-decision scrutiny at a meeting before its date, and refuses one on or after it', async () => {
    t.clock.set('2017-06-01T09:00:00Z');
    const committeeId = (await t.as(dartford.coordinator).get('/api/v1/committees')).body.items[0].id;
    const before = await post('/api/v1/meetings', { committeeId, startsAt: '2017-07-26T18:00:00Z' });
    const onTheDay = await post('/api/v1/meetings', { committeeId, startsAt: '2017-09-13T18:00:00Z' });
    const notice = await post('/api/v1/forward-plan/notices', { periodStart: '2017-06-15', periodEnd: '2017-10-31', publishedOn: '2017-05-17', decisions: [decision('2017-09-13', { title: 'Public Spaces Protection Order: town centre', exemptParagraph: 3 })] });
    const [psp] = notice.body.decisions;
    const item = await post(`/api/v1/forward-plan/notices/${notice.body.id}/decisions/${psp.id}/scrutinise`, { meetingId: before.body.id });
    expect(item.status).toBe(201);
    expect(item.body).toMatchObject({ title: 'Pre-decision scrutiny: Public Spaces Protection Order: town centre', meetingId: before.body.id, status: 'scheduled', season: 'Summer 2017 (July)' });
    const late = await post(`/api/v1/forward-plan/notices/${notice.body.id}/decisions/${psp.id}/scrutinise`, { meetingId: onTheDay.body.id });
    expect(late.status).toBe(400);
    expect(late.body.message).toEqual(['meetingId: the meeting on Wed 13 September 2017 is not before the decision on Wed 13 September 2017, too late to scrutinise it']);
    expect((await post(`/api/v1/forward-plan/notices/${notice.body.id}/decisions/${psp.id}/scrutinise`, { meetingId: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);

    // Asked again, the same item; for another meeting, a conflict (the item is moved in the work plan instead).
    const again = await post(`/api/v1/forward-plan/notices/${notice.body.id}/decisions/${psp.id}/scrutinise`, { meetingId: before.body.id });
    expect(again.body.id).toBe(item.body.id);
    const august = await post('/api/v1/meetings', { committeeId, startsAt: '2017-08-30T18:00:00Z' });
    expect((await post(`/api/v1/forward-plan/notices/${notice.body.id}/decisions/${psp.id}/scrutinise`, { meetingId: august.body.id })).status).toBe(409);
    const plan = (await t.as(dartford.coordinator).get(`/api/v1/work-plan?committeeId=${committeeId}`)).body.groups.flatMap((g: { items: { title: string }[] }) => g.items);
    expect(plan.filter((i: { title: string }) => i.title === 'Pre-decision scrutiny: Public Spaces Protection Order: town centre')).toHaveLength(1);

    // A meeting already held is refused, though it came before the decision.
    t.clock.set('2017-08-01T09:00:00Z');
    const other = await post('/api/v1/forward-plan/notices', { periodStart: '2017-08-15', periodEnd: '2017-12-31', publishedOn: '2017-07-14', decisions: [decision('2017-11-30', { title: 'CCTV renewal' })] });
    const held = await post(`/api/v1/forward-plan/notices/${other.body.id}/decisions/${other.body.decisions[0].id}/scrutinise`, { meetingId: before.body.id });
    expect(held.status).toBe(400);
    expect(held.body.message).toEqual(['meetingId: the meeting on Wed 26 July 2017 has been held; choose one still to come']);
  });

  it('publishes the key decisions to the public, a private one reduced to its paragraph, and their dates as iCalendar', async () => {
    const other = await t.council('gravesham');
    await post('/api/v1/forward-plan/notices', { periodStart: '2018-01-01', periodEnd: '2018-03-31', decisions: [decision('2018-02-01', { title: 'A draft, not public' })] });
    await post('/api/v1/forward-plan/notices', { periodStart: '2018-01-01', periodEnd: '2018-03-31', publishedOn: '2017-12-01', decisions: [decision('2018-02-01', { title: 'Their decision' })] }, other.coordinator);
    const plan = await t.http().get('/public/dartford/forward-plan');
    expect(plan.status).toBe(200);
    const decisions = plan.body.notices.flatMap((n: { decisions: { title: string }[] }) => n.decisions);
    const titles = decisions.map((d: { title: string }) => d.title);
    expect(titles).toContain('Award of the CCTV maintenance contract');
    expect(titles).not.toContain('A draft, not public');
    expect(titles).not.toContain('Their decision');
    const cctv = decisions.find((d: { title: string }) => d.title === 'Award of the CCTV maintenance contract');
    expect(cctv).toMatchObject({ documents: null, inPrivate: { paragraph: 3, note: 'To be taken in private: Local Government Act 1972, Schedule 12A, paragraph 3' } });
    expect(cctv.reasonsNotice).toContain('could not be given 28 clear days\' notice because: The current contract ends on 31 October');
    expect(JSON.stringify(plan.body)).not.toContain('exceptionReasons');
    expect(JSON.stringify(plan.body)).not.toContain('wells@dartford.example.org');

    const feed = await t.http().get('/public/dartford/forward-plan.ics').buffer(true).parse((res, done) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => done(null, text));
    });
    const events = Object.values(ical.sync.parseICS(feed.body as string)).filter((c) => c?.type === 'VEVENT');
    expect(events).toHaveLength(decisions.length);
    expect((await t.http().get('/public/nowhere/forward-plan')).status).toBe(404);
  });

  it.each([
    // W6: notice made available Mon 23 Oct 2017.
    ['clear_calendar_days', '2017-10-29'],
    ['clear_working_days', '2017-10-31'],
  ])('W6 (%s): the decision is possible from %s', async (mode, earliest) => {
    await setCounting({ general_exception_notice: mode });
    t.clock.set('2017-10-23T09:00:00Z');
    const notice = await post('/api/v1/forward-plan/notices', {
      periodStart: '2017-10-01',
      periodEnd: '2017-11-30',
      publishedOn: '2017-10-23',
      decisions: [decision('2017-11-15', { title: `W6 ${mode}`, exception: 'general_exception' })],
    });
    const given = await post(`/api/v1/forward-plan/notices/${notice.body.id}/decisions/${notice.body.decisions[0].id}/general-exception`, { reasons: 'W6' });
    expect(given.body.decisions[0].compliance).toMatchObject({ verdict: 'compliant_by_exception', earliestDecisionOn: earliest });
    await setCounting({ general_exception_notice: 'clear_working_days' });
  });

  it('supersedes a published notice: decisions carried forward, a moved date kept in its history, the old notice still readable', async () => {
    t.clock.set('2018-05-01T09:00:00Z');
    const first = await post('/api/v1/forward-plan/notices', {
      periodStart: '2018-06-15',
      periodEnd: '2018-10-31',
      publishedOn: '2018-05-01',
      decisions: [decision('2018-07-10', { title: 'Leisure centre contract' }), decision('2018-09-01', { title: 'Parking strategy' })],
    });
    const [leisure, parking] = first.body.decisions;
    t.clock.set('2018-06-20T10:00:00Z');
    const second = await post(`/api/v1/forward-plan/notices/${first.body.id}/supersede`, {
      periodStart: '2018-07-01',
      periodEnd: '2018-12-31',
      publishedOn: '2018-06-20',
      moves: [{ decisionId: leisure.id, decisionDueOn: '2018-11-20', reason: 'Awaiting the consultation results' }],
      decisions: [decision('2018-12-05', { title: 'Town centre CCTV' })],
    });
    expect(second.status).toBe(201);
    expect(second.body).toMatchObject({ status: 'published', supersedesId: first.body.id, title: 'Regulation 9 Notice for the period 1 July 2018 to 31 December 2018' });
    const moved = second.body.decisions.find((d: { title: string }) => d.title === 'Leisure centre contract');
    expect(moved).toMatchObject({
      carriedFromId: leisure.id,
      decisionDueOn: '2018-11-20',
      dateHistory: [{ from: '2018-07-10', to: '2018-11-20', reason: 'Awaiting the consultation results', recordedOn: '2018-06-20' }],
      compliance: { verdict: 'compliant' },
    });
    expect(second.body.decisions.find((d: { title: string }) => d.title === 'Parking strategy')).toMatchObject({ carriedFromId: parking.id, dateHistory: [] });
    expect(second.body.decisions.map((d: { title: string }) => d.title)).toContain('Town centre CCTV');

    const old = (await t.as(dartford.coordinator).get(`/api/v1/forward-plan/notices/${first.body.id}`)).body;
    expect(old).toMatchObject({ status: 'superseded', decisions: [{ decisionDueOn: '2018-07-10' }, { decisionDueOn: '2018-09-01' }] });
    expect((await post(`/api/v1/forward-plan/notices/${first.body.id}/supersede`, { periodStart: '2018-07-01', periodEnd: '2018-12-31', publishedOn: '2018-06-21' })).status).toBe(409);
    t.clock.set('2018-08-01T09:00:00Z');
    const outside = await post(`/api/v1/forward-plan/notices/${second.body.id}/supersede`, { periodStart: '2018-10-01', periodEnd: '2018-12-31', publishedOn: '2018-08-01' });
    expect(outside.status).toBe(400);
    expect(outside.body.message[0]).toContain("is outside the notice's period");
    expect((await t.as(dartford.coordinator).get(`/api/v1/forward-plan/notices/${second.body.id}`)).body.status).toBe('published');
  });

  it("notes on each meeting's agenda the notice whose period the meeting falls in (seed 003, item 6)", async () => {
    const committeeId = (await t.as(dartford.coordinator).get('/api/v1/committees')).body.items[0].id;
    const meetings = (await t.as(dartford.coordinator).get(`/api/v1/meetings?committeeId=${committeeId}`)).body.items;
    const july = meetings.find((m: { startsAt: string }) => m.startsAt.startsWith('2017-07-26'));
    const agenda = (await t.as(dartford.coordinator).get(`/api/v1/meetings/${july.id}`)).body.agenda;
    const item = agenda.find((a: { standardKind: string }) => a.standardKind === 'regulation_9_notice');
    expect(item.title).toBe('Regulation 9 Notice for the period 15 June 2017 to 31 October 2017');
    expect(item.noticeId).toEqual(expect.any(String));
  });
});
