import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import type { ForeignRow } from '../common/database/columns.js';

export const LINK_USES = ['response', 'extension'] as const;
export type LinkUse = (typeof LINK_USES)[number];

/**
 * A signed link that lets an authority answer one obligation without an account. Each reminder
 * carries its own (its id is the reminder's); a co-ordinator can make one by hand. Only the
 * token's hash is kept. It may be used once to answer; an acknowledgement does not use it up.
 */
@Entity('response_links')
@Index(['obligationId'])
export class ResponseLink {
  @IdColumn()
  id: string;

  @RefColumn()
  councilId: string;

  @RefColumn()
  obligationId: string;

  @ManyToOne('Obligation', { onDelete: 'CASCADE' })
  @JoinColumn()
  obligation?: Relation<ForeignRow>;

  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @InstantColumn()
  expiresAt: Date;

  @InstantColumn({ nullable: true })
  acknowledgedAt: Date | null;

  @InstantColumn({ nullable: true })
  usedAt: Date | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  usedFor: LinkUse | null;

  @InstantColumn()
  createdAt: Date;
}
