import { type ParsedMail, simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on a free loopback port; every message it accepts is parsed and kept. */
export class SmtpSink {
  readonly messages: ParsedMail[] = [];
  private waiters: (() => void)[] = [];
  /** When set, the server refuses messages with this SMTP reply. */
  refuseWith: string | null = null;
  /** Addresses the server refuses for good at RCPT TO ("550 5.1.1 User unknown"). */
  readonly unknownRecipients = new Set<string>();

  private constructor(private readonly server: SMTPServer) {}

  static async start(): Promise<SmtpSink> {
    let sink: SmtpSink | undefined;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (sink?.unknownRecipients.has(address.address.toLowerCase())) {
          return callback(Object.assign(new Error('5.1.1 User unknown'), { responseCode: 550 }));
        }
        callback();
      },
      onData(stream, _session, callback) {
        if (sink?.refuseWith) {
          stream.resume();
          stream.on('end', () => callback(Object.assign(new Error(sink!.refuseWith!), { responseCode: 550 })));
          return;
        }
        simpleParser(stream)
          .then((mail) => {
            sink!.messages.push(mail);
            sink!.waiters.splice(0).forEach((wake) => wake());
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

  /** Resolves with the first message that matches, waiting for its arrival (no sleeps). */
  async waitFor(match: (mail: ParsedMail) => boolean, timeoutMs = 10_000): Promise<ParsedMail> {
    await this.until(() => this.messages.some(match), timeoutMs);
    return this.messages.find(match)!;
  }

  /** Resolves once `count` messages in all have arrived, with the messages in order of arrival. */
  async waitForCount(count: number, timeoutMs = 15_000): Promise<ParsedMail[]> {
    await this.until(() => this.messages.length >= count, timeoutMs);
    return this.messages.slice(0, count);
  }

  private async until(condition: () => boolean, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Not satisfied within ${timeoutMs} ms (${this.messages.length} message(s) arrived)`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
