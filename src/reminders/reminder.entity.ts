import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import type { RecipientOutcome } from '../mail/delivery.rules.js';
import type { ForeignRow } from '../common/database/columns.js';

export const REMINDER_STATUSES = ['pending', 'sending', 'sent', 'cancelled', 'failed'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

/**
 * One reminder of one obligation at one stage, and its delivery. The database is the truth: the
 * sweep enqueues due rows; the processor claims a row before sending, so a stage is sent once.
 */
@Entity('reminders')
@Index(['obligationId', 'stage'], { unique: true })
@Index(['status', 'dueAt'])
// The sweep pages by (due_at, id): with id in the index, rows that share one due instant (every
// reminder is planned for 09:00) are walked in order, never re-read from the start of the tie.
@Index(['councilId', 'status', 'dueAt', 'id'])
export class Reminder {
  @IdColumn()
  id: string;

  @RefColumn()
  councilId: string;

  @RefColumn()
  obligationId: string;

  @ManyToOne('Obligation', { onDelete: 'CASCADE' })
  @JoinColumn()
  obligation?: Relation<ForeignRow>;

  /** `before-7`, `due`, `after-14`… */
  @Column({ type: 'varchar', length: 20 })
  stage: string;

  @Column({ type: 'integer' })
  level: number;

  @Column({ type: 'boolean' })
  copyCoordinator: boolean;

  @Column({ type: 'boolean' })
  copyChair: boolean;

  @InstantColumn()
  dueAt: Date;

  @Column({ type: 'varchar', length: 20 })
  status: ReminderStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @InstantColumn({ nullable: true })
  claimedAt: Date | null;

  @InstantColumn({ nullable: true })
  sentAt: Date | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  messageId: string | null;

  @Column({ type: 'simple-json', nullable: true })
  recipients: { to: string[]; cc: string[] } | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;
  /** What each recipient's mail server answered, over every attempt (see mail/delivery.rules). */
  @Column({ type: 'simple-json', nullable: true })
  recipientOutcomes: RecipientOutcome[] | null;

  /** Someone is still owed the message: not tried again before this instant. */
  @InstantColumn({ nullable: true })
  retryAt: Date | null;
}
