import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ParsedMail } from 'mailparser';
import { MailOutbox } from '../../src/mail/mail-outbox.service.js';
import { SweepsScheduler } from '../../src/jobs/sweeps.scheduler.js';
import { waitFor } from '../support/wait-for.js';
import { accessibilityViolations, startBrowser } from '../support/browser.js';
import { DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';

const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to : [mail.to!]).flatMap((a) => a.value.map((v) => v.address!)).sort();

describe.each(DIALECTS)('draw-down requests on %s', (dialect) => {
  let t: TestApp;
  let dartford: TestCouncil;
  let member: string;
  let otherMember: string;
  let director: string;
  let managing: string;
  let chair: string;
  let otherApprover: string;
  let committeeId: string;
  let meetingId: string;
  let policeId: string;
  const people: Record<string, { id: string; email: string }> = {};

  const post = (path: string, body: object, token: string) => t.as(token).post(path, body);
  const get = (path: string, token: string) => t.as(token).get(path);
  const me = async (token: string) => (await get('/api/v1/me', token)).body as { id: string; email: string };

  beforeAll(async () => {
    t = await startTestApp(dialect);
    dartford = await t.council('dartford');
    member = await dartford.token('member');
    otherMember = await dartford.token('member');
    director = await dartford.token('approver');
    managing = await dartford.token('approver');
    chair = await dartford.token('member');
    otherApprover = await dartford.token('approver');
    for (const [name, token] of Object.entries({ member, director, managing, chair })) people[name] = await me(token);
    committeeId = (await post('/api/v1/committees', { name: 'Crime and Disorder (Overview and Scrutiny) Committee' }, dartford.coordinator)).body.id;
    // The chair is a member of the council with a seat as chair: the e-mail ties the two.
    await post(`/api/v1/committees/${committeeId}/members`, { name: 'Councillor R J Wells', email: people.chair.email, role: 'chair', from: '2017-05-17' }, dartford.coordinator);
    await post('/api/v1/municipal-years', { label: '2017-18', startsOn: '2017-05-17', endsOn: '2018-05-15' }, dartford.coordinator);
    meetingId = (await post('/api/v1/meetings', { committeeId, startsAt: '2017-07-26T18:00:00Z' }, dartford.coordinator)).body.id;
    policeId = (await post('/api/v1/authorities', { name: 'Kent Police', kind: 'police', statutory: true }, dartford.coordinator)).body.id;
    const settings = await t.as(dartford.coordinator).put(`/api/v1/committees/${committeeId}/draw-down-settings`, {
      approverIds: [people.director.id, people.managing.id],
      consultChair: true,
    });
    expect(settings.body).toEqual({ approverIds: [people.director.id, people.managing.id], consultChair: true, decisionWorkingDays: 10 });
    t.clock.set('2017-05-22T10:00:00Z');
  });
  afterAll(() => t.close());

  it('notifies both approvers; one approves, one refuses: refused, and the member is told why', async () => {
    const submitted = await post('/api/v1/draw-downs', { committeeId, topic: 'Night-time economy', concern: 'Disorder in the town centre at weekends' }, member);
    expect(submitted.status).toBe(201);
    // Ten working days from Mon 22 May 2017, passing over the bank holiday of 29 May.
    expect(submitted.body).toMatchObject({ status: 'submitted', decisionDueOn: '2017-06-06', similar: [] });
    // Each approver is sent the request with a link of their own to decide it on a page (no API route).
    const notices = await waitFor('the request to reach each approver', () => {
      const found = t.smtp.messages.filter((m) => m.subject === 'Draw-down request for your agreement: Night-time economy');
      return found.length === 2 ? found : undefined;
    });
    expect(notices.flatMap(to).sort()).toEqual([people.director.email, people.managing.email].sort());
    for (const notice of notices) {
      expect(notice.text).toContain("The committee's chair is consulted");
      expect(notice.text).toContain('by Tue 6 June 2017: open http://');
      expect(notice.text).not.toContain('/api/v1/');
    }
    const managingLink = /http:\/\/127\.0\.0\.1:\d+(\/approve\/[A-Za-z0-9._-]+)/.exec(notices.find((n) => to(n)[0] === people.managing.email)!.text!)![1];
    const directorLink = /http:\/\/127\.0\.0\.1:\d+(\/approve\/[A-Za-z0-9._-]+)/.exec(notices.find((n) => to(n)[0] === people.director.email)!.text!)![1];
    expect(managingLink).not.toBe(directorLink);
    // The committee consults its chair: the chair is sent the request for their view.
    const consulted = await t.smtp.waitFor((m) => m.subject === 'Draw-down request for your view as chair: Night-time economy');
    expect(to(consulted)).toEqual([people.chair.email]);
    expect(submitted.body).toMatchObject({ consultChair: true, chairConsultedAt: '2017-05-22T10:00:00.000Z', chairView: null });

    const id = submitted.body.id;
    // Only the chair (or a co-ordinator) records the chair's view; the member who asked cannot, another member does not see it.
    expect((await post(`/api/v1/draw-downs/${id}/chair-view`, { view: 'Yes please' }, member)).status).toBe(403);
    expect((await post(`/api/v1/draw-downs/${id}/chair-view`, { view: 'Yes please' }, otherMember)).status).toBe(404);
    expect((await post(`/api/v1/draw-downs/${id}/chair-view`, { view: '' }, chair)).status).toBe(400);
    const viewed = await post(`/api/v1/draw-downs/${id}/chair-view`, { view: 'Residents raise this at every surgery' }, chair);
    expect(viewed.status).toBe(200);
    expect(viewed.body).toMatchObject({ chairView: 'Residents raise this at every surgery', chairViewAt: '2017-05-22T10:00:00.000Z', status: 'submitted' });
    const passedOn = await t.smtp.waitFor((m) => m.subject === `The chair's view on the draw-down request "Night-time economy"`);
    expect(to(passedOn)).toEqual([people.director.email, people.managing.email].sort());
    expect(passedOn.text).toContain('Residents raise this at every surgery');

    // An approver the committee does not need may not decide.
    expect((await post(`/api/v1/draw-downs/${id}/decisions`, { decision: 'approve', reason: 'Me too' }, otherApprover)).status).toBe(403);
    expect((await post(`/api/v1/draw-downs/${id}/decisions`, { decision: 'approve', reason: 'A fair concern' }, director)).body.status).toBe('submitted');
    expect((await post(`/api/v1/draw-downs/${id}/decisions`, { decision: 'approve', reason: 'Again' }, director)).status).toBe(409);
    t.clock.advance(3_600_000);
    // The second approver decides on the page their link opens: the member's case and the chair's view, then the form.
    const page = await t.http().get(managingLink);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Disorder in the town centre at weekends');
    expect(page.text).toContain('Residents raise this at every surgery');
    const incomplete = await t.http().post(managingLink).type('form').send({ decision: 'refuse' });
    expect(incomplete.status).toBe(400);
    expect(incomplete.text).toContain('<a href="#reason">Give the reason for your decision');
    // axe-core finds nothing wrong with the page, nor with its errors.
    const browser = await startBrowser();
    try {
      // The audit's script let in for the test.
      const real = await browser.newPage({ bypassCSP: true });
      await real.goto(`${t.baseUrl}${managingLink}`);
      expect(await accessibilityViolations(real)).toEqual([]);
      // The approver decides on the page itself, with the keyboard alone: first without a reason, named and linked.
      await real.getByLabel('Refuse', { exact: true }).focus();
      await real.keyboard.press('Space');
      await real.getByRole('button', { name: 'Record my decision' }).focus();
      await real.keyboard.press('Enter');
      await real.waitForSelector('.govuk-error-summary');
      expect(await accessibilityViolations(real)).toEqual([]);
      await real.getByLabel('Reason for your decision').focus();
      await real.keyboard.type('The CSP reports on this in July');
      await real.getByRole('button', { name: 'Record my decision' }).focus();
      await real.keyboard.press('Enter');
      await real.waitForSelector('h1:has-text("Your decision has been recorded")');
      expect(await real.textContent('main')).toContain('You refused the draw-down request');
      expect(await accessibilityViolations(real)).toEqual([]);
    } finally {
      await browser.close();
    }
    expect((await t.http().post(managingLink).type('form').send({ decision: 'approve', reason: 'Changed my mind' })).status).toBe(409);
    // The director already decided through the API: their link says so and records nothing.
    expect((await t.http().get(directorLink)).text).toContain('You agreed to this request.');
    expect((await t.http().get(managingLink.slice(0, -4) + 'abcd')).status).toBe(404);
    const refused = await get(`/api/v1/draw-downs/${id}`, member);
    expect(refused.body).toMatchObject({ status: 'refused', decisions: [{ decision: 'approve' }, { decision: 'refuse', reason: 'The CSP reports on this in July' }] });
    const told = await t.smtp.waitFor((m) => m.subject?.includes('refused it') === true);
    expect(to(told)).toEqual([people.member.email]);
    expect(told.text).toContain('Reason: The CSP reports on this in July');
    expect((await post(`/api/v1/draw-downs/${id}/schedule`, { meetingId, reportFromAuthorityId: policeId }, dartford.coordinator)).status).toBe(409);
    expect((await post(`/api/v1/draw-downs/${id}/chair-view`, { view: 'Too late' }, dartford.coordinator)).status).toBe(409);

    // The member reads what happened, in order, with who and why.
    const history = await get(`/api/v1/draw-downs/${id}/history`, member);
    expect(history.status).toBe(200);
    expect(history.body.map((h: { event: string; status: string | null; detail: string | null }) => [h.event, h.status, h.detail])).toEqual([
      ['Submitted', 'submitted', null],
      ['The chair was consulted', 'submitted', null],
      ["The chair's view was recorded", 'submitted', 'Residents raise this at every surgery'],
      ['Agreed', 'submitted', 'A fair concern'],
      ['Refused', 'refused', 'The CSP reports on this in July'],
    ]);
    expect(history.body[4].by).toContain(people.managing.email);
    expect((await get(`/api/v1/draw-downs/${id}/history`, otherMember)).status).toBe(404);
  });

  it('a second request: both approve, then scheduled to a meeting as a work plan item with a report request due on its report deadline', async () => {
    const submitted = await post('/api/v1/draw-downs', { committeeId, topic: 'Unauthorised encampments', concern: 'Repeated encampments on council land', suggestedAuthorityId: policeId }, member);
    const id = submitted.body.id;
    await post(`/api/v1/draw-downs/${id}/decisions`, { decision: 'approve', reason: 'Agreed' }, director);
    const approved = await post(`/api/v1/draw-downs/${id}/decisions`, { decision: 'approve', reason: 'Agreed' }, managing);
    expect(approved.body.status).toBe('approved');
    await t.smtp.waitFor((m) => m.text?.includes('the request is approved') === true);

    // An unknown authority: no work plan item is left behind, and the request stays approved.
    const items = async () => (await get(`/api/v1/work-plan?committeeId=${committeeId}`, dartford.coordinator)).body.groups.flatMap((g: { items: unknown[] }) => g.items).length;
    const before = await items();
    expect((await post(`/api/v1/draw-downs/${id}/schedule`, { meetingId, reportFromAuthorityId: '00000000-0000-4000-8000-000000000000' }, dartford.coordinator)).status).toBe(404);
    expect(await items()).toBe(before);
    expect((await get(`/api/v1/draw-downs/${id}`, member)).body.status).toBe('approved');
    const scheduled = await post(`/api/v1/draw-downs/${id}/schedule`, { meetingId, reportFromAuthorityId: policeId }, dartford.coordinator);
    expect(scheduled.status).toBe(200);
    expect(scheduled.body).toMatchObject({ status: 'scheduled', meetingId });
    const item = (await get(`/api/v1/work-plan/items/${scheduled.body.workPlanItemId}`, dartford.coordinator)).body;
    expect(item).toMatchObject({ title: 'Unauthorised encampments (draw-down)', category: 'draw_down', meetingId, status: 'scheduled', leadAuthorityId: policeId });
    const obligation = (await get(`/api/v1/obligations/${scheduled.body.obligationId}`, dartford.coordinator)).body;
    expect(obligation).toMatchObject({ kind: 'report_request', authorityId: policeId, dueOn: '2017-07-18', meetingId });
    expect((await post(`/api/v1/draw-downs/${id}/withdraw`, {}, member)).status).toBe(409);

    // Not before the meeting has been held; once it has, the committee considers the item, and the request is considered too.
    expect((await post(`/api/v1/work-plan/items/${item.id}/considered`, {}, dartford.coordinator)).status).toBe(409);
    const now = t.clock.now();
    t.clock.set('2017-07-26T21:00:00Z');
    expect((await post(`/api/v1/work-plan/items/${item.id}/considered`, {}, dartford.coordinator)).status).toBe(200);
    t.clock.set(now);
    expect((await get(`/api/v1/draw-downs/${id}`, member)).body.status).toBe('considered');
    expect((await get(`/api/v1/draw-downs/${id}/history`, member)).body.map((h: { event: string }) => h.event).slice(-2)).toEqual([
      'Scheduled to a meeting, with a work plan item and a report request',
      'Considered by the committee',
    ]);

    // A close topic afterwards lists what is already asked and planned.
    const again = await post('/api/v1/draw-downs', { committeeId, topic: 'Encampments, unauthorised', concern: 'Same worry' }, otherMember);
    expect(again.body.similar.map((s: { kind: string }) => s.kind).sort()).toEqual(['draw_down', 'work_plan_item']);
  });

  it("keeps members to their own requests, and refuses bad input naming each field", async () => {
    const mine = (await get('/api/v1/draw-downs', member)).body.items;
    const theirs = (await get('/api/v1/draw-downs', otherMember)).body.items;
    expect(mine.every((r: { memberId: string }) => r.memberId === people.member.id)).toBe(true);
    expect(theirs).toHaveLength(1);
    expect((await get(`/api/v1/draw-downs/${mine[0].id}`, otherMember)).status).toBe(404);
    expect((await post(`/api/v1/draw-downs/${mine[0].id}/withdraw`, {}, otherMember)).status).toBe(404);
    expect((await post(`/api/v1/draw-downs/${mine[0].id}/decisions`, { decision: 'approve', reason: 'x' }, member)).status).toBe(403);
    // A list like every other: { items, total }, paged by limit and offset.
    const all = (await get('/api/v1/draw-downs', director)).body;
    expect(all.total).toBe(3);
    expect(all.items).toHaveLength(3);
    const second = (await get('/api/v1/draw-downs?limit=1&offset=1', director)).body;
    expect(second).toMatchObject({ total: 3, items: [{ id: all.items[1].id }] });
    expect((await get('/api/v1/draw-downs?limit=0', director)).status).toBe(400);

    const withdrawn = await post(`/api/v1/draw-downs/${theirs[0].id}/withdraw`, {}, otherMember);
    expect(withdrawn.body.status).toBe('withdrawn');
    expect((await post(`/api/v1/draw-downs/${theirs[0].id}/decisions`, { decision: 'approve', reason: 'late' }, director)).status).toBe(409);

    const bad = await post('/api/v1/draw-downs', { committeeId, topic: '', concern: 'x'.repeat(10_001), urgency: 'now' }, member);
    expect(bad.status).toBe(400);
    for (const field of ['topic', 'concern', 'urgency']) expect(bad.body.message.join(' ')).toContain(field);
    const other = await t.council();
    expect((await get(`/api/v1/draw-downs/${mine[0].id}`, other.coordinator)).status).toBe(404);
  });

  it('reminds the approver who has not decided once the ten working days have passed (across the bank holiday), and tells the co-ordinator, once', async () => {
    t.clock.set('2017-05-22T10:00:00Z');
    const submitted = await post('/api/v1/draw-downs', { committeeId, topic: 'Fly-tipping enforcement', concern: 'Fly-tipping in rural lanes' }, member);
    expect(submitted.body.decisionDueOn).toBe('2017-06-06');
    await post(`/api/v1/draw-downs/${submitted.body.id}/decisions`, { decision: 'approve', reason: 'Agreed' }, director);
    const reminders = () => t.smtp.messages.filter((m) => m.subject === 'Reminder: draw-down request awaiting your decision – Fly-tipping enforcement');
    const tick = async (at: string) => {
      t.clock.set(at);
      await t.app.get(SweepsScheduler).tick();
    };

    await tick('2017-06-06T16:00:00Z'); // the decision day itself: not yet
    await tick('2017-06-07T08:05:00Z');
    const reminder = await t.smtp.waitFor((m) => m.subject === 'Reminder: draw-down request awaiting your decision – Fly-tipping enforcement');
    expect(to(reminder)).toEqual([people.managing.email]);
    const coordinator = await me(dartford.coordinator);
    expect((Array.isArray(reminder.cc) ? reminder.cc : [reminder.cc!]).flatMap((a) => a.value.map((v) => v.address))).toEqual([coordinator.email]);
    expect(reminder.text).toContain('was due for a decision by Tue 6 June 2017');
    expect(reminder.text).toMatch(/Please agree or refuse, with your reason: open http:\/\/127\.0\.0\.1:\d+\/approve\//);
    await tick('2017-06-07T08:10:00Z');
    await tick('2017-06-08T08:10:00Z');
    expect(reminders()).toHaveLength(1);
  });

  it('a councillor call for action: the decision not to report, and a copy of a report, each reach the member and are recorded', async () => {
    const referred = await post('/api/v1/draw-downs', { committeeId, topic: 'Drug dealing near Temple Hill school', concern: 'Residents report dealing at the school gates', callForAction: true, ward: 'Temple Hill' }, member);
    expect(referred.body).toMatchObject({ callForAction: true, ward: 'Temple Hill', committeeDecision: null });
    const id = referred.body.id;
    t.clock.set('2017-06-20T10:00:00Z');
    const decided = await post(`/api/v1/draw-downs/${id}/call-for-action/decision`, { report: false, reasons: 'A police operation is under way' }, dartford.coordinator);
    expect(decided.body).toMatchObject({ committeeDecision: 'no_report', committeeReasons: 'A police operation is under way', memberToldAt: '2017-06-20T10:00:00.000Z' });
    const told = await t.smtp.waitFor((m) => m.subject === 'Your call for action "Drug dealing near Temple Hill school": the committee will not report on it');
    expect(to(told)).toEqual([people.member.email]);
    expect(told.text).toContain('Its reasons: A police operation is under way');
    expect((await post(`/api/v1/draw-downs/${id}/call-for-action/decision`, { report: true, reasons: 'changed our mind' }, dartford.coordinator)).status).toBe(409);
    expect((await post(`/api/v1/draw-downs/${id}/call-for-action/report`, { report: 'x' }, dartford.coordinator)).status).toBe(409);

    const second = await post('/api/v1/draw-downs', { committeeId, topic: 'Anti-social behaviour in the park', concern: 'Nightly gatherings', callForAction: true }, member);
    await post(`/api/v1/draw-downs/${second.body.id}/call-for-action/decision`, { report: true, reasons: 'A matter for the committee' }, dartford.coordinator);
    const copied = await post(`/api/v1/draw-downs/${second.body.id}/call-for-action/report`, { report: 'The committee recommends more patrols in the park.' }, dartford.coordinator);
    expect(copied.body.reportCopiedAt).toBe('2017-06-20T10:00:00.000Z');
    const copy = await t.smtp.waitFor((m) => m.subject === `Your call for action "Anti-social behaviour in the park": the committee's report`);
    expect(copy.text).toContain('The committee recommends more patrols in the park.');
    const plain = (await get('/api/v1/draw-downs', member)).body.items.find((r: { callForAction: boolean }) => !r.callForAction);
    expect((await post(`/api/v1/draw-downs/${plain.id}/call-for-action/decision`, { report: false, reasons: 'x' }, dartford.coordinator)).status).toBe(409);
  });

  it('keeps a decision when the mail server refuses the e-mail to the member, and shows it in the request', async () => {
    const submitted = await post('/api/v1/draw-downs', { committeeId, topic: 'Cycle theft at the station', concern: 'Bikes stolen weekly' }, member);
    const id = submitted.body.id;
    await t.smtp.waitFor((m) => m.subject === 'Draw-down request for your agreement: Cycle theft at the station');
    t.smtp.refuseWith = '550 5.7.1 Message rejected';
    try {
      const decided = await post(`/api/v1/draw-downs/${id}/decisions`, { decision: 'refuse', reason: 'British Transport Police lead on this' }, director);
      expect(decided.status).toBe(200);
      expect(decided.body).toMatchObject({ status: 'refused', decisions: [{ decision: 'refuse', reason: 'British Transport Police lead on this' }] });
    } finally {
      t.smtp.refuseWith = null;
    }
    expect((await get(`/api/v1/draw-downs/${id}`, member)).body.status).toBe('refused');
    const told = () => t.smtp.messages.filter((m) => m.subject === 'Your draw-down request "Cycle theft at the station": A approver refused it');
    expect(told()).toHaveLength(0);
    // The notice waited in the outbox: the scheduled sweep sends it once the server takes mail again, and once only.
    const [waiting] = await t.app.get(MailOutbox).waiting(dartford.id);
    expect(waiting.message.subject).toBe('Your draw-down request "Cycle theft at the station": A approver refused it');
    // Not before its retry time (a refusing server is not asked again at once).
    expect(await t.app.get(MailOutbox).deliverDue()).toBe(0);
    t.clock.set(waiting.retryAt!);
    expect(await t.app.get(MailOutbox).deliverDue()).toBe(1);
    expect(told()).toHaveLength(1);
    expect(told()[0].text).toContain('Reason: British Transport Police lead on this.');
    expect(await t.app.get(MailOutbox).deliverDue()).toBe(0);
    expect(told()).toHaveLength(1);
  });

  it('records nothing of a decision not to report on a call for action when the member cannot be told (503), and records it once they can', async () => {
    const referred = await post('/api/v1/draw-downs', { committeeId, topic: 'Speeding on Princes Road', concern: 'Daily speeding', callForAction: true }, member);
    const id = referred.body.id;
    t.smtp.refuseWith = '451 4.3.0 Try again later';
    try {
      const refused = await post(`/api/v1/draw-downs/${id}/call-for-action/decision`, { report: false, reasons: 'A matter for Kent Highways' }, dartford.coordinator);
      expect(refused.status).toBe(503);
      expect(refused.body.message).toContain('nothing was recorded');
    } finally {
      t.smtp.refuseWith = null;
    }
    expect((await get(`/api/v1/draw-downs/${id}`, dartford.coordinator)).body).toMatchObject({ committeeDecision: null, memberToldAt: null });
    expect((await get(`/api/v1/draw-downs/${id}/history`, dartford.coordinator)).body.map((h: { event: string }) => h.event)).not.toContain("The committee's decision on the call for action");
    const decided = await post(`/api/v1/draw-downs/${id}/call-for-action/decision`, { report: false, reasons: 'A matter for Kent Highways' }, dartford.coordinator);
    expect(decided.body.committeeDecision).toBe('no_report');
  });

  it("counts the year's requests by outcome, and calls for action by the committee's decision", async () => {
    const outcomes = await get(`/api/v1/draw-downs/outcomes?committeeId=${committeeId}&municipalYear=2017-18`, dartford.coordinator);
    expect(outcomes.status).toBe(200);
    // Night-time economy and cycle theft refused; encampments considered; its duplicate withdrawn; fly-tipping and
    // the three calls for action (drug dealing: not reported; the park: reported; speeding: not reported) awaiting decisions.
    expect(outcomes.body).toEqual({
      total: 8,
      byStatus: { submitted: 4, approved: 0, refused: 2, withdrawn: 1, scheduled: 0, considered: 1 },
      callsForAction: { total: 3, reported: 1, notReported: 2, undecided: 0 },
    });
    expect((await get(`/api/v1/draw-downs/outcomes?committeeId=${committeeId}&municipalYear=2016-17`, dartford.coordinator)).status).toBe(404);
    const bad = await get('/api/v1/draw-downs/outcomes', dartford.coordinator);
    expect(bad.status).toBe(400);
    for (const field of ['committeeId', 'municipalYear']) expect(bad.body.message.join(' ')).toContain(field);
  });
});
