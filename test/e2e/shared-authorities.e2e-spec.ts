import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OperatorsService } from '../../src/operators/operators.service.js';
import { auth, DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';

/*
 * A police force registered once by the operator and linked to two councils: its contact signs in once
 * and sees, answers and subscribes to both councils' obligations, grouped by council; each council still
 * sees only its own; exempt information reaches neither the contact's list nor the feed.
 */
describe.each(DIALECTS)('a shared authority on %s', (dialect) => {
  let t: TestApp;
  let dartford: TestCouncil;
  let gravesham: TestCouncil;
  let operator: string;
  let sharedId: string;
  let contact: { token: string; feedUrl: string };
  const authorityOf: Record<string, string> = {};
  const obligationOf: Record<string, string> = {};

  const issue = (council: TestCouncil, subject: string, extra: object = {}) =>
    council.api.post('/api/v1/obligations', { kind: 'information_request', authorityId: authorityOf[council.slug], subject, details: `${subject}: figures by ward.`, issuedOn: '2017-07-26', dueOn: '2017-08-31', ...extra });

  beforeAll(async () => {
    t = await startTestApp(dialect);
    t.clock.set('2017-07-26T10:00:00Z');
    dartford = await t.council('dartford');
    gravesham = await t.council('gravesham');
    operator = await t.app.get(OperatorsService).createOperator('ops@hosting.example.org', 'Olu Operator');
    // Gravesham already keeps Kent Police, with its own contact; Dartford does not yet.
    const own = await gravesham.api.post('/api/v1/authorities', { name: 'Kent Police', kind: 'police', statutory: true });
    await gravesham.api.post(`/api/v1/authorities/${own.body.id}/contacts`, { name: 'Gravesham Inspector', email: 'gravesham.inspector@kent.police.example.org', role: 'Neighbourhood', escalationLevel: 0 });
  });
  afterAll(() => t.close());

  it('is registered once by the operator and linked to each council it serves', async () => {
    const registered = await t.as(operator).post('/api/v1/operator/authorities', { name: 'Kent Police', kind: 'police' });
    expect(registered.status).toBe(201);
    sharedId = registered.body.id;
    expect((await t.as(operator).post('/api/v1/operator/authorities', { name: 'Kent Police', kind: 'police' })).status).toBe(409);
    expect((await t.as(operator).post('/api/v1/operator/authorities', { name: '', kind: 'constabulary' })).body.message.join(' ')).toMatch(/name.*kind|kind.*name/);

    for (const council of [dartford, gravesham]) {
      const linked = await t.as(operator).post(`/api/v1/operator/authorities/${sharedId}/councils`, { councilId: council.id });
      expect(linked.status).toBe(201);
      authorityOf[council.slug] = linked.body.authorityId;
    }
    expect((await t.as(operator).post(`/api/v1/operator/authorities/${sharedId}/councils`, { councilId: dartford.id })).status).toBe(409);
    expect((await t.as(operator).post(`/api/v1/operator/authorities/${sharedId}/councils`, { councilId: '00000000-0000-4000-8000-000000000000' })).status).toBe(404);
    // Gravesham's own record was linked, its contact kept; Dartford got a record of its own.
    const graveshamKent = (await gravesham.api.get(`/api/v1/authorities/${authorityOf.gravesham}`)).body;
    expect(graveshamKent).toMatchObject({ name: 'Kent Police', sharedAuthorityId: sharedId, contacts: [{ email: 'gravesham.inspector@kent.police.example.org' }] });
    const dartfordKent = (await dartford.api.get(`/api/v1/authorities/${authorityOf.dartford}`)).body;
    expect(dartfordKent).toMatchObject({ name: 'Kent Police', sharedAuthorityId: sharedId, contacts: [] });
    await dartford.api.post(`/api/v1/authorities/${authorityOf.dartford}/contacts`, { name: 'Dartford Inspector', email: 'dartford.inspector@kent.police.example.org', role: 'Neighbourhood', escalationLevel: 0 });
    expect((await t.as(operator).get('/api/v1/operator/authorities')).body).toEqual([{ id: sharedId, name: 'Kent Police', kind: 'police', councilIds: expect.arrayContaining([dartford.id, gravesham.id]) }]);

    const made = await t.as(operator).post(`/api/v1/operator/authorities/${sharedId}/contacts`, { email: 'Partnerships@kent.police.example.org', name: 'Partnerships Team' });
    expect(made.status).toBe(201);
    expect(made.body.token).toMatch(/^sca_/);
    contact = made.body;
    // Neither a council's co-ordinator nor the contact may do the operator's part.
    expect((await dartford.api.post('/api/v1/operator/authorities', { name: 'Essex Police', kind: 'police' })).status).toBe(403);
    expect((await t.as(contact.token).get('/api/v1/operator/authorities')).status).toBe(403);
  });

  it("shows the contact every council's obligations to the force, grouped by council, and nothing exempt", async () => {
    obligationOf.dartford = (await issue(dartford, 'Knife crime in Dartford')).body.id;
    obligationOf.gravesham = (await issue(gravesham, 'Antisocial behaviour in Gravesend')).body.id;
    obligationOf.exempt = (await issue(gravesham, 'Covert operation Nightjar', { exemptParagraph: 7 })).body.id;
    expect(Object.values(obligationOf).every(Boolean)).toBe(true);

    const seen = await t.as(contact.token).get('/api/v1/shared-authority/obligations');
    expect(seen.status).toBe(200);
    expect(seen.body.authorityName).toBe('Kent Police');
    // By council, by name; within one, earliest due first (these two share their due date and instant).
    expect(seen.body.councils.map((c: { councilName: string; obligations: { subject: string }[] }) => [c.councilName, c.obligations.map((o) => o.subject).sort()])).toEqual([
      ['dartford Borough Council', ['Knife crime in Dartford']],
      ['gravesham Borough Council', ['Antisocial behaviour in Gravesend', 'Exempt item (Local Government Act 1972, Schedule 12A, paragraph 7)']],
    ]);
    expect(JSON.stringify(seen.body)).not.toContain('Nightjar');
    // The contact is of no council: a council's own routes are closed to them.
    expect((await t.as(contact.token).get('/api/v1/obligations')).status).toBe(403);
  });

  it("answers both councils' obligations from one sign-in, each council seeing only its own", async () => {
    for (const [slug, text] of [['dartford', 'Figures attached for Dartford.'], ['gravesham', 'Figures attached for Gravesham.']] as const) {
      const answered = await t.as(contact.token).post(`/api/v1/shared-authority/obligations/${obligationOf[slug]}/responses`, { text });
      expect(answered.status).toBe(201);
    }
    const dartfordSees = await dartford.api.get(`/api/v1/obligations/${obligationOf.dartford}`);
    expect(dartfordSees.body).toMatchObject({ status: 'responded', responses: [{ text: 'Figures attached for Dartford.', respondedBy: 'Partnerships Team <partnerships@kent.police.example.org> (Kent Police)' }] });
    expect((await gravesham.api.get(`/api/v1/obligations/${obligationOf.gravesham}`)).body.status).toBe('responded');

    // Isolation: neither council reaches the other's obligation to the same force.
    expect((await dartford.api.get(`/api/v1/obligations/${obligationOf.gravesham}`)).status).toBe(404);
    expect((await gravesham.api.get(`/api/v1/obligations/${obligationOf.dartford}`)).status).toBe(404);
    const dartfordList = (await dartford.api.get('/api/v1/obligations?limit=100')).body.items.map((o: { id: string }) => o.id);
    expect(dartfordList).toEqual([obligationOf.dartford]);
    // An obligation of no linked council is not the contact's to answer.
    const stranger = await t.council('medway');
    const medwayKent = await stranger.api.post('/api/v1/authorities', { name: 'Kent Police', kind: 'police', statutory: true });
    await stranger.api.post(`/api/v1/authorities/${medwayKent.body.id}/contacts`, { name: 'Medway Inspector', email: 'medway@kent.police.example.org', role: 'Neighbourhood', escalationLevel: 0 });
    const unlinked = await stranger.api.post('/api/v1/obligations', { kind: 'information_request', authorityId: medwayKent.body.id, subject: 'Medway figures', details: 'By ward.', issuedOn: '2017-07-26', dueOn: '2017-08-31' });
    expect((await t.as(contact.token).post(`/api/v1/shared-authority/obligations/${unlinked.body.id}/responses`, { text: 'Not ours' })).status).toBe(404);
    expect((await stranger.api.get(`/api/v1/obligations/${unlinked.body.id}`)).body.status).toBe('open');
  });

  it('gives the contact one feed of every council’s open obligations, exempt subjects withheld', async () => {
    const path = new URL(contact.feedUrl).pathname;
    // iCalendar folds long lines: read them unfolded.
    const unfolded = (text: string) => text.replace(/\r?\n[ \t]/g, '');
    const feed = await t.http().get(path);
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    // Both answered above: only the exempt one is open, under a withheld subject and its council's name.
    expect(unfolded(feed.text)).toContain('(gravesham Borough Council): Exempt item');
    expect(unfolded(feed.text)).not.toContain('Nightjar');
    expect(unfolded(feed.text)).not.toContain('Knife crime in Dartford');
    const another = await issue(dartford, 'Retail crime in Bluewater');
    expect(another.status).toBe(201);
    const again = await t.http().get(path);
    expect(unfolded(again.text)).toContain('(dartford Borough Council): Retail crime in Bluewater');
    expect((await t.http().get('/feeds/shared/not-a-feed.ics')).status).toBe(404);
    expect((await t.http().get(path).set(auth(contact.token))).status).toBe(200);
  });

  it("leaves a suspended council's obligations out of the contact's reach until it is reinstated", async () => {
    expect((await t.as(operator).post(`/api/v1/operator/councils/${gravesham.id}/suspend`, { reason: 'Contract ended' })).status).toBe(200);
    const seen = await t.as(contact.token).get('/api/v1/shared-authority/obligations');
    expect(seen.body.councils.map((c: { councilName: string }) => c.councilName)).toEqual(['dartford Borough Council']);
    expect((await t.as(contact.token).post(`/api/v1/shared-authority/obligations/${obligationOf.exempt}/responses`, { text: 'Too late' })).status).toBe(404);
    expect((await t.as(operator).post(`/api/v1/operator/councils/${gravesham.id}/reinstate`, {})).status).toBe(200);
    expect((await t.as(contact.token).post(`/api/v1/shared-authority/obligations/${obligationOf.exempt}/responses`, { text: 'Answered in a closed session' })).status).toBe(201);
  });
});
