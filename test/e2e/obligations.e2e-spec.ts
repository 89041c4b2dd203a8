import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { authority, obligation } from '../support/factories.js';
import { auth, DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';

describe.each(DIALECTS)('obligations on %s', (dialect) => {
  let t: TestApp;
  let dartford: TestCouncil;
  let gravesham: TestCouncil;
  let authorities: Record<string, string>;
  let police: string;
  let groupId: string;
  let obligationIds: Record<string, string>;

  const post = (path: string, body: object, token = dartford.coordinator) => t.as(token).post(path, body);
  const get = (path: string, token = dartford.coordinator) => t.as(token).get(path);

  beforeAll(async () => {
    t = await startTestApp(dialect);
    dartford = await t.council('dartford');
    gravesham = await t.council('gravesham');
    authorities = {};
    for (const [name, kind] of [['Kent Police', 'police'], ['Kent County Council', 'county_council'], ['Kent Fire and Rescue Service', 'fire_rescue']]) {
      authorities[name] = (await post('/api/v1/authorities', { name, kind, statutory: true })).body.id;
    }
    police = await dartford.token('authority', authorities['Kent Police']);
    t.clock.set('2017-07-26T20:00:00Z');
  });
  afterAll(() => t.close());

  it('issues recommendations of 26 July 2017 to every authority: one obligation each, due 23 August 2017', async () => {
    const res = await post('/api/v1/obligation-groups', {
      kind: 'recommendation',
      subject: 'Unauthorised encampments: recommendations of the Committee',
      details: '1. That partners agree a joint protocol. 2. That the Committee receives an update in February.',
      issuedOn: '2017-07-26',
    });
    expect(res.status).toBe(201);
    groupId = res.body.id;
    expect(res.body.summary).toEqual({ total: 3, responded: 0, open: 3, overdue: 0, withdrawn: 0, state: 'awaiting' });
    expect(res.body.obligations).toHaveLength(3);
    for (const o of res.body.obligations) {
      expect(o).toMatchObject({ dueOn: '2017-08-23', dueAt: '2017-08-23T22:59:59.999Z', status: 'open', overdue: false, groupId });
      expect(o.due.explanation).toContain('Report dated Wed 26 July 2017 + 28 days = Wed 23 August 2017');
    }
    obligationIds = Object.fromEntries(res.body.obligations.map((o: { authorityId: string; id: string }) => [o.authorityId, o.id]));
    expect(Object.keys(obligationIds).sort()).toEqual(Object.values(authorities).sort());
  });

  it('derives overdue by the London day', async () => {
    t.clock.set('2017-08-23T22:30:00Z'); // 23:30 on the 23rd in London: still due today
    expect((await get(`/api/v1/obligation-groups/${groupId}`)).body.summary.overdue).toBe(0);
    t.clock.set('2017-08-23T23:30:00Z'); // 00:30 on the 24th in London
    const group = await get(`/api/v1/obligation-groups/${groupId}`);
    expect(group.body.summary).toMatchObject({ overdue: 3, state: 'overdue' });
    expect((await get('/api/v1/obligations?status=overdue')).body.total).toBe(3);
    expect((await get('/api/v1/obligations?status=responded')).body.total).toBe(0);
  });

  it('shows an authority contact only its own obligations (404 for the others)', async () => {
    const mine = await get('/api/v1/obligations', police);
    expect(mine.body.items.map((o: { id: string }) => o.id)).toEqual([obligationIds[authorities['Kent Police']]]);
    expect((await get(`/api/v1/obligations/${obligationIds[authorities['Kent County Council']]}`, police)).status).toBe(404);
    expect((await get(`/api/v1/obligations?authorityId=${authorities['Kent County Council']}`, police)).body.total).toBe(0);
    expect((await get(`/api/v1/obligation-groups/${groupId}`, police)).status).toBe(403);
    expect((await get(`/api/v1/obligations/${obligationIds[authorities['Kent Police']]}`, gravesham.coordinator)).status).toBe(404);
  });

  it('records the response with a position on each recommendation', async () => {
    const id = obligationIds[authorities['Kent Police']];
    const bad = await post(`/api/v1/obligations/${id}/responses`, { text: '', positions: [{ recommendation: '1', position: 'maybe' }] }, police);
    expect(bad.status).toBe(400);
    for (const field of ['text', 'positions.0.position', 'positions.0.reason']) expect(bad.body.message.join(' ')).toContain(field);

    const res = await post(
      `/api/v1/obligations/${id}/responses`,
      {
        text: 'Kent Police welcomes the recommendations.',
        positions: [
          { recommendation: '1. Joint protocol', position: 'accepted', reason: 'Drafting has begun with the CSU' },
          { recommendation: '2. Update in February', position: 'partly_accepted', reason: 'An update in March, after the force review' },
        ],
      },
      police,
    );
    expect(res.status).toBe(201);
    const detail = await get(`/api/v1/obligations/${id}`, police);
    expect(detail.body).toMatchObject({ status: 'responded', overdue: false });
    expect(detail.body.responses[0].positions.map((p: { position: string }) => p.position)).toEqual(['accepted', 'partly_accepted']);
    expect((await get(`/api/v1/obligation-groups/${groupId}`)).body.summary).toMatchObject({ responded: 1, open: 2, overdue: 2 });
  });

  it('lets an authority ask for more time and the co-ordinator grant it, moving the due date', async () => {
    const id = obligationIds[authorities['Kent County Council']];
    const kcc = await dartford.token('authority', authorities['Kent County Council']);
    const early = await post(`/api/v1/obligations/${id}/extensions`, { newDueOn: '2017-08-20', reason: 'x' }, kcc);
    expect(early.status).toBe(400);
    const asked = await post(`/api/v1/obligations/${id}/extensions`, { newDueOn: '2017-09-06', reason: 'The commissioning officer is on leave' }, kcc);
    expect(asked.status).toBe(201);
    expect(asked.body.status).toBe('requested');
    expect((await post(`/api/v1/obligations/${id}/extensions`, { reason: 'again' }, kcc)).status).toBe(409);
    expect((await post(`/api/v1/obligations/${id}/extensions/${asked.body.id}/decision`, { decision: 'grant', reason: 'Agreed' }, kcc)).status).toBe(403);

    const granted = await post(`/api/v1/obligations/${id}/extensions/${asked.body.id}/decision`, { decision: 'grant', reason: 'Agreed by the Chairman' });
    expect(granted.status).toBe(200);
    expect(granted.body).toMatchObject({ status: 'granted', previousDueOn: '2017-08-23', newDueOn: '2017-09-06' });
    const detail = await get(`/api/v1/obligations/${id}`);
    expect(detail.body).toMatchObject({ dueOn: '2017-09-06', overdue: false });
    expect(detail.body.due.explanation).toContain('Extended from Wed 23 August 2017 to Wed 6 September 2017');
    expect((await post(`/api/v1/obligations/${id}/extensions/${asked.body.id}/decision`, { decision: 'refuse', reason: 'No' })).status).toBe(409);

    const trail = await t.http().get('/api/v1/audit').query({ entityType: 'obligation', entityId: id }).set(auth(dartford.coordinator));
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(['create', 'request-extension', 'extend', 'grant-extension']);
  });

  it('records "as soon as reasonably possible thereafter" with the reason', async () => {
    const id = obligationIds[authorities['Kent Fire and Rescue Service']];
    const res = await post(`/api/v1/obligations/${id}/extensions`, { reason: 'Awaiting the fire authority meeting on 14 September' });
    expect(res.body).toMatchObject({ status: 'granted', newDueOn: null });
    const detail = await get(`/api/v1/obligations/${id}`);
    expect(detail.body.dueOn).toBe('2017-08-23');
    expect(detail.body.due.explanation).toContain('as soon as reasonably possible thereafter: Awaiting the fire authority meeting');
  });

  it('withdraws an open obligation, and refuses changes the status forbids (409)', async () => {
    const id = obligationIds[authorities['Kent Fire and Rescue Service']];
    const withdrawn = await post(`/api/v1/obligations/${id}/withdraw`, { reason: 'Superseded by the county review' });
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', overdue: false });
    expect((await post(`/api/v1/obligations/${id}/responses`, { text: 'Late answer' })).status).toBe(409);
    expect((await post(`/api/v1/obligations/${id}/withdraw`, { reason: 'again' })).status).toBe(409);
    expect((await post(`/api/v1/obligations/${obligationIds[authorities['Kent Police']]}/withdraw`, { reason: 'answered' })).status).toBe(409);
  });

  it('issues single obligations of each kind, with dates from the calendar', async () => {
    const meeting = await post('/api/v1/meetings', {
      committeeId: (await post('/api/v1/committees', { name: 'Crime and Disorder Committee' })).body.id,
      startsAt: '2018-02-14T19:00:00Z',
    });
    t.clock.set('2018-01-10T09:00:00Z');
    const base = { authorityId: authorities['Kent Police'], subject: 'S', details: 'D', issuedOn: '2018-01-10' };
    const information = await post('/api/v1/obligations', { ...base, kind: 'information_request', dueOn: '2018-01-31' });
    expect(information.body).toMatchObject({ dueOn: '2018-01-31', due: { ruleId: 'information_request' } });
    const attendance = await post('/api/v1/obligations', { ...base, kind: 'attendance_request', meetingId: meeting.body.id });
    expect(attendance.body).toMatchObject({ dueOn: '2018-02-14', due: { ruleId: 'attendance_request', warning: null } });
    const report = await post('/api/v1/obligations', { ...base, kind: 'report_request', meetingId: meeting.body.id });
    expect(report.body).toMatchObject({ dueOn: '2018-02-06', due: { ruleId: 'agenda_publication' } });
    const undertaking = await post('/api/v1/obligations', { ...base, kind: 'undertaking', dueOn: '2018-01-24' });
    expect(undertaking.body).toMatchObject({ dueOn: '2018-01-24', due: { ruleId: 'undertaking' } });
    expect((await post(`/api/v1/obligations/${information.body.id}/responses`, { text: 'x', positions: [{ recommendation: '1', position: 'accepted', reason: 'r' }] })).status).toBe(400);
  });

  it('refuses bad input (400) and authorities it does not know or of another council (404), changing nothing', async () => {
    const before = (await get('/api/v1/obligations')).body.total;
    t.clock.set('2018-03-01T09:00:00Z');
    // A request dated in the future would start the law's clock early.
    const future = await post('/api/v1/obligations', { authorityId: authorities['Kent Police'], subject: 'S', details: 'D', issuedOn: '2018-03-02', kind: 'recommendation' });
    expect(future.status).toBe(400);
    expect(future.body.message).toEqual(['issuedOn: Fri 2 March 2018 is still to come; issue the request on the day it is sent']);
    const base = { authorityId: authorities['Kent Police'], subject: 'S', details: 'D', issuedOn: '2018-03-01' };
    const noDate = await post('/api/v1/obligations', { ...base, kind: 'information_request' });
    expect(noDate.status).toBe(400);
    expect(noDate.body.message.join(' ')).toContain('dueOn is required for an information request');
    expect((await post('/api/v1/obligations', { ...base, kind: 'information_request', dueOn: '2018-02-15' })).body.message).toEqual(['dueOn must not be before issuedOn']);
    expect((await post('/api/v1/obligations', { ...base, kind: 'recommendation', dueOn: '2018-03-15' })).status).toBe(400);
    const bad = await post('/api/v1/obligations', { kind: 'favour', issuedOn: '2018-02-30' });
    expect(bad.status).toBe(400);
    for (const field of ['kind', 'authorityId', 'subject', 'details', 'issuedOn']) expect(bad.body.message.join(' ')).toContain(field);
    expect((await post('/api/v1/obligations', { ...base, kind: 'recommendation', authorityId: 'nope' })).status).toBe(404);
    const theirs = (await post('/api/v1/authorities', { name: 'Kent Police', kind: 'police', statutory: true }, gravesham.coordinator)).body.id;
    expect((await post('/api/v1/obligations', { ...base, kind: 'recommendation', authorityId: theirs })).status).toBe(404);
    const { authorityId: _, ...groupBase } = base;
    expect((await post('/api/v1/obligation-groups', { ...groupBase, kind: 'recommendation', authorityIds: [authorities['Kent Police'], theirs] })).status).toBe(404);
    expect((await post('/api/v1/obligations', { ...base, kind: 'attendance_request', meetingId: 'nope' })).status).toBe(404);
    expect((await post('/api/v1/obligations', { ...base, kind: 'recommendation' }, police)).status).toBe(403);
    expect((await get('/api/v1/obligations')).body.total).toBe(before);
  });

  it('recomputes the due dates a new bank holiday moves, explains the change, and re-plans the reminders', async () => {
    t.clock.set('2018-01-15T10:00:00Z');
    const meeting = await post('/api/v1/meetings', {
      committeeId: (await post('/api/v1/committees', { name: 'Crime and Disorder (Recompute) Committee' })).body.id,
      startsAt: '2018-03-14T19:00:00Z',
    });
    const base = { authorityId: authorities['Kent Police'], subject: 'Knife crime', details: 'D', issuedOn: '2018-01-15' };
    const report = (await post('/api/v1/obligations', { ...base, kind: 'report_request', meetingId: meeting.body.id })).body;
    const information = (await post('/api/v1/obligations', { ...base, kind: 'information_request', dueOn: '2018-03-06' })).body;
    expect(report.dueOn).toBe('2018-03-06'); // five clear working days before Wed 14 March

    // A day proclaimed a bank holiday inside those five days: the report is due a working day sooner.
    const member = await dartford.token('member');
    expect((await post('/api/v1/calendar/bank-holidays', { date: '2018-03-08', title: 'Proclaimed holiday' }, member)).status).toBe(403);
    expect((await post('/api/v1/calendar/bank-holidays', { date: '2018-03-10', title: 'A Saturday' })).status).toBe(400);
    expect((await post('/api/v1/calendar/bank-holidays', { date: '2018-3-8', title: '' })).body.message.join(' ')).toMatch(/date.*title|title.*date/);
    const added = await post('/api/v1/calendar/bank-holidays', { date: '2018-03-08', title: 'Proclaimed holiday' });
    expect(added.status).toBe(201);
    expect(added.body.recomputed).toEqual([{ obligationId: report.id, from: '2018-03-06', to: '2018-03-05' }]);
    expect((await post('/api/v1/calendar/bank-holidays', { date: '2018-03-08', title: 'Again' })).status).toBe(409);
    expect((await post('/api/v1/calendar/bank-holidays', { date: '2018-04-02', title: 'Easter Monday again' })).status).toBe(409);

    const moved = (await get(`/api/v1/obligations/${report.id}`)).body;
    expect(moved.dueOn).toBe('2018-03-05');
    expect(moved.due.explanation).toContain(
      'Recomputed on Mon 15 January 2018: Thu 8 March 2018 was added as a bank holiday (Proclaimed holiday), moving the due date from Tue 6 March 2018 to Mon 5 March 2018.',
    );
    expect((await get(`/api/v1/obligations/${information.id}`)).body.dueOn).toBe('2018-03-06'); // a date given, not computed
    const deliveries = (await get(`/api/v1/obligations/${report.id}/deliveries`)).body;
    expect(deliveries.find((d: { stage: string }) => d.stage === 'due').dueAt).toBe('2018-03-05T09:00:00.000Z');
    const audit = (await get(`/api/v1/audit?entityType=obligation&entityId=${report.id}`)).body.items;
    expect(audit.map((e: { action: string }) => e.action)).toContain('recompute-due');

    const listed = (await get('/api/v1/calendar/bank-holidays?year=2018')).body.items;
    expect(listed.find((h: { date: string }) => h.date === '2018-03-08')).toMatchObject({ title: 'Proclaimed holiday', source: 'council' });
    // Only this council's calendar changed.
    const theirs = await get('/api/v1/calendar/deadlines?rule=agenda_publication&date=2018-03-14', gravesham.coordinator);
    expect(theirs.body.date).toBe('2018-03-06');
  });

  it('tells the authority, in the obligation\'s thread, when its request for more time is decided and when an obligation is withdrawn', async () => {
    const council = await t.council();
    t.clock.set('2018-04-03T09:00:00Z');
    const fire = await authority(council.api, { name: 'Kent Fire and Rescue Service', kind: 'fire_rescue', contacts: [{ name: 'Station Manager', email: 'sm.fire@example.org' }] });
    const plain = await obligation(council.api, fire, { subject: 'Deliberate fires on the Temple Hill estate', issuedOn: '2018-04-03', dueOn: '2018-04-24' });
    const exempt = await obligation(council.api, fire, { subject: 'Arson suspect at 4 Hidden Close', details: 'Named in the closed session', issuedOn: '2018-04-03', dueOn: '2018-04-24', exemptParagraph: 7 });
    const contact = await council.token('authority', fire);

    const asked = await t.as(contact).post(`/api/v1/obligations/${plain}/extensions`, { newDueOn: '2018-05-08', reason: 'The data team is on leave' });
    expect(asked.status).toBe(201);
    const granted = await council.api.post(`/api/v1/obligations/${plain}/extensions/${asked.body.id}/decision`, { decision: 'grant', reason: 'Agreed with the chair' });
    expect(granted.status).toBe(200);
    const thread = (id: string) => `<obligation.${id}@dartford.example.org>`;
    const told = await t.smtp.waitFor((m) => m.subject?.includes('more time granted') === true && JSON.stringify(m.to).includes('sm.fire@example.org'));
    expect(told.subject).toMatch(/: more time granted – Request for information|: more time granted – Information requested/);
    expect(told.text).toContain('it is now due on Tue 8 May 2018 (it was due on Tue 24 April 2018)');
    expect(told.text).toContain('The reason recorded: Agreed with the chair');
    expect(told.inReplyTo).toBe(thread(plain));

    const withdrawn = await council.api.post(`/api/v1/obligations/${exempt}/withdraw`, { reason: 'The suspect at 4 Hidden Close was charged' });
    expect(withdrawn.status).toBe(200);
    const gone = await t.smtp.waitFor((m) => m.subject?.includes('withdrawn') === true && JSON.stringify(m.to).includes('sm.fire@example.org'));
    expect(gone.inReplyTo).toBe(thread(exempt));
    expect(gone.text).toContain('no response is needed, and no further reminders will be sent');
    // The obligation is exempt: neither its subject nor the reason reaches the authority by e-mail.
    for (const part of [gone.subject, gone.text, gone.html]) expect(part).not.toMatch(/Hidden Close|suspect|Arson/);
    expect(gone.subject).toContain('Schedule 12A, paragraph 7');
  });
});
