/**
 * Rules of the mail templates (see mail-templates.ts). A template is written once, as plain text
 * with a first line `Subject: …`; the plain-text part of the message is that text, and the HTML
 * part is the same text escaped (`escapeHtml`), then laid out by `bodyToHtml`: blank lines part
 * paragraphs, lines opening with "- " or "1. " make lists, web addresses become links.
 */

declare const rendered: unique symbol;

/**
 * A message's words as a template made them. Only MailTemplates gives one (the brand has no value to
 * forge), and the mail service sends nothing else: no message can bypass the templates or their door.
 */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
  readonly [rendered]: true;
}

/** Tidies what a template rendered: no trailing spaces, at most one blank line in a row, no blank lines at either end. */
export function tidy(rendered: string): string {
  return rendered
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/** The subject line and the body of a rendered template; a template without `Subject:` on its first line is a mistake in it. */
export function splitSubject(rendered: string, template: string): { subject: string; body: string } {
  const text = tidy(rendered);
  const match = /^Subject:[ \t]*(.*)\n?/.exec(text);
  if (!match || !match[1]!.trim()) throw new Error(`Mail template ${template} must begin with a "Subject:" line`);
  // A header is one line: a value that brought a line break into the subject is flattened.
  // The text is tidy already: the body need only lose the blank lines that parted it from the subject.
  return { subject: match[1]!.replace(/\s+/g, ' ').trim(), body: text.slice(match[0].length).replace(/^\n+/, '') };
}

// An address ends at a space, a tag or an escaped quote; a full stop or comma after it is the sentence's.
const LINK = /\bhttps?:\/\/(?:(?!&quot;|&#39;)[^\s<>"])+/g;

function linked(escaped: string): string {
  return escaped.replace(LINK, (found) => {
    const url = found.replace(/[.,;:)]+$/, '');
    return `<a href="${url}">${url}</a>${found.slice(url.length)}`;
  });
}

/** The HTML of a body whose values are already escaped by the engine: paragraphs, lists and links, nothing else added. */
export function bodyToHtml(escapedBody: string): string {
  const blocks = escapedBody.split(/\n{2,}/).filter((block) => block.trim() !== '');
  const html = blocks.map((block) => {
    const lines = block.split('\n');
    const bullets = lines.every((line) => /^- /.test(line));
    const numbered = lines.every((line) => /^\d+\. /.test(line));
    if (bullets) return `<ul>${lines.map((line) => `<li>${linked(line.slice(2))}</li>`).join('')}</ul>`;
    if (numbered) return `<ol>${lines.map((line) => `<li>${linked(line.replace(/^\d+\. /, ''))}</li>`).join('')}</ol>`;
    // A paragraph that opens with a line and then lists: the line, then the list.
    const firstItem = lines.findIndex((line) => /^- /.test(line));
    if (firstItem > 0 && lines.slice(firstItem).every((line) => /^- /.test(line))) {
      return `<p>${lines.slice(0, firstItem).map(linked).join('<br>')}</p><ul>${lines.slice(firstItem).map((line) => `<li>${linked(line.slice(2))}</li>`).join('')}</ul>`;
    }
    return `<p>${lines.map(linked).join('<br>')}</p>`;
  });
  return `<!doctype html><html lang="en"><body>\n${html.join('\n')}\n</body></html>`;
}

/**
 * The HTML part headed by the council's logo (its address absolute, as a mail reader fetches it; its
 * text the council's name, for readers that show no images).
 */
export function headedByLogo(html: string, logo: { src: string; alt: string }): string {
  return html.replace('<body>\n', `<body>\n<p><img src="${escapeHtml(logo.src)}" alt="${escapeHtml(logo.alt)}" height="60" style="height:60px;width:auto"></p>\n`);
}

/**
 * A text made safe for the HTML part: the text part, every character that means something in HTML
 * escaped (as the template engine escapes a value), before `bodyToHtml` lays it out. The templates are
 * plain text, so the HTML part is the text part escaped, rendered once.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
