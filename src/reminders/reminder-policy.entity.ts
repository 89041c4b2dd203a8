import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ReminderStage } from './reminder.rules.js';

/** A council's ladder of reminder stages; a council without one uses the default. */
@Entity('reminder_policies')
export class ReminderPolicy {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  councilId: string;

  @Column({ type: 'simple-json' })
  stages: ReminderStage[];

  /** Null: no acknowledgement asked for. Else the request asks for one within these working days, and the first contact is chased the day after. */
  @Column({ type: 'integer', nullable: true })
  acknowledgeWithinWorkingDays: number | null;
}
