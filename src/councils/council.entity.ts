import { Column, Entity, Index } from 'typeorm';
import { IdColumn, InstantColumn } from '../common/database/columns.js';

/** A local authority using Scrutineer. Every other row belongs to exactly one council. */
@Entity('councils')
export class Council {
  @IdColumn()
  id: string;

  /** Short name used in public URLs, e.g. `dartford`. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 60 })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 64, default: 'Europe/London' })
  timeZone: string;

  @InstantColumn()
  createdAt: Date;
}
