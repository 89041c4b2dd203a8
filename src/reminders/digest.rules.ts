import { addDays } from '../calendar/calendar.rules.js';
import { type IsoDate, startOfDay } from '../common/time/dates.js';

/** The weekly digest goes to the co-ordinators on Monday at this hour, council time. */
export const DIGEST_HOUR = 8;

/** The Monday of the week a date falls in. */
export function weekOf(date: IsoDate): IsoDate {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
  return addDays(date, -((weekday + 6) % 7));
}

/** When the digest of the week is due: Monday 08:00 in the council's time zone. */
export function digestDueAt(monday: IsoDate, timeZone: string): Date {
  return new Date(startOfDay(monday, timeZone).getTime() + DIGEST_HOUR * 3_600_000);
}

/** The days the digest calls "this week": from its day to the Sunday. */
export function thisWeek(today: IsoDate): { from: IsoDate; to: IsoDate } {
  return { from: today, to: addDays(weekOf(today), 6) };
}
