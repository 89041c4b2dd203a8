import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateColumn, IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import type { SnapshotItem } from './versions.rules.js';
import type { ForeignRow } from '../common/database/columns.js';

/**
 * The work plan as agreed at a meeting, kept as it was: "the initial rolling work plan" of a year can
 * be shown, and compared with the plan as it stands (the annual report needs both).
 */
@Entity('work_plan_versions')
@Index(['committeeId', 'number'], { unique: true })
export class WorkPlanVersion {
  @IdColumn()
  id: string;

  @RefColumn()
  councilId: string;

  @RefColumn()
  committeeId: string;

  @ManyToOne('Committee', { onDelete: 'CASCADE' })
  @JoinColumn()
  committee?: Relation<ForeignRow>;

  /** 1, 2, … per committee. */
  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'varchar', length: 300 })
  label: string;

  @RefColumn({ nullable: true })
  agreedAtMeetingId: string | null;

  @DateColumn()
  agreedOn: string;

  @Column({ type: 'simple-json' })
  items: SnapshotItem[];

  @Column({ type: 'varchar', length: 300 })
  createdBy: string;

  @InstantColumn()
  createdAt: Date;
}
