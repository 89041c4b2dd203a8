import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ical from 'node-ical';
import { loadDartfordDemo } from '../../src/demo/dartford.demo.js';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspectPage, startBrowser, tabTo } from '../support/browser.js';
import { signInThroughPages } from '../support/sign-in.js';
import { DIALECTS, startTestApp, type TestApp } from '../support/test-app.js';

/** A work programme as a committee publishes it: a Word table of meetings, items and lead officers. */
async function workProgramme(rows: string[][]): Promise<Buffer> {
  const cell = (text: string, bold: boolean) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });
  const table = new Table({ rows: [['Meeting', 'Item', 'Lead officer'], ...rows].map((row, r) => new TableRow({ children: row.map((c) => cell(c, r === 0)) })) });
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun({ text: 'Work Programme', bold: true })] }), table] }] }));
}

interface Item {
  id: string;
  title: string;
  status: string;
  meetingId: string | null;
  season: string;
  version: number;
  recurrence: { every: string; month: number } | null;
  previousId: string | null;
}
interface Group {
  meetingId: string | null;
  season: string;
  date: string;
  items: Item[];
}

describe.each(DIALECTS)('the work plan on %s', (dialect) => {
  let t: TestApp;
  let token: string;
  let committeeId: string;
  let meetings: { id: string; date: string }[];

  const get = (path: string, as = token) => t.as(as).get(path);
  const post = (path: string, body: object, as = token) => t.as(as).post(path, body);
  const plan = async (year?: string): Promise<Group[]> =>
    (await get(`/api/v1/work-plan?committeeId=${committeeId}${year ? `&municipalYear=${year}` : ''}`)).body.groups;
  const find = async (title: string, season?: string): Promise<Item> =>
    (await plan()).flatMap((g) => g.items).find((i) => i.title === title && (!season || i.season === season))!;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    t.clock.set('2016-07-27T21:30:00Z');
    token = await loadDartfordDemo(t.app, t.config);
    committeeId = (await get('/api/v1/committees')).body.items[0].id;
    meetings = (await get('/api/v1/meetings')).body.items.map((m: { id: string; startsAt: string }) => ({ id: m.id, date: m.startsAt.slice(0, 10) }));
    // Loaded on 27 July 2016, the demo has recorded that evening's meeting; February's is still to come,
    // and what it will take cannot be recorded as considered ahead of it.
    const february = (await plan('2016-17')).find((g) => g.date === '2017-02-15')!.items.filter((i) => i.status === 'scheduled');
    expect(february).toHaveLength(5);
    const early = await post(`/api/v1/work-plan/items/${february[0].id}/considered`, {});
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('is for the meeting of Wed 15 February 2017, which is still to come');
    // The public reads July's agenda as published (by its s100B date); February's is not published yet.
    const listed = (await t.http().get('/public/dartford/meetings')).body.meetings;
    expect(listed.map((m: { agendaPublishedOn: string | null; agenda: unknown[] }) => [m.agendaPublishedOn, m.agenda.length > 0])).toEqual([
      ['2016-07-19', true],
      [null, false],
      [null, false],
    ]);
    // The day after the February meeting, the co-ordinator records what it considered.
    t.clock.set('2017-02-16T10:00:00Z');
    for (const item of february) expect((await post(`/api/v1/work-plan/items/${item.id}/considered`, { version: item.version })).status).toBe(200);
  });
  afterAll(() => t.close());

  it('holds the initial rolling work plan of seed 001, by meeting and season, as amended', async () => {
    const year = await plan('2016-17');
    expect(year.map((g) => [g.date, g.season])).toEqual([
      ['2016-07-27', 'Summer 2016 (July)'],
      ['2017-02-15', 'Winter 2017 (February)'],
    ]);
    expect(year[0].items.map((i) => `${i.title}: ${i.status}`)).toEqual([
      'CSP Community Safety Strategy 2016 to 2019: considered',
      'CSP Performance Report June 2016: considered',
      'D-TAC Update: considered',
      'PCP Update: considered',
      'Committee Annual Report 2015-16: considered',
      'Work Plan for 2016-17: considered',
    ]);
    expect(year[1].items.map((i) => `${i.title}: ${i.status}`)).toEqual([
      'Presentation by PCC: withdrawn',
      'CSP Strategic Assessment 2016: considered',
      'Update on implementation of new ASB Powers: considered',
      'Review Work Plan: considered',
      'Presentation by North Kent Crime Prevention Partnership / KP: Neighbourhood Watch – Sharing Best Practice: considered',
      'Kent Police presentation on Bluewater Safety Shop / Community Safety at Home facility: considered',
    ]);
    const next = await plan('2017-18');
    expect(next.map((g) => [g.date, g.season, g.meetingId !== null])).toEqual([
      ['2017-07-26', 'Summer 2017 (July)', true],
      ['2018-02-01', 'Winter 2018 (February)', false],
    ]);
    expect(next[0].items.map((i) => i.title)).toEqual([
      'Domestic Abuse Framework Update',
      'CSP Community Safety Strategy (2016 to 2019) 2017 Refresh',
      'CSP Performance Report June 2017',
      'PCP Update',
      'Review Work Plan',
      'D-TAC Update', // the next occurrence of the annual update, made when July 2016's was considered
    ]);
    const dtac = next[0].items.find((i) => i.title === 'D-TAC Update')!;
    expect(dtac).toMatchObject({ status: 'scheduled', recurrence: { every: 'year', month: 7 }, previousId: expect.any(String) });
  });

  it("keeps each amended item's history, oldest first, as seed 001 lists the five amendments", async () => {
    const amended = [
      ['Domestic Abuse Framework Update', 'deferred', 'Summer 2016 (July)', 'Summer 2017 (July)', 'Strategic Director (External Services)'],
      ['D-TAC Update', 'changed', 'Summer 2016 (July)', 'Summer 2016 (July)', 'Strategic Director (External Services)'],
      ['Presentation by PCC', 'cancelled', 'Winter 2017 (February)', null, "PCC's office"],
      ['Presentation by North Kent Crime Prevention Partnership / KP: Neighbourhood Watch – Sharing Best Practice', 'brought_forward', 'Summer 2017 (July)', 'Winter 2017 (February)', 'Strategic Director (External Services)'],
      ['Kent Police presentation on Bluewater Safety Shop / Community Safety at Home facility', 'brought_forward', 'Summer 2017 (July)', 'Winter 2017 (February)', 'Strategic Director (External Services)'],
    ] as const;
    const sequences: number[] = [];
    for (const [title, kind, fromSeason, toSeason, directedBy] of amended) {
      const item = await find(title, title === 'D-TAC Update' ? 'Summer 2016 (July)' : undefined);
      const history = (await get(`/api/v1/work-plan/items/${item.id}/history`)).body;
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ kind, fromSeason, toSeason, directedBy });
      sequences.push(history[0].sequence);
    }
    expect(sequences).toEqual([1, 2, 3, 4, 5]);
    const dtac = (await get(`/api/v1/work-plan/items/${(await find('D-TAC Update', 'Summer 2016 (July)')).id}/history`)).body[0];
    expect(dtac.change).toBe('D-TAC 6 monthly update becomes an annual review each July');
    const member = await t.as(token).get('/api/v1/me');
    expect(member.status).toBe(200);
  });

  it('keeps the initial rolling work plan as agreed on 27 July 2016, and shows what changed since', async () => {
    const versions = (await get(`/api/v1/work-plan/versions?committeeId=${committeeId}`)).body;
    expect(versions.map((v: { number: number; label: string; agreedOn: string }) => [v.number, v.label, v.agreedOn])).toEqual([
      [1, 'Initial Rolling Work Plan 2016-17 and Beyond', '2016-07-27'],
    ]);
    const initial = (await get(`/api/v1/work-plan/versions/${versions[0].id}`)).body;
    expect(initial.items).toHaveLength(21);
    expect(initial.items.find((i: { title: string }) => i.title === 'Domestic Abuse Framework Update')).toMatchObject({ season: 'Summer 2016 (July)', status: 'scheduled' });
    const diff = (await get(`/api/v1/work-plan/versions/${versions[0].id}/compare`)).body;
    expect(diff.moved.map((m: { item: { title: string }; direction: string; toSeason: string }) => `${m.item.title}: ${m.direction} to ${m.toSeason}`)).toEqual([
      'Domestic Abuse Framework Update: deferred to Summer 2017 (July)',
      'Presentation by North Kent Crime Prevention Partnership / KP: Neighbourhood Watch – Sharing Best Practice: brought_forward to Winter 2017 (February)',
      'Kent Police presentation on Bluewater Safety Shop / Community Safety at Home facility: brought_forward to Winter 2017 (February)',
    ]);
    expect(diff.withdrawn.map((i: { title: string }) => i.title)).toEqual(['Presentation by PCC']);
    expect(diff.added.map((i: { title: string; season: string }) => `${i.title} (${i.season})`)).toEqual(['D-TAC Update (Summer 2017 (July))']);
    expect(diff.considered).toHaveLength(11);

    const second = await post('/api/v1/work-plan/versions', { committeeId, label: 'Revised rolling work plan', agreedAtMeetingId: meetings.find((m) => m.date === '2017-02-15')!.id });
    expect(second.body).toMatchObject({ number: 2, agreedOn: '2017-02-15' });
    const between = (await get(`/api/v1/work-plan/versions/${versions[0].id}/compare?to=${second.body.id}`)).body;
    expect(between).toEqual(diff);
    expect((await post('/api/v1/work-plan/versions', { committeeId, label: '' })).status).toBe(400);
    expect((await get('/api/v1/work-plan/versions/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it("puts the items scheduled for a meeting on its agenda, between the opening items and the work plan review", async () => {
    const july2017 = meetings.find((m) => m.date === '2017-07-26')!.id;
    const agenda = (await get(`/api/v1/meetings/${july2017}`)).body.agenda as { title: string; number: number }[];
    const titles = agenda.map((a) => a.title);
    // In the order they were placed on it: the Domestic Abuse review arrived by amendment, the D-TAC update by recurrence.
    const planned = ['CSP Community Safety Strategy (2016 to 2019) 2017 Refresh', 'CSP Performance Report June 2017', 'PCP Update', 'Review Work Plan', 'Domestic Abuse Framework Update', 'D-TAC Update'];
    const first = titles.indexOf(planned[0]);
    expect(titles.slice(first, first + planned.length)).toEqual(planned);
    expect(titles.indexOf('Rolling work plan')).toBeGreaterThan(first + planned.length - 1);
    expect(titles.indexOf('Regulation 9 notice')).toBeGreaterThan(-1);
    expect(titles.indexOf('Regulation 9 notice')).toBeLessThan(first);
    // Brought forward to February 2017: on that agenda, and no longer on July 2017's.
    const feb2017 = meetings.find((m) => m.date === '2017-02-15')!.id;
    const febTitles = ((await get(`/api/v1/meetings/${feb2017}`)).body.agenda as { title: string }[]).map((a) => a.title);
    expect(febTitles).toContain('Kent Police presentation on Bluewater Safety Shop / Community Safety at Home facility');
    expect(febTitles).not.toContain('Presentation by PCC'); // withdrawn
    expect(titles).not.toContain('Kent Police presentation on Bluewater Safety Shop / Community Safety at Home facility');
  });

  it('reports the statutory coverage of a year: 2016-17 met, 2017-18 at risk with no meeting for the Strategic Assessment', async () => {
    t.clock.set('2017-06-01T10:00:00Z');
    const coverage = async (year: string) => (await get(`/api/v1/work-plan/coverage?committeeId=${committeeId}&municipalYear=${year}`)).body.duties;
    const feb2017 = meetings.find((m) => m.date === '2017-02-15')!.id;
    const sa2016 = await find('CSP Strategic Assessment 2016');
    expect(await coverage('2016-17')).toEqual([
      expect.objectContaining({ duty: 'meet_at_least_once', state: 'met', why: 'Met on Wed 27 July 2016, Wed 15 February 2017' }),
      expect.objectContaining({ duty: 'strategic_assessment', state: 'met', meetingId: feb2017, itemId: sa2016.id, why: '"CSP Strategic Assessment 2016" was considered on Wed 15 February 2017' }),
      expect.objectContaining({ duty: 'community_safety_strategy', state: 'met', why: '"CSP Community Safety Strategy 2016 to 2019" was considered on Wed 27 July 2016' }),
    ]);
    expect((await coverage('2017-18')).map((d: { state: string; why: string }) => `${d.state}: ${d.why}`)).toEqual([
      'planned: A meeting is set for Wed 26 July 2017',
      'at_risk: "CSP Strategic Assessment 2017" is planned for Winter 2018 (February), but no meeting is set for it',
      'planned: "CSP Community Safety Strategy (2016 to 2019) 2017 Refresh" is scheduled for the meeting on Wed 26 July 2017',
    ]);
    expect((await get(`/api/v1/work-plan/coverage?committeeId=${committeeId}&municipalYear=2030-31`)).status).toBe(404);
    expect((await get(`/api/v1/work-plan/coverage?committeeId=${committeeId}`)).status).toBe(400);
  });

  it('publishes the meetings as an iCalendar feed that an independent parser reads: one event per meeting', async () => {
    const feed = await t.http().get('/public/dartford/meetings.ics').buffer(true).parse((res, done) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => done(null, text));
    });
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const events = Object.values(ical.sync.parseICS(feed.body as string)).filter((c) => c?.type === 'VEVENT') as ical.VEvent[];
    expect(events).toHaveLength(meetings.length);
    const byStart = events.sort((a, b) => a.start.getTime() - b.start.getTime());
    expect(byStart.map((e) => e.start.toISOString())).toEqual(['2016-07-27T18:00:00.000Z', '2017-02-15T19:00:00.000Z', '2017-07-26T18:00:00.000Z']);
    expect(byStart[2].summary).toBe('Crime and Disorder (Overview and Scrutiny) Committee');
    expect(byStart[2].location).toBe('Council Chamber, Civic Centre, Home Gardens, Dartford');
    expect(byStart[2].description).toContain('Agenda published by Tue 18 July 2017');
    expect(byStart[2].description).toContain('- Domestic Abuse Framework Update');
    expect((await t.http().get('/public/nowhere/meetings.ics')).status).toBe(404);
  });

  it('publishes the plan without a token: titles, basis, category and status, by meeting or season, no descriptions', async () => {
    const open = await t.http().get('/public/dartford/work-plan');
    expect(open.status).toBe(200);
    const [committee] = open.body.committees;
    const july2016 = committee.groups.find((g: { date: string }) => g.date === '2016-07-27');
    expect(july2016.items.map((i: { title: string; status: string }) => `${i.title}: ${i.status}`)).toContain('D-TAC Update: considered');
    expect(Object.keys(july2016.items[0]).sort()).toEqual(['basis', 'category', 'status', 'title']);
    expect((await t.http().get('/public/nowhere/work-plan')).status).toBe(404);
  });

  it('publishes one municipal year at a time when asked, and a page opens at the year under way with the others a link away', async () => {
    const dates = (body: { committees: { groups: Group[] }[] }) => body.committees.flatMap((c) => c.groups.map((g) => g.date));
    const earlier = await t.http().get('/public/dartford/work-plan?year=2016-17');
    expect(earlier.body.municipalYear).toBe('2016-17');
    expect(dates(earlier.body)).toContain('2016-07-27');
    expect(dates(earlier.body).every((d: string) => d >= '2016-05-18' && d <= '2017-05-16')).toBe(true);
    const later = dates((await t.http().get('/public/dartford/work-plan?year=2017-18')).body);
    expect(later).toContain('2017-07-26');
    expect(later).not.toContain('2016-07-27');
    // Without a year, the JSON answer is every year, as it always was.
    const all = await t.http().get('/public/dartford/work-plan');
    expect(all.body.municipalYear).toBeUndefined();
    expect(dates(all.body)).toEqual(expect.arrayContaining(['2016-07-27', '2017-07-26']));
    const unknown = await t.http().get('/public/dartford/work-plan?year=2031-32');
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toContain('2031-32');
    // Asked for two years at once: refused, naming the field, rather than answered for one or the other.
    const twice = await t.http().get('/public/dartford/work-plan?year=2016-17&year=2017-18');
    expect(twice.status).toBe(400);
    expect(JSON.stringify(twice.body)).toContain('year must be given once, as text');

    t.clock.set('2017-09-01T10:00:00Z');
    const page = await t.http().get('/public/dartford/work-plan').set('Accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1 class="govuk-heading-xl">Work plan 2017-18</h1>');
    expect(page.text).toContain('<strong aria-current="page">2017-18</strong>');
    expect(page.text).toContain('href="/public/dartford/work-plan?year=2016-17"');
    expect(page.text).toContain('Wednesday 26 July 2017');
    expect(page.text).not.toContain('Wednesday 27 July 2016');
    const before = await t.http().get('/public/dartford/work-plan?year=2016-17').set('Accept', 'text/html');
    expect(before.text).toContain('Wednesday 27 July 2016');
    expect(before.text).not.toContain('Wednesday 26 July 2017');
  });

  it('answers a read from what it kept only while nothing it was read from has changed, whoever changed it', async () => {
    const titles = async () => (await plan('2017-18')).flatMap((g) => g.items.map((i) => i.title));
    const dates = async () => (await plan('2017-18')).map((g) => g.date);
    const before = await titles();
    const [first] = before;
    const { id } = await find(first);
    // Changed in the database, not through this instance (as another instance, or a migration, would).
    const db = t.dataSource;
    const p = (n: number) => (dialect === 'sqlite' ? '?' : `$${n}`);
    await db.query(`UPDATE work_plan_items SET title = ${p(1)} WHERE id = ${p(2)}`, [`${first} (revised)`, id]);
    expect(await titles()).toContain(`${first} (revised)`);
    const july = meetings.find((m) => m.date === '2017-07-26')!;
    await db.query(`UPDATE meetings SET starts_at = ${p(1)} WHERE id = ${p(2)}`, ['2017-07-27T18:00:00.000Z', july.id]);
    expect(await dates()).toContain('2017-07-27');
    await db.query(`UPDATE meetings SET starts_at = ${p(1)} WHERE id = ${p(2)}`, ['2017-07-26T18:00:00.000Z', july.id]);
    await db.query(`UPDATE work_plan_items SET title = ${p(1)} WHERE id = ${p(2)}`, [first, id]);
    expect(await titles()).toEqual(before);
    expect(await dates()).toContain('2017-07-26');
    // A client that has the answer is told so (304) while it stands, and given the new one once it changes.
    const url = `/api/v1/work-plan?committeeId=${committeeId}&municipalYear=2017-18`;
    const kept = await get(url);
    expect(kept.headers.etag).toMatch(/^W\/"/);
    expect((await get(url).set('If-None-Match', kept.headers.etag!)).status).toBe(304);
    await db.query(`UPDATE work_plan_items SET title = ${p(1)} WHERE id = ${p(2)}`, [`${first} (revised again)`, id]);
    const changed = await get(url).set('If-None-Match', kept.headers.etag!);
    expect(changed.status).toBe(200);
    expect(changed.headers.etag).not.toBe(kept.headers.etag);
    await db.query(`UPDATE work_plan_items SET title = ${p(1)} WHERE id = ${p(2)}`, [first, id]);
  });

  describe('moving an item', () => {
    const move = (id: string, body: object) => post(`/api/v1/work-plan/items/${id}/move`, body);
    const reason = { reason: 'Officer availability', directedBy: 'Chairman' };

    it('defers to a later season or brings forward to an earlier meeting, by date', async () => {
      const item = await find('Presentation by Kent, Surrey and Sussex CRC');
      const deferred = await move(item.id, { ...reason, season: 'Summer 2018 (July)', version: item.version });
      expect(deferred.status).toBe(200);
      expect(deferred.body).toMatchObject({ season: 'Summer 2018 (July)', status: 'deferred', version: item.version + 1 });
      const july2017 = meetings.find((m) => m.date === '2017-07-26')!.id;
      const back = await move(item.id, { ...reason, meetingId: july2017, version: item.version + 1 });
      expect(back.body).toMatchObject({ meetingId: july2017, season: 'Summer 2017 (July)', status: 'scheduled' });
      const history = (await get(`/api/v1/work-plan/items/${item.id}/history`)).body;
      expect(history.map((a: { kind: string; toSeason: string }) => `${a.kind} to ${a.toSeason}`)).toEqual(['deferred to Summer 2018 (July)', 'brought_forward to Summer 2017 (July)']);
    });

    it('gives the second of two edits from the same version a 409, and loses neither item nor amendment', async () => {
      const item = await find('CSP Strategic Assessment 2017');
      const results = await Promise.all([
        move(item.id, { ...reason, season: 'Spring 2018 (March)', version: item.version }),
        move(item.id, { ...reason, season: 'Summer 2018 (June)', version: item.version }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const history = (await get(`/api/v1/work-plan/items/${item.id}/history`)).body;
      expect(history).toHaveLength(1);
      expect((await get(`/api/v1/work-plan/items/${item.id}`)).body.season).toBe(history[0].toSeason);
    });

    it('refuses bad moves, naming the problem, and changes nothing', async () => {
      const item = await find('PCP Update', 'Winter 2018 (February)');
      const other = await post('/api/v1/committees', { name: 'Overview and Scrutiny Committee' });
      const theirMeeting = await post('/api/v1/meetings', { committeeId: other.body.id, startsAt: '2018-01-10T19:00:00Z' });
      const wrongCommittee = await move(item.id, { ...reason, meetingId: theirMeeting.body.id, version: item.version });
      expect(wrongCommittee.status).toBe(400);
      expect(wrongCommittee.body.message).toEqual(['meetingId: the meeting is of another committee']);
      expect((await move(item.id, { ...reason, meetingId: '00000000-0000-4000-8000-000000000000', version: item.version })).status).toBe(404);
      const gravesham = await t.council('gravesham');
      const theirCommittee = await post('/api/v1/committees', { name: 'Crime and Disorder Committee' }, gravesham.coordinator);
      const foreign = await post('/api/v1/meetings', { committeeId: theirCommittee.body.id, startsAt: '2018-01-10T19:00:00Z' }, gravesham.coordinator);
      expect((await move(item.id, { ...reason, meetingId: foreign.body.id, version: item.version })).status).toBe(404);
      expect((await post(`/api/v1/work-plan/items/${item.id}/move`, {}, gravesham.coordinator)).status).toBe(400);
      expect((await post(`/api/v1/work-plan/items/${item.id}/move`, { ...reason, season: 'Summer 2018 (July)', version: item.version }, gravesham.coordinator)).status).toBe(404);
      const bad = await move(item.id, { season: 'Next summer', version: 0 });
      expect(bad.status).toBe(400);
      for (const field of ['reason', 'directedBy', 'version']) expect(bad.body.message.join(' ')).toContain(field); // version 0
      expect((await move(item.id, { ...reason, season: 'Next summer', version: item.version })).body.message).toEqual(['season must read like "Summer 2017 (July)"']);
      expect((await move(item.id, { ...reason, version: item.version })).body.message).toEqual(['meetingId or season: say where the item goes']);
      const considered = await find('CSP Strategic Assessment 2016');
      expect((await move(considered.id, { ...reason, season: 'Summer 2018 (July)', version: considered.version })).status).toBe(409);
      expect((await get(`/api/v1/work-plan/items/${item.id}`)).body).toMatchObject({ season: 'Winter 2018 (February)', version: item.version });
      expect((await get(`/api/v1/work-plan/items/${item.id}/history`)).body).toEqual([]);
      expect((await get(`/api/v1/work-plan/items/${item.id}`, gravesham.coordinator)).status).toBe(404);
    });
  });

  it('lets every role read the plan and only a co-ordinator change it', async () => {
    const dartford = (await get('/api/v1/me')).body;
    expect(dartford.role).toBe('coordinator');
    const item = await find('Review Work Plan', 'Winter 2018 (February)');
    // As the API contract has it, without a version: the one read at the time is checked.
    const cancelled = await post(`/api/v1/work-plan/items/${item.id}/cancel`, { reason: 'Merged into the July review', directedBy: 'Chairman' });
    expect(cancelled.body.status).toBe('withdrawn');
    expect((await post(`/api/v1/work-plan/items/${item.id}/cancel`, { reason: 'again', directedBy: 'Chairman', version: item.version + 1 })).status).toBe(409);
  });

  it('refuses to schedule an item for a cancelled meeting, and shows the meeting cancelled in the feed', async () => {
    const meeting = await post('/api/v1/meetings', { committeeId, startsAt: '2018-02-14T19:00:00Z', venue: 'Council Chamber' });
    expect(meeting.body).toMatchObject({ status: 'scheduled', agendaPublishedBy: '2018-02-06', reportDeadline: '2018-02-06' });
    // A council that wants reports a week before publication says so; every meeting's report deadline follows.
    await t.as(token).put('/api/v1/calendar/settings', { reportDeadlineWorkingDays: 5 });
    expect((await get(`/api/v1/meetings/${meeting.body.id}`)).body).toMatchObject({ agendaPublishedBy: '2018-02-06', reportDeadline: '2018-01-30' });
    const deadlines = (await get(`/api/v1/meetings/${meeting.body.id}/deadlines`)).body;
    expect(deadlines.reportDeadline.explanation).toContain('The report is due 5 working days before the agenda must be published on Tue 6 February 2018: Tue 30 January 2018');
    await t.as(token).put('/api/v1/calendar/settings', { reportDeadlineWorkingDays: 0 });
    const cancelled = await post(`/api/v1/meetings/${meeting.body.id}/cancel`, { reason: 'Inquorate' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelledReason: 'Inquorate' });
    expect((await post(`/api/v1/meetings/${meeting.body.id}/cancel`, { reason: 'again' })).status).toBe(409);
    expect((await post(`/api/v1/meetings/${meeting.body.id}/cancel`, {})).status).toBe(400);

    const item = await find('Presentation by Kent, Surrey and Sussex CRC');
    const refused = await post(`/api/v1/work-plan/items/${item.id}/move`, { reason: 'r', directedBy: 'Chairman', meetingId: meeting.body.id, version: item.version });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toEqual(['meetingId: the meeting was cancelled (Inquorate)']);
    expect((await get(`/api/v1/work-plan/items/${item.id}`)).body.version).toBe(item.version);

    const feed = await t.http().get('/public/dartford/meetings.ics').buffer(true).parse((res, done) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => done(null, text));
    });
    const event = (Object.values(ical.sync.parseICS(feed.body as string)) as ical.VEvent[]).find((c) => c?.type === 'VEVENT' && c.start.toISOString() === '2018-02-14T19:00:00.000Z')!;
    expect(event.summary).toBe('CANCELLED: Crime and Disorder (Overview and Scrutiny) Committee');
    expect(event.status).toBe('CANCELLED');
  });

  it('reads a published work programme into proposals (nothing stored), and adds the ones the co-ordinator keeps from the page', async () => {
    const existing = (await plan()).flatMap((g) => g.items)[0].title;
    const document = await workProgramme([
      ['15 February 2017', 'Knife crime in the town centre', 'Chief Inspector, Kent Police'],
      ['', existing, 'Community Safety Manager'],
      ['14 March 2018', 'Fire safety in high-rise housing', 'Kent Fire and Rescue Service'],
      ['TBC', 'Rural crime', ''],
    ]);
    const before = (await plan()).flatMap((g) => g.items).length;
    const read = await t.as(token).post('/api/v1/work-plan/import').set('Content-Type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document').send(document);
    expect(read.status).toBe(200);
    const february = meetings.find((m) => m.date === '2017-02-15')!.id;
    expect(read.body.items.map((i: { title: string; meetingId: string | null; season: string | null; alreadyPlannedId: string | null }) => [i.title, i.meetingId, i.season, Boolean(i.alreadyPlannedId)])).toEqual([
      ['Knife crime in the town centre', february, null, false],
      [existing, february, null, true],
      ['Fire safety in high-rise housing', meetings.some((m) => m.date === '2018-03-14') ? expect.any(String) : null, meetings.some((m) => m.date === '2018-03-14') ? null : 'Spring 2018 (March)', false],
      ['Rural crime', null, null, false],
    ]);
    expect(read.body.warnings).toEqual(['1 item has no meeting date ("Rural crime"): each can be added once the committee has agreed when to take it']);
    expect((await plan()).flatMap((g) => g.items)).toHaveLength(before);
    expect((await t.as(token).post('/api/v1/work-plan/import').set('Content-Type', 'application/pdf').send(Buffer.from('%PDF-1.4 broken'))).status).toBe(400);

    const file = join(mkdtempSync(join(tmpdir(), 'programme-')), 'work-programme.docx');
    writeFileSync(file, document);
    const email = (await get('/api/v1/me')).body.email;
    const browser = await startBrowser();
    try {
      const page = await signInThroughPages(t, await browser.newContext(), email, '/work-plan');
      await page.click('a:has-text("Import a published work programme")');
      await page.waitForSelector('h1:has-text("Import a work programme")');
      await page.click('form[action^="/work-plan/import"] button');
      await page.waitForSelector('.govuk-error-summary');
      expect(await page.locator('.govuk-error-summary__list a').getAttribute('href')).toBe('#file');
      await inspectPage(page, `${dialect}-work-programme-error`);
      await page.setInputFiles('#file', file);
      await page.click('form[action^="/work-plan/import"] button');
      await page.waitForSelector('legend:has-text("The items to add to the work plan")');
      // Ticked: the two new items with a meeting or a season; not the one planned already, nor the one with no date.
      expect(await page.locator('input[name="accept"]:checked').evaluateAll((boxes) => boxes.map((b) => (b as unknown as { value: string }).value))).toEqual(['0', '2']);
      expect(await page.locator('input[name="accept"]').count()).toBe(3);
      expect(await page.locator('#undated').innerText()).toBe('Rural crime');
      await inspectPage(page, `${dialect}-work-programme-proposals`);
      await tabTo(page, 'form[action="/work-plan/import/accept"] button');
      await page.keyboard.press('Enter');
      await page.waitForSelector('.govuk-notification-banner--success');
      expect(await page.locator('.govuk-notification-banner--success').innerText()).toContain('2 of the 2 items chosen from the work programme were added to the work plan.');
      await inspectPage(page, `${dialect}-work-programme-added`);
    } finally {
      await browser.close();
    }
    const after = (await plan()).flatMap((g) => g.items);
    expect(after).toHaveLength(before + 2);
    expect(after.find((i) => i.title === 'Knife crime in the town centre')).toMatchObject({ meetingId: february, status: 'scheduled' });
  });
});
