import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { InstantColumn, RefColumn } from '../common/database/columns.js';

/** One change to the council's data: who, what, which entity, before, after, when. Never updated. */
@Entity('audit_entries')
@Index(['councilId', 'entityType', 'entityId'])
export class AuditEntry {
  /** Increasing, so a trail reads in the order the changes were made even within one instant. */
  @PrimaryGeneratedColumn()
  id: number;

  @RefColumn()
  councilId: string;

  /** Null when the change came from the command line or the system itself. */
  @RefColumn({ nullable: true })
  actorUserId: string | null;

  @Column({ type: 'varchar', length: 300 })
  actor: string;

  /** e.g. `create`, `update`, `add-contact`. */
  @Column({ type: 'varchar', length: 40 })
  action: string;

  @Column({ type: 'varchar', length: 40 })
  entityType: string;

  @RefColumn()
  entityId: string;

  @Column({ type: 'simple-json', nullable: true })
  before: object | null;

  @Column({ type: 'simple-json', nullable: true })
  after: object | null;

  @InstantColumn()
  at: Date;
}
