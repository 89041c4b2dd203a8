import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import { KeyDecision } from './key-decision.entity.js';

export const URGENCY_ROLES = ['scrutiny_chair', 'council_chair', 'council_vice_chair'] as const;
export type UrgencyRole = (typeof URGENCY_ROLES)[number];

export const URGENCY_ROLE_LABELS: Record<UrgencyRole, string> = {
  scrutiny_chair: 'chairman of the overview and scrutiny committee',
  council_chair: 'chairman of the council',
  council_vice_chair: 'vice-chairman of the council',
};

export type UrgencyAnswer = 'pending' | 'agreed' | 'declined' | 'unable';

/**
 * Reg 11: one person asked to agree that a key decision is urgent and cannot reasonably be deferred,
 * through a signed single-use link: the scrutiny chair first, then the council chair, then its vice-chair.
 */
@Entity('urgency_requests')
@Index(['decisionId'])
export class UrgencyRequest {
  @IdColumn()
  id: string;

  @RefColumn()
  councilId: string;

  @RefColumn()
  decisionId: string;

  @ManyToOne(() => KeyDecision, { onDelete: 'CASCADE' })
  @JoinColumn()
  decision?: Relation<KeyDecision>;

  @Column({ type: 'varchar', length: 30 })
  role: UrgencyRole;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @InstantColumn()
  expiresAt: Date;

  @Column({ type: 'varchar', length: 20 })
  answer: UrgencyAnswer;

  @InstantColumn({ nullable: true })
  answeredAt: Date | null;

  @InstantColumn()
  createdAt: Date;
}
