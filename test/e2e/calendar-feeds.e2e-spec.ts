import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');
const events = (text: string) => unfold(text).split('BEGIN:VEVENT').slice(1);

describe.each(DIALECTS)('calendar feeds on %s', (dialect) => {
  let t: TestApp;
  let dartford: TestCouncil;
  let policeId: string;
  let fireId: string;
  let policeToken: string;

  const post = (path: string, body: object, token = dartford.coordinator) => t.as(token).post(path, body);
  const fetchFeed = (url: string) => t.http().get(new URL(url).pathname).buffer(true).parse((res, done) => {
    let text = '';
    res.on('data', (chunk: Buffer) => (text += chunk.toString()));
    res.on('end', () => done(null, text));
  });

  beforeAll(async () => {
    t = await startTestApp(dialect);
    dartford = await t.council('dartford');
    policeId = (await post('/api/v1/authorities', { name: 'Kent Police', kind: 'police', statutory: true })).body.id;
    fireId = (await post('/api/v1/authorities', { name: 'Kent Fire and Rescue Service', kind: 'fire_rescue', statutory: true })).body.id;
    policeToken = await dartford.token('authority', policeId);
    t.clock.set('2017-07-26T20:00:00Z');
    await post('/api/v1/obligation-groups', { kind: 'recommendation', subject: 'Unauthorised encampments', details: 'Two recommendations', issuedOn: '2017-07-26' });
    const answered = await post('/api/v1/obligations', {
      kind: 'information_request', authorityId: policeId, subject: 'Answered already', details: 'x', issuedOn: '2017-07-26', dueOn: '2017-08-01',
    });
    await post(`/api/v1/obligations/${answered.body.id}/responses`, { text: 'Here it is' });
  });
  afterAll(() => t.close());

  it("gives an authority a feed of its own open obligations' due dates", async () => {
    const created = await post('/api/v1/calendar-feeds', {}, policeToken);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ authorityId: policeId, revokedAt: null });
    expect(created.body.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/feeds\/[A-Za-z0-9_-]{43}\.ics$/);

    t.clock.set('2017-08-30T10:00:00Z');
    const feed = await fetchFeed(created.body.url);
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    const [event, ...more] = events(feed.body as string);
    expect(more).toHaveLength(0); // not the answered one, not the fire service's
    expect(event).toContain('DTSTART;VALUE=DATE:20170823');
    expect(event).toContain('SUMMARY:OVERDUE: Response to recommendations: Unauthorised encampments');
    expect(unfold(feed.body as string)).toContain('NAME:Kent Police – obligations to dartford Borough Council');
  });

  it("gives a co-ordinator the council's feed, naming each authority", async () => {
    const created = await post('/api/v1/calendar-feeds', {});
    expect(created.body.authorityId).toBeNull();
    const feed = await fetchFeed(created.body.url);
    const summaries = events(feed.body as string).map((e) => /SUMMARY:(.*)/.exec(e)![1].trim()).sort();
    expect(summaries).toEqual([
      'OVERDUE: Response to recommendations (Kent Fire and Rescue Service): Unauthorised encampments',
      'OVERDUE: Response to recommendations (Kent Police): Unauthorised encampments',
    ]);
  });

  it('stops working the moment it is revoked, and only its owner may revoke it', async () => {
    const created = await post('/api/v1/calendar-feeds', {}, policeToken);
    const fireToken = await dartford.token('authority', fireId);
    expect((await post(`/api/v1/calendar-feeds/${created.body.id}/revoke`, {}, fireToken)).status).toBe(404);
    const other = await t.council();
    expect((await post(`/api/v1/calendar-feeds/${created.body.id}/revoke`, {}, other.coordinator)).status).toBe(404);
    expect((await fetchFeed(created.body.url)).status).toBe(200);

    const revoked = await post(`/api/v1/calendar-feeds/${created.body.id}/revoke`, {}, policeToken);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).toBe('2017-08-30T10:00:00.000Z');
    expect((await fetchFeed(created.body.url)).status).toBe(404);
    expect((await post(`/api/v1/calendar-feeds/${created.body.id}/revoke`, {}, policeToken)).status).toBe(409);
    const listed = await t.as(policeToken).get('/api/v1/calendar-feeds');
    expect(listed.body.every((f: { authorityId: string; url?: string }) => f.authorityId === policeId && f.url === undefined)).toBe(true);
  });

  it("refuses another authority's or another council's authority, and unknown feed addresses", async () => {
    expect((await post('/api/v1/calendar-feeds', { authorityId: fireId }, policeToken)).status).toBe(404);
    const other = await t.council();
    expect((await post('/api/v1/calendar-feeds', { authorityId: policeId }, other.coordinator)).status).toBe(404);
    expect((await post('/api/v1/calendar-feeds', { authorityId: 7 })).status).toBe(400);
    expect((await t.http().get(`/feeds/${'A'.repeat(43)}.ics`)).status).toBe(404);
    expect((await t.http().get('/feeds/anything')).status).toBe(404);
  });
});
