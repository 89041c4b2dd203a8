import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { auth, DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';


describe.each(DIALECTS)('registry on %s', (dialect) => {
  let t: TestApp;
  let dartford: TestCouncil;
  let gravesham: TestCouncil;
  let member: string;
  let authorityContact: string;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    dartford = await t.council('dartford');
    gravesham = await t.council('gravesham');
    member = await dartford.token('member');
  });
  afterAll(() => t.close());

  describe('committees', () => {
    let committeeId: string;

    it('creates a committee and lists it to every role', async () => {
      const res = await t
        .http()
        .post('/api/v1/committees')
        .set(auth(dartford.coordinator))
        .send({ name: 'Crime and Disorder (Overview and Scrutiny) Committee' });
      expect(res.status).toBe(201);
      committeeId = res.body.id;
      const list = await t.as(member).get('/api/v1/committees');
      expect(list.body).toEqual({ items: [{ id: committeeId, name: 'Crime and Disorder (Overview and Scrutiny) Committee' }], total: 1 });
      expect((await t.as(member).get(`/api/v1/committees/${committeeId}`)).status).toBe(200);
    });

    it('refuses a member creating one (403), a duplicate (409), unknown fields (400)', async () => {
      expect((await t.as(member).post('/api/v1/committees', { name: 'X' })).status).toBe(403);
      const dup = await t.as(dartford.coordinator).post('/api/v1/committees', { name: 'Crime and Disorder (Overview and Scrutiny) Committee' });
      expect(dup.status).toBe(409);
      const bad = await t.as(dartford.coordinator).post('/api/v1/committees', { name: '', chair: 'Wells' });
      expect(bad.status).toBe(400);
      expect(bad.body.message.join(' ')).toMatch(/name/);
      expect(bad.body.message.join(' ')).toMatch(/chair should not exist/);
    });

    it("hides another council's committee (404), in lists too", async () => {
      expect((await t.as(gravesham.coordinator).get(`/api/v1/committees/${committeeId}`)).status).toBe(404);
      expect((await t.as(gravesham.coordinator).get('/api/v1/committees')).body.total).toBe(0);
      expect((await t.as(dartford.coordinator).get('/api/v1/committees/not-an-id')).status).toBe(404);
    });

    it('adds members by role and lists the chair first, or those serving on a date', async () => {
      const add = (body: object) => t.as(dartford.coordinator).post(`/api/v1/committees/${committeeId}/members`, body);
      expect((await add({ name: 'Councillor D J Mote', email: 'mote@example.org', role: 'member', from: '2017-05-17' })).status).toBe(201);
      expect((await add({ name: 'Councillor R J Wells', email: 'wells@example.org', role: 'chair', from: '2017-05-17' })).status).toBe(201);
      expect(
        (await add({ name: 'Councillor Mrs Ann Allen MBE', email: 'allen@example.org', role: 'standing_invitee', from: '2016-05-18', to: '2017-05-16' })).status,
      ).toBe(201);
      const all = await t.as(member).get(`/api/v1/committees/${committeeId}/members`);
      expect(all.body.items.map((m: { role: string }) => m.role)).toEqual(['chair', 'member', 'standing_invitee']);
      const on = await t.http().get(`/api/v1/committees/${committeeId}/members`).query({ on: '2016-07-27' }).set(auth(member));
      expect(on.body.items.map((m: { name: string }) => m.name)).toEqual(['Councillor Mrs Ann Allen MBE']);

      const bad = await add({ name: 'X', email: 'not-an-email', role: 'mayor', from: '2017-02-30' });
      expect(bad.status).toBe(400);
      for (const field of ['email', 'role', 'from']) expect(bad.body.message.join(' ')).toContain(field);
      expect((await add({ name: 'X', email: 'x@example.org', role: 'member', from: '2017-05-17', to: '2017-05-01' })).status).toBe(400);
      expect((await t.as(gravesham.coordinator).post(`/api/v1/committees/${committeeId}/members`, { name: 'X', email: 'x@example.org', role: 'member', from: '2017-05-17' })).status).toBe(404);
      expect((await t.as(gravesham.coordinator).get(`/api/v1/committees/${committeeId}/members`)).status).toBe(404);
    });
  });

  describe('memberships', () => {
    it('has one chair and one vice-chair on any day: a second is refused (409) until the first term is ended, with audit', async () => {
      const { api } = await t.council();
      const committeeId = (await api.post('/api/v1/committees', { name: 'Crime and Disorder Committee' })).body.id;
      const add = (body: object) => api.post(`/api/v1/committees/${committeeId}/members`, body);
      const first = await add({ name: 'Councillor Lloyd', email: 'lloyd@example.org', role: 'chair', from: '2016-05-18' });
      expect(first.status).toBe(201);
      expect((await add({ name: 'Councillor Shippam', email: 'shippam@example.org', role: 'vice_chair', from: '2016-05-18' })).status).toBe(201);

      const second = await add({ name: 'Councillor Wells', email: 'wells@example.org', role: 'chair', from: '2017-05-17' });
      expect(second.status).toBe(409);
      expect(second.body.message).toContain('Councillor Lloyd is chair from 2016-05-18, with no end date');
      expect((await api.get(`/api/v1/committees/${committeeId}/members`)).body.total).toBe(2);

      const ended = await api.put(`/api/v1/committees/${committeeId}/members/${first.body.id}`, { to: '2017-05-16' });
      expect(ended.status).toBe(200);
      expect(ended.body).toMatchObject({ name: 'Councillor Lloyd', role: 'chair', from: '2016-05-18', to: '2017-05-16' });
      const wells = await add({ name: 'Councillor Wells', email: 'wells@example.org', role: 'chair', from: '2017-05-17' });
      expect(wells.status).toBe(201);
      // Reopening the first term would make two chairs again.
      expect((await api.put(`/api/v1/committees/${committeeId}/members/${first.body.id}`, { to: '2018-05-15' })).status).toBe(409);
      expect((await api.put(`/api/v1/committees/${committeeId}/members/${first.body.id}`, { to: '2016-01-01' })).status).toBe(400);
      expect((await api.put(`/api/v1/committees/${committeeId}/members/not-a-member`, { to: '2017-05-16' })).status).toBe(404);
      expect((await dartford.api.put(`/api/v1/committees/${committeeId}/members/${first.body.id}`, { to: '2017-05-16' })).status).toBe(404);
      const trail = await api.get(`/api/v1/audit?entityType=committee_member&entityId=${first.body.id}`);
      expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['create', 'update']));

      // Who served in a municipal year: the chair of 2016-17, and of 2017-18.
      await api.post('/api/v1/municipal-years', { label: '2016-17', startsOn: '2016-05-18', endsOn: '2017-05-16' });
      await api.post('/api/v1/municipal-years', { label: '2017-18', startsOn: '2017-05-17', endsOn: '2018-05-15' });
      const names = async (municipalYear: string) =>
        (await api.get(`/api/v1/committees/${committeeId}/members?municipalYear=${municipalYear}`)).body.items.map((m: { name: string; role: string }) => `${m.role}: ${m.name}`);
      expect(await names('2016-17')).toEqual(['chair: Councillor Lloyd', 'vice_chair: Councillor Shippam']);
      expect(await names('2017-18')).toEqual(['chair: Councillor Wells', 'vice_chair: Councillor Shippam']);
      expect((await api.get(`/api/v1/committees/${committeeId}/members?municipalYear=2019-20`)).status).toBe(404);
      expect((await api.get(`/api/v1/committees/${committeeId}/members?municipalYear=2016`)).status).toBe(400);
    });
  });

  describe('municipal years', () => {
    it('adds years in order and refuses overlaps (409) and inconsistent labels (400)', async () => {
      const add = (body: object, token = dartford.coordinator) => t.as(token).post('/api/v1/municipal-years', body);
      expect((await add({ label: '2017-18', startsOn: '2017-05-17', endsOn: '2018-05-15' })).status).toBe(201);
      expect((await add({ label: '2016-17', startsOn: '2016-05-18', endsOn: '2017-05-16' })).status).toBe(201);
      expect((await add({ label: '2018-19', startsOn: '2018-05-01', endsOn: '2019-05-14' })).status).toBe(409);
      const bad = await add({ label: '2018-20', startsOn: '2018-05-16', endsOn: '2019-05-14' });
      expect(bad.status).toBe(400);
      expect(bad.body.message.join(' ')).toContain('label');
      const impossible = await add({ label: '2018-19', startsOn: '2018-02-30', endsOn: 'May 2019' });
      expect(impossible.status).toBe(400);
      expect(impossible.body.message.join(' ')).toMatch(/startsOn.*endsOn|endsOn.*startsOn/s);
      expect((await add({ label: '2018-19', startsOn: '2018-05-16', endsOn: '2019-05-14' }, member)).status).toBe(403);

      const list = await t.as(member).get('/api/v1/municipal-years');
      expect(list.body.items.map((y: { label: string }) => y.label)).toEqual(['2016-17', '2017-18']);
      expect((await t.as(gravesham.coordinator).get('/api/v1/municipal-years')).body.total).toBe(0);
    });
  });

  describe('authorities', () => {
    let police: string;

    it('adds responsible authorities and co-operating bodies, statutory ones first', async () => {
      const add = (body: object) => t.as(dartford.coordinator).post('/api/v1/authorities', body);
      const neighbourhoodWatch = await add({ name: 'Kent Neighbourhood Watch', kind: 'other', statutory: false });
      expect(neighbourhoodWatch.status).toBe(201);
      const res = await add({ name: 'Kent Police', kind: 'police', statutory: true });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ name: 'Kent Police', kind: 'police', statutory: true, contacts: [] });
      police = res.body.id;

      const list = await t.as(member).get('/api/v1/authorities');
      expect(list.body.items.map((a: { name: string }) => a.name)).toEqual(['Kent Police', 'Kent Neighbourhood Watch']);
      const cooperating = await t.http().get('/api/v1/authorities').query({ statutory: 'false' }).set(auth(member));
      expect(cooperating.body.items.map((a: { name: string }) => a.name)).toEqual(['Kent Neighbourhood Watch']);

      const bad = await add({ name: 'Kent Police', kind: 'army', statutory: 'yes' });
      expect(bad.status).toBe(400);
      for (const field of ['kind', 'statutory']) expect(bad.body.message.join(' ')).toContain(field);
      expect((await add({ name: 'Kent Police', kind: 'police', statutory: true })).status).toBe(409);
    });

    it('keeps contacts in escalation order', async () => {
      const add = (body: object, token = dartford.coordinator, id = police) =>
        t.as(token).post(`/api/v1/authorities/${id}/contacts`, body);
      expect((await add({ name: 'Chief Constable', email: 'chief@kent.police.example', role: 'Chief Constable', escalationLevel: 2 })).status).toBe(201);
      expect((await add({ name: 'Insp. Gary Woodward', email: 'gary.woodward@kent.police.example', role: 'CSU Inspector', escalationLevel: 0 })).status).toBe(201);
      expect((await add({ name: 'District Commander', email: 'dc@kent.police.example', role: 'District Commander', escalationLevel: 1 })).status).toBe(201);
      const bad = await add({ name: 'X', email: 'x', role: '', escalationLevel: 3 });
      expect(bad.status).toBe(400);
      for (const field of ['email', 'role', 'escalationLevel']) expect(bad.body.message.join(' ')).toContain(field);
      expect((await add({ name: 'X', email: 'x@example.org', role: 'R', escalationLevel: 0 }, gravesham.coordinator)).status).toBe(404);
      expect((await add({ name: 'X', email: 'x@example.org', role: 'R', escalationLevel: 0 }, member)).status).toBe(403);

      const res = await t.as(dartford.coordinator).get(`/api/v1/authorities/${police}`);
      expect(res.body.contacts.map((c: { escalationLevel: number }) => c.escalationLevel)).toEqual([0, 1, 2]);
      expect((await t.as(gravesham.coordinator).get(`/api/v1/authorities/${police}`)).status).toBe(404);

      authorityContact = await dartford.token('authority', police);
      expect((await t.as(authorityContact).get('/api/v1/authorities')).status).toBe(403);
    });

    it('audits every change with who made it, before and after', async () => {
      const trail = await t.http().get('/api/v1/audit').query({ entityType: 'authority', entityId: police }).set(auth(dartford.coordinator));
      expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(['create', 'add-contact', 'add-contact', 'add-contact']);
      expect(trail.body.items[1].after).toMatchObject({ name: 'Chief Constable', escalationLevel: 2 });
      expect(trail.body.items[0].before).toBeNull();
      expect((await t.http().get('/api/v1/audit').query({ entityType: 'authority', entityId: police }).set(auth(member))).status).toBe(403);
      const theirs = await t.http().get('/api/v1/audit').query({ entityType: 'authority', entityId: police }).set(auth(gravesham.coordinator));
      expect(theirs.body.total).toBe(0);
      expect((await t.as(dartford.coordinator).get('/api/v1/audit')).status).toBe(400);
    });

    it('corrects and retires authorities and contacts, with audit; a retired contact is written to no more, a retired authority is issued nothing new', async () => {
      const coordinator = t.as(dartford.coordinator);
      const renamed = await coordinator.put(`/api/v1/authorities/${police}`, { name: 'Kent Police (North Kent)', kind: 'police', statutory: true });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({ name: 'Kent Police (North Kent)', retiredAt: null });
      expect((await coordinator.put(`/api/v1/authorities/${police}`, { name: 'Kent Neighbourhood Watch', kind: 'police', statutory: true })).status).toBe(409);
      expect((await coordinator.put(`/api/v1/authorities/${police}`, { name: '', kind: 'army', statutory: true })).body.message.join(' ')).toMatch(/name.*kind|kind.*name/);
      expect((await t.as(gravesham.coordinator).put(`/api/v1/authorities/${police}`, { name: 'Mine now', kind: 'police', statutory: true })).status).toBe(404);
      expect((await t.as(member).put(`/api/v1/authorities/${police}`, { name: 'Mine now', kind: 'police', statutory: true })).status).toBe(403);

      const contacts = (await coordinator.get(`/api/v1/authorities/${police}`)).body.contacts;
      const inspector = contacts.find((c: { escalationLevel: number }) => c.escalationLevel === 0).id;
      expect((await coordinator.post(`/api/v1/authorities/${police}/contacts/${inspector}/retire`, {})).status).toBe(400);
      const retired = await coordinator.post(`/api/v1/authorities/${police}/contacts/${inspector}/retire`, { reason: 'Moved to Maidstone CSU' });
      expect(retired.status).toBe(200);
      expect((await coordinator.post(`/api/v1/authorities/${police}/contacts/${inspector}/retire`, { reason: 'Again' })).status).toBe(409);
      expect((await coordinator.put(`/api/v1/authorities/${police}/contacts/${inspector}`, { name: 'X', email: 'x@example.org', role: 'R', escalationLevel: 0 })).status).toBe(404);
      expect((await coordinator.get(`/api/v1/authorities/${police}`)).body.contacts.map((c: { escalationLevel: number }) => c.escalationLevel)).toEqual([1, 2]);

      const watch = (await coordinator.get('/api/v1/authorities')).body.items.find((a: { name: string }) => a.name === 'Kent Neighbourhood Watch').id;
      const gone = await coordinator.post(`/api/v1/authorities/${watch}/retire`, { reason: 'Wound up in 2017' });
      expect(gone.body).toMatchObject({ retiredReason: 'Wound up in 2017', retiredAt: expect.any(String) });
      t.clock.set('2017-07-26T12:00:00Z');
      const issued = await coordinator.post('/api/v1/obligations', { kind: 'information_request', authorityId: watch, subject: 'Figures', details: 'x', issuedOn: '2017-07-26', dueOn: '2017-08-30' });
      expect(issued.status).toBe(409);
      expect(issued.body.message).toContain('Kent Neighbourhood Watch was retired (Wound up in 2017)');

      const trail = await t.http().get('/api/v1/audit').query({ entityType: 'authority', entityId: police }).set(auth(dartford.coordinator));
      expect(trail.body.items.map((e: { action: string }) => e.action).slice(-2)).toEqual(['update', 'retire-contact']);
      expect(trail.body.items.at(-1).after).toMatchObject({ retiredReason: 'Moved to Maidstone CSU' });
    });
  });
});
