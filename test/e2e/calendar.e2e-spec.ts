import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { auth, DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';


describe.each(DIALECTS)('calendar on %s', (dialect) => {
  let t: TestApp;
  let dartford: TestCouncil;
  let member: string;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    dartford = await t.council('dartford');
    member = await dartford.token('member');
  });
  afterAll(() => t.close());

  const deadline = (query: Record<string, string>, token = member) => t.http().get('/api/v1/calendar/deadlines').query(query).set(auth(token));

  it('gives the 28-day response with its explanation and the instant it ends', async () => {
    const res = await deadline({ rule: 'recommendation_response', date: '2017-07-26' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      ruleId: 'recommendation_response',
      date: '2017-08-23',
      dueAt: '2017-08-23T22:59:59.999Z',
      timeZone: 'Europe/London',
    });
    expect(res.body.explanation).toContain('Report dated Wed 26 July 2017 + 28 days = Wed 23 August 2017');
    expect(res.body.citation).toContain('2009');
  });

  it('ends due dates at midnight London time across the clock changes', async () => {
    expect((await deadline({ rule: 'information_request', date: '2017-03-26' })).body.dueAt).toBe('2017-03-26T22:59:59.999Z');
    expect((await deadline({ rule: 'information_request', date: '2017-10-29' })).body.dueAt).toBe('2017-10-29T23:59:59.999Z');
  });

  it('refuses an unknown rule naming the valid ones, and a date that does not exist (400)', async () => {
    const res = await deadline({ rule: 'response_in_a_fortnight', date: '2017-02-30' });
    expect(res.status).toBe(400);
    const message = res.body.message.join(' ');
    expect(message).toContain('recommendation_response, information_request, attendance_request');
    expect(message).toContain('date');
  });

  it("answers only for the caller's own council (404 for another)", async () => {
    const gravesham = await t.council('gravesham');
    expect((await deadline({ rule: 'agenda_publication', date: '2017-07-26', council: 'dartford' })).status).toBe(200);
    expect((await deadline({ rule: 'agenda_publication', date: '2017-07-26', council: 'gravesham' })).status).toBe(404);
    expect((await deadline({ rule: 'agenda_publication', date: '2017-07-26', council: 'dartford' }, gravesham.coordinator)).status).toBe(404);
  });

  it('lists bank holidays of a year and division', async () => {
    const ew = await t.http().get('/api/v1/calendar/bank-holidays').query({ year: 2022 }).set(auth(member));
    expect(ew.body.division).toBe('england-and-wales');
    expect(ew.body.items.map((h: { date: string }) => h.date)).toEqual(expect.arrayContaining(['2022-06-02', '2022-06-03', '2022-09-19']));
    const scotland = await t.http().get('/api/v1/calendar/bank-holidays').query({ year: 2026, division: 'scotland' }).set(auth(member));
    expect(scotland.body.items.find((h: { date: string }) => h.date === '2026-11-30')).toMatchObject({ source: 'shipped' });
    expect((await t.http().get('/api/v1/calendar/bank-holidays').query({ division: 'wales', year: 'soon' }).set(auth(member))).status).toBe(400);
    // The year defaults to the current one in London.
    t.clock.set('2026-12-31T23:30:00Z');
    expect((await t.as(member).get('/api/v1/calendar/bank-holidays')).body.year).toBe(2026);
  });

  it('follows the council settings, and audits a change to them', async () => {
    const defaults = await t.as(dartford.coordinator).get('/api/v1/calendar/settings');
    expect(defaults.body).toMatchObject({ agendaNoticeDays: 5, recommendationResponseCounting: 'exclusive', bankHolidayDivision: 'england-and-wales' });
    expect((await deadline({ rule: 'agenda_publication', date: '2017-07-26' })).body.date).toBe('2017-07-18');

    const bad = await t.as(dartford.coordinator).put('/api/v1/calendar/settings', { agendaNoticeDays: 4, countingModes: { agenda_publication: 'fortnights' } });
    expect(bad.status).toBe(400);
    expect(bad.body.message.join(' ')).toMatch(/agendaNoticeDays.*countingModes\.agenda_publication|countingModes\.agenda_publication.*agendaNoticeDays/s);

    const wales = await t.as(dartford.coordinator).put('/api/v1/calendar/settings', { agendaNoticeDays: 3, recommendationResponseCounting: 'inclusive' });
    expect(wales.status).toBe(200);
    expect(wales.body).toMatchObject({ agendaNoticeDays: 3, recommendationResponseCounting: 'inclusive', countingModes: { agenda_publication: 'clear_working_days' } });
    expect((await deadline({ rule: 'agenda_publication', date: '2017-07-26' })).body.date).toBe('2017-07-20');
    expect((await deadline({ rule: 'recommendation_response', date: '2017-07-26' })).body.date).toBe('2017-08-22');

    const trail = await t.http().get('/api/v1/audit').query({ entityType: 'council', entityId: dartford.id }).set(auth(dartford.coordinator));
    const change = trail.body.items.find((e: { action: string }) => e.action === 'update-calendar-settings');
    expect(change.before).toMatchObject({ agendaNoticeDays: 5 });
    expect(change.after).toMatchObject({ agendaNoticeDays: 3 });
  });
});
