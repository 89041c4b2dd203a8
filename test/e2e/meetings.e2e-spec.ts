import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MeetingsService } from '../../src/meetings/meetings.service.js';
import { auth, DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';


describe.each(DIALECTS)('meetings on %s', (dialect) => {
  let t: TestApp;
  let dartford: TestCouncil;
  let gravesham: TestCouncil;
  let member: string;
  let committeeId: string;
  let summer: string;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    dartford = await t.council('dartford');
    gravesham = await t.council('gravesham');
    member = await dartford.token('member');
    const committee = await t.as(dartford.coordinator).post('/api/v1/committees', { name: 'Crime and Disorder Committee' });
    committeeId = committee.body.id;
  });
  afterAll(() => t.close());

  const create = (body: object, token = dartford.coordinator) => t.as(token).post('/api/v1/meetings', body);

  it('stores the start in UTC and shows it in London time, in summer and in winter', async () => {
    const res = await create({ committeeId, startsAt: '2017-07-26T19:00:00+01:00', venue: 'Council Chamber, Civic Centre' });
    expect(res.status).toBe(201);
    summer = res.body.id;
    expect(res.body).toMatchObject({
      startsAt: '2017-07-26T18:00:00.000Z',
      startsAtLocal: '2017-07-26T19:00:00+01:00',
      timeZone: 'Europe/London',
      venue: 'Council Chamber, Civic Centre',
    });
    const winter = await create({ committeeId, startsAt: '2017-02-15T19:00:00Z' });
    expect(winter.body).toMatchObject({ startsAt: '2017-02-15T19:00:00.000Z', startsAtLocal: '2017-02-15T19:00:00+00:00', venue: null });
  });

  it('refuses a start without an offset, a date that does not exist, and an unknown committee', async () => {
    const noOffset = await create({ committeeId, startsAt: '2017-07-26T19:00:00' });
    expect(noOffset.status).toBe(400);
    expect(noOffset.body.message.join(' ')).toContain('startsAt');
    expect((await create({ committeeId, startsAt: '2017-02-30T19:00:00Z' })).status).toBe(400);
    expect((await create({ committeeId: 'nope', startsAt: '2017-07-26T19:00:00+01:00' })).status).toBe(404);
    expect((await create({ committeeId, startsAt: '2017-07-26T19:00:00+01:00' }, gravesham.coordinator)).status).toBe(404);
    expect((await create({ committeeId, startsAt: '2017-07-26T19:00:00+01:00' }, member)).status).toBe(403);
  });

  it('filters by committee and by London days, across the clocks going back', async () => {
    // 00:30 on 29 October 2017 in London is still BST: 23:30 UTC on the 28th.
    const late = await create({ committeeId, startsAt: '2017-10-29T00:30:00+01:00' });
    expect(late.body.startsAt).toBe('2017-10-28T23:30:00.000Z');
    const onThe29th = await t.http().get('/api/v1/meetings').query({ from: '2017-10-29', to: '2017-10-29' }).set(auth(member));
    expect(onThe29th.body.items.map((m: { id: string }) => m.id)).toEqual([late.body.id]);
    const onThe28th = await t.http().get('/api/v1/meetings').query({ from: '2017-10-28', to: '2017-10-28' }).set(auth(member));
    expect(onThe28th.body.total).toBe(0);
    const all = await t.http().get('/api/v1/meetings').query({ committeeId }).set(auth(member));
    expect(all.body.items.map((m: { startsAtLocal: string }) => m.startsAtLocal)).toEqual([
      '2017-02-15T19:00:00+00:00',
      '2017-07-26T19:00:00+01:00',
      '2017-10-29T00:30:00+01:00',
    ]);
    expect((await t.http().get('/api/v1/meetings').query({ from: '2017-13-01' }).set(auth(member))).status).toBe(400);
    expect((await t.as(gravesham.coordinator).get('/api/v1/meetings')).body.total).toBe(0);
  });

  it("reads a year's meetings by their London days, at both ends of the year in summer time, and the meetings from an instant", async () => {
    const committee = (await t.as(gravesham.coordinator).post('/api/v1/committees', { name: 'Crime and Disorder Committee' })).body.id;
    const at = async (startsAt: string) => (await create({ committeeId: committee, startsAt }, gravesham.coordinator)).body.id as string;
    // The municipal year 17 May 2017 – 15 May 2018; every one of these instants is in British Summer Time.
    const beforeYear = await at('2017-05-16T22:30:00Z'); // 23:30 on 16 May
    const firstDay = await at('2017-05-16T23:30:00Z'); // 00:30 on 17 May
    const lastDay = await at('2018-05-15T22:30:00Z'); // 23:30 on 15 May
    const afterYear = await at('2018-05-15T23:30:00Z'); // 00:30 on 16 May
    const meetings = t.app.get(MeetingsService);
    const ids = (list: { id: string }[]) => list.map((m) => m.id);
    expect(ids(await meetings.meetingsDuring(gravesham.id, '2017-05-17', '2018-05-15', 'Europe/London'))).toEqual([firstDay, lastDay]);
    expect(ids(await meetings.meetingsDuring(gravesham.id, '2017-05-17', '2018-05-15', 'Europe/London', committee))).toEqual([firstDay, lastDay]);
    expect(ids(await meetings.meetingsDuring(dartford.id, '2017-05-17', '2018-05-15', 'Europe/London', committee))).toEqual([]);
    expect(ids(await meetings.meetingsFrom(gravesham.id, new Date('2018-05-15T22:30:00Z')))).toEqual([lastDay, afterYear]);
    expect(ids(await meetings.meetingsFrom(gravesham.id, new Date('2017-05-16T22:30:00Z')))).toEqual([beforeYear, firstDay, lastDay, afterYear]);
    expect(ids(await meetings.meetingsFrom(gravesham.id, new Date('2018-05-15T22:30:00Z'), committee))).toEqual([lastDay, afterYear]);
    expect(ids(await meetings.meetingsFrom(gravesham.id, new Date('2017-05-16T22:30:00Z'), committeeId))).toEqual([]);
    // The public home page lists the meetings to come from the same read: on 15 May 2018 at noon, the two that evening and after.
    const before = t.clock.now();
    t.clock.set('2018-05-15T12:00:00Z');
    try {
      const home = await t.http().get(`/public/${gravesham.slug}`).set('Accept', 'application/json');
      expect(home.body.upcoming.map((m: { meetingId: string }) => m.meetingId)).toEqual([lastDay, afterYear]);
    } finally {
      t.clock.set(before);
    }
  });

  it('orders the agenda: standard items, substantive items, work plan, then exempt items after the exclusion', async () => {
    const add = (body: object, token = dartford.coordinator, id = summer) => t.as(token).post(`/api/v1/meetings/${id}/agenda-items`, body);
    const exempt = await add({
      title: 'CSP Quarterly Performance Report – appendix',
      exempt: { paragraph: 3, reason: 'Information provided in confidence by partner agencies' },
    });
    expect(exempt.status).toBe(201);
    // Numbered as the agenda stands when it is added: after the work plan and the exclusion.
    expect(exempt.body).toMatchObject({ number: 9, exempt: { paragraph: 3 } });
    expect((await add({ title: 'Kent Police and Crime Panel (PCP) – update' })).body.number).toBe(7);
    expect((await add({ title: 'Unauthorised encampments' })).body.number).toBe(8);

    const res = await t.as(member).get(`/api/v1/meetings/${summer}`);
    expect(res.status).toBe(200);
    expect(res.body.agenda.map((i: { number: number; title: string }) => `${i.number}. ${i.title}`)).toEqual([
      '1. Apologies for absence',
      '2. Declarations of interest',
      '3. Confirmation of the minutes of the previous meeting',
      '4. Urgent items',
      '5. References from other committees (if any)',
      '6. Regulation 9 notice',
      '7. Kent Police and Crime Panel (PCP) – update',
      '8. Unauthorised encampments',
      '9. Rolling work plan',
      '10. Exclusion of the press and public',
      '11. CSP Quarterly Performance Report – appendix',
    ]);
    expect(res.body.agenda[10].exempt).toEqual({ paragraph: 3, reason: 'Information provided in confidence by partner agencies' });
  });

  it('gives the agenda publication date and the latest day to ask an officer to attend', async () => {
    const res = await t.as(dartford.coordinator).get(`/api/v1/meetings/${summer}/deadlines`);
    expect(res.status).toBe(200);
    // W8: 5 clear working days before Wed 26 July 2017.
    expect(res.body).toMatchObject({ meetingDate: '2017-07-26', agendaPublication: { date: '2017-07-18', ruleId: 'agenda_publication' } });
    expect(res.body.attendanceRequest).toMatchObject({ ruleId: 'attendance_request', date: '2017-07-11' });
    expect(res.body.agendaPublication.explanation).toContain('Sat 22 July 2017');
    expect((await t.as(gravesham.coordinator).get(`/api/v1/meetings/${summer}/deadlines`)).status).toBe(404);
    // The meeting at 00:30 BST on 29 October is on the 29th in London, not the 28th as in UTC.
    const late = (await t.http().get('/api/v1/meetings').query({ from: '2017-10-29', to: '2017-10-29' }).set(auth(member))).body.items[0];
    expect((await t.as(dartford.coordinator).get(`/api/v1/meetings/${late.id}/deadlines`)).body.meetingDate).toBe('2017-10-29');
  });

  it('refuses bad agenda items (400), other councils (404) and members (403)', async () => {
    const add = (body: object, token = dartford.coordinator, id = summer) => t.as(token).post(`/api/v1/meetings/${id}/agenda-items`, body);
    const bad = await add({ title: '', exempt: { paragraph: 8 } });
    expect(bad.status).toBe(400);
    const message = bad.body.message.join(' ');
    for (const field of ['title', 'exempt.paragraph', 'exempt.reason']) expect(message).toContain(field);
    expect((await add({ title: 'X' }, gravesham.coordinator)).status).toBe(404);
    expect((await add({ title: 'X' }, member)).status).toBe(403);
    expect((await add({ title: 'X' }, dartford.coordinator, 'missing')).status).toBe(404);
    expect((await t.as(gravesham.coordinator).get(`/api/v1/meetings/${summer}`)).status).toBe(404);
    const trail = await t.http().get('/api/v1/audit').query({ entityType: 'meeting', entityId: summer }).set(auth(dartford.coordinator));
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(['create', 'add-agenda-item', 'add-agenda-item', 'add-agenda-item']);
  });

  it('edits, reorders and withdraws agenda items until the agenda is published; the public then reads it numbered, with the exclusion, in local time', async () => {
    const coordinator = t.as(dartford.coordinator);
    const agendaOf = async () => (await coordinator.get(`/api/v1/meetings/${summer}`)).body.agenda as { id: string | null; number: number; title: string; standardKind: string | null }[];
    const own = (await agendaOf()).filter((i) => i.id && !i.standardKind);
    const [pcp, encampments, appendix] = own;
    expect([pcp.title, encampments.title, appendix.title]).toEqual(['Kent Police and Crime Panel (PCP) – update', 'Unauthorised encampments', 'CSP Quarterly Performance Report – appendix']);

    // Nothing is public before publication.
    const before = (await t.http().get(`/public/${dartford.slug}/meetings`)).body.meetings.find((m: { meetingId: string }) => m.meetingId === summer);
    expect(before).toMatchObject({ startsAtLocal: '2017-07-26T19:00:00+01:00', agendaPublishedOn: null, agenda: [] });

    const renamed = await coordinator.put(`/api/v1/meetings/${summer}/agenda-items/${encampments.id}`, { title: 'Unauthorised encampments: the joint protocol' });
    expect(renamed.status).toBe(200);
    expect((await coordinator.put(`/api/v1/meetings/${summer}/agenda-items/${encampments.id}`, { title: '' })).body.message.join(' ')).toContain('title');
    const apologies = (await agendaOf()).find((i) => i.standardKind === 'apologies')!;
    expect((await coordinator.put(`/api/v1/meetings/${summer}/agenda-items/${apologies.id}`, { title: 'Hello' })).status).toBe(409);
    expect((await coordinator.delete(`/api/v1/meetings/${summer}/agenda-items/${apologies.id}`)).status).toBe(409);

    const reordered = await coordinator.put(`/api/v1/meetings/${summer}/agenda-order`, { itemIds: [encampments.id, pcp.id, appendix.id] });
    expect(reordered.status).toBe(200);
    expect(reordered.body.agenda.slice(6, 8).map((i: { title: string }) => i.title)).toEqual(['Unauthorised encampments: the joint protocol', 'Kent Police and Crime Panel (PCP) – update']);
    const incomplete = await coordinator.put(`/api/v1/meetings/${summer}/agenda-order`, { itemIds: [pcp.id, apologies.id!] });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.message.join(' ')).toContain('itemIds.1: not an item of this agenda');

    const extra = await coordinator.post(`/api/v1/meetings/${summer}/agenda-items`, { title: 'Item added in error' });
    const withdrawn = await coordinator.delete(`/api/v1/meetings/${summer}/agenda-items/${extra.body.id}`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.agenda.map((i: { title: string }) => i.title)).not.toContain('Item added in error');
    expect((await t.as(member).delete(`/api/v1/meetings/${summer}/agenda-items/${pcp.id}`)).status).toBe(403);
    expect((await t.as(gravesham.coordinator).put(`/api/v1/meetings/${summer}/agenda-items/${pcp.id}`, { title: 'X' })).status).toBe(404);

    t.clock.set('2017-07-18T10:00:00Z');
    const tomorrow = await coordinator.post(`/api/v1/meetings/${summer}/agenda/publish`, { publishedOn: '2017-07-19' });
    expect(tomorrow.status).toBe(400);
    expect(tomorrow.body.message).toEqual(['publishedOn: 2017-07-19 is still to come; record a publication on or after the day it happened']);
    const published = await coordinator.post(`/api/v1/meetings/${summer}/agenda/publish`, {});
    expect(published.status).toBe(200);
    expect(published.body.agendaPublishedAt).toBe('2017-07-18T10:00:00.000Z');
    // Published: it no longer changes.
    expect((await coordinator.post(`/api/v1/meetings/${summer}/agenda/publish`, {})).status).toBe(409);
    expect((await coordinator.put(`/api/v1/meetings/${summer}/agenda-items/${pcp.id}`, { title: 'Too late' })).status).toBe(409);
    expect((await coordinator.put(`/api/v1/meetings/${summer}/agenda-order`, { itemIds: [pcp.id, encampments.id, appendix.id] })).status).toBe(409);
    expect((await coordinator.delete(`/api/v1/meetings/${summer}/agenda-items/${pcp.id}`)).status).toBe(409);
    expect((await coordinator.post(`/api/v1/meetings/${summer}/agenda-items`, { title: 'Late item' })).status).toBe(409);

    const open = (await t.http().get(`/public/${dartford.slug}/meetings`)).body.meetings.find((m: { meetingId: string }) => m.meetingId === summer);
    expect(open).toMatchObject({ startsAtLocal: '2017-07-26T19:00:00+01:00', agendaPublishedOn: '2017-07-18', venue: 'Council Chamber, Civic Centre' });
    expect(open.agenda.map((i: { number: number; title: string }) => `${i.number}. ${i.title}`)).toEqual([
      '1. Apologies for absence',
      '2. Declarations of interest',
      '3. Confirmation of the minutes of the previous meeting',
      '4. Urgent items',
      '5. References from other committees (if any)',
      '6. Regulation 9 notice',
      '7. Unauthorised encampments: the joint protocol',
      '8. Kent Police and Crime Panel (PCP) – update',
      '9. Rolling work plan',
      '10. Exclusion of the press and public',
      '11. CSP Quarterly Performance Report – appendix',
    ]);
    expect(open.agenda[9].resolution).toContain('paragraph 3 of Part 1 of Schedule 12A');
    expect(open.agenda[10]).toMatchObject({ exemptParagraph: 3, resolution: null });
    const trail = await t.http().get('/api/v1/audit').query({ entityType: 'meeting', entityId: summer }).set(auth(dartford.coordinator));
    expect(trail.body.items.map((e: { action: string }) => e.action).slice(-5)).toEqual(['change-agenda-item', 'reorder-agenda', 'add-agenda-item', 'withdraw-agenda-item', 'publish-agenda']);
  });
});
