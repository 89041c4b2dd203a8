import { Column, Entity, PrimaryColumn } from 'typeorm';
import { InstantColumn } from '../database/columns.js';

/**
 * A secret the app made for itself when the operator gave none (e.g. the response-link signing key
 * without LINK_SECRET), kept in the database so that every instance and every restart shares it.
 */
@Entity('app_secrets')
export class AppSecret {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  name: string;

  @Column({ type: 'varchar', length: 100 })
  value: string;

  @InstantColumn()
  createdAt: Date;
}
