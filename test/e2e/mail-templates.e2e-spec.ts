import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authority, obligation } from '../support/factories.js';
import { DIALECTS, startTestApp, type TestApp, type TestCouncil } from '../support/test-app.js';

/*
 * A council's own wording of an e-mail (MAIL_TEMPLATES_DIR/<slug>/...), for that council alone; and
 * the mail door's rule: even a council's template that prints every field cannot send an outside body
 * the text of an exempt obligation.
 */
describe.each(DIALECTS)('e-mail wording on %s', (dialect) => {
  const tag = randomBytes(3).toString('hex');
  const folder = mkdtempSync(join(tmpdir(), 'mail-templates-'));
  let t: TestApp;
  let dartford: TestCouncil;
  let medway: TestCouncil;

  beforeAll(async () => {
    mkdirSync(join(folder, `dartford-${tag}`, 'reminders'), { recursive: true });
    writeFileSync(
      join(folder, `dartford-${tag}`, 'reminders', 'reminder.mail.njk'),
      [
        'Subject: Dartford Community Safety: {{ obligation.subject }} is due {{ obligation.dueOn | date }}',
        '',
        'Dear colleagues at {{ authority }},',
        '',
        'We wrote to you on {{ obligation.issuedOn | date }} about "{{ obligation.subject }}": {{ obligation.details }}',
        '',
        'Answer here: {{ answerUrl }}',
      ].join('\n'),
    );
    t = await startTestApp(dialect, { MAIL_TEMPLATES_DIR: folder });
    dartford = await t.council(`dartford-${tag}`);
    medway = await t.council(`medway-${tag}`);
  });
  afterAll(async () => {
    await t.close();
    rmSync(folder, { recursive: true, force: true });
  });

  /** An authority of the council with one contact, and an information request to it due on 4 December 2017. */
  const requestTo = async (council: TestCouncil, name: string, email: string, request: { subject: string; details: string; exemptParagraph?: number }) =>
    obligation(council.api, await authority(council.api, { name, contacts: [{ name: 'Inspector', email }] }), { issuedOn: '2017-12-01', dueOn: '2017-12-04', ...request });

  it("sends one council's reminders in its own wording, the other's in the standard wording, and no exempt text either way", async () => {
    t.clock.set('2017-12-01T12:00:00Z');
    await requestTo(dartford, 'Kent Police', `inspector.${tag}@dartford-police.example.org`, { subject: 'Night-time economy', details: 'Incidents by street, 2016-17.' });
    await requestTo(dartford, 'Kent Police (Dartford district)', `sergeant.${tag}@dartford-police.example.org`, { subject: 'Named offender', details: 'Mr Secret Person of 2 Hidden Lane', exemptParagraph: 1 });
    await requestTo(medway, 'Kent Police', `inspector.${tag}@medway-police.example.org`, { subject: 'Night-time economy', details: 'Incidents by street, 2016-17.' });

    t.clock.set('2017-12-03T09:01:00Z');
    for (const council of [dartford, medway]) expect((await council.api.post('/api/v1/reminders/sweep')).status).toBe(200);
    // The reminders (each in reply to its request, which went at once in the standard wording).
    const to = (address: string) => t.smtp.waitFor((m) => JSON.stringify(m.to).includes(address) && !!m.inReplyTo);

    const own = await to(`inspector.${tag}@dartford-police.example.org`);
    expect(own.subject).toBe('Dartford Community Safety: Night-time economy is due Mon 4 December 2017');
    expect(own.text).toContain('Dear colleagues at Kent Police,');
    expect(own.text).toContain('We wrote to you on Fri 1 December 2017 about "Night-time economy": Incidents by street, 2016-17.');
    expect(own.html).toContain('<p>Dear colleagues at Kent Police,</p>');
    expect(own.headers.get('auto-submitted')).toBe('auto-generated');

    const exempt = await to(`sergeant.${tag}@dartford-police.example.org`);
    for (const part of [exempt.subject, exempt.text, exempt.html]) expect(part).not.toMatch(/Named offender|Secret Person|Hidden Lane/);
    expect(exempt.subject).toBe('Dartford Community Safety: Exempt item (Local Government Act 1972, Schedule 12A, paragraph 1) is due Mon 4 December 2017');

    const standard = await to(`inspector.${tag}@medway-police.example.org`);
    expect(standard.subject).toMatch(/: Reminder – Information requested: Night-time economy \(due Mon 4 December 2017\)$/);
    expect(standard.text).toContain('Sent before:');
  });

  it("keeps a council's wording given through the API only when it is safe and uses the message's values, sends in it, and goes back to the standard", async () => {
    t.clock.set('2017-12-05T12:00:00Z');
    const path = '/api/v1/mail-wordings/reminders/request';
    // Code that would run on the server, a value the message does not have, a filter that stops escaping: each refused, named, nothing kept.
    const refused = await medway.api.put(path, { wording: 'Subject: {{ authorty }}\n{{ range.constructor("return process")() }}\n{{ obligation.details | safe }}' });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toEqual([
      'wording: Line 1: “authorty” is not a value of this message; the list below names those it has',
      "wording: Line 2: a council's wording can call only its own macros",
      expect.stringMatching(/^wording: Line 3: the filter “safe” cannot be used/),
    ]);
    expect((await medway.api.put(path, { wording: 42 })).body.message).toContain('wording must be text');
    expect((await medway.api.get(path)).body).toMatchObject({ changed: false, changedBy: null, template: 'reminders/request.mail.njk' });
    expect((await medway.api.put('/api/v1/mail-wordings/reminders/no-such-message', { wording: 'Subject: x' })).status).toBe(404);
    expect((await t.as(await medway.token('member')).put(path, { wording: 'Subject: {{ authority }}' })).status).toBe(403);

    const kept = await medway.api.put(path, { wording: 'Subject: Medway asks: {{ obligation.subject }}\n\nDear {{ authority }},\n\n{% include "reminders/answer.mail-part.njk" %}' });
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({ changed: true, standardWording: expect.stringContaining('Subject: {{ committee }}') });
    expect(kept.body.values).toEqual(expect.arrayContaining(['authority', 'obligation', 'answerUrl']));
    const listed = (await medway.api.get('/api/v1/mail-wordings')).body;
    expect(listed.filter((m: { changed: boolean }) => m.changed).map((m: { template: string }) => m.template)).toEqual(['reminders/request.mail.njk']);
    expect(listed.length).toBeGreaterThanOrEqual(20);

    await requestTo(medway, 'Kent Fire and Rescue Service', `station.${tag}@medway-fire.example.org`, { subject: 'Deliberate fires', details: 'Fires by ward.' });
    await requestTo(dartford, 'Kent Fire and Rescue Service', `station.${tag}@dartford-fire.example.org`, { subject: 'Deliberate fires', details: 'Fires by ward.' });
    const own = await t.smtp.waitFor((m) => JSON.stringify(m.to).includes(`station.${tag}@medway-fire.example.org`));
    expect(own.subject).toBe('Medway asks: Deliberate fires');
    expect(own.text).toMatch(/^Dear Kent Fire and Rescue Service,/);
    expect(own.html).toContain('<p>Dear Kent Fire and Rescue Service,</p>');
    const theirs = await t.smtp.waitFor((m) => JSON.stringify(m.to).includes(`station.${tag}@dartford-fire.example.org`));
    expect(theirs.subject).toMatch(/: Information requested: Deliberate fires \(due Mon 4 December 2017\)$/);

    const restored = await medway.api.delete(path);
    expect(restored.body).toMatchObject({ changed: false });
    await requestTo(medway, 'Medway Community Safety Partnership', `again.${tag}@medway-police.example.org`, { subject: 'Knife crime', details: 'Offences by month.' });
    const standard = await t.smtp.waitFor((m) => JSON.stringify(m.to).includes(`again.${tag}@medway-police.example.org`));
    expect(standard.subject).toMatch(/: Information requested: Knife crime \(due Mon 4 December 2017\)$/);
    // Both changes are in the message's audit trail, the first with the wording it replaced.
    const trail = (await medway.api.get('/api/v1/audit?entityType=mail_wording&entityId=reminders.request')).body.items;
    expect(trail.map((e: { action: string }) => e.action).sort()).toEqual(['change-mail-wording', 'restore-mail-wording']);
  });
});
