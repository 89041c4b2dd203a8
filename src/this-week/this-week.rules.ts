import { addDays, daysBetween } from '../calendar/calendar.rules.js';
import type { IsoDate } from '../common/time/dates.js';

/** The days the home page looks ahead: today and the next seven. */
export const LOOK_AHEAD_DAYS = 7;

/** The last day of the look-ahead from `today`. */
export const lookAheadTo = (today: IsoDate): IsoDate => addDays(today, LOOK_AHEAD_DAYS);

/** How far off a day is, in the words of a countdown: `today`, `tomorrow`, `in 5 days`, `yesterday`, `3 days ago`. */
export function countdown(today: IsoDate, day: IsoDate): string {
  const days = daysBetween(today, day);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

/** Days past the due date (0 until it has passed). */
export const daysOverdue = (dueOn: IsoDate, today: IsoDate): number => Math.max(0, daysBetween(dueOn, today));
