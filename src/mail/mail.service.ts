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

  /** Resolves with the SMTP message id once the server has accepted the message; rejects otherwise. */
  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const info = await this.transport.sendMail({ from: this.config.MAIL_FROM, ...mail });
    this.logger.log(`Sent ${info.messageId} to ${[mail.to].flat().join(', ')}`);
    return { messageId: info.messageId };
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
