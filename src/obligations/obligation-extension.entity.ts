import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { DateColumn, IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import { Obligation } from './obligation.entity.js';

export const EXTENSION_STATUSES = ['requested', 'granted', 'refused'] as const;
export type ExtensionStatus = (typeof EXTENSION_STATUSES)[number];

/**
 * A request for more time. The authority asks, the co-ordinator grants or refuses. Without a new date
 * it records that the response will come "as soon as reasonably possible thereafter", with the reason.
 */
@Entity('obligation_extensions')
@Index(['obligationId', 'requestedAt'])
export class ObligationExtension {
  @IdColumn()
  id: string;

  @RefColumn()
  obligationId: string;

  @ManyToOne(() => Obligation, { onDelete: 'CASCADE' })
  @JoinColumn()
  obligation?: Relation<Obligation>;

  @DateColumn({ nullable: true })
  newDueOn: string | null;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'varchar', length: 20 })
  status: ExtensionStatus;

  @Column({ type: 'varchar', length: 300 })
  requestedBy: string;

  @InstantColumn()
  requestedAt: Date;

  @Column({ type: 'varchar', length: 300, nullable: true })
  decidedBy: string | null;

  @InstantColumn({ nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionReason: string | null;

  /** The hash of the signed link the co-ordinators were sent to decide an authority's request (never the link itself). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  decisionTokenHash: string | null;

  /** The due date before a granted extension moved it. */
  @DateColumn({ nullable: true })
  previousDueOn: string | null;
}
