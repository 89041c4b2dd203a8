import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter, type TransportOptions } from 'nodemailer';
import { AppConfig } from '../common/config/app-config.js';

export interface OutgoingMail {
  to: string | string[];
  cc?: string | string[];
  replyTo?: string;
  subject: string;
  text: string;
  html?: string;
  /** A fixed Message-ID (with its angle brackets), so that a re-send is recognised as the same message. */
  messageId?: string;
  inReplyTo?: string;
  references?: string[];
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

/** Sends e-mail through the SMTP server of SMTP_URL over a pool of reused connections. */
@Injectable()
export class MailService implements OnApplicationShutdown {
  private readonly logger = new Logger(MailService.name);
  private readonly transport: Transporter;

  constructor(private readonly config: AppConfig) {
    this.transport = nodemailer.createTransport({
      url: config.SMTP_URL,
      pool: true,
      maxConnections: 5,
      // The default (100) reopens each connection every 100 messages, halving throughput.
      maxMessages: Infinity,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    } as TransportOptions);
  }

  /**
   * Resolves with the SMTP message id once the server has accepted the message for at least one
   * recipient, and the recipients it refused; rejects otherwise (the error carries the refusals).
   */
  async send(mail: OutgoingMail): Promise<{ messageId: string; rejections: Rejection[] }> {
    const info = await this.transport.sendMail({ from: this.config.MAIL_FROM, ...mail });
    this.logger.log(`Sent ${info.messageId} to ${[mail.to].flat().join(', ')}`);
    return { messageId: info.messageId, rejections: rejectionsOf(info) };
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
