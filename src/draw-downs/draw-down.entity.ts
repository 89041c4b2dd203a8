import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateColumn, IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import type { DrawDownStatus, Urgency } from './draw-down.rules.js';
import type { ForeignRow } from '../common/database/columns.js';

/**
 * A member's request to draw a topic down to the committee (seed 003, item 10), agreed by the
 * committee's required approvers, then scheduled to a meeting as a work plan item with a report request.
 */
@Entity('draw_down_requests')
@Index(['councilId', 'status'])
@Index(['councilId', 'memberId'])
export class DrawDownRequest {
  @IdColumn()
  id: string;

  @RefColumn()
  councilId: string;

  @RefColumn()
  committeeId: string;

  @ManyToOne('Committee', { onDelete: 'CASCADE' })
  @JoinColumn()
  committee?: Relation<ForeignRow>;

  /** The member (user) who asked. */
  @RefColumn()
  memberId: string;

  @Column({ type: 'varchar', length: 300 })
  topic: string;

  @Column({ type: 'text' })
  concern: string;

  @Column({ type: 'text', nullable: true })
  desiredOutcome: string | null;

  @RefColumn({ nullable: true })
  suggestedAuthorityId: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  suggestedOfficer: string | null;

  @Column({ type: 'varchar', length: 10 })
  urgency: Urgency;

  /** A referral of a local crime and disorder matter by any member (Police and Justice Act 2006 s19(3)). */
  @Column({ type: 'boolean', default: false })
  callForAction: boolean;

  /** The member's electoral area the matter affects (s19(4)). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  ward: string | null;

  /** For a call for action: whether the committee decided to report on it, why, and when the member was told. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  committeeDecision: 'report' | 'no_report' | null;

  @Column({ type: 'text', nullable: true })
  committeeReasons: string | null;

  @InstantColumn({ nullable: true })
  memberToldAt: Date | null;

  /** When the member was sent a copy of the committee's report on it. */
  @InstantColumn({ nullable: true })
  reportCopiedAt: Date | null;

  @Column({ type: 'varchar', length: 20 })
  status: DrawDownStatus;

  /** The approvers required when it was submitted (user ids). */
  @Column({ type: 'simple-json' })
  approverIds: string[];

  @DateColumn()
  decisionDueOn: string;

  /** Whether the committee consults its chair on requests (its setting when the request was submitted). */
  @Column({ type: 'boolean', default: false })
  consultChair: boolean;

  /** When the chair was sent the request for their view. */
  @InstantColumn({ nullable: true })
  chairConsultedAt: Date | null;

  /** The chair's view, passed on to the approvers who have not decided; it informs, it does not decide. */
  @Column({ type: 'text', nullable: true })
  chairView: string | null;

  @InstantColumn({ nullable: true })
  chairViewAt: Date | null;

  /** When the approvers who had not decided were reminded (once), and the co-ordinators told. */
  @DateColumn({ nullable: true })
  approversRemindedOn: string | null;

  @RefColumn({ nullable: true })
  meetingId: string | null;

  @RefColumn({ nullable: true })
  workPlanItemId: string | null;

  @RefColumn({ nullable: true })
  obligationId: string | null;

  @InstantColumn()
  submittedAt: Date;
}

/** One approver's decision on a request, with the reason (e-mailed to the member). */
@Entity('draw_down_decisions')
@Index(['requestId', 'approverId'], { unique: true })
export class DrawDownDecision {
  @IdColumn()
  id: string;

  @RefColumn()
  requestId: string;

  @ManyToOne(() => DrawDownRequest, { onDelete: 'CASCADE' })
  @JoinColumn()
  request?: Relation<DrawDownRequest>;

  @RefColumn()
  approverId: string;

  @Column({ type: 'varchar', length: 10 })
  decision: 'approve' | 'refuse';

  @Column({ type: 'text' })
  reason: string;

  @InstantColumn()
  decidedAt: Date;
}

/** Who must agree a committee's draw-down requests, and how long they have. */
@Entity('draw_down_settings')
export class DrawDownSettings {
  @IdColumn()
  committeeId: string;

  @RefColumn()
  councilId: string;

  @Column({ type: 'simple-json' })
  approverIds: string[];

  @Column({ type: 'boolean' })
  consultChair: boolean;

  @Column({ type: 'integer' })
  decisionWorkingDays: number;
}
