import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import type { ForeignRow } from '../common/database/columns.js';
import type { OutsiderKind } from '../common/auth/outsider-kinds.js';

/**
 * A link e-mailed to a user's (or an outsider's) registered address that signs them in once. Only the SHA-256 of its
 * token is kept; it expires within minutes and is spent when used.
 */
@Entity('sign_in_links')
export class SignInLink {
  @IdColumn()
  id: string;

  @RefColumn({ nullable: true })
  userId: string | null;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<ForeignRow>;

  /** An outsider's link (an operator, a shared body's contact) has no user. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  outsiderKind: OutsiderKind | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  outsiderId: string | null;

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
