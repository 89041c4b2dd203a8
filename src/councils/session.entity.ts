import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import type { OutsiderKind } from '../common/auth/outsider-kinds.js';
import { User } from './user.entity.js';

/** How a person proved who they are. */
export type SignInMethod = 'link' | 'oidc';

/**
 * A signed-in browser. The cookie carries a random token; only its SHA-256 is kept, so a copy of the
 * database signs nobody in. It ends at `expiresAt`, after a working day without use, or when revoked
 * (signing out, or signing out everywhere). It is a council user's, or an outsider's (an operator, a
 * shared body's contact: `outsiderKind` and `outsiderId`, resolved by the module that owns them).
 */
@Entity('sessions')
@Index(['userId', 'revokedAt'])
@Index(['outsiderId', 'revokedAt'])
export class Session {
  @IdColumn()
  id: string;

  @RefColumn({ nullable: true })
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User>;

  @Column({ type: 'varchar', length: 20, nullable: true })
  outsiderKind: OutsiderKind | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  outsiderId: string | null;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'varchar', length: 10 })
  signedInWith: SignInMethod;

  @InstantColumn()
  createdAt: Date;

  @InstantColumn()
  lastSeenAt: Date;

  @InstantColumn()
  expiresAt: Date;

  @InstantColumn({ nullable: true })
  revokedAt: Date | null;
}
