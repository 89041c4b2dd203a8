import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateColumn, IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import type { ExceptionKind } from './forward-plan.rules.js';
import { ForwardPlanNotice } from './notice.entity.js';

/** Reg 9(1)(c): a person with a title, or a body with its members. */
export interface DecisionMaker {
  kind: 'person' | 'body';
  name: string;
  title?: string;
  members?: string[];
}

/** A key decision a notice announces, with what reg 9(1) requires and where its exception stands. */
@Entity('key_decisions')
@Index(['noticeId'])
@Index(['councilId', 'decisionDueOn'])
export class KeyDecision {
  @IdColumn()
  id: string;

  @RefColumn()
  councilId: string;

  @RefColumn()
  noticeId: string;

  @ManyToOne(() => ForwardPlanNotice, { onDelete: 'CASCADE' })
  @JoinColumn()
  notice?: Relation<ForwardPlanNotice>;

  /**
   * A key decision (reg 9 applies), or another decision the forward plan lists for information
   * (never judged against the 28 clear days).
   */
  @Column({ type: 'boolean', default: true })
  key: boolean;

  /** The matter, reg 9(1)(b). */
  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'simple-json' })
  decisionMaker: DecisionMaker;

  @DateColumn()
  decisionDueOn: string;

  /** Reg 9(1)(e). */
  @Column({ type: 'simple-json' })
  documents: string[];

  /** Reg 9(1)(f): where copies can be had. */
  @Column({ type: 'text', nullable: true })
  documentsAddress: string | null;

  /** Schedule 12A paragraph when it will be taken in private; the notice then carries nothing exempt (reg 9(3)). */
  @Column({ type: 'integer', nullable: true })
  exemptParagraph: number | null;

  @Column({ type: 'simple-json' })
  wardsAffected: string[];

  @Column({ type: 'varchar', length: 300, nullable: true })
  contactOfficer: string | null;

  @Column({ type: 'varchar', length: 30 })
  exception: ExceptionKind;

  /** Why publishing 28 clear days ahead was impracticable (reg 10) or the decision is urgent (reg 11). */
  @Column({ type: 'text', nullable: true })
  exceptionReasons: string | null;

  /** The work plan item in which the committee scrutinises the decision before it is taken, once placed. */
  @RefColumn({ nullable: true })
  scrutinyItemId: string | null;

  /** Reg 10: when the written notice to the scrutiny chair was made available, and to whom it went. */
  @DateColumn({ nullable: true })
  generalExceptionNoticeOn: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  generalExceptionNoticeTo: string | null;

  /** Reg 11: who to ask after the scrutiny chair, in order (the council chair, then its vice-chair). */
  @Column({ type: 'simple-json', nullable: true })
  urgencyFallback: { role: 'council_chair' | 'council_vice_chair'; name: string; email: string }[] | null;

  /** Reg 11: who agreed the decision is urgent, as whom (chair, council chair, vice-chair), and when. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  urgencyAgreedBy: string | null;

  @InstantColumn({ nullable: true })
  urgencyAgreedAt: Date | null;

  /** Each move of the decision date, oldest first, carried from notice to notice. */
  @Column({ type: 'simple-json', default: '[]' })
  dateHistory: { from: string; to: string; reason: string; recordedOn: string }[];

  /** The decision this one carries forward from a superseded notice. */
  @RefColumn({ nullable: true })
  carriedFromId: string | null;

  @InstantColumn()
  createdAt: Date;
}
