import { describe, expect, it } from '@jest/globals';
import { bodyToHtml, escapeHtml, headedByLogo, splitSubject, tidy } from './template.rules.js';

describe('mail template rules', () => {
  it('tidies what control tags leave behind', () => {
    expect(tidy('\n\nA  \n\n\n\nB\t\n\n')).toBe('A\n\nB');
  });

  it('takes the subject from the first line and flattens a line break a value brought into it', () => {
    expect(splitSubject('Subject: Reminder – Kent\nPolice\n\nBody', 't')).toEqual({ subject: 'Reminder – Kent', body: 'Police\n\nBody' });
    expect(splitSubject('Subject: One\n\nBody line\nsecond', 't')).toEqual({ subject: 'One', body: 'Body line\nsecond' });
  });

  it('refuses a template without a subject line', () => {
    expect(() => splitSubject('Dear contact,\n\nBody', 'reminders/reminder.mail.njk')).toThrow(/reminders\/reminder.mail.njk must begin with a "Subject:" line/);
    expect(() => splitSubject('Subject:   \n\nBody', 't')).toThrow(/Subject/);
  });

  it('lays out paragraphs, lists and links, adding no markup of its own to the text', () => {
    const html = bodyToHtml('To Kent &amp; Medway:\nsecond line\n\n- one\n- two\n\n1. first\n2. second\n\nReminders sent:\n- none\n\nOpen https://x.example/r/abc?a=1&amp;b=2.');
    expect(html).toContain('<p>To Kent &amp; Medway:<br>second line</p>');
    expect(html).toContain('<ul><li>one</li><li>two</li></ul>');
    expect(html).toContain('<ol><li>first</li><li>second</li></ol>');
    expect(html).toContain('<p>Reminders sent:</p><ul><li>none</li></ul>');
    expect(html).toContain('<a href="https://x.example/r/abc?a=1&amp;b=2">https://x.example/r/abc?a=1&amp;b=2</a>.');
    expect(bodyToHtml('Open &quot;https://x.example/a&quot;, then https://x.example/b;')).toContain('&quot;<a href="https://x.example/a">https://x.example/a</a>&quot;, then <a href="https://x.example/b">https://x.example/b</a>;');
    expect(html.startsWith('<!doctype html><html lang="en"><body>')).toBe(true);
  });

  it('escapes the text part for the HTML part: every character that means something in HTML, as the engine escapes a value', () => {
    expect(escapeHtml(`PUT /contacts/<contact id> & "Kent's" <a@b.example>`)).toBe('PUT /contacts/&lt;contact id&gt; &amp; &quot;Kent&#39;s&quot; &lt;a@b.example&gt;');
    // Laid out, a link quoted in the text ends at its closing quote.
    expect(bodyToHtml(escapeHtml('See "https://x.example/a?b=1&c=2".'))).toContain('&quot;<a href="https://x.example/a?b=1&amp;c=2">https://x.example/a?b=1&amp;c=2</a>&quot;.');
  });

  it("heads the HTML part with the council's logo, its name as the image's text, quotes escaped", () => {
    const html = headedByLogo(bodyToHtml('Dear Inspector'), { src: 'https://scrutiny.example.org/branding/kent/logo?v=ab"cd', alt: 'Kent & Medway "Fire"' });
    expect(html).toBe(
      '<!doctype html><html lang="en"><body>\n<p><img src="https://scrutiny.example.org/branding/kent/logo?v=ab&quot;cd" alt="Kent &amp; Medway &quot;Fire&quot;" height="60" style="height:60px;width:auto"></p>\n<p>Dear Inspector</p>\n</body></html>',
    );
  });
});
