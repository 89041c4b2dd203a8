import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateColumn, IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import type { ForeignRow } from '../common/database/columns.js';

/**
 * A bank holiday a council adds before the shipped list knows it (a one-off day announced by
 * proclamation, e.g. a coronation). It counts for that council's deadlines from the moment it is
 * added, and the due dates it moves are recomputed.
 */
@Entity('council_bank_holidays')
@Index(['councilId', 'date'], { unique: true })
export class CouncilBankHoliday {
  @IdColumn()
  id: string;

  @RefColumn()
  councilId: string;

  @ManyToOne('Council', { onDelete: 'CASCADE' })
  @JoinColumn()
  council?: Relation<ForeignRow>;

  @DateColumn()
  date: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 300 })
  addedBy: string;

  @InstantColumn()
  createdAt: Date;
}
