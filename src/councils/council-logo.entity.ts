import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { InstantColumn } from '../common/database/columns.js';
import { Council } from './council.entity.js';
import type { LogoMediaType } from './logo.rules.js';

/**
 * A council's logo, shown with its name on its pages, its public pages, its e-mails and its reports.
 * Kept apart from the council's row, so that the pages, which read the council on every request, never
 * carry the image.
 */
@Entity('council_logos')
export class CouncilLogo {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  councilId: string;

  @OneToOne(() => Council, { onDelete: 'CASCADE' })
  @JoinColumn()
  council?: Relation<Council>;

  @Column({ type: 'varchar', length: 20 })
  mediaType: LogoMediaType;

  /** The image's bytes, as base64 (the same column on SQLite and PostgreSQL). */
  @Column({ type: 'text' })
  image: string;

  @Column({ type: 'integer' })
  width: number;

  @Column({ type: 'integer' })
  height: number;

  @InstantColumn()
  updatedAt: Date;
}
