import { addDays, daysBetween } from '../calendar/calendar.rules.js';
import type { IsoDate } from '../common/time/dates.js';

/** The days the home page looks ahead: today and the next seven. */
export const LOOK_AHEAD_DAYS = 7;

/** The last day of the look-ahead from `today`. */
export const lookAheadTo = (today: IsoDate): IsoDate => addDays(today, LOOK_AHEAD_DAYS);

/** Days past the due date (0 until it has passed). */
export const daysOverdue = (dueOn: IsoDate, today: IsoDate): number => Math.max(0, daysBetween(dueOn, today));
