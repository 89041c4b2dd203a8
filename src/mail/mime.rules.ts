/**
 * A message written out as the bytes the SMTP server receives (RFC 5322 and MIME): the headers, then
 * the text and HTML parts as one multipart/alternative. Every message the service sends has this one
 * shape, so it is written directly; nodemailer's general composer built a tree of parts and a chain
 * of streams for each message, more than half a sending worker's CPU a message (measured in the
 * pipeline bench). The encodings are nodemailer's own functions.
 */
import { domainToASCII } from 'node:url';
import addressparser from 'nodemailer/lib/addressparser';
import { encodeWord, encodeWords, foldLines, isPlainText, quoteString } from 'nodemailer/lib/mime-funcs';
import { encode as encodeQuotedPrintable, wrap as wrapQuotedPrintable } from 'nodemailer/lib/qp';

export interface MimeMessage {
  from: string;
  to: string[];
  cc: string[];
  replyTo?: string;
  subject: string;
  text: string;
  html: string;
  /** With its angle brackets. */
  messageId: string;
  inReplyTo?: string;
  references?: string[];
  date: Date;
  /** Headers of the service's own, written as they are (plain ASCII). */
  headers: Record<string, string>;
  /** Parts the two parts; it must not occur in either (a random one does not). */
  boundary: string;
}

const LINE = 76;

/** One header, folded at LINE; a value never carries a line break of its own into the header block. */
function header(name: string, value: string): string {
  return foldLines(`${name}: ${value.replace(/[\r\n]+/g, ' ')}`, LINE);
}

/** Words as a header carries them: ASCII as it is, anything else as RFC 2047 encoded words. */
function words(value: string): string {
  return isPlainText(value) ? value : encodeWords(value, 'Q', 52);
}

function mailbox(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return address;
  const domain = address.slice(at + 1);
  return `${address.slice(0, at)}@${isPlainText(domain) ? domain : domainToASCII(domain) || domain}`;
}

/** `Name <address>` or a bare address, each written as a header carries it. */
export function formatAddress(written: string): string {
  const [parsed] = addressparser(written, { flatten: true });
  if (!parsed?.address) return written.replace(/[\r\n]+/g, ' ');
  const name = parsed.name.trim();
  if (!name) return mailbox(parsed.address);
  // As nodemailer writes a name: words and spaces as they are, other ASCII quoted, anything else one
  // run of encoded words (so that a comma in it is encoded too, not read as the list's).
  const shown = /^[\w ]*$/.test(name) ? name : /^[\x20-\x7e]*$/.test(name) ? quoteString(name) : encodeWord(name, 'Q', 52);
  return `${shown} <${mailbox(parsed.address)}>`;
}

/** A text part's body and its transfer encoding: 7bit when it is short-lined ASCII, else quoted-printable. */
function part(contentType: string, content: string): string {
  const body = content.replace(/\r?\n/g, '\r\n');
  const plain = isPlainText(body) && body.split('\r\n').every((line) => line.length <= LINE);
  return [
    `Content-Type: ${contentType}; charset=utf-8`,
    `Content-Transfer-Encoding: ${plain ? '7bit' : 'quoted-printable'}`,
    '',
    plain ? body : wrapQuotedPrintable(encodeQuotedPrintable(body), LINE),
  ].join('\r\n');
}

/** The message, with CRLF line ends, as it is handed to the SMTP server. */
export function composeMessage(m: MimeMessage): string {
  const lines = Object.entries(m.headers).map(([name, value]) => header(name, value));
  lines.push(header('From', formatAddress(m.from)));
  if (m.to.length) lines.push(header('To', m.to.map(formatAddress).join(', ')));
  if (m.cc.length) lines.push(header('Cc', m.cc.map(formatAddress).join(', ')));
  if (m.replyTo) lines.push(header('Reply-To', formatAddress(m.replyTo)));
  if (m.inReplyTo) lines.push(header('In-Reply-To', m.inReplyTo));
  if (m.references?.length) lines.push(header('References', m.references.join(' ')));
  lines.push(header('Subject', words(m.subject)));
  lines.push(header('Message-ID', m.messageId));
  lines.push(header('Date', m.date.toUTCString().replace(/GMT$/, '+0000')));
  lines.push('MIME-Version: 1.0');
  lines.push(`Content-Type: multipart/alternative;\r\n boundary="${m.boundary}"`);
  return [
    lines.join('\r\n'),
    '',
    `--${m.boundary}`,
    part('text/plain', m.text),
    `--${m.boundary}`,
    part('text/html', m.html),
    `--${m.boundary}--`,
    '',
  ].join('\r\n');
}
