import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import type { ForeignRow } from '../common/database/columns.js';

export const AUTHORITY_KINDS = [
  'district_council',
  'county_council',
  'police',
  'fire_rescue',
  'probation',
  'health',
  'other',
] as const;
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];

/**
 * A responsible authority (Crime and Disorder Act 1998 s5; `statutory: true`) or a co-operating
 * body (`statutory: false`) whose work the committee scrutinises.
 */
@Entity('authorities')
@Index(['councilId', 'name'], { unique: true })
export class Authority {
  @IdColumn()
  id: string;

  @RefColumn()
  councilId: string;

  @ManyToOne('Council', { onDelete: 'CASCADE' })
  @JoinColumn()
  council?: Relation<ForeignRow>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 30 })
  kind: AuthorityKind;

  @Column({ type: 'boolean' })
  statutory: boolean;

  @InstantColumn()
  createdAt: Date;

  /** Its place in the council's own order (the order it was registered in), which its papers follow. */
  @Column({ type: 'integer', default: 0 })
  position: number;

  /** No longer one of the council's bodies (merged, abolished): nothing new is issued to it; its history stays. */
  @InstantColumn({ nullable: true })
  retiredAt: Date | null;

  @Column({ type: 'text', nullable: true })
  retiredReason: string | null;

  /**
   * The body registered once for every council it serves (a police force, a fire service), whose
   * contacts may answer all of them from one sign-in; this council's own contacts and ladder stay its own.
   */
  @Index()
  @Column({ type: 'varchar', length: 36, nullable: true })
  sharedAuthorityId: string | null;
}
