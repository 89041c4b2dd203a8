import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../common/config/app-config.js';
import type { CouncilsService } from '../councils/councils.service.js';
import { digestMailValues } from '../reminders/digest-mail.rules.js';
import { MailTemplates } from './mail-templates.js';
import type { MailWordings } from './mail-wordings.service.js';

// The templates are the real files in src/; only the council's slug, name and logo are looked up (Medway has a logo).
const councils = {
  council: async (id: string) => (id === 'dartford-id' ? { id, slug: 'dartford', name: 'Dartford Borough Council', logoDigest: null } : { id, slug: 'medway', name: 'Medway Council', logoDigest: 'a1b2c3d4e5f6a7b8c9d0' }),
  onOutwardChange: () => undefined,
} as unknown as CouncilsService;
const noWordings = { wordingsOf: async () => new Map<string, string>() } as unknown as MailWordings;
const templates = (env: Record<string, string> = {}, wordings = noWordings) => new MailTemplates(loadConfig(env), councils, wordings);

const digest = digestMailValues({
  council: 'Dartford Borough Council',
  committee: 'Crime and Disorder (Overview and Scrutiny) Committee',
  weekOf: '2017-08-28',
  today: '2017-08-28',
  overdue: [{ id: '1', authority: 'Kent Police', kind: 'recommendation', subject: 'Encampments', dueOn: '2017-08-23', acknowledged: true }],
  dueThisWeek: [],
  failedDeliveries: [],
  failingContacts: [{ authorityId: 'a1', authority: 'KCC', name: 'Officer', email: 'gone@kent.example', reason: '550 5.1.1 User unknown', since: '2017-08-24' }],
  extensionRequests: [],
});

const reminder = (exemptParagraph: number | null) => ({
  committee: 'Crime and Disorder (Overview and Scrutiny) Committee',
  council: 'Dartford Borough Council',
  authority: 'Kent <Police> & Crime',
  kindLabel: 'Response to recommendations',
  state: 'Reminder',
  lead: 'is due on Thu 30 March 2017',
  obligation: { subject: 'Informant at 1 High Street', details: 'Mr A Person gave the names.', issuedOn: '2017-03-02', dueOn: '2017-03-30', exemptParagraph },
  explanation: '28 days after the recommendations were sent',
  citation: 'Crime and Disorder (Overview and Scrutiny) Regulations 2009, reg 6',
  sentBefore: [],
  coordinatorEmail: 'scrutiny@dartford.example',
  answerUrl: 'https://scrutineer.example/respond/abc?x=1&y=2',
  answerBy: '2017-04-27',
});

describe('the mail templates', () => {
  it('render the digest: each section with its count, "none" where there is nothing, text and HTML from one file', async () => {
    const mail = await templates().render('reminders/digest.mail.njk', digest, { councilId: 'dartford-id', audience: 'council' });
    expect(mail.subject).toBe('Crime and Disorder (Overview and Scrutiny) Committee: week of Mon 28 August 2017 – 1 overdue, 0 due this week, 1 delivery problem(s)');
    expect(mail.text).toContain('Overdue (1):\n- Kent Police: Response to recommendations – Encampments, due Wed 23 August 2017 (5 days overdue), receipt acknowledged');
    expect(mail.text).toContain('Due this week (0):\n- none');
    expect(mail.text).toContain('- KCC: Officer <gone@kent.example> since Thu 24 August 2017 – 550 5.1.1 User unknown');
    expect(mail.html).toContain('<p>Overdue (1):</p><ul><li>Kent Police: Response to recommendations – Encampments');
    expect(mail.html).toContain('<li>KCC: Officer &lt;gone@kent.example&gt; since');
  });

  it('escape values in the HTML part (and only there), and link addresses', async () => {
    const mail = await templates().render('reminders/reminder.mail.njk', reminder(null), { councilId: 'dartford-id', audience: 'outside' });
    expect(mail.text).toContain('To Kent <Police> & Crime:');
    expect(mail.html).toContain('To Kent &lt;Police&gt; &amp; Crime:');
    expect(mail.html).not.toContain('<Police>');
    expect(mail.html).toContain('<a href="https://scrutineer.example/respond/abc?x=1&amp;y=2">');
    expect(mail.text).toContain('- nothing before this one');
  });

  it('cannot let an exempt field reach an outside body, whatever the template does with it', async () => {
    const open = await templates().render('reminders/reminder.mail.njk', reminder(null), { councilId: 'dartford-id', audience: 'outside' });
    expect(`${open.subject}${open.text}`).toContain('Informant at 1 High Street');
    const exempt = await templates().render('reminders/reminder.mail.njk', reminder(7), { councilId: 'dartford-id', audience: 'outside' });
    for (const part of [exempt.subject, exempt.text, exempt.html]) {
      expect(part).not.toMatch(/Informant|High Street|Mr A Person/);
      expect(part).toContain('Schedule 12A, paragraph 7');
    }
    expect(exempt.text).toContain('due on Thu 30 March 2017');
  });

  it("take a council's own wording from MAIL_TEMPLATES_DIR, for that council only", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mail-templates-'));
    mkdirSync(join(dir, 'dartford', 'reminders'), { recursive: true });
    writeFileSync(join(dir, 'dartford', 'reminders', 'digest.mail.njk'), 'Subject: Dartford scrutiny: your week ({{ overdue.length }} late)\n\nGood morning from Dartford: {{ council }}.\n');
    const configured = templates({ MAIL_TEMPLATES_DIR: dir });
    const own = await configured.render('reminders/digest.mail.njk', digest, { councilId: 'dartford-id', audience: 'council' });
    expect(own).toMatchObject({ subject: 'Dartford scrutiny: your week (1 late)', text: 'Good morning from Dartford: Dartford Borough Council.' });
    const other = await configured.render('reminders/digest.mail.njk', digest, { councilId: 'medway-id', audience: 'council' });
    expect(other.subject).toMatch(/^Crime and Disorder \(Overview and Scrutiny\) Committee: week of/);
  });

  it("take a council's wording kept through its pages before any file, keep exempt text from outside bodies, and fall back when it fails", async () => {
    let own = new Map([['reminders/reminder.mail.njk', 'Subject: Dartford asks: {{ obligation.subject }}\n\nPlease answer {{ authority }}: {{ obligation.details }}']]);
    const wordings = { wordingsOf: async (id: string) => (id === 'dartford-id' ? own : new Map()) } as unknown as MailWordings;
    const open = await templates({}, wordings).render('reminders/reminder.mail.njk', reminder(null), { councilId: 'dartford-id', audience: 'outside' });
    expect(open).toMatchObject({ subject: 'Dartford asks: Informant at 1 High Street', text: 'Please answer Kent <Police> & Crime: Mr A Person gave the names.' });
    expect(open.html).toContain('Kent &lt;Police&gt; &amp; Crime');
    const exempt = await templates({}, wordings).render('reminders/reminder.mail.njk', reminder(7), { councilId: 'dartford-id', audience: 'outside' });
    expect(exempt.text).not.toContain('Mr A Person');
    expect(exempt.text).not.toContain('Informant');
    const medway = await templates({}, wordings).render('reminders/reminder.mail.njk', reminder(null), { councilId: 'medway-id', audience: 'outside' });
    expect(medway.subject).toMatch(/^Crime and Disorder/);

    // A new map, as MailWordings gives when a wording changes.
    own = new Map([['reminders/reminder.mail.njk', 'Subject: {{ obligation.subject }}\n\nDear {{ authority | join(", ") }}']]);
    const failing = await templates({}, wordings).render('reminders/reminder.mail.njk', reminder(null), { councilId: 'dartford-id', audience: 'outside' });
    expect(failing.subject).toMatch(/^Crime and Disorder \(Overview and Scrutiny\) Committee: Reminder/);
  });

  it("head the HTML part of a council's mail with its logo, at its address on the service, and leave the text part and other councils' mail alone", async () => {
    const medway = await templates({ PUBLIC_BASE_URL: 'https://scrutiny.example.org' }).render('reminders/reminder.mail.njk', reminder(null), { councilId: 'medway-id', audience: 'outside' });
    expect(medway.html).toContain('<body>\n<p><img src="https://scrutiny.example.org/branding/medway/logo?v=a1b2c3d4e5f6a7b8" alt="Medway Council" height="60"');
    expect(medway.text).not.toContain('branding');
    const dartford = await templates({ PUBLIC_BASE_URL: 'https://scrutiny.example.org' }).render('reminders/reminder.mail.njk', reminder(null), { councilId: 'dartford-id', audience: 'outside' });
    expect(dartford.html).not.toContain('<img');
  });

  it('refuse a name that climbs out of the template folders', async () => {
    await expect(templates().render('../package.json', {}, { councilId: 'dartford-id', audience: 'council' })).rejects.toThrow(/not found/);
  });
});
