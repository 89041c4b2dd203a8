import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';

/**
 * A person of the hosting organisation: creates, suspends and reinstates councils. Belongs to no
 * council, and can read or change nothing inside one.
 */
@Entity('operators')
export class Operator {
  @IdColumn()
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @InstantColumn()
  createdAt: Date;
}

/** An operator's bearer token (`sco_…`); only its SHA-256 is kept. */
@Entity('operator_tokens')
export class OperatorToken {
  @IdColumn()
  id: string;

  @RefColumn()
  operatorId: string;

  @ManyToOne(() => Operator, { onDelete: 'CASCADE' })
  @JoinColumn()
  operator?: Relation<Operator>;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @InstantColumn()
  createdAt: Date;

  @InstantColumn({ nullable: true })
  revokedAt: Date | null;
}
