import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import type { OutgoingMail } from './mail.service.js';
import type { RecipientOutcome } from './delivery.rules.js';

/**
 * A notice the app owes someone (a draw-down decision to the member, a draft report to the
 * co-ordinators), written in the same transaction as the change it tells of and kept until the mail
 * server takes it: a refusing or absent server delays it, never drops it.
 */
@Entity('outbox_mails')
@Index(['status', 'createdAt'])
export class OutboxMail {
  @IdColumn()
  id: string;

  @RefColumn()
  councilId: string;

  /** The message, with a fixed Message-ID so that a re-send after a crash is the same message. */
  @Column({ type: 'simple-json' })
  message: OutgoingMail;

  @Column({ type: 'varchar', length: 20 })
  status: 'pending' | 'sending' | 'sent' | 'failed';

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @InstantColumn({ nullable: true })
  claimedAt: Date | null;

  @InstantColumn({ nullable: true })
  sentAt: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  /** What each recipient's mail server answered, over every attempt (see mail/delivery.rules). */
  @Column({ type: 'simple-json', nullable: true })
  recipientOutcomes: RecipientOutcome[] | null;

  /** Someone is still owed the message: not tried again before this instant. */
  @InstantColumn({ nullable: true })
  retryAt: Date | null;

  @InstantColumn()
  createdAt: Date;
}
