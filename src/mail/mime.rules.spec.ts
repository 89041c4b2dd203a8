import { describe, expect, it } from '@jest/globals';
import { simpleParser } from 'mailparser';
import { composeMessage, formatAddress, type MimeMessage } from './mime.rules.js';

const message = (over: Partial<MimeMessage> = {}): MimeMessage => ({
  from: 'Borough of Testshire — Crime and Disorder Committee <scrutiny@mail.testshire.gov.uk>',
  to: ['inspector@police.example.org', 'Siân Lloyd <sian@police.example.org>'],
  cc: ['ds@testshire.gov.uk'],
  replyTo: 'ds@testshire.gov.uk',
  subject: 'Reminder: “Quarterly figures by ward” are due on Friday 4 December 2026 — please send them',
  text: 'Dear colleague,\n\n.A line opening with a full stop, a pound £ sign and a line long enough to pass seventy-six characters and more.\nTrailing spaces   \nhttps://scrutiny.example.org/respond/abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz\n\nFrom the committee',
  html: '<!doctype html><html lang="en"><body>\n<p>Dear colleague,</p>\n<p>A pound &pound; £ sign</p>\n</body></html>',
  messageId: '<reminder.7f3c@scrutiny.example.org>',
  inReplyTo: '<obligation.12@scrutiny.example.org>',
  references: ['<obligation.12@scrutiny.example.org>'],
  date: new Date('2026-03-29T00:30:00Z'),
  headers: { 'Auto-Submitted': 'auto-generated' },
  boundary: '=_part_0123456789abcdef',
  ...over,
});

describe('composeMessage', () => {
  it('reads back, through a mail parser, as every field it was given', async () => {
    const parsed = await simpleParser(composeMessage(message({ cc: ['"Testshire, Borough — Scrutiny" <ds@testshire.gov.uk>'] })));
    expect(parsed.from?.value).toEqual([{ name: 'Borough of Testshire — Crime and Disorder Committee', address: 'scrutiny@mail.testshire.gov.uk' }]);
    expect((Array.isArray(parsed.to) ? parsed.to : [parsed.to])[0]!.value).toEqual([
      { name: '', address: 'inspector@police.example.org' },
      { name: 'Siân Lloyd', address: 'sian@police.example.org' },
    ]);
    expect((Array.isArray(parsed.cc) ? parsed.cc : [parsed.cc])[0]!.value).toEqual([{ name: 'Testshire, Borough — Scrutiny', address: 'ds@testshire.gov.uk' }]);
    expect(parsed.replyTo?.value).toEqual([{ name: '', address: 'ds@testshire.gov.uk' }]);
    expect(parsed.subject).toBe(message().subject);
    expect(parsed.messageId).toBe('<reminder.7f3c@scrutiny.example.org>');
    expect(parsed.inReplyTo).toBe('<obligation.12@scrutiny.example.org>');
    expect(parsed.references).toBe('<obligation.12@scrutiny.example.org>');
    expect(parsed.date?.toISOString()).toBe('2026-03-29T00:30:00.000Z');
    expect(parsed.headers.get('auto-submitted')).toBe('auto-generated');
    // The text exactly as written (line ends aside), trailing spaces, long lines and a leading full stop kept.
    expect(parsed.text?.replace(/\r\n/g, '\n').replace(/\n$/, '')).toBe(message().text);
    expect(parsed.html).toContain('<p>A pound &pound; £ sign</p>');
  });

  it('writes every line within 78 characters, with CRLF line ends only', () => {
    const raw = composeMessage(message({ text: 'x'.repeat(500) + '\n' + 'é'.repeat(200) }));
    const lines = raw.split('\r\n');
    expect(raw).not.toMatch(/[^\r]\n|\r(?!\n)/);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(78);
  });

  it('sends short ASCII parts as they are (7bit), and anything else quoted-printable', () => {
    const raw = composeMessage(message({ text: 'Plain words.\nShort lines.', html: '<p>é</p>' }));
    const [, textPart, htmlPart] = raw.split('--=_part_0123456789abcdef');
    expect(textPart).toContain('Content-Transfer-Encoding: 7bit\r\n\r\nPlain words.\r\nShort lines.\r\n');
    expect(htmlPart).toContain('Content-Transfer-Encoding: quoted-printable\r\n\r\n<p>=C3=A9</p>\r\n');
  });

  it('keeps a value with a line break from starting a header of its own', async () => {
    const raw = composeMessage(message({ subject: 'Figures\r\nBcc: someone@elsewhere.example', to: ['inspector@police.example.org'], cc: [] }));
    expect(raw).not.toMatch(/^Bcc:/m);
    expect((await simpleParser(raw)).subject).toBe('Figures Bcc: someone@elsewhere.example');
  });

  it('leaves out the headers it has no value for', () => {
    const raw = composeMessage(message({ cc: [], replyTo: undefined, inReplyTo: undefined, references: undefined }));
    const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
    expect(head).not.toMatch(/^(Cc|Reply-To|In-Reply-To|References):/m);
    expect(head).toMatch(/^To: inspector@police\.example\.org, =\?UTF-8\?Q\?Si=C3=A2n_Lloyd\?=\r\n <sian@police\.example\.org>\r\n/m);
  });
});

describe('formatAddress', () => {
  it('quotes a display name holding a special character, encodes one beyond ASCII, and writes a bare address as it is', () => {
    expect(formatAddress('Crime and Disorder Committee, Testshire <a@b.example>')).toBe('"Crime and Disorder Committee, Testshire" <a@b.example>');
    expect(formatAddress('Siân <a@b.example>')).toBe('=?UTF-8?Q?Si=C3=A2n?= <a@b.example>');
    expect(formatAddress('a@b.example')).toBe('a@b.example');
    expect(formatAddress('"Testshire, Borough — Scrutiny" <a@b.example>')).toBe('=?UTF-8?Q?Testshire=2C_Borough_=E2=80=94_Scrutiny?= <a@b.example>');
    expect(formatAddress('Testshire <a@bücher.example>')).toBe('Testshire <a@xn--bcher-kva.example>');
  });
});
