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
});
