import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateColumn, IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import type { ObligationKind } from './obligation.rules.js';
import type { ForeignRow } from '../common/database/columns.js';

/** One report or set of recommendations issued to many bodies at once: one obligation per body. */
@Entity('obligation_groups')
@Index(['councilId', 'issuedOn'])
export class ObligationGroup {
  @IdColumn()
  id: string;

  @RefColumn()
  councilId: string;

  @ManyToOne('Council', { onDelete: 'CASCADE' })
  @JoinColumn()
  council?: Relation<ForeignRow>;

  @Column({ type: 'varchar', length: 30 })
  kind: ObligationKind;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @DateColumn()
  issuedOn: string;

  @InstantColumn()
  createdAt: Date;
}
