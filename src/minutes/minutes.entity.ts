import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import type { ImportedAttendance, ImportWarning, WorkPlanChangeKind } from './minutes-import.rules.js';
import type { ForeignRow } from '../common/database/columns.js';

export const MINUTES_STATUSES = ['draft', 'approved'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

/** Who attended, as the minutes record it (the importer's reading, without its line numbers). */
export type Attendance = Omit<ImportedAttendance, 'lines'>;

export type ProposalState = 'proposed' | 'confirmed' | 'dismissed';

/** "Officers undertook to respond to Members": once confirmed, an obligation (kind undertaking). */
export interface Undertaking {
  text: string;
  state: ProposalState;
  obligationId: string | null;
}

/** A resolution or amendment that changes the work plan; once confirmed, made in the work plan. */
export interface WorkPlanChange {
  kind: WorkPlanChangeKind;
  text: string;
  when: string | null;
  state: ProposalState;
  workPlanItemId: string | null;
}

/** The minutes of one meeting: a draft until confirmed as a correct record at a later meeting (seed 003, item 3). */
@Entity('minutes')
@Index(['meetingId'], { unique: true })
export class Minutes {
  @IdColumn()
  id: string;

  @RefColumn()
  councilId: string;

  @RefColumn()
  meetingId: string;

  @ManyToOne('Meeting', { onDelete: 'CASCADE' })
  @JoinColumn()
  meeting?: Relation<ForeignRow>;

  @Column({ type: 'varchar', length: 10 })
  status: MinutesStatus;

  @Column({ type: 'simple-json' })
  attendance: Attendance;

  /** "The meeting closed at 9.25 pm", as written. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  closedAt: string | null;

  /** What the last import could not place or wants checked. */
  @Column({ type: 'simple-json' })
  warnings: ImportWarning[];

  /** The later meeting that confirmed them as a correct record. */
  @RefColumn({ nullable: true })
  confirmedAtMeetingId: string | null;

  @InstantColumn({ nullable: true })
  approvedAt: Date | null;

  @InstantColumn()
  updatedAt: Date;

  /**
   * The published text the draft was imported from, kept so the co-ordinator can check each item
   * against its lines. The minutes of an exempt item are in it: it is never shown outside the council.
   */
  @Column({ type: 'text', nullable: true })
  sourceText: string | null;
}

/** One item of the minutes, numbered as published, with its resolutions in order. */
@Entity('minute_items')
// Full-text search of the minutes, made by hand in the PostgreSQL migration MinutesSearch (an FTS5 table on SQLite): not TypeORM's to change.
@Index('IDX_minute_items_search', { synchronize: false })
@Index(['minutesId', 'position'])
export class MinuteItem {
  @IdColumn()
  id: string;

  @RefColumn()
  minutesId: string;

  @ManyToOne(() => Minutes, { onDelete: 'CASCADE' })
  @JoinColumn()
  minutes?: Relation<Minutes>;

  @RefColumn()
  councilId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 10 })
  number: string;

  @Column({ type: 'varchar', length: 500 })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'simple-json' })
  resolutions: string[];

  @Column({ type: 'simple-json' })
  undertakings: Undertaking[];

  @Column({ type: 'simple-json' })
  workPlanChanges: WorkPlanChange[];

  /** Taken after the exclusion of the press and public: published as its title and "considered in closed session" only. */
  @Column({ type: 'boolean' })
  exempt: boolean;

  @Column({ type: 'boolean' })
  excludesPublic: boolean;

  @Column({ type: 'boolean' })
  drawDown: boolean;

  /** The 1-based lines of the imported text the item was read from (none for an item typed in). */
  @Column({ type: 'simple-json', nullable: true })
  sourceLines: number[] | null;

  /** How sure the importer was that the item starts where it did, and why (none for an item typed in). */
  @Column({ type: 'simple-json', nullable: true })
  importReading: { confidence: 'high' | 'medium' | 'low'; why: string } | null;

  @RefColumn({ nullable: true })
  agendaItemId: string | null;

  @RefColumn({ nullable: true })
  workPlanItemId: string | null;
}
