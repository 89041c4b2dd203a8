import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateColumn, IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import type { NoticeStatus } from './forward-plan.rules.js';
import type { ForeignRow } from '../common/database/columns.js';

/**
 * A Regulation 9 notice of the key decisions to be taken in a period ("the Regulation 9 Notice for
 * the period 15 June 2017 to 31 October 2017"). Published, it is never edited: a change makes a new
 * notice that supersedes it and carries its decisions forward.
 */
@Entity('forward_plan_notices')
@Index(['councilId', 'periodStart'])
export class ForwardPlanNotice {
  @IdColumn()
  id: string;

  @RefColumn()
  councilId: string;

  @ManyToOne('Council', { onDelete: 'CASCADE' })
  @JoinColumn()
  council?: Relation<ForeignRow>;

  @DateColumn()
  periodStart: string;

  @DateColumn()
  periodEnd: string;

  @DateColumn({ nullable: true })
  publishedOn: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: NoticeStatus;

  /** The notice this one replaced. */
  @RefColumn({ nullable: true })
  supersedesId: string | null;

  @InstantColumn()
  createdAt: Date;
}
