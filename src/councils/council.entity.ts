import { Column, Entity, Index } from 'typeorm';
import type { StoredCalendarSettings } from '../calendar/calendar-settings.js';
import { IdColumn, InstantColumn } from '../common/database/columns.js';
import type { MailIdentity } from './mail-identity.rules.js';

/** A council's mail identity as kept: its mail server's address (which may hold a password) sealed. */
export type StoredMailIdentity = Omit<MailIdentity, 'smtpUrl'> & { smtpUrlSealed: string | null };

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

  /** The council's choices for counting deadlines; absent ones take the statutory-rules defaults. */
  @Column({ type: 'simple-json', nullable: true })
  calendarSettings: StoredCalendarSettings | null;

  @InstantColumn()
  createdAt: Date;

  /** Set by the operator: the council's people cannot sign in and nothing is sent for it until reinstated. */
  @InstantColumn({ nullable: true })
  suspendedAt: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  suspendedReason: string | null;

  /** Set by the operator: the name, domain, reply-to and mail server its e-mail goes out with (mail-identity.rules). */
  @Column({ type: 'simple-json', nullable: true })
  mailIdentity: StoredMailIdentity | null;

  /** The version of its logo (its SHA-256), kept here so that every page knows its address without reading the image; null: none. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  logoDigest: string | null;

  /**
   * Moved by the database (triggers of the migration CouncilDataRevision) on every change of the
   * council's committees, municipal years, meetings and work plan items; never written by the app,
   * so that no stale copy of a council can put it back.
   */
  @Column({ type: 'integer', default: 0, insert: false, update: false })
  dataRevision: number;
}
