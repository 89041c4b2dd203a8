import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';
import { waitFor } from '../support/wait-for.js';

/*
 * Exempt information (Schedule 12A) followed through every output. A unique marker is put in every
 * field that holds exempt information, or is made from it: an agenda item's reason, a closed-session
 * minute item and its proposals (an undertaking, an added item, a deferral), a key decision's papers,
 * an obligation marked exempt. Then everything the public, a feed, an outside body's e-mail, a response
 * or urgency page, a public report, and an authority's own token can read is collected: no marker.
 */
describe.each(DIALECTS)('exempt information on %s', (dialect) => {
  const tag = randomBytes(4).toString('hex');
  const marker = (what: string) => `XMARK-${tag}-${what}`;
  const leaked = (text: string) => [...new Set(text.match(new RegExp(`XMARK-${tag}-[a-z-]+`, 'g')) ?? [])];
  let t: TestApp;
  let council: TestCouncil;
  let authorityToken: string;
  const outsideAddress = `police.${tag}@outside.example.org`;
  const ids: Record<string, string> = {};

  const post = (path: string, body: object, token = council.coordinator) => t.as(token).post(path, body);
  const get = (path: string, token?: string) => t.as(token).get(path);
  const text = (res: { text?: string; body?: unknown }) => (res.text && res.text.length ? res.text : JSON.stringify(res.body ?? ''));

  beforeAll(async () => {
    t = await startTestApp(dialect);
    council = await t.council(`scan-${tag}`);
    t.clock.set('2017-06-01T09:00:00Z');
    ids.committee = (await post('/api/v1/committees', { name: 'Crime and Disorder Committee' })).body.id;
    await post(`/api/v1/committees/${ids.committee}/members`, { name: 'Councillor R J Wells', email: `chair.${tag}@council.example.org`, role: 'chair', from: '2017-05-17' });
    await post('/api/v1/municipal-years', { label: '2017-18', startsOn: '2017-05-17', endsOn: '2018-05-15' });
    ids.police = (await post('/api/v1/authorities', { name: 'Kent Police', kind: 'police', statutory: true })).body.id;
    await post(`/api/v1/authorities/${ids.police}/contacts`, { name: 'Inspector', email: outsideAddress, role: 'Inspector', escalationLevel: 0 });
    authorityToken = await council.token('authority', ids.police);
    ids.july = (await post('/api/v1/meetings', { committeeId: ids.committee, startsAt: '2017-07-26T18:00:00Z' })).body.id;
    ids.february = (await post('/api/v1/meetings', { committeeId: ids.committee, startsAt: '2018-02-14T19:00:00Z' })).body.id;
    ids.deferred = (await post('/api/v1/work-plan/items', { committeeId: ids.committee, title: 'Trading standards update', basis: 'discretionary', category: 'other', meetingId: ids.july })).body.id;

    // The closed-session item on the agenda, and its minute.
    const agendaItem = await post(`/api/v1/meetings/${ids.july}/agenda-items`, { title: 'Operation Nightjar', exempt: { paragraph: 7, reason: marker('agenda-reason') } });
    expect(agendaItem.status).toBe(201);
    // The minutes are written after the meeting.
    t.clock.set('2017-07-27T09:00:00Z');
    const minutes = await t.as(council.coordinator).put(`/api/v1/meetings/${ids.july}/minutes`, {
      attendance: { present: [{ name: 'Councillor R J Wells', role: 'chair' }], absent: [], apologies: [], officers: [], inAttendance: [] },
      items: [
        { number: '1', title: 'Apologies for absence', summary: 'None.' },
        {
          number: '5',
          title: 'Operation Nightjar',
          exempt: true,
          agendaItemId: agendaItem.body.id,
          summary: marker('minute-summary'),
          resolutions: [marker('minute-resolution')],
          undertakings: [marker('undertaking')],
          workPlanChanges: [
            { kind: 'add', text: marker('change-add') },
            { kind: 'defer', text: marker('change-defer') },
          ],
        },
      ],
    });
    expect(minutes.status).toBe(200);
    const minuteItem = minutes.body.items.find((i: { number: string }) => i.number === '5').id;
    // What the minute makes: the paragraph comes from its agenda item.
    const undertaking = await post(`/api/v1/minute-items/${minuteItem}/undertakings/0`, { decision: 'confirm', authorityId: ids.police, dueOn: '2017-08-23' });
    expect(undertaking.status).toBe(200);
    ids.undertaking = undertaking.body.undertakings[0].obligationId;
    const added = await post(`/api/v1/minute-items/${minuteItem}/work-plan-changes/0`, { decision: 'confirm', meetingId: ids.february, title: marker('new-item-title') });
    expect(added.status).toBe(200);
    ids.added = added.body.workPlanChanges[0].workPlanItemId;
    expect((await post(`/api/v1/minute-items/${minuteItem}/work-plan-changes/1`, { decision: 'confirm', meetingId: ids.february, workPlanItemId: ids.deferred })).status).toBe(200);

    // An obligation the co-ordinator marks exempt, with recommendations.
    t.clock.set('2017-07-27T09:00:00Z');
    const recommendation = await post('/api/v1/obligations', {
      kind: 'recommendation',
      authorityId: ids.police,
      subject: marker('obligation-subject'),
      details: marker('obligation-details'),
      recommendations: [marker('recommendation')],
      issuedOn: '2017-07-26',
      exemptParagraph: 1,
    });
    expect(recommendation.status).toBe(201);
    ids.recommendation = recommendation.body.id;
    expect(recommendation.body.withheld).toContain('not shown to the public');

    // A key decision to be taken in private, with its papers, and one by special urgency.
    const cabinet = { kind: 'body', name: 'Cabinet' };
    const notice = await post('/api/v1/forward-plan/notices', {
      periodStart: '2017-08-01',
      periodEnd: '2017-12-31',
      publishedOn: '2017-07-27',
      decisions: [
        { title: 'Disposal of the depot site', decisionMaker: cabinet, decisionDueOn: '2017-09-30', exemptParagraph: 3, documents: [marker('decision-documents')] },
        { title: 'Emergency accommodation contract', decisionMaker: cabinet, decisionDueOn: '2017-08-01', exception: 'special_urgency' },
      ],
    });
    expect(notice.status).toBe(201);
    ids.notice = notice.body.id;
    const urgent = notice.body.decisions.find((d: { exception: string }) => d.exception === 'special_urgency').id;
    expect((await post(`/api/v1/forward-plan/notices/${ids.notice}/decisions/${urgent}/special-urgency`, { reasons: 'The provider withdraws on 2 August' })).status).toBe(200);

    // The plan kept as a version, the minutes approved, the year's report submitted to council.
    ids.version = (await post('/api/v1/work-plan/versions', { committeeId: ids.committee, label: 'Plan as amended' })).body.id;
    // Confirmed once February's meeting has been held; then back to July 2017, when the links read below still work.
    t.clock.set('2018-02-15T09:00:00Z');
    expect((await post(`/api/v1/meetings/${ids.july}/minutes/confirm`, { confirmedAtMeetingId: ids.february })).status).toBe(200);
    t.clock.set('2017-07-27T09:00:00Z');
    const asked = await post('/api/v1/annual-reports', { committeeId: ids.committee, municipalYear: '2017-18' });
    expect(asked.status).toBe(202);
    await waitFor('the annual report to be compiled', async () => (await get(`/api/v1/annual-reports/${asked.body.id}`, council.coordinator)).body.status === 'draft');
    expect((await post(`/api/v1/annual-reports/${asked.body.id}/agree`, {})).status).toBe(200);
    expect((await post(`/api/v1/annual-reports/${asked.body.id}/submit`, {})).status).toBe(200);
    ids.report = asked.body.id;
  });
  afterAll(() => t.close());

  it('the co-ordinator sees every marker (so the scan below looks for something that is there)', async () => {
    const seen = [
      text(await get(`/api/v1/meetings/${ids.july}`, council.coordinator)),
      text(await get(`/api/v1/meetings/${ids.july}/minutes`, council.coordinator)),
      text(await get(`/api/v1/obligations/${ids.undertaking}`, council.coordinator)),
      text(await get(`/api/v1/obligations/${ids.recommendation}`, council.coordinator)),
      text(await get(`/api/v1/work-plan/items/${ids.added}`, council.coordinator)),
      text(await get(`/api/v1/work-plan/items/${ids.deferred}/history`, council.coordinator)),
      text(await get(`/api/v1/forward-plan/notices/${ids.notice}`, council.coordinator)),
    ].join('\n');
    expect(leaked(seen).sort()).toEqual(
      ['agenda-reason', 'minute-summary', 'minute-resolution', 'undertaking', 'change-add', 'change-defer', 'new-item-title', 'obligation-subject', 'obligation-details', 'recommendation', 'decision-documents']
        .map(marker)
        .sort(),
    );
  });

  it('no marker reaches the public, a feed, a public report, an outside e-mail, a response or urgency page, or an authority', async () => {
    const slug = council.slug;
    const outputs: Record<string, string> = {};
    const read = async (name: string, path: string, token?: string) => {
      const res = await get(path, token);
      expect([name, res.status]).toEqual([name, 200]);
      outputs[name] = text(res);
    };

    // Anyone.
    for (const path of ['work-plan', 'meetings', 'meetings.ics', 'forward-plan', 'forward-plan.ics', 'feed.atom', 'annual-reports', `meetings/${ids.july}/minutes`, 'annual-reports/2017-18']) {
      await read(`public ${path}`, `/public/${slug}/${path}`);
    }
    // The same record as a browser reads it: the public pages.
    // Searching for the markers themselves finds nothing: exempt text is never searched.
    const search = `/search?q=${encodeURIComponent(`XMARK ${tag}`)}`;
    for (const path of ['', '/meetings', `/meetings/${ids.july}`, `/meetings/${ids.february}`, '/work-plan', '/forward-plan', '/annual-reports', '/annual-reports/2017-18', search]) {
      const res = await t.http().get(`/public/${slug}${path}`).set('Accept', 'text/html');
      expect([path, res.status, res.headers['content-type']]).toEqual([path, 200, 'text/html; charset=utf-8']);
      outputs[`public page ${path}`] = res.text;
    }
    // The authority's own token, on every route it may read.
    const reads = [
      `/api/v1/work-plan?committeeId=${ids.committee}`,
      `/api/v1/work-plan/items/${ids.added}`,
      `/api/v1/work-plan/items/${ids.deferred}`,
      `/api/v1/work-plan/items/${ids.deferred}/history`,
      `/api/v1/work-plan/items/${ids.added}/history`,
      `/api/v1/work-plan/versions?committeeId=${ids.committee}`,
      `/api/v1/work-plan/versions/${ids.version}`,
      `/api/v1/work-plan/versions/${ids.version}/compare`,
      '/api/v1/meetings',
      `/api/v1/meetings/${ids.july}`,
      `/api/v1/meetings/${ids.february}`,
      '/api/v1/forward-plan/notices',
      `/api/v1/forward-plan/notices/${ids.notice}`,
      '/api/v1/obligations',
      `/api/v1/obligations/${ids.undertaking}`,
      `/api/v1/obligations/${ids.recommendation}`,
    ];
    for (const path of reads) await read(`authority ${path}`, path, authorityToken);
    // The minutes and the annual reports are not the authority's to read at all.
    expect((await get(`/api/v1/meetings/${ids.july}/minutes`, authorityToken)).status).toBe(403);
    expect((await get(`/api/v1/annual-reports/${ids.report}`, authorityToken)).status).toBe(403);

    // Feeds, which calendar services outside the council fetch: the authority's and the co-ordinator's.
    for (const [who, token] of [['authority', authorityToken], ['co-ordinator', council.coordinator]] as const) {
      const feed = await post('/api/v1/calendar-feeds', {}, token);
      const res = await t.http().get(new URL(feed.body.url).pathname);
      expect(res.status).toBe(200);
      outputs[`${who}'s calendar feed`] = res.text;
      expect(res.text).toContain('Exempt item');
    }

    // The chair's urgency page, while its link is good.
    const toChair = await t.smtp.waitFor((m) => m.subject?.startsWith('Special urgency (reg 11): your agreement') === true);
    await read('urgency page', new URL(/https?:\/\/[^\s"<]+\/urgency\/[A-Za-z0-9._-]+/.exec(toChair.text!)![0]).pathname);

    // The reminders the authority is sent, and the response page they link to.
    t.clock.set('2017-08-22T08:01:00Z'); // the day before both are due, 09:01 in London: the 7-day and 1-day stages of each
    expect((await post('/api/v1/reminders/sweep', {})).body.enqueued).toBe(4);
    const toAuthority = await waitFor('the four reminders to reach the authority', () => {
      const sent = t.smtp.messages.filter((m) => JSON.stringify(m.to).includes(outsideAddress));
      return sent.length >= 4 ? sent : undefined;
    });
    await t.settled();
    for (const [i, mail] of toAuthority.entries()) {
      outputs[`e-mail ${i} to the authority`] = `${mail.subject}\n${mail.text}\n${mail.html}`;
      const link = /https?:\/\/[^\s"<]+\/respond\/[A-Za-z0-9._-]+/.exec(mail.text!)![0];
      await read(`response page ${i}`, new URL(link).pathname);
      expect(outputs[`response page ${i}`]).toContain('Exempt');
    }

    const found = Object.entries(outputs).flatMap(([name, body]) => leaked(body).map((m) => `${name}: ${m}`));
    expect(found).toEqual([]);
    // And what stands in its place says why.
    expect(outputs[`public work-plan`]).toContain('Exempt item (Local Government Act 1972, Schedule 12A, paragraph 7)');
    expect(outputs[`public page /work-plan`]).toContain('Exempt item (Local Government Act 1972, Schedule 12A, paragraph 7)');
    expect(outputs[`public page ${search}`]).toContain(`0 results for “XMARK ${tag}”.`);
    expect((await get(`/public/${slug}${search}`)).body).toMatchObject({ minutes: [], titles: [] });
    expect(outputs[`authority /api/v1/obligations/${ids.recommendation}`]).toContain('Schedule 12A, paragraph 1');
  });

  it('an exempt work plan item is exempt on the agenda of its meeting, and stays so when moved', async () => {
    const item = await post('/api/v1/work-plan/items', { committeeId: ids.committee, title: marker('moved-item'), basis: 'discretionary', category: 'other', meetingId: ids.july, exemptParagraph: 5 });
    expect(item.status).toBe(201);
    const agendaEntry = async (meetingId: string, token = council.coordinator) =>
      (await get(`/api/v1/meetings/${meetingId}`, token)).body.agenda.find((a: { workPlanItemId: string | null }) => a.workPlanItemId === item.body.id);
    expect(await agendaEntry(ids.july)).toMatchObject({ title: marker('moved-item'), exempt: { paragraph: 5 } });
    const moved = await post(`/api/v1/work-plan/items/${item.body.id}/move`, { meetingId: ids.february, reason: 'Legal advice awaited', directedBy: 'Head of Legal Services' });
    expect(moved.status).toBe(200);
    expect(await agendaEntry(ids.july)).toBeUndefined();
    expect(await agendaEntry(ids.february)).toMatchObject({ title: marker('moved-item'), exempt: { paragraph: 5 } });
    expect(await agendaEntry(ids.february, authorityToken)).toMatchObject({ title: 'Exempt item (Local Government Act 1972, Schedule 12A, paragraph 5)' });
    const published = JSON.stringify((await get(`/public/${council.slug}/meetings`)).body);
    expect(leaked(published)).toEqual([]);
  });
});
