import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser, Page } from 'playwright-core';
import { parseFeed } from '@rowanmanning/feed-parser';
import { AppConfig } from '../../src/common/config/app-config.js';
import { loadDartfordDemo } from '../../src/demo/dartford.demo.js';
import { inspectPage, startBrowser, tabTo } from '../support/browser.js';
import { DIALECTS, startTestApp, type TestApp } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';

/*
 * The public record of the Dartford demo, read as anyone reads it: in a browser, without signing in.
 * Each page passes axe; a program asking the same address for JSON still gets JSON.
 */
describe.each(DIALECTS)('the public pages of the Dartford demo on %s', (dialect) => {
  let t: TestApp;
  let browser: Browser;
  let page: Page;
  let coordinator: string;
  const shot = (name: string) => `${dialect}-public-${name}`;
  const open = async (path: string) => {
    const response = await page.goto(`${t.baseUrl}/public/dartford${path}`);
    expect([path, response?.status()]).toEqual([path, 200]);
    return response!;
  };

  beforeAll(async () => {
    t = await startTestApp(dialect);
    // September 2017: every meeting of the demo held, its agenda published and its minutes confirmed.
    t.clock.set('2017-09-20T09:00:00Z');
    coordinator = await loadDartfordDemo(t.app, t.app.get(AppConfig));
    browser = await startBrowser();
    page = await (await browser.newContext()).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it("opens on the council's home: the committee, its members, where to read and subscribe, with the script that marks JavaScript allowed by its hash", async () => {
    await open('');
    expect(await page.locator('h1').innerText()).toBe('Crime and Disorder (Overview and Scrutiny) Committee');
    expect(await page.locator('header').innerText()).toContain('Dartford Borough Council');
    const text = await page.locator('main').innerText();
    expect(text).toContain('No meeting is arranged yet.');
    expect(text).toMatch(/Members\n/);
    expect(await page.locator('a[href="/public/dartford/meetings.ics"]').count()).toBeGreaterThan(0);
    // govuk-frontend's one inline script ran under the Content-Security-Policy.
    expect(await page.locator('body').getAttribute('class')).toContain('js-enabled');
    await inspectPage(page, shot('home'));
  });

  it('lists the meetings of 2016-17 and shows each with its agenda as published and its approved minutes', async () => {
    await open('/meetings');
    const years = await page.locator('main h2').allInnerTexts();
    expect(years).toEqual(['2017-18', '2016-17']);
    await inspectPage(page, shot('meetings'));
    await tabTo(page, 'main a:has-text("Wednesday 27 July 2016")');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Wednesday 27 July 2016 at 7pm")');
    const meeting = await page.locator('main').innerText();
    expect(meeting).toContain('Published Tuesday 19 July 2016');
    expect(meeting).toContain('Approved as a correct record on Wednesday 15 February 2017.');
    expect(meeting).toMatch(/Resolved:/);
    await inspectPage(page, shot('meeting-2016'));
    await open('/meetings');
    await page.locator('main a:has-text("Wednesday 15 February 2017")').click();
    await page.waitForSelector('h1:has-text("Wednesday 15 February 2017")');
    expect(await page.locator('#minutes ~ p').first().innerText()).toBe('Approved as a correct record on Wednesday 26 July 2017.');
    await inspectPage(page, shot('meeting-2017'));
  });

  it('shows the work plan as it stands with its five amendments, each with its reason', async () => {
    await open('/work-plan');
    const amendments = await page.locator('#amendments + ol > li').allInnerTexts();
    expect(amendments).toHaveLength(5);
    for (const a of amendments) expect(a).toMatch(/^.+: (Deferred|Brought forward|Withdrawn|Changed).*Recorded \w+day \d+ \w+ \d{4}\.$/s);
    await inspectPage(page, shot('work-plan'));
  });

  it('shows the forward plan, saying of each key decision whether its notice was given in time', async () => {
    await open('/forward-plan');
    await inspectPage(page, shot('forward-plan'));
    const tags = await page.locator('main .govuk-tag').allInnerTexts();
    for (const tag of tags) expect(['Notice given in time', 'Notice late, lawfully (exception)', 'Notice not given in time']).toContain(tag);
  });

  it('lists the 2016-17 annual report once it is submitted to council, and shows it among the public pages', async () => {
    await open('/annual-reports');
    expect(await page.locator('main').innerText()).toContain('No annual report has been submitted to the council yet.');
    await inspectPage(page, shot('annual-reports-none'));
    const api = t.as(coordinator);
    const committeeId = (await api.get('/api/v1/committees')).body.items[0].id;
    const asked = await api.post('/api/v1/annual-reports', { committeeId, municipalYear: '2016-17' });
    expect(asked.status).toBe(202);
    await waitFor('the 2016-17 report to compile', async () => (await api.get(`/api/v1/annual-reports/${asked.body.id}`)).body.status === 'draft');
    expect((await api.post(`/api/v1/annual-reports/${asked.body.id}/agree`, {})).status).toBe(200);
    t.clock.set('2017-09-20T10:00:00Z');
    expect((await api.post(`/api/v1/annual-reports/${asked.body.id}/submit`, {})).status).toBe(200);
    await open('/annual-reports');
    await page.locator('main a:has-text("Annual Report 2016-17")').click();
    await page.waitForSelector('.scrutineer-report h1');
    expect(await page.locator('.scrutineer-report h1').innerText()).toBe('Crime and Disorder (Overview and Scrutiny) Committee: Annual Report 2016-17');
    expect(await page.locator('.scrutineer-report').innerText()).toContain('Amendments to the Work Plan');
    await inspectPage(page, shot('annual-report'));
  });

  it('answers a program at the same addresses with JSON, and a browser that has a page with 304', async () => {
    const json = await t.http().get('/public/dartford/work-plan').set('Accept', 'application/json');
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(json.headers.vary).toMatch(/Accept/);
    expect(json.body.council).toBe('Dartford Borough Council');
    const first = await t.http().get('/public/dartford/meetings').set('Accept', 'text/html');
    expect(first.headers['content-type']).toMatch(/^text\/html/);
    expect(first.headers['cache-control']).toBe('public, no-cache');
    const again = await t.http().get('/public/dartford/meetings').set('Accept', 'text/html').set('If-None-Match', first.headers.etag!);
    expect(again.status).toBe(304);
    expect((await t.http().get('/public/nowhere').set('Accept', 'text/html')).status).toBe(404);
  });

  it('publishes an Atom feed of what was published, which an independent parser reads, answered 304 when nothing changed', async () => {
    const first = await t.http().get('/public/dartford/feed.atom');
    expect(first.status).toBe(200);
    expect(first.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const feed = parseFeed(first.text);
    expect(feed.meta).toMatchObject({ type: 'atom', version: '1.0' });
    expect(feed.title).toBe('Dartford Borough Council: crime and disorder scrutiny');
    const titles = feed.items.map((i) => i.title);
    // Three agendas and two sets of approved minutes, the five work plan changes, the 2016-17 annual report.
    expect(titles.filter((x) => x?.startsWith('Agenda published: meeting of '))).toHaveLength(3);
    expect(titles.filter((x) => x?.startsWith('Minutes approved: meeting of '))).toHaveLength(2);
    expect(titles.filter((x) => x?.startsWith('Work plan: '))).toHaveLength(5);
    expect(titles).toContain('Crime and Disorder (Overview and Scrutiny) Committee: Annual Report 2016-17');
    for (const item of feed.items) {
      expect(item.id).toMatch(/^tag:/);
      expect(item.url).toMatch(new RegExp(`^${t.baseUrl}/public/dartford/`));
    }
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(feed.items.length);
    // Newest first: the annual report, submitted in the test above.
    expect(feed.items[0]!.title).toBe('Crime and Disorder (Overview and Scrutiny) Committee: Annual Report 2016-17');
    // Linked from every public page for browsers and feed readers to find.
    await open('');
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe('/public/dartford/feed.atom');
    // Asked again later, nothing new: 304.
    t.clock.set('2017-09-21T09:00:00Z');
    const again = await t.http().get('/public/dartford/feed.atom').set('If-None-Match', first.headers.etag!);
    expect(again.status).toBe(304);
  });

  it('answers a calendar client asking again for the meetings and the key decisions with 304 while nothing changed', async () => {
    for (const path of ['/public/dartford/meetings.ics', '/public/dartford/forward-plan.ics']) {
      const first = await t.http().get(path);
      expect([path, first.status]).toEqual([path, 200]);
      expect(first.headers.etag).toBeDefined();
      t.clock.set('2017-09-22T09:00:00Z');
      const again = await t.http().get(path).set('If-None-Match', first.headers.etag!);
      expect([path, again.status]).toEqual([path, 304]);
    }
  });

  it('finds in the approved minutes by full-text search (a plural finds the singular), never in an exempt minute, and in the published titles, by keyboard', async () => {
    await open('');
    await tabTo(page, 'nav a[href="/public/dartford/search"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Search")');
    await tabTo(page, '#q');
    await page.keyboard.type('protocols');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[role="status"]');
    const minutes = await page.locator('#in-minutes > li').allInnerTexts();
    expect(minutes.some((m) => m.startsWith('1. Committee Protocol & Lead Member Participation — meeting of Wednesday 27 July 2016 at 7pm'))).toBe(true);
    expect(await page.locator('#in-minutes mark').first().innerText()).toMatch(/^protocol$/i);
    await inspectPage(page, shot('search'));
    // The titles the record publishes: the work plan's, an agenda's. An exempt minute is found by its public title only, never its text.
    await page.goto(`${t.baseUrl}/public/dartford/search?q=strategic+assessments`);
    expect(await page.locator('#in-titles').innerText()).toContain('CSP Strategic Assessment 2016');
    expect(await page.locator('#in-minutes').count()).toBe(0);
    // Words the record does not hold: none, said so.
    await page.goto(`${t.baseUrl}/public/dartford/search?q=zeppelin`);
    expect(await page.locator('[role="status"]').innerText()).toBe('0 results for “zeppelin”.');
    // FTS5 syntax typed by the public is read as words, never as a query.
    const odd = await t.http().get('/public/dartford/search').query({ q: 'crime" OR NEAR(*' }).set('Accept', 'application/json');
    expect(odd.status).toBe(200);
  });

  it('reads on a phone: each public page fits a 375-pixel screen without sideways scrolling, and passes axe there', async () => {
    const phone = await (await browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true })).newPage();
    for (const path of ['', '/meetings', '/work-plan', '/forward-plan', '/annual-reports', '/annual-reports/2016-17', '/search?q=protocol']) {
      await phone.goto(`${t.baseUrl}/public/dartford${path}`);
      const widths = await phone.locator('html').evaluate((html) => ({ content: html.scrollWidth, screen: html.clientWidth }));
      expect([path, widths.content <= widths.screen]).toEqual([path, true]);
      await inspectPage(phone, shot(`phone${path.replace(/[/?=]+/g, '-') || '-home'}`));
    }
    await phone.context().close();
  });
});
