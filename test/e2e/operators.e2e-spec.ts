import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CouncilsService } from '../../src/councils/councils.service.js';
import { OperatorsService } from '../../src/operators/operators.service.js';
import { hashToken } from '../../src/common/auth/tokens.js';
import { SmtpSink } from '../support/smtp-sink.js';
import { waitFor } from '../support/wait-for.js';
import { auth, DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';

/*
 * The operator of a hosted service: councils made through the API (no shell on the server), listed,
 * suspended and reinstated, each change in the council's own audit trail; an operator is of no council
 * and a council's people are not operators.
 */
describe.each(DIALECTS)('the operator on %s', (dialect) => {
  let t: TestApp;
  let existing: TestCouncil;
  let operator: string;
  let created: { id: string; slug: string };

  beforeAll(async () => {
    t = await startTestApp(dialect);
    existing = await t.council();
    operator = await t.app.get(OperatorsService).createOperator('Ops@Hosting.example.org', 'Olu Operator');
  });
  afterAll(() => t.close());

  const asOperator = () => t.as(operator);
  /** A token of the new council's first co-ordinator, as the command line would issue one. */
  const coordinatorOf = async (councilId: string) => {
    const councils = t.app.get(CouncilsService);
    const context = await councils.systemContext(councilId);
    return councils.tokenFor(context, { email: 'first.coordinator@medway.example.org', name: 'Fay First', role: 'coordinator' });
  };

  it('is given a token of its own kind', () => {
    expect(operator).toMatch(/^sco_[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a council with bad fields, naming each, and makes nothing', async () => {
    const before = (await asOperator().get('/api/v1/operator/councils')).body.total;
    const bad = await asOperator().post('/api/v1/operator/councils', { slug: 'Medway Council', name: '', timeZone: 'not a zone!', coordinator: { email: 'nobody', name: 'Fay' } });
    expect(bad.status).toBe(400);
    const said = (bad.body.message as string[]).join(' | ');
    for (const field of ['slug', 'name', 'timeZone', 'coordinator.email']) expect(said).toContain(field);
    expect((await asOperator().get('/api/v1/operator/councils')).body.total).toBe(before);
  });

  it('creates a council and its first co-ordinator through the API', async () => {
    const res = await asOperator().post('/api/v1/operator/councils', { slug: 'medway', name: 'Medway Council', coordinator: { email: 'First.Coordinator@medway.example.org', name: 'Fay First' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ slug: 'medway', name: 'Medway Council', timeZone: 'Europe/London', status: 'active', suspendedAt: null });
    created = res.body;
    // The co-ordinator is a user of the new council, with no token until one is asked for.
    const users = await t.app.get(CouncilsService).usersWithEmail('first.coordinator@medway.example.org');
    expect(users.map((u) => [u.councilId, u.role])).toEqual([[created.id, 'coordinator']]);
    const me = await t.as(await coordinatorOf(created.id)).get('/api/v1/me');
    expect(me.body).toMatchObject({ councilSlug: 'medway', role: 'coordinator', name: 'Fay First' });

    expect((await asOperator().post('/api/v1/operator/councils', { slug: 'medway', name: 'Another', coordinator: { email: 'x@example.org', name: 'X' } })).status).toBe(409);
    const list = await asOperator().get('/api/v1/operator/councils?limit=100');
    expect(list.body.items.map((c: { slug: string }) => c.slug)).toEqual(expect.arrayContaining(['medway', existing.slug]));
    expect((await asOperator().get(`/api/v1/operator/councils/${created.id}`)).body.slug).toBe('medway');
    expect((await asOperator().get('/api/v1/operator/councils/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('keeps operators and councils apart', async () => {
    // A co-ordinator is not an operator; an operator reads nothing inside a council.
    expect((await existing.api.get('/api/v1/operator/councils')).status).toBe(403);
    expect((await existing.api.post('/api/v1/operator/councils', { slug: 'sneaky', name: 'Sneaky', coordinator: { email: 's@example.org', name: 'S' } })).status).toBe(403);
    expect((await asOperator().get('/api/v1/committees')).status).toBe(403);
    expect((await asOperator().get('/api/v1/users')).status).toBe(403);
    // A made-up operator token is refused like any other.
    expect((await t.http().get('/api/v1/operator/councils').set(auth(`sco_${'x'.repeat(43)}`))).status).toBe(401);
  });

  it('suspends a council: its people are refused, its sweeps skip it, its public record stays; then reinstates it', async () => {
    const token = await coordinatorOf(created.id);
    expect((await asOperator().post(`/api/v1/operator/councils/${created.id}/suspend`, {})).body.message.join(' ')).toContain('reason');
    const suspended = await asOperator().post(`/api/v1/operator/councils/${created.id}/suspend`, { reason: 'Contract ended on 31 March 2027' });
    expect(suspended.status).toBe(200);
    expect(suspended.body).toMatchObject({ status: 'suspended', suspendedReason: 'Contract ended on 31 March 2027' });
    expect((await asOperator().post(`/api/v1/operator/councils/${created.id}/suspend`, { reason: 'again' })).status).toBe(409);

    const refused = await t.as(token).get('/api/v1/me');
    expect(refused.status).toBe(403);
    expect(refused.body.message).toContain('Medway Council’s use of Scrutineer is suspended'.replace('’', "'"));
    // Other councils carry on.
    expect((await existing.api.get('/api/v1/me')).status).toBe(200);
    expect(await t.app.get(CouncilsService).councilIds()).not.toContain(created.id);
    expect(await t.app.get(CouncilsService).councilIds()).toContain(existing.id);
    expect((await t.http().get('/public/medway/work-plan')).status).toBe(200);

    const reinstated = await asOperator().post(`/api/v1/operator/councils/${created.id}/reinstate`, {});
    expect(reinstated.body).toMatchObject({ status: 'active', suspendedAt: null, suspendedReason: null });
    expect((await asOperator().post(`/api/v1/operator/councils/${created.id}/reinstate`, {})).status).toBe(409);
    expect((await t.as(token).get('/api/v1/me')).status).toBe(200);
    expect(await t.app.get(CouncilsService).councilIds()).toContain(created.id);

    // Each change is in the council's own audit trail, by the operator.
    const trail = await t.as(token).get(`/api/v1/audit?entityType=council&entityId=${created.id}`);
    expect(trail.body.items.map((e: { action: string; actor: string }) => [e.action, e.actor])).toEqual(
      expect.arrayContaining([
        ['create', 'Olu Operator <ops@hosting.example.org> (operator)'],
        ['suspend', 'Olu Operator <ops@hosting.example.org> (operator)'],
        ['reinstate', 'Olu Operator <ops@hosting.example.org> (operator)'],
      ]),
    );
  });

  it("exports everything a council recorded, and nothing of another council's, without credentials", async () => {
    const api = existing.api;
    const committeeId = (await api.post('/api/v1/committees', { name: 'Crime and Disorder (Overview and Scrutiny) Committee' })).body.id;
    const meetingId = (await api.post('/api/v1/meetings', { committeeId, startsAt: '2017-07-26T17:00:00Z' })).body.id;
    const police = (await api.post('/api/v1/authorities', { name: 'Kent Police', kind: 'police', statutory: true })).body.id;
    expect((await api.post(`/api/v1/authorities/${police}/contacts`, { name: 'Inspector Ash', email: 'ash@kent.police.example.org', role: 'Inspector', escalationLevel: 0 })).status).toBe(201);
    const obligation = await api.post('/api/v1/obligations', { kind: 'information_request', authorityId: police, subject: 'Figures by ward', details: 'Quarterly', issuedOn: t.clock.now().toISOString().slice(0, 10), dueOn: '2099-09-01' });
    expect(obligation.body).toMatchObject({ subject: 'Figures by ward' });
    expect((await api.post(`/api/v1/obligations/${obligation.body.id}/responses`, { text: 'Attached, ward by ward' })).status).toBe(201);
    expect((await api.post('/api/v1/calendar-feeds', {})).status).toBe(201);
    // Another council's records, which must not come with it.
    const other = await t.council();
    await other.api.post('/api/v1/authorities', { name: 'Essex Police (another council)', kind: 'police', statutory: true });

    expect((await existing.api.get(`/api/v1/operator/councils/${existing.id}/export`)).status).toBe(403);
    expect((await asOperator().get('/api/v1/operator/councils/00000000-0000-4000-8000-000000000000/export')).status).toBe(404);
    const res = await asOperator().get(`/api/v1/operator/councils/${existing.id}/export`);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${existing.slug}-${res.body.exportedAt.slice(0, 10)}.json"`);
    expect(res.body).toMatchObject({ format: 'scrutineer-council-export/1', council: { id: existing.id, slug: existing.slug } });
    const { tables } = res.body as { tables: Record<string, Record<string, unknown>[]> };
    expect(tables.committees.map((c) => c.id)).toEqual([committeeId]);
    expect(tables.meetings.map((m) => m.id)).toEqual([meetingId]);
    // Tables hanging off the council's rows come too: the meeting's standard agenda items, the contacts, the response.
    expect(tables.agenda_items.length).toBeGreaterThan(0);
    expect(tables.agenda_items.every((a) => a.meetingId === meetingId)).toBe(true);
    expect(tables.authority_contacts.map((c) => c.email)).toEqual(['ash@kent.police.example.org']);
    expect(tables.obligation_responses.map((r) => r.obligationId)).toEqual([obligation.body.id]);
    expect(tables.users.map((u) => u.councilId)).toEqual(expect.arrayContaining([existing.id]));
    expect(tables.calendar_feeds).toHaveLength(1);
    for (const rows of Object.values(tables)) for (const row of rows) if ('councilId' in row) expect(row.councilId).toBe(existing.id);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(other.id);
    expect(text).not.toContain('Essex Police');
    // No credential, even hashed: no token table, no hash column, not the co-ordinator's token's hash.
    for (const table of ['api_tokens', 'sessions', 'sign_in_links', 'operator_tokens', 'app_secrets']) expect(tables[table]).toBeUndefined();
    expect(text).not.toMatch(/tokenHash|secret/i);
    expect(text).not.toContain(hashToken(existing.coordinator));

    const trail = await existing.api.get(`/api/v1/audit?entityType=council&entityId=${existing.id}`);
    const entry = trail.body.items.find((e: { action: string }) => e.action === 'export');
    expect(entry).toMatchObject({ actor: 'Olu Operator <ops@hosting.example.org> (operator)' });
  });

  it("sends a council's e-mail under its own name, domain and reply-to, through its own mail server", async () => {
    const own = await SmtpSink.start();
    try {
      const medway = await t.council();
      const path = `/api/v1/operator/councils/${medway.id}/mail-identity`;
      expect((await medway.api.put(path, { senderName: 'Sneaky' })).status).toBe(403);
      expect((await asOperator().put('/api/v1/operator/councils/00000000-0000-4000-8000-000000000000/mail-identity', {})).status).toBe(404);
      const bad = await asOperator().put(path, { senderName: 'Medway\r\nBcc: all@example.org', replyTo: 'nobody', sendingDomain: 'no_domain', smtpUrl: 'http://smtp.example.org' });
      expect(bad.status).toBe(400);
      for (const field of ['senderName', 'replyTo', 'sendingDomain', 'smtpUrl']) expect(bad.body.message.join(' | ')).toContain(field);
      expect((await asOperator().get(path)).body).toEqual({ senderName: null, replyTo: null, sendingDomain: null, smtpServer: null });

      const server = new URL(own.url);
      const set = await asOperator().put(path, { senderName: 'Medway Community Safety', replyTo: 'scrutiny@medway.example.org', sendingDomain: 'mail.medway.example.org', smtpUrl: `smtp://medway:S3cretPass@127.0.0.1:${server.port}` });
      expect(set.status).toBe(200);
      expect(set.body).toEqual({ senderName: 'Medway Community Safety', replyTo: 'scrutiny@medway.example.org', sendingDomain: 'mail.medway.example.org', smtpServer: `smtp://127.0.0.1:${server.port}` });

      // Its request to an authority goes through its own server, under its name; another council's does not.
      const issue = async (council: TestCouncil, subject: string) => {
        const police = (await council.api.post('/api/v1/authorities', { name: `Police asked for ${subject}`, kind: 'police', statutory: true })).body.id;
        await council.api.post(`/api/v1/authorities/${police}/contacts`, { name: 'Inspector Ash', email: 'ash@kent.police.example.org', role: 'Inspector', escalationLevel: 0 });
        const res = await council.api.post('/api/v1/obligations', { kind: 'information_request', authorityId: police, subject, details: 'By ward', issuedOn: t.clock.now().toISOString().slice(0, 10), dueOn: '2099-09-01' });
        expect(res.status).toBe(201);
      };
      await issue(medway, 'Medway figures by ward');
      const mail = await own.waitFor((m) => m.subject?.includes('Medway figures by ward') ?? false);
      expect(mail.from?.value).toEqual([{ name: 'Medway Community Safety', address: 'scrutineer@mail.medway.example.org' }]);
      expect(mail.replyTo?.value.map((a) => a.address)).toEqual(['scrutiny@medway.example.org']);
      await issue(existing, 'Other council figures by ward');
      const other = await t.smtp.waitFor((m) => m.subject?.includes('Other council figures by ward') ?? false);
      expect(other.from?.value[0].address).toBe('scrutineer@dartford.example.org');
      expect(t.smtp.messages.some((m) => m.subject?.includes('Medway figures by ward'))).toBe(false);
      expect(own.messages.some((m) => m.subject?.includes('Other council figures by ward'))).toBe(false);

      // The server's password is kept sealed, and shown nowhere.
      const [row] = await t.dataSource.query(t.config.DATABASE_URL.startsWith('postgres') ? 'SELECT mail_identity FROM councils WHERE id = $1' : 'SELECT mail_identity FROM councils WHERE id = ?', [medway.id]);
      expect(String(row.mail_identity)).not.toContain('S3cretPass');
      expect(JSON.stringify((await asOperator().get(path)).body)).not.toContain('S3cretPass');
      const trail = await medway.api.get(`/api/v1/audit?entityType=council&entityId=${medway.id}`);
      expect(trail.body.items.find((e: { action: string }) => e.action === 'set-mail-identity')).toMatchObject({ actor: 'Olu Operator <ops@hosting.example.org> (operator)' });
      expect(JSON.stringify(trail.body)).not.toContain('S3cretPass');

      // Set back to the service's.
      expect((await asOperator().put(path, {})).body).toEqual({ senderName: null, replyTo: null, sendingDomain: null, smtpServer: null });
    } finally {
      await own.close();
    }
  });

  it("holds a council's mail, never sending it through the service's server under its name, when its own server can no longer be read", async () => {
    const own = await SmtpSink.start();
    try {
      const rochester = await t.council();
      const path = `/api/v1/operator/councils/${rochester.id}/mail-identity`;
      expect((await asOperator().put(path, { senderName: 'Rochester Safety', smtpUrl: `smtp://127.0.0.1:${new URL(own.url).port}` })).status).toBe(200);
      // The key its server was sealed with is gone (a restore without the secrets, say): the sealed address no longer opens.
      const postgres = t.config.DATABASE_URL.startsWith('postgres');
      const [row] = await t.dataSource.query(postgres ? 'SELECT mail_identity FROM councils WHERE id = $1' : 'SELECT mail_identity FROM councils WHERE id = ?', [rochester.id]);
      const stored = { ...JSON.parse(String(row.mail_identity)), smtpUrlSealed: Buffer.alloc(48, 7).toString('base64url') };
      await t.dataSource.query(postgres ? 'UPDATE councils SET mail_identity = $1 WHERE id = $2' : 'UPDATE councils SET mail_identity = ? WHERE id = ?', [JSON.stringify(stored), rochester.id]);
      expect((await asOperator().get(path)).body).toEqual({ senderName: 'Rochester Safety', replyTo: null, sendingDomain: null, smtpServer: null, smtpServerUnreadable: true });

      const police = (await rochester.api.post('/api/v1/authorities', { name: 'Kent Police', kind: 'police', statutory: true })).body.id;
      await rochester.api.post(`/api/v1/authorities/${police}/contacts`, { name: 'Inspector Oak', email: 'oak@kent.police.example.org', role: 'Inspector', escalationLevel: 0 });
      const issued = await rochester.api.post('/api/v1/obligations', { kind: 'information_request', authorityId: police, subject: 'Rochester figures by ward', details: 'By ward', issuedOn: t.clock.now().toISOString().slice(0, 10), dueOn: '2099-09-01' });
      expect(issued.status).toBe(201);
      const held = await waitFor('the request to be held', async () => {
        const deliveries = JSON.stringify((await rochester.api.get(`/api/v1/obligations/${issued.body.id}/deliveries`)).body);
        return deliveries.includes('can no longer be read') ? deliveries : undefined;
      });
      expect(held).toContain('oak@kent.police.example.org');
      expect(t.smtp.messages.some((m) => m.subject?.includes('Rochester figures by ward'))).toBe(false);
      expect(own.messages.some((m) => m.subject?.includes('Rochester figures by ward'))).toBe(false);

      // Set again, the held request goes through the council's own server at its next try.
      expect((await asOperator().put(path, { senderName: 'Rochester Safety', smtpUrl: `smtp://127.0.0.1:${new URL(own.url).port}` })).body.smtpServerUnreadable).toBeUndefined();
      t.clock.set(new Date(t.clock.now().getTime() + 60 * 60_000).toISOString());
      await t.as(rochester.coordinator).post('/api/v1/reminders/sweep', {});
      const sent = await own.waitFor((m) => m.subject?.includes('Rochester figures by ward') ?? false);
      expect(sent.from?.value[0].name).toBe('Rochester Safety');
      expect(t.smtp.messages.some((m) => m.subject?.includes('Rochester figures by ward'))).toBe(false);
    } finally {
      await own.close();
    }
  });
});
