import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import type { ForeignRow } from '../common/database/columns.js';

/** A meeting of a committee. Starts at an instant (stored UTC, shown in the council's time zone). */
@Entity('meetings')
@Index(['councilId', 'startsAt'])
export class Meeting {
  @IdColumn()
  id: string;

  @RefColumn()
  councilId: string;

  @ManyToOne('Council', { onDelete: 'CASCADE' })
  @JoinColumn()
  council?: Relation<ForeignRow>;

  @RefColumn()
  committeeId: string;

  @ManyToOne('Committee', { onDelete: 'CASCADE' })
  @JoinColumn()
  committee?: Relation<ForeignRow>;

  @InstantColumn()
  startsAt: Date;

  @Column({ type: 'varchar', length: 300, nullable: true })
  venue: string | null;

  /** Set when the meeting is cancelled; its items must then be moved (the work plan refuses new ones). */
  @InstantColumn({ nullable: true })
  cancelledAt: Date | null;

  @Column({ type: 'text', nullable: true })
  cancelledReason: string | null;

  @InstantColumn()
  createdAt: Date;

  /** When the agenda was published (LGA 1972 s100B): from then it is the agenda the public reads, and no longer changes. */
  @InstantColumn({ nullable: true })
  agendaPublishedAt: Date | null;
}
