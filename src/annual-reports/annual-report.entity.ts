import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import type { ReportStatus } from './annual-report.rules.js';
import type { Block } from './report-document.js';
import type { ForeignRow } from '../common/database/columns.js';

/**
 * One compilation of a committee's annual report for a municipal year. Compiling again makes the next
 * version and keeps this one; a draft is agreed by the committee, then submitted to full council.
 */
@Entity('annual_reports')
@Index(['committeeId', 'municipalYear', 'version'], { unique: true })
@Index(['councilId', 'status'])
export class AnnualReport {
  @IdColumn()
  id: string;

  @RefColumn()
  councilId: string;

  @RefColumn()
  committeeId: string;

  @ManyToOne('Committee', { onDelete: 'CASCADE' })
  @JoinColumn()
  committee?: Relation<ForeignRow>;

  @Column({ type: 'varchar', length: 20 })
  municipalYear: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 12 })
  status: ReportStatus;

  /** 0–100 while compiling. */
  @Column({ type: 'integer' })
  progress: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** The compiled report; every format is rendered from it. */
  @Column({ type: 'simple-json', nullable: true })
  blocks: Block[] | null;

  /** Compiled by the scheduled check (the year's last minutes approved): the co-ordinators are e-mailed. */
  @Column({ type: 'boolean' })
  automatic: boolean;

  @Column({ type: 'varchar', length: 300 })
  requestedBy: string;

  @InstantColumn()
  requestedAt: Date;

  @InstantColumn({ nullable: true })
  compiledAt: Date | null;

  @InstantColumn({ nullable: true })
  agreedAt: Date | null;

  @InstantColumn({ nullable: true })
  submittedAt: Date | null;
}

/** What a council sets for its committee's annual reports: names and its own introduction and protocol text. */
@Entity('annual_report_settings')
export class AnnualReportSettings {
  @IdColumn()
  committeeId: string;

  @RefColumn()
  councilId: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  councilName: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  committeeName: string | null;

  @Column({ type: 'text', nullable: true })
  introduction: string | null;

  @Column({ type: 'text', nullable: true })
  protocol: string | null;

  /** What the protocol asks of the committee's work programme (statutory and discretionary), opening that section. */
  @Column({ type: 'text', nullable: true })
  workProgramme: string | null;

  /** "06-01": each year's draft is also compiled by itself on this day after the year ends, minutes approved or not. */
  @Column({ type: 'varchar', length: 5, nullable: true })
  compileOnDay: string | null;
}
