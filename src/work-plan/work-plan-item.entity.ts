import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation, VersionColumn } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import type { Basis, Category, ItemStatus, Recurrence } from './work-plan.rules.js';
import type { ForeignRow } from '../common/database/columns.js';

/**
 * An item of the committee's rolling work plan: statutory or discretionary, planned for a meeting
 * or, until one exists, a season ("Summer 2017 (July)"). Every move and cancellation is an amendment.
 */
@Entity('work_plan_items')
@Index(['councilId', 'committeeId', 'status'])
@Index(['meetingId'])
// A year's items waiting in its seasons, without reading the committee's other years.
@Index(['committeeId', 'season'])
export class WorkPlanItem {
  @IdColumn()
  id: string;

  @RefColumn()
  councilId: string;

  @RefColumn()
  committeeId: string;

  @ManyToOne('Committee', { onDelete: 'CASCADE' })
  @JoinColumn()
  committee?: Relation<ForeignRow>;

  /** The order items were added to the committee's plan, which the plan keeps within a meeting or season. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Set when the record comes from, or is, exempt information (Schedule 12A paragraph 1-7): shown outside the council by its paragraph alone. */
  @Column({ type: 'integer', nullable: true })
  exemptParagraph: number | null;

  @Column({ type: 'varchar', length: 20 })
  basis: Basis;

  @Column({ type: 'varchar', length: 40 })
  category: Category;

  @RefColumn({ nullable: true })
  leadAuthorityId: string | null;

  /** A lead officer when the lead is not an authority, e.g. "Head of Legal Services". */
  @Column({ type: 'varchar', length: 200, nullable: true })
  leadOfficer: string | null;

  @RefColumn({ nullable: true })
  meetingId: string | null;

  /** Where the item stands when no meeting is set yet; kept in step with the meeting when there is one. */
  @Column({ type: 'varchar', length: 60 })
  season: string;

  @Column({ type: 'simple-json', nullable: true })
  recurrence: Recurrence | null;

  @Column({ type: 'varchar', length: 20 })
  status: ItemStatus;

  /** The occurrence this one follows, for a recurring item. */
  @RefColumn({ nullable: true })
  previousId: string | null;

  /** Optimistic locking: a change names the version it read; a stale one gets 409. */
  @VersionColumn()
  version: number;

  @InstantColumn()
  createdAt: Date;

  @InstantColumn()
  updatedAt: Date;
}
