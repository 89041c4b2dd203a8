import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import { WorkPlanItem } from './work-plan-item.entity.js';
import type { AmendmentKind } from './work-plan.rules.js';

/**
 * A change to an item of the work plan with its reason: deferred, brought forward, cancelled, or
 * otherwise changed; who directed it and where it was agreed (seed 001: "at the direction of the
 * Strategic Director (External Services)").
 */
@Entity('work_plan_amendments')
@Index(['itemId', 'sequence'])
@Index(['councilId', 'sequence'], { unique: true })
export class WorkPlanAmendment {
  @IdColumn()
  id: string;

  @RefColumn()
  councilId: string;

  /** The council's amendments in the order they were made (the annual report numbers them (i), (ii), …). */
  @Column({ type: 'integer' })
  sequence: number;

  @RefColumn()
  itemId: string;

  @ManyToOne(() => WorkPlanItem, { onDelete: 'CASCADE' })
  @JoinColumn()
  item?: Relation<WorkPlanItem>;

  @Column({ type: 'varchar', length: 20 })
  kind: AmendmentKind;

  @RefColumn({ nullable: true })
  fromMeetingId: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  fromSeason: string | null;

  @RefColumn({ nullable: true })
  toMeetingId: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  toSeason: string | null;

  /** What changed, for a `changed` amendment (e.g. "every six months → annual each July"). */
  @Column({ type: 'text', nullable: true })
  change: string | null;

  @Column({ type: 'text' })
  reason: string;

  /** Set when the record comes from, or is, exempt information (Schedule 12A paragraph 1-7): shown outside the council by its paragraph alone. */
  @Column({ type: 'integer', nullable: true })
  exemptParagraph: number | null;

  @Column({ type: 'varchar', length: 300 })
  directedBy: string;

  /** The meeting that agreed it, if any. */
  @RefColumn({ nullable: true })
  agreedAtMeetingId: string | null;

  /** The resolution, e.g. "Minute 15, resolution 2". */
  @Column({ type: 'varchar', length: 300, nullable: true })
  resolution: string | null;

  @Column({ type: 'varchar', length: 300 })
  recordedBy: string;

  @InstantColumn()
  recordedAt: Date;
}
