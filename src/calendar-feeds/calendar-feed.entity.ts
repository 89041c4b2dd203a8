import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import type { ForeignRow } from '../common/database/columns.js';

/**
 * A secret iCalendar feed URL of open obligations' due dates: one authority's (for its contacts)
 * or the whole council's (for a co-ordinator). Only the token's hash is kept; revoking ends it.
 */
@Entity('calendar_feeds')
@Index(['tokenHash'], { unique: true })
@Index(['councilId', 'createdAt'])
export class CalendarFeed {
  @IdColumn()
  id: string;

  @RefColumn()
  councilId: string;

  @ManyToOne('Council', { onDelete: 'CASCADE' })
  @JoinColumn()
  council?: Relation<ForeignRow>;

  /** Null: every authority of the council. */
  @RefColumn({ nullable: true })
  authorityId: string | null;

  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  /** Who made it, as the audit trail names them. */
  @Column({ type: 'varchar', length: 300 })
  createdBy: string;

  @InstantColumn()
  createdAt: Date;

  @InstantColumn({ nullable: true })
  revokedAt: Date | null;
}
