import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateColumn, IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import type { RecipientOutcome } from '../mail/delivery.rules.js';
import type { ForeignRow } from '../common/database/columns.js';

export const DIGEST_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type DigestStatus = (typeof DIGEST_STATUSES)[number];

/**
 * One council's weekly digest to its co-ordinators. The row is made when the week's digest falls due
 * (unique per council and week) and claimed before sending, as reminders are: one e-mail a week, kept
 * until sent, whatever the queue or the mail server did.
 */
@Entity('weekly_digests')
@Index(['councilId', 'weekOf'], { unique: true })
@Index(['status', 'dueAt'])
export class WeeklyDigest {
  @IdColumn()
  id: string;

  @RefColumn()
  councilId: string;

  @ManyToOne('Council', { onDelete: 'CASCADE' })
  @JoinColumn()
  council?: Relation<ForeignRow>;

  /** The Monday of the week. */
  @DateColumn()
  weekOf: string;

  @InstantColumn()
  dueAt: Date;

  @Column({ type: 'varchar', length: 20 })
  status: DigestStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @InstantColumn({ nullable: true })
  claimedAt: Date | null;

  @InstantColumn({ nullable: true })
  sentAt: Date | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  messageId: string | null;

  @Column({ type: 'simple-json', nullable: true })
  recipients: string[] | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
  /** What each recipient's mail server answered, over every attempt (see mail/delivery.rules). */
  @Column({ type: 'simple-json', nullable: true })
  recipientOutcomes: RecipientOutcome[] | null;

  /** Someone is still owed the message: not tried again before this instant. */
  @InstantColumn({ nullable: true })
  retryAt: Date | null;
}
