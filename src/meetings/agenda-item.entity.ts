import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { IdColumn, RefColumn } from '../common/database/columns.js';
import type { StandardItemKind } from './agenda.rules.js';
import { Meeting } from './meeting.entity.js';

/** An item on a meeting's agenda: a standard item every agenda carries, or a substantive one. */
@Entity('agenda_items')
@Index(['meetingId', 'sequence'])
export class AgendaItem {
  @IdColumn()
  id: string;

  @RefColumn()
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn()
  meeting?: Relation<Meeting>;

  /** Order of addition; the agenda's own order comes from agenda.rules. */
  @Column({ type: 'integer' })
  sequence: number;

  @Column({ type: 'varchar', length: 40, nullable: true })
  standardKind: StandardItemKind | null;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** The work plan item this item takes, once work plan items exist for it. */
  @RefColumn({ nullable: true })
  workPlanItemId: string | null;

  /** Paragraph 1–7 of Part 1 of Schedule 12A to the Local Government Act 1972, when exempt. */
  @Column({ type: 'integer', nullable: true })
  exemptParagraph: number | null;

  @Column({ type: 'text', nullable: true })
  exemptReason: string | null;
}
