import { randomUUID } from 'node:crypto';
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter, type TransportOptions } from 'nodemailer';
import { AppConfig } from '../common/config/app-config.js';
import { Clock } from '../common/time/clock.js';
import { CouncilsService } from '../councils/councils.service.js';
import { type MailIdentity, NO_IDENTITY, replyToOf, senderOf } from '../councils/mail-identity.rules.js';
import type { RenderedMail } from './template.rules.js';
import { composeMessage } from './mime.rules.js';
import { type DeliveryResult, giveUpLongDeferred, type RecipientOutcome, recordAttempt, type Settlement, settle, stillOwed } from './delivery.rules.js';

/** A message: its words from a template (RenderedMail), its addresses and threading from the sender. */
export interface OutgoingMail extends RenderedMail {
  /** The council it is sent for: it goes out under the council's mail identity, where it has one. */
  councilId?: string;
  to: string | string[];
  cc?: string | string[];
  replyTo?: string;
  /** A fixed Message-ID (with its angle brackets), so that a re-send is recognised as the same message. */
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
  /**
   * The addresses the server is asked to deliver to, when not every one in To and Cc: a later attempt
   * offers the same message (same headers, same Message-ID) only to those who have not taken it yet.
   */
  envelopeTo?: string[];
}

/** A recipient the server refused at RCPT TO; `permanent` for a 5xx reply (e.g. "550 5.1.1 User unknown"). */
export interface Rejection {
  address: string;
  reply: string;
  permanent: boolean;
}

interface RecipientError {
  recipient?: string;
  response?: string;
  responseCode?: number;
}

/** The recipients refused in a send's result (some accepted) or its error (none accepted). */
export function rejectionsOf(source: unknown): Rejection[] {
  const errors = (source as { rejectedErrors?: RecipientError[] } | null)?.rejectedErrors ?? [];
  return errors
    .filter((e) => e.recipient)
    .map((e) => ({
      address: e.recipient!.toLowerCase(),
      reply: e.response ?? 'refused',
      permanent: (e.responseCode ?? 0) >= 500 && (e.responseCode ?? 0) < 600,
    }));
}

/** The bare address of a sender written `Name <address>`. */
function senderAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from;
}

/** How long a council's mail identity is used before it is read again (the operator may change it on any instance). */
const IDENTITY_KEPT_MS = 30_000;

/**
 * Sends e-mail through the SMTP server of SMTP_URL, or a council's own, over pools of reused
 * connections; from MAIL_FROM, or under the council's name and domain.
 */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger(MailService.name);
  /** A pool for each mail server, SMTP_URL's and the councils' own. */
  private readonly transports = new Map<string, Transporter>();
  private readonly identities = new Map<string, { readAt: number; identity: Promise<MailIdentity> }>();

  constructor(
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly councils: CouncilsService,
  ) {
    councils.onOutwardChange((councilId) => this.identities.delete(councilId));
  }

  /** The council's identity, kept for a while; a read that failed is tried again at the next message. */
  private identityOf(councilId: string | undefined): Promise<MailIdentity> {
    if (!councilId) return Promise.resolve(NO_IDENTITY);
    const kept = this.identities.get(councilId);
    if (kept && Date.now() - kept.readAt < IDENTITY_KEPT_MS) return kept.identity;
    const identity = this.councils.mailIdentityOf(councilId);
    this.identities.set(councilId, { readAt: Date.now(), identity });
    identity.catch(() => this.identities.delete(councilId));
    return identity;
  }

  /** From, Reply-To and the pool a council's message goes out with. */
  private async dispatch(mail: OutgoingMail): Promise<{ from: string; replyTo: string | undefined; transport: Transporter }> {
    const identity = await this.identityOf(mail.councilId);
    // Held (deferred, tried again later), never sent through SMTP_URL under the council's name.
    if (identity.serverUnreadable) throw new Error("the council's own mail server can no longer be read (its sealed address does not open with the service's key): the operator must set it again");
    return { from: senderOf(this.config.MAIL_FROM, identity), replyTo: replyToOf(identity, mail.replyTo), transport: this.transportFor(identity.smtpUrl ?? this.config.SMTP_URL) };
  }

  private transportFor(url: string): Transporter {
    let transport = this.transports.get(url);
    if (transport) return transport;
    transport = nodemailer.createTransport({
      url,
      pool: true,
      maxConnections: 5,
      // The default (100) reopens each connection every 100 messages, halving throughput.
      maxMessages: Infinity,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as TransportOptions);
    this.transports.set(url, transport);
    return transport;
  }

  /**
   * The message as the server receives it, offered to `envelopeTo` (To and Cc when not given): written
   * out here (mime.rules) and handed to the pool whole, its Message-ID the mail's own or a new one.
   */
  private async prepare(mail: OutgoingMail): Promise<{ messageId: string; transport: Transporter; message: { envelope: { from: string; to: string[] }; raw: string; messageId: string } }> {
    const { from, replyTo, transport } = await this.dispatch(mail);
    const sender = senderAddress(from);
    const to = [mail.to].flat();
    const cc = [mail.cc ?? []].flat();
    const messageId = mail.messageId ?? `<${randomUUID()}@${sender.slice(sender.lastIndexOf('@') + 1)}>`;
    const raw = composeMessage({
      from,
      to,
      cc,
      replyTo,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId,
      inReplyTo: mail.inReplyTo,
      references: mail.references,
      date: this.clock.now(),
      // Every message is made by the system (RFC 3834): out-of-office replies and other robots leave it unanswered.
      headers: { 'Auto-Submitted': 'auto-generated' },
      // "=_" never occurs in quoted-printable text, and the random part in no plain text.
      boundary: `=_scrutineer_${randomUUID()}`,
    });
    // The Message-ID given beside the bytes spares nodemailer making one of its own (random bytes each).
    return { messageId, transport, message: { envelope: { from: sender, to: mail.envelopeTo ?? [...to, ...cc] }, raw, messageId } };
  }

  /**
   * Resolves with the message's Message-ID once the server has accepted it for at least one
   * recipient, and the recipients it refused; rejects otherwise (the error carries the refusals).
   */
  async send(mail: OutgoingMail): Promise<{ messageId: string; rejections: Rejection[] }> {
    const { messageId, transport, message } = await this.prepare(mail);
    const info = await transport.sendMail(message);
    this.logger.log(`Sent ${messageId} to ${[mail.to].flat().join(', ')}`);
    return { messageId, rejections: rejectionsOf(info) };
  }

  /**
   * Offers the message once to every recipient and reports what the server answered for each; never
   * throws. A failure before any recipient was answered (no connection, a refusal of the message as
   * a whole) defers every recipient: the caller tries again later.
   */
  async deliver(mail: OutgoingMail): Promise<DeliveryResult & { messageId: string | null }> {
    const addresses = (mail.envelopeTo ?? [mail.to, mail.cc ?? []].flat()).map((a) => a.toLowerCase());
    if (addresses.length === 0) return { messageId: null, accepted: [], deferred: [], refused: [] };
    let source: unknown;
    let messageId: string | null = null;
    try {
      const prepared = await this.prepare(mail);
      source = await prepared.transport.sendMail(prepared.message);
      messageId = prepared.messageId;
    } catch (error) {
      source = error;
      if (rejectionsOf(error).length === 0) {
        const reply = (error as { response?: string }).response ?? (error as Error).message;
        this.logger.warn(`Not sent to ${addresses.join(', ')}: ${reply}`);
        return { messageId: null, accepted: [], deferred: addresses.map((address) => ({ address, reply })), refused: [] };
      }
    }
    const rejections = rejectionsOf(source);
    const rejected = new Set(rejections.map((r) => r.address));
    const result = {
      messageId,
      accepted: addresses.filter((a) => !rejected.has(a)),
      deferred: rejections.filter((r) => !r.permanent).map(({ address, reply }) => ({ address, reply })),
      refused: rejections.filter((r) => r.permanent).map(({ address, reply }) => ({ address, reply })),
    };
    if (result.accepted.length) this.logger.log(`Sent ${messageId ?? mail.messageId} to ${result.accepted.join(', ')}`);
    return result;
  }

  /**
   * One attempt at a message that is sent once (a digest, an outbox notice): offered only to the
   * addresses still owed it after the earlier attempts' `outcomes`, and settled (sent, to be tried
   * again, or failed). The caller records the result on its row.
   */
  async offer(mail: OutgoingMail, before: RecipientOutcome[], attempt: number): Promise<{ outcomes: RecipientOutcome[]; settlement: Settlement }> {
    let { outcomes } = giveUpLongDeferred(before, this.clock.now());
    const owed = stillOwed([mail.to, mail.cc ?? []].flat(), outcomes);
    if (owed.length > 0) outcomes = recordAttempt(outcomes, await this.deliver({ ...mail, envelopeTo: owed }), this.clock.now());
    return { outcomes, settlement: settle(outcomes, attempt, this.clock.now()) };
  }

  onApplicationShutdown(): void {
    for (const transport of this.transports.values()) transport.close();
  }
}
