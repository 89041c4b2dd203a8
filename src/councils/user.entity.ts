import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { Principal, Role } from '../common/auth/principal.js';
import { IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import { Council } from './council.entity.js';
import { logoPath } from './logo.rules.js';
import type { ForeignRow } from '../common/database/columns.js';

/** A person who uses the API: co-ordinator, member, approving officer or authority contact. */
@Entity('users')
@Index(['councilId', 'email'], { unique: true })
export class User {
  @IdColumn()
  id: string;

  @RefColumn()
  councilId: string;

  @ManyToOne(() => Council, { onDelete: 'CASCADE' })
  @JoinColumn()
  council?: Relation<Council>;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  role: Role;

  /** For an authority contact: the body they answer for. */
  @RefColumn({ nullable: true })
  authorityId: string | null;

  @ManyToOne('Authority', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn()
  authority?: Relation<ForeignRow> | null;

  @InstantColumn()
  createdAt: Date;
}

/** The user as the one acting in a request (their council loaded with them). */
export function principalOf(user: User): Principal {
  return { userId: user.id, councilId: user.councilId, role: user.role, authorityId: user.authorityId, email: user.email, name: user.name, timeZone: user.council!.timeZone, councilName: user.council!.name, councilLogo: user.council!.logoDigest ? logoPath(user.council!.slug, user.council!.logoDigest) : null, councilSuspended: user.council!.suspendedAt != null };
}
