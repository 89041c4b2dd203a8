import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { IdColumn, InstantColumn, RefColumn } from '../common/database/columns.js';
import type { ForeignRow } from '../common/database/columns.js';

/**
 * A council's own wording of one of the messages the app sends, in place of the standard wording
 * (`src/<module>/<name>.mail.njk`). Typed by a co-ordinator on the set-up pages and checked by
 * wording.rules.ts before it is kept; going back to the standard wording deletes the row.
 */
@Entity('mail_wordings')
@Index(['councilId', 'template'], { unique: true })
export class MailWording {
  @IdColumn()
  id: string;

  @RefColumn()
  councilId: string;

  @ManyToOne('Council', { onDelete: 'CASCADE' })
  @JoinColumn()
  council?: Relation<ForeignRow>;

  /** Which message: the standard template's name, "reminders/reminder.mail.njk". */
  @Column({ type: 'varchar', length: 200 })
  template: string;

  @Column({ type: 'text' })
  wording: string;

  @Column({ type: 'varchar', length: 300 })
  changedBy: string;

  @InstantColumn()
  changedAt: Date;
}
