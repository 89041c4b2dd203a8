import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateColumn, IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import type { ObligationKind, ObligationStatus } from './obligation.rules.js';
import type { ForeignRow } from '../common/database/columns.js';

/**
 * What a responsible authority or co-operating body owes the committee: information, attendance,
 * a response to recommendations, a report, or an officer's undertaking. Overdue is derived.
 */
@Entity('obligations')
@Index(['councilId', 'status', 'dueOn'])
@Index(['councilId', 'authorityId'])
@Index(['groupId'])
export class Obligation {
  @IdColumn()
  id: string;

  @RefColumn()
  councilId: string;

  @ManyToOne('Council', { onDelete: 'CASCADE' })
  @JoinColumn()
  council?: Relation<ForeignRow>;

  /** Set when one report went to many bodies, each with its own clock (PJA 2006 s19(2)). */
  @RefColumn({ nullable: true })
  groupId: string | null;

  @Column({ type: 'varchar', length: 30 })
  kind: ObligationKind;

  @RefColumn()
  authorityId: string;

  @ManyToOne('Authority', { onDelete: 'CASCADE' })
  @JoinColumn()
  authority?: Relation<ForeignRow>;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  details: string;

  /** Set when the record comes from, or is, exempt information (Schedule 12A paragraph 1-7): shown outside the council by its paragraph alone. */
  @Column({ type: 'integer', nullable: true })
  exemptParagraph: number | null;

  @DateColumn()
  issuedOn: string;

  @DateColumn()
  dueOn: string;

  /** The calendar rule that set dueOn, its citation and the explanation shown to users. */
  @Column({ type: 'varchar', length: 40 })
  dueRuleId: string;

  @Column({ type: 'varchar', length: 300 })
  dueCitation: string;

  @Column({ type: 'text' })
  dueExplanation: string;

  @Column({ type: 'text', nullable: true })
  dueWarning: string | null;

  @RefColumn({ nullable: true })
  meetingId: string | null;

  /** For recommendations: each recommendation as the report numbers it, so an answer can take a position on each. */
  @Column({ type: 'simple-json', nullable: true })
  recommendations: string[] | null;

  @Column({ type: 'varchar', length: 20 })
  status: ObligationStatus;

  @InstantColumn({ nullable: true })
  respondedAt: Date | null;

  /** When the authority first acknowledged receipt (through its response link). */
  @InstantColumn({ nullable: true })
  acknowledgedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  withdrawnReason: string | null;

  @InstantColumn()
  createdAt: Date;
}
