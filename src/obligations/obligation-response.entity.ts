import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import { Obligation } from './obligation.entity.js';
import type { Position } from './obligation.rules.js';

export interface RecommendationPosition {
  recommendation: string;
  position: Position;
  reason: string;
}

/** An authority's answer to an obligation; for recommendations, its position on each. */
@Entity('obligation_responses')
@Index(['obligationId', 'respondedAt'])
export class ObligationResponse {
  @IdColumn()
  id: string;

  @RefColumn()
  obligationId: string;

  @ManyToOne(() => Obligation, { onDelete: 'CASCADE' })
  @JoinColumn()
  obligation?: Relation<Obligation>;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'simple-json', nullable: true })
  positions: RecommendationPosition[] | null;

  @Column({ type: 'varchar', length: 300 })
  respondedBy: string;

  @InstantColumn()
  respondedAt: Date;
}
