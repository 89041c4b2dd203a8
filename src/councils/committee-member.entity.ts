import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateColumn, IdColumn, RefColumn } from '../common/database/columns.js';
import { Committee } from './committee.entity.js';

export const COMMITTEE_ROLES = ['chair', 'vice_chair', 'member', 'co_opted', 'standing_invitee'] as const;
export type CommitteeRole = (typeof COMMITTEE_ROLES)[number];

/** A seat on (or a standing invitation to) a committee, held from one date to another. */
@Entity('committee_members')
@Index(['committeeId', 'from'])
export class CommitteeMember {
  @IdColumn()
  id: string;

  @RefColumn()
  committeeId: string;

  @ManyToOne(() => Committee, { onDelete: 'CASCADE' })
  @JoinColumn()
  committee?: Relation<Committee>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 20 })
  role: CommitteeRole;

  @DateColumn()
  from: string;

  @DateColumn({ nullable: true })
  to: string | null;

  /** What they serve or are invited as ("Cabinet Portfolio Holder for Community Development"), as the papers name them. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  description: string | null;
}
