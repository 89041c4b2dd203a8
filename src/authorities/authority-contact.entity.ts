import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import { Authority } from './authority.entity.js';

export const ESCALATION_LEVELS = [0, 1, 2] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];

/** A person at an authority; reminders go to level 0 first, then escalate to 1 (senior) and 2 (chief officer). */
@Entity('authority_contacts')
@Index(['authorityId', 'escalationLevel'])
export class AuthorityContact {
  @IdColumn()
  id: string;

  @RefColumn()
  authorityId: string;

  @ManyToOne(() => Authority, { onDelete: 'CASCADE' })
  @JoinColumn()
  authority?: Relation<Authority>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  /** Their post, e.g. "CSU Inspector". */
  @Column({ type: 'varchar', length: 200 })
  role: string;

  @Column({ type: 'integer' })
  escalationLevel: EscalationLevel;

  /** Since when the mail server refuses this address for good (a rejected recipient); reminders skip it. */
  @InstantColumn({ nullable: true })
  failingSince: Date | null;

  /** The server's reply, e.g. "550 5.1.1 User unknown". */
  @Column({ type: 'text', nullable: true })
  failingReason: string | null;

  /** Left the authority or the role: no longer written to; kept for the record of what was sent to whom. */
  @InstantColumn({ nullable: true })
  retiredAt: Date | null;

  @Column({ type: 'text', nullable: true })
  retiredReason: string | null;
}
