import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiToken } from '../../src/councils/api-token.entity.js';
import { auth, DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';

describe.each(DIALECTS)('access on %s', (dialect) => {
  let t: TestApp;
  let dartford: TestCouncil;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    dartford = await t.council('dartford');
  });
  afterAll(() => t.close());


  it('refuses a request without a token (401)', async () => {
    const res = await t.http().get('/api/v1/committees');
    expect(res.status).toBe(401);
    expect(res.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });

  it('refuses a token it does not know (401)', async () => {
    const res = await t.as('scr_not-a-real-token').get('/api/v1/committees');
    expect(res.status).toBe(401);
  });

  it('tells a user who they are', async () => {
    const res = await t.as(dartford.coordinator).get('/api/v1/me');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ role: 'coordinator', councilSlug: 'dartford', councilId: dartford.id });
  });

  it('lets a coordinator create a user whose token works at once, with the role given', async () => {
    const res = await t
      .http()
      .post('/api/v1/users')
      .set(auth(dartford.coordinator))
      .send({ email: 'Cllr.Wells@Dartford.example.org', name: 'Councillor R J Wells', role: 'member' });
    expect(res.status).toBe(201);
    expect(res.body.token).toMatch(/^scr_/);

    const me = await t.as(res.body.token).get('/api/v1/me');
    expect(me.body).toMatchObject({ id: res.body.id, email: 'cllr.wells@dartford.example.org', role: 'member' });

    // The member may read committees but not create users (403).
    expect((await t.as(res.body.token).get('/api/v1/committees')).status).toBe(200);
    const forbidden = await t.as(res.body.token).post('/api/v1/users', { email: 'x@example.org', name: 'X', role: 'member' });
    expect(forbidden.status).toBe(403);
  });

  it('rotates and revokes tokens of a user of the council only', async () => {
    const created = await t.as(dartford.coordinator).post('/api/v1/users', { email: 'leaver@example.org', name: 'Leaver', role: 'member' });
    const second = await t.as(dartford.coordinator).post(`/api/v1/users/${created.body.id}/tokens`);
    expect(second.status).toBe(201);
    expect(second.body.token).not.toBe(created.body.token);
    expect((await t.as(second.body.token).get('/api/v1/me')).body.id).toBe(created.body.id);

    const gravesham = await t.council();
    expect((await t.as(gravesham.coordinator).post(`/api/v1/users/${created.body.id}/revoke-tokens`)).status).toBe(404);
    expect((await t.as(gravesham.coordinator).post(`/api/v1/users/${created.body.id}/tokens`)).status).toBe(404);
    expect((await t.as(second.body.token).post(`/api/v1/users/${created.body.id}/revoke-tokens`)).status).toBe(403);

    const revoked = await t.as(dartford.coordinator).post(`/api/v1/users/${created.body.id}/revoke-tokens`);
    expect(revoked.body).toEqual({ revoked: 2 });
    for (const token of [created.body.token, second.body.token]) {
      expect((await t.as(token).get('/api/v1/me')).status).toBe(401);
    }
    const trail = await t.http().get('/api/v1/audit').query({ entityType: 'user', entityId: created.body.id }).set(auth(dartford.coordinator));
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(['create', 'issue-token', 'issue-token', 'revoke-tokens']);
  });

  it('stores only the hash of a token', async () => {
    const res = await t.as(dartford.coordinator).post('/api/v1/users', { email: 'approver@example.org', name: 'Sheri Green', role: 'approver' });
    const rows = await t.dataSource.getRepository(ApiToken).find();
    expect(rows.length).toBeGreaterThan(0);
    const stored = rows.flatMap((r) => Object.values(r).map(String)).join(' ');
    expect(stored).not.toContain(res.body.token);
    expect(stored).not.toContain(res.body.token.slice(4));
  });

  it('refuses a second user with the same e-mail (409) and names every bad field (400)', async () => {
    const body = { email: 'dup@example.org', name: 'Dup', role: 'member' };
    expect((await t.as(dartford.coordinator).post('/api/v1/users', body)).status).toBe(201);
    expect((await t.as(dartford.coordinator).post('/api/v1/users', body)).status).toBe(409);

    const bad = await t.as(dartford.coordinator).post('/api/v1/users', { email: 'nope', role: 'mayor', extra: 1 });
    expect(bad.status).toBe(400);
    const message = bad.body.message.join('\n');
    for (const field of ['email', 'name', 'role', 'extra']) expect(message).toContain(field);
  });

  it('requires an authority for an authority contact, and only one of this council (404 for another)', async () => {
    const noAuthority = await t.as(dartford.coordinator).post('/api/v1/users', { email: 'c@example.org', name: 'C', role: 'authority' });
    expect(noAuthority.status).toBe(400);
    expect(noAuthority.body.message.join(' ')).toContain('authorityId');

    const gravesham = await t.council();
    const theirs = await t
      .http()
      .post('/api/v1/authorities')
      .set(auth(gravesham.coordinator))
      .send({ name: 'Kent Police', kind: 'police', statutory: true });
    expect(theirs.status).toBe(201);
    const res = await t
      .http()
      .post('/api/v1/users')
      .set(auth(dartford.coordinator))
      .send({ email: 'c@example.org', name: 'C', role: 'authority', authorityId: theirs.body.id });
    expect(res.status).toBe(404);

    const ours = await t.as(dartford.coordinator).post('/api/v1/authorities', { name: 'Kent Police', kind: 'police', statutory: true });
    const contact = await t
      .http()
      .post('/api/v1/users')
      .set(auth(dartford.coordinator))
      .send({ email: 'c@example.org', name: 'C', role: 'authority', authorityId: ours.body.id });
    expect(contact.status).toBe(201);
    // An authority contact sees their own authority, and no other.
    expect((await t.as(contact.body.token).get(`/api/v1/authorities/${ours.body.id}`)).status).toBe(200);
    const other = await t.as(dartford.coordinator).post('/api/v1/authorities', { name: 'Kent Fire and Rescue Service', kind: 'fire_rescue', statutory: true });
    expect((await t.as(contact.body.token).get(`/api/v1/authorities/${other.body.id}`)).status).toBe(404);
  });

  it('records who created a user in the audit trail, without the token', async () => {
    const res = await t.as(dartford.coordinator).post('/api/v1/users', { email: 'audited@example.org', name: 'Audited', role: 'member' });
    const trail = await t.http().get('/api/v1/audit').query({ entityType: 'user', entityId: res.body.id }).set(auth(dartford.coordinator));
    expect(trail.status).toBe(200);
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(['create', 'issue-token']);
    expect(trail.body.items[0].after).toMatchObject({ email: 'audited@example.org', role: 'member' });
    expect(trail.body.items[0].actor).toContain('coordinator');
    expect(JSON.stringify(trail.body)).not.toContain(res.body.token);
  });

  it('refuses a body over 1 MB (413) with the usual error shape', async () => {
    const res = await t
      .http()
      .post('/api/v1/committees')
      .set(auth(dartford.coordinator))
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 10) }));
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    const list = await t.as(dartford.coordinator).get('/api/v1/committees');
    expect(list.body.total).toBe(0);
  });
});
