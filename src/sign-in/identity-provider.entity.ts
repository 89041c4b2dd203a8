import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { InstantColumn } from '../common/database/columns.js';
import type { ForeignRow } from '../common/database/columns.js';

/**
 * A council's own identity provider (Microsoft Entra ID, say), through which its people sign in by
 * OpenID Connect. The client secret is kept sealed (AES-256-GCM), never in the clear.
 */
@Entity('identity_providers')
export class IdentityProvider {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  councilId: string;

  @OneToOne('Council', { onDelete: 'CASCADE' })
  @JoinColumn()
  council?: Relation<ForeignRow>;

  /** What the sign-in page calls it: "Dartford Borough Council account". */
  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'varchar', length: 500 })
  issuer: string;

  @Column({ type: 'varchar', length: 200 })
  clientId: string;

  @Column({ type: 'text' })
  clientSecretSealed: string;

  @InstantColumn()
  updatedAt: Date;
}
