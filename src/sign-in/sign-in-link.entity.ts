import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import type { ForeignRow } from '../common/database/columns.js';

/**
 * A link e-mailed to a user's registered address that signs them in once. Only the SHA-256 of its
 * token is kept; it expires within minutes and is spent when used.
 */
@Entity('sign_in_links')
export class SignInLink {
  @IdColumn()
  id: string;

  @RefColumn()
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<ForeignRow>;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @InstantColumn()
  createdAt: Date;

  @InstantColumn()
  expiresAt: Date;

  @InstantColumn({ nullable: true })
  usedAt: Date | null;
}
