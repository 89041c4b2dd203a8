import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { asDocx, asPdf } from '../support/published-documents.js';
import { DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';

const published = readFileSync(new URL('../fixtures/minutes-2017-07-26.txt', import.meta.url), 'utf8');

interface ItemView {
  id: string;
  number: string;
  title: string;
  summary: string;
  resolutions: string[];
  undertakings: { text: string; state: string; obligationId: string | null }[];
  workPlanChanges: { kind: string; text: string; when: string | null; state: string; workPlanItemId: string | null }[];
  exempt: boolean;
  excludesPublic: boolean;
  drawDown: boolean;
  workPlanItemId: string | null;
}

describe.each(DIALECTS)('minutes on %s', (dialect) => {
  let t: TestApp;
  let dartford: TestCouncil;
  let member: string;
  const meetings: Record<string, string> = {};
  const planned: Record<string, string> = {};
  let councilId: string;
  let items: ItemView[];

  const post = (path: string, body: object, token = dartford.coordinator) => t.as(token).post(path, body);
  const put = (path: string, body: object, token = dartford.coordinator) => t.as(token).put(path, body);
  const get = (path: string, token = dartford.coordinator) => t.as(token).get(path);
  const importText = (meetingId: string, text: string, token = dartford.coordinator) =>
    t.as(token).post(`/api/v1/meetings/${meetingId}/minutes/import`).set('Content-Type', 'text/plain').send(text);
  const item = (n: string) => items.find((i) => i.number === n)!;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    dartford = await t.council('dartford');
    member = await dartford.token('member');
    const committeeId = (await post('/api/v1/committees', { name: 'Crime and Disorder (Overview and Scrutiny) Committee' })).body.id;
    for (const [name, startsAt] of Object.entries({ february2017: '2017-02-15T19:00:00Z', july2017: '2017-07-26T18:00:00Z', february2018: '2018-02-14T19:00:00Z' })) {
      meetings[name] = (await post('/api/v1/meetings', { committeeId, startsAt })).body.id;
    }
    councilId = (await post('/api/v1/authorities', { name: 'Dartford Borough Council', kind: 'district_council', statutory: true })).body.id;
    const plan = async (key: string, title: string, meetingId: string, category = 'partner_update') =>
      (planned[key] = (await post('/api/v1/work-plan/items', { committeeId, title, basis: 'discretionary', category, meetingId })).body.id);
    await plan('dtac', 'Dartford Town Against Crime (D-TAC) Progress Report', meetings.july2017);
    await plan('encampments', 'Response to Unauthorised Encampments', meetings.july2017, 'draw_down');
    await plan('tradingStandards', 'Presentation by KCC Trading Standards Officers', meetings.february2018);
    t.clock.set('2017-07-18T09:00:00Z');
    await post(`/api/v1/meetings/${meetings.july2017}/agenda/publish`, {});
    t.clock.set('2017-08-01T09:00:00Z');
  });
  afterAll(() => t.close());

  it('imports the published minutes of 26 July 2017 into a draft, linked to the agenda, the items taken recorded as considered', async () => {
    const imported = await importText(meetings.july2017, published);
    expect(imported.status).toBe(200);
    expect(imported.body.status).toBe('draft');
    items = imported.body.items;
    expect(items.map((i) => i.number)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
    expect(imported.body.attendance.present).toHaveLength(7);
    expect(imported.body.attendance.absent).toEqual(['Councillor R Lees']);
    expect(imported.body.warnings.map((w: { kind: string }) => w.kind)).toEqual(expect.arrayContaining(['heading', 'furniture', 'closing', 'check']));
    expect(item('10')).toMatchObject({ drawDown: true, workPlanItemId: planned.encampments, undertakings: [{ text: 'Officers undertook to respond to Members on both points.', state: 'proposed', obligationId: null }] });
    expect(item('9').workPlanItemId).toBe(planned.dtac);
    expect(item('13')).toMatchObject({ exempt: true });
    // Each item says how sure the importer was that it starts there, and why.
    expect(imported.body.items[6].importReading).toEqual({ confidence: 'high', why: 'numbered 7, title in capitals' });
    for (const key of ['dtac', 'encampments']) expect((await get(`/api/v1/work-plan/items/${planned[key]}`)).body.status).toBe('considered');
    expect((await get(`/api/v1/work-plan/items/${planned.tradingStandards}`)).body.status).toBe('scheduled');
    // Members read the draft; the public do not, until it is approved.
    expect((await get(`/api/v1/meetings/${meetings.july2017}/minutes`, member)).body.items).toHaveLength(16);
    expect((await t.http().get(`/public/${dartford.slug}/meetings/${meetings.july2017}/minutes`)).status).toBe(404);
    const listed = (await t.http().get(`/public/${dartford.slug}/meetings`)).body.meetings.find((m: { meetingId: string }) => m.meetingId === meetings.july2017);
    expect(listed).toMatchObject({ committee: 'Crime and Disorder (Overview and Scrutiny) Committee', startsAt: '2017-07-26T18:00:00.000Z', cancelled: false, minutes: null });
    expect(listed.agenda.map((a: { title: string }) => a.title)).toContain('Response to Unauthorised Encampments');
  });

  it('imports the same minutes as the PDF and the Word document a council publishes: the same items, decisions and attendance', async () => {
    const fromText = items.map((i) => [i.number, i.title, i.resolutions.length]);
    const forms: [string, Buffer][] = [
      ['application/pdf', await asPdf()],
      ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', await asDocx()],
    ];
    for (const [type, document] of forms) {
      const imported = await t.as(dartford.coordinator).post(`/api/v1/meetings/${meetings.july2017}/minutes/import`).set('Content-Type', type).send(document);
      expect(imported.status).toBe(200);
      expect(imported.body.items.map((i: ItemView) => [i.number, i.title, i.resolutions.length])).toEqual(fromText);
      expect(imported.body.attendance.present).toHaveLength(7);
      // The source kept is the text read from the document, shown beside each item.
      const page = await get(`/meetings/${meetings.july2017}/minutes`).set('Accept', 'text/html');
      expect(page.status).toBe(200);
      expect(page.text).toMatch(/10\. RESPONSE TO UNAUTHORISED ENCAMPMENTS \(DRAW-DOWN\)/);
    }
    // The text again, for the tests that follow (they decide on its items).
    items = (await importText(meetings.july2017, published)).body.items;
    expect(items).toHaveLength(16);
  });

  it('refuses minutes for a meeting still to come (409), and records nothing', async () => {
    const early = await importText(meetings.february2018, published);
    expect(early.status).toBe(409);
    expect(early.body.message).toBe('The meeting is on Wed 14 February 2018, still to come: it has no minutes yet');
    expect((await get(`/api/v1/meetings/${meetings.february2018}/minutes`)).status).toBe(404);
  });

  it('warns when the minutes are of another date than the meeting, and points at the minutes that item 3 confirms', async () => {
    const imported = await importText(meetings.february2017, published);
    expect(imported.body.warnings[0].message).toBe('The minutes are of a meeting on 2017-07-26, but this meeting was on 2017-02-15: are they the right minutes?');
    // The February minutes are now a draft: importing July's again says item 3 confirms them.
    const again = await importText(meetings.july2017, published);
    expect(again.body.warnings.map((w: { message: string }) => w.message)).toContain(
      `Item 3 confirms the minutes of 2017-02-15: record it with POST /api/v1/meetings/${meetings.february2017}/minutes/confirm`,
    );
    items = again.body.items;
  });

  it('turns a confirmed undertaking into an obligation of the authority that gave it', async () => {
    const path = `/api/v1/minute-items/${item('10').id}/undertakings/0`;
    const missing = await post(path, { decision: 'confirm' });
    expect(missing.status).toBe(400);
    expect(missing.body.message).toEqual(['authorityId: who gave the undertaking is required to confirm it', 'dueOn: by when the response is due is required to confirm it']);
    // An unknown authority: nothing is made, and the undertaking is still to be decided.
    expect((await post(path, { decision: 'confirm', authorityId: '00000000-0000-4000-8000-000000000000', dueOn: '2017-08-23' })).status).toBe(404);
    expect((await get(`/api/v1/meetings/${meetings.july2017}/minutes`)).body.items.find((i: ItemView) => i.number === '10').undertakings[0].state).toBe('proposed');
    expect((await get('/api/v1/obligations')).body.items).toHaveLength(0);
    const confirmed = await post(path, { decision: 'confirm', authorityId: councilId, dueOn: '2017-08-23' });
    expect(confirmed.status).toBe(200);
    const undertaking = confirmed.body.undertakings[0];
    expect(undertaking.state).toBe('confirmed');
    const obligation = (await get(`/api/v1/obligations/${undertaking.obligationId}`)).body;
    expect(obligation).toMatchObject({ kind: 'undertaking', authorityId: councilId, dueOn: '2017-08-23', meetingId: meetings.july2017, details: 'Officers undertook to respond to Members on both points.' });
    expect((await post(path, { decision: 'dismiss' })).status).toBe(409);
    expect((await post(`/api/v1/minute-items/${item('10').id}/undertakings/5`, { decision: 'dismiss' })).status).toBe(404);
  });

  it('makes confirmed work plan changes in the work plan, citing the minute', async () => {
    // Minute 13 was taken in closed session: what it makes is exempt, under the paragraph the co-ordinator gives.
    const change = { decision: 'confirm', meetingId: meetings.february2018, title: 'Crime data: presentation by a Kent Police or KCC expert' };
    const unmarked = await post(`/api/v1/minute-items/${item('13').id}/work-plan-changes/0`, change);
    expect(unmarked.status).toBe(400);
    expect(unmarked.body.message).toEqual([expect.stringMatching(/^exemptParagraph: minute 13 was taken in closed session/)]);
    const added = await post(`/api/v1/minute-items/${item('13').id}/work-plan-changes/0`, { ...change, exemptParagraph: 7 });
    expect(added.status).toBe(200);
    const newItem = (await get(`/api/v1/work-plan/items/${added.body.workPlanChanges[0].workPlanItemId}`)).body;
    expect(newItem).toMatchObject({ title: 'Crime data: presentation by a Kent Police or KCC expert', meetingId: meetings.february2018, status: 'scheduled', exemptParagraph: 7, withheld: expect.stringContaining('not shown to the public') });
    const published = JSON.stringify((await t.http().get(`/public/${dartford.slug}/work-plan`)).body);
    expect(published).not.toContain('Crime data');
    expect(published).toContain('Exempt item (Local Government Act 1972, Schedule 12A, paragraph 7)');

    const deferral = item('15').workPlanChanges[3];
    expect(deferral).toMatchObject({ kind: 'defer', when: 'July 2018' });
    expect((await post(`/api/v1/minute-items/${item('15').id}/work-plan-changes/3`, { decision: 'confirm', season: 'Summer 2018 (July)' })).body.message).toEqual(['workPlanItemId: the work plan item to defer']);
    const deferred = await post(`/api/v1/minute-items/${item('15').id}/work-plan-changes/3`, { decision: 'confirm', season: 'Summer 2018 (July)', workPlanItemId: planned.tradingStandards });
    expect(deferred.status).toBe(200);
    const moved = (await get(`/api/v1/work-plan/items/${planned.tradingStandards}`)).body;
    expect(moved).toMatchObject({ season: 'Summer 2018 (July)', meetingId: null });
    const history = (await get(`/api/v1/work-plan/items/${planned.tradingStandards}/history`)).body;
    expect(history.at(-1)).toMatchObject({ kind: 'deferred', agreedAtMeetingId: meetings.july2017, resolution: 'Minute 15' });
    expect((await post(`/api/v1/minute-items/${item('15').id}/work-plan-changes/0`, { decision: 'dismiss' })).body.workPlanChanges[0].state).toBe('dismissed');
  });

  it('keeps what was decided when the draft is saved again, and refuses bad input naming each field', async () => {
    const current = (await get(`/api/v1/meetings/${meetings.july2017}/minutes`)).body;
    const body = {
      attendance: current.attendance,
      closedAt: current.closedAt,
      items: current.items.map((i: ItemView) => ({
        number: i.number,
        title: i.title,
        summary: i.number === '14' ? 'Edited by the co-ordinator.' : i.summary,
        resolutions: i.resolutions,
        undertakings: i.undertakings.map((u) => u.text),
        workPlanChanges: i.workPlanChanges.map(({ kind, text, when }) => ({ kind, text, when })),
        exempt: i.exempt,
        excludesPublic: i.excludesPublic,
        drawDown: i.drawDown,
      })),
    };
    const saved = await put(`/api/v1/meetings/${meetings.july2017}/minutes`, body);
    expect(saved.status).toBe(200);
    items = saved.body.items;
    expect(item('14').summary).toBe('Edited by the co-ordinator.');
    expect(item('10').undertakings[0].state).toBe('confirmed');
    expect(item('15').workPlanChanges.map((c) => c.state)).toEqual(['dismissed', 'proposed', 'proposed', 'confirmed']);

    const bad = await put(`/api/v1/meetings/${meetings.july2017}/minutes`, { items: [{ number: '', title: 'x', exempt: 'yes' }] });
    expect(bad.status).toBe(400);
    for (const field of ['attendance', 'items.0.number', 'items.0.exempt']) expect(bad.body.message.join(' ')).toContain(field);
    expect((await get(`/api/v1/meetings/${meetings.july2017}/minutes`)).body.items.find((i: ItemView) => i.number === '14').summary).toBe('Edited by the co-ordinator.');
    expect((await importText(meetings.july2017, '   ')).status).toBe(400);
    const cancelled = (await post('/api/v1/meetings', { committeeId: (await get(`/api/v1/meetings/${meetings.july2017}`)).body.committeeId, startsAt: '2017-11-15T19:00:00Z' })).body.id;
    await post(`/api/v1/meetings/${cancelled}/cancel`, { reason: 'No business' });
    expect((await importText(cancelled, published)).status).toBe(409);
    expect((await put(`/api/v1/meetings/${meetings.july2017}/minutes`, body, member)).status).toBe(403);
    const other = await t.council();
    expect((await get(`/api/v1/meetings/${meetings.july2017}/minutes`, other.coordinator)).status).toBe(404);
    expect((await post(`/api/v1/minute-items/${item('10').id}/undertakings/0`, { decision: 'dismiss' }, other.coordinator)).status).toBe(404);
  });

  it('is confirmed at a later meeting, then public with the exempt item reduced to its title', async () => {
    const confirm = (confirmedAtMeetingId: string) => post(`/api/v1/meetings/${meetings.july2017}/minutes/confirm`, { confirmedAtMeetingId });
    expect((await confirm(meetings.february2017)).status).toBe(409);
    expect((await confirm('no-such-meeting')).status).toBe(404);
    // Not before the confirming meeting has been held: until then they are a draft, and not public.
    const early = await confirm(meetings.february2018);
    expect(early.status).toBe(409);
    expect(early.body.message).toBe('The meeting that is to confirm the minutes has not been held yet');
    expect((await t.http().get(`/public/${dartford.slug}/meetings/${meetings.july2017}/minutes`)).status).toBe(404);
    t.clock.set('2018-02-15T09:00:00Z');
    const approved = await confirm(meetings.february2018);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', confirmedAtMeetingId: meetings.february2018, approvedAt: '2018-02-15T09:00:00.000Z' });
    expect((await confirm(meetings.february2018)).status).toBe(409);
    expect((await importText(meetings.july2017, published)).status).toBe(409);

    const open = await t.http().get(`/public/${dartford.slug}/meetings/${meetings.july2017}/minutes`);
    expect(open.status).toBe(200);
    // Confirmed on the day of the confirming meeting, not when the co-ordinator recorded it.
    expect(open.body.confirmedOn).toBe('2018-02-14');
    const exempt = open.body.items.find((i: { number: string }) => i.number === '13');
    expect(exempt).toEqual({ number: '13', title: 'CSP PERFORMANCE REPORT', summary: 'Considered in closed session (the press and public excluded).', resolutions: [], closedSession: true });
    // Nothing of the exempt item's discussion or resolutions reaches the public.
    for (const secret of ['iQuanta', 'Crime Recording Registrar', 'as attached at EXEMPT Item A']) expect(JSON.stringify(open.body)).not.toContain(secret);
    expect(open.body.items.find((i: { number: string }) => i.number === '9').resolutions).toHaveLength(3);
    expect((await t.http().get(`/public/no-such-council/meetings/${meetings.july2017}/minutes`)).status).toBe(404);
    const listed = (await t.http().get(`/public/${dartford.slug}/meetings`)).body.meetings.find((m: { meetingId: string }) => m.meetingId === meetings.july2017);
    expect(listed.minutes).toBe(`/public/${dartford.slug}/meetings/${meetings.july2017}/minutes`);
    expect((await t.http().get('/public/no-such-council/meetings')).status).toBe(404);
  });
});
