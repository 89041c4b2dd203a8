import { type ParsedMail, simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { PATIENCE_MS, waitFor } from './wait-for.js';

/** A real SMTP server on a free loopback port; every message it accepts is parsed and kept. */
export class SmtpSink {
  readonly messages: ParsedMail[] = [];
  /** When set, the server refuses messages with this SMTP reply. */
  refuseWith: string | null = null;
  /** Addresses the server refuses for good at RCPT TO ("550 5.1.1 User unknown"). */
  readonly unknownRecipients = new Set<string>();
  /** Addresses the server asks to try later at RCPT TO ("450 4.2.0 Greylisted"), as greylisting or a full mailbox does. */
  readonly deferredRecipients = new Set<string>();
  /** The envelope recipients of each accepted message, in the order of `messages`. */
  readonly envelopes: string[][] = [];

  private constructor(private readonly server: SMTPServer) {}

  static async start(): Promise<SmtpSink> {
    let sink: SmtpSink | undefined;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // A sender with a user and password in its SMTP URL signs in (a council's own server); any is taken.
      allowInsecureAuth: true,
      // A sender's pooled connection still open at the end is cut after 2 s, not waited for 30.
      closeTimeout: 2_000,
      onAuth(auth, _session, callback) {
        callback(null, { user: auth.username });
      },
      onRcptTo(address, _session, callback) {
        if (sink?.unknownRecipients.has(address.address.toLowerCase())) {
          return callback(Object.assign(new Error('5.1.1 User unknown'), { responseCode: 550 }));
        }
        if (sink?.deferredRecipients.has(address.address.toLowerCase())) {
          return callback(Object.assign(new Error('4.2.0 Greylisted, please try again later'), { responseCode: 450 }));
        }
        callback();
      },
      onData(stream, session, callback) {
        if (sink?.refuseWith) {
          stream.resume();
          stream.on('end', () => callback(Object.assign(new Error(sink!.refuseWith!), { responseCode: 550 })));
          return;
        }
        simpleParser(stream)
          .then((mail) => {
            sink!.messages.push(mail);
            sink!.envelopes.push(session.envelope.rcptTo.map((r) => r.address.toLowerCase()));
            callback();
          })
          .catch(callback);
      },
    });
    sink = new SmtpSink(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return sink;
  }

  get url(): string {
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  /** Resolves with the first message that matches, waiting for its arrival. */
  async waitFor(match: (mail: ParsedMail) => boolean, timeoutMs = PATIENCE_MS): Promise<ParsedMail> {
    return waitFor('a matching e-mail', () => this.messages.find(match), { timeoutMs });
  }

  /** Resolves once `count` messages in all have arrived, with the messages in order of arrival. */
  async waitForCount(count: number, timeoutMs = PATIENCE_MS): Promise<ParsedMail[]> {
    await waitFor(`${count} e-mails in all (${this.messages.length} so far)`, () => this.messages.length >= count, { timeoutMs });
    return this.messages.slice(0, count);
  }

  /** How many accepted messages were delivered to the address (by envelope, copies included). */
  deliveredTo(address: string): number {
    return this.envelopes.filter((rcpt) => rcpt.includes(address.toLowerCase())).length;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
