import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import { User } from './user.entity.js';

/** A bearer token of a user. Only the SHA-256 of the token is kept; the token is shown once. */
@Entity('api_tokens')
export class ApiToken {
  @IdColumn()
  id: string;

  @RefColumn()
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User>;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @InstantColumn()
  createdAt: Date;

  @InstantColumn({ nullable: true })
  revokedAt: Date | null;
}
