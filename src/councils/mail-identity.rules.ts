/**
 * How a council's e-mail goes out when the operator has given it an identity of its own: the name
 * and domain it is sent from, where replies go, and its own mail server. Unset parts fall back to the
 * service's (MAIL_FROM, SMTP_URL).
 */
export interface MailIdentity {
  /** The display name in From ("Medway Community Safety"). */
  senderName: string | null;
  /** Where replies go, for every message of the council (a shared mailbox); null: as each message says. */
  replyTo: string | null;
  /** The domain of the From address (its local part stays MAIL_FROM's): mail.medway.gov.uk. */
  sendingDomain: string | null;
  /** The council's own mail server, smtp(s)://user:pass@host:port, or null for SMTP_URL. */
  smtpUrl: string | null;
  /**
   * Its own server was set but its sealed address no longer opens (the key it was sealed with is gone):
   * its mail is held, never sent through SMTP_URL under its name, until the operator sets the server again.
   */
  serverUnreadable?: boolean;
}

export const NO_IDENTITY: MailIdentity = { senderName: null, replyTo: null, sendingDomain: null, smtpUrl: null };

const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
const ADDRESS = /^[^\s@<>",]+@[^\s@<>",]+\.[^\s@<>",]+$/;

/** What is wrong with an identity, field by field (an empty list: nothing). */
export function identityProblems(identity: MailIdentity): string[] {
  const problems: string[] = [];
  // A display name is written into a header: no line breaks, no angle brackets or quotes to forge an address.
  if (identity.senderName !== null && !/^[^\r\n<>"]{1,200}$/.test(identity.senderName.trim())) problems.push('senderName must be 1 to 200 characters, without line breaks, quotes or angle brackets');
  if (identity.replyTo !== null && !ADDRESS.test(identity.replyTo)) problems.push('replyTo must be an e-mail address');
  if (identity.sendingDomain !== null && !HOSTNAME.test(identity.sendingDomain)) problems.push('sendingDomain must be a domain name such as mail.medway.gov.uk');
  if (identity.smtpUrl !== null && !/^smtps?:\/\/[^\s/]+(:\d+)?\/?$/.test(identity.smtpUrl)) problems.push('smtpUrl must be smtp://[user:pass@]host:port or smtps://…');
  return problems;
}

/** The From of a council's message: its name and domain where it has them, MAIL_FROM's otherwise. */
export function senderOf(mailFrom: string, identity: MailIdentity): string {
  const match = /^\s*(?:"?([^"<]*?)"?\s*)?<([^>]+)>\s*$/.exec(mailFrom);
  const [defaultName, address] = match ? [match[1]?.trim() ?? '', match[2]] : ['', mailFrom.trim()];
  const localPart = address.slice(0, address.lastIndexOf('@'));
  const domain = identity.sendingDomain ?? address.slice(address.lastIndexOf('@') + 1);
  const name = identity.senderName?.trim() || defaultName;
  return name ? `"${name}" <${localPart}@${domain.toLowerCase()}>` : `${localPart}@${domain.toLowerCase()}`;
}

/** Where replies go: the council's reply-to where it set one (a shared mailbox), else what the message asks. */
export function replyToOf(identity: MailIdentity, asked: string | undefined): string | undefined {
  return identity.replyTo ?? asked;
}

/** The mail server as it may be shown: host and port, never the user or password. */
export function serverShown(smtpUrl: string | null): string | null {
  if (!smtpUrl) return null;
  const url = new URL(smtpUrl);
  return `${url.protocol}//${url.hostname}${url.port ? `:${url.port}` : ''}`;
}

/**
 * The mail server a form saves, which never shows the one set: a box left empty keeps it, an address typed
 * replaces it, "the service's" drops it. A server that can no longer be read is not dropped by a form
 * saved for another part (the name, say): the operator must type it again or choose the service's.
 */
export function serverToSave(current: MailIdentity, typed: string | null, useTheService: boolean): { smtpUrl: string | null } | { problem: string } {
  if (useTheService) return { smtpUrl: null };
  if (typed) return { smtpUrl: typed };
  if (current.serverUnreadable) return { problem: 'smtpUrl: enter the council’s mail server again, or choose the service’s' };
  return { smtpUrl: current.smtpUrl };
}
