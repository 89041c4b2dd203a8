import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';

/**
 * A responsible authority registered once for every council it serves: one police force or fire
 * service for a dozen districts. Each council links its own authority to it (its contacts and ladder
 * stay the council's); the body's own contacts answer every council from one sign-in.
 */
@Entity('shared_authorities')
export class SharedAuthority {
  @IdColumn()
  id: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 30 })
  kind: string;

  @InstantColumn()
  createdAt: Date;
}

/** A person of the body who answers for it to every council it serves; tokens kept as SHA-256 only. */
@Entity('shared_authority_contacts')
@Index(['sharedAuthorityId', 'email'], { unique: true })
export class SharedAuthorityContact {
  @IdColumn()
  id: string;

  @RefColumn()
  sharedAuthorityId: string;

  @ManyToOne(() => SharedAuthority, { onDelete: 'CASCADE' })
  @JoinColumn()
  sharedAuthority?: Relation<SharedAuthority>;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** Their bearer token (`sca_…`). */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  /** The secret of their calendar feed, which lists every council's open obligations. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  feedTokenHash: string;

  @InstantColumn()
  createdAt: Date;
}
