import type { IsoDate } from '../common/time/dates.js';

/**
 * Counting days the way the law counts them. Pure: dates in, dates out; bank holidays come in as a
 * lookup. A "clear day" is a whole day: the day of notice and the day of the event are both
 * excluded (R v Swansea CC ex p Elitestone, 1993).
 */

export type CountingMode = 'clear_working_days' | 'clear_calendar_days';

/** The title of the bank holiday on a date, or undefined on any other day. */
export type BankHolidayLookup = (date: IsoDate) => string | undefined;

export interface SkippedDay {
  date: IsoDate;
  reason: 'weekend' | 'bank_holiday';
  title?: string;
}

export interface Counted {
  date: IsoDate;
  /** The days passed over because they do not count (working-day modes only). */
  skipped: SkippedDay[];
}

const DAY_MS = 86_400_000;
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const toTime = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`);
const fromTime = (time: number): IsoDate => new Date(time).toISOString().slice(0, 10);

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromTime(toTime(date) + days * DAY_MS);
}

/** Calendar days from a to b (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((toTime(b) - toTime(a)) / DAY_MS);
}

export function isWeekend(date: IsoDate): boolean {
  const day = new Date(toTime(date)).getUTCDay();
  return day === 0 || day === 6;
}

/** Why a day does not count as a working day, or null when it does. */
export function nonWorkingReason(date: IsoDate, holidays: BankHolidayLookup): SkippedDay | null {
  if (isWeekend(date)) return { date, reason: 'weekend' };
  const title = holidays(date);
  return title ? { date, reason: 'bank_holiday', title } : null;
}

export function isWorkingDay(date: IsoDate, holidays: BankHolidayLookup): boolean {
  return nonWorkingReason(date, holidays) === null;
}

/** `Wed 26 July 2017`, as a co-ordinator would write it. */
export function formatDate(date: IsoDate): string {
  const d = new Date(toTime(date));
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * Steps `count` counted days from `from` (not counting `from` itself), forwards for a positive
 * count and backwards for a negative one, and gives the day reached. In working-day mode,
 * weekends and bank holidays are passed over and listed.
 */
export function stepDays(from: IsoDate, count: number, mode: CountingMode, holidays: BankHolidayLookup): Counted {
  if (mode === 'clear_calendar_days') return { date: addDays(from, count), skipped: [] };
  const direction = Math.sign(count);
  const skipped: SkippedDay[] = [];
  let date = from;
  for (let left = Math.abs(count); left > 0; ) {
    date = addDays(date, direction);
    const reason = nonWorkingReason(date, holidays);
    if (reason) skipped.push(reason);
    else left--;
  }
  return { date, skipped };
}

/** The counted days strictly between notice and event (both excluded). */
export function clearDaysBetween(notice: IsoDate, event: IsoDate, mode: CountingMode, holidays: BankHolidayLookup): number {
  let count = 0;
  for (let date = addDays(notice, 1); date < event; date = addDays(date, 1)) {
    if (mode === 'clear_calendar_days' || isWorkingDay(date, holidays)) count++;
  }
  return count;
}

export interface LatestPublication extends Counted {
  /** When publication must fall on a working day: the latest working day on or before `date`. */
  latestWorkingDay: IsoDate;
}

/**
 * The latest day a notice can be given and still leave `clearDays` counted days before the event:
 * the day before the earliest counted clear day.
 */
export function latestPublication(
  event: IsoDate,
  clearDays: number,
  mode: CountingMode,
  holidays: BankHolidayLookup,
): LatestPublication {
  const counted: Counted = clearDays === 0 ? { date: event, skipped: [] } : stepDays(event, -clearDays, mode, holidays);
  const date = addDays(counted.date, -1);
  return { date, skipped: counted.skipped, latestWorkingDay: rollBackToWorkingDay(date, holidays) };
}

/** The first day on which something may happen once `clearDays` counted days have passed after the notice. */
export function earliestAfterClearDays(notice: IsoDate, clearDays: number, mode: CountingMode, holidays: BankHolidayLookup): Counted {
  const lastClearDay = stepDays(notice, clearDays, mode, holidays);
  return { date: addDays(lastClearDay.date, 1), skipped: lastClearDay.skipped };
}

/** The date itself when it is a working day, else the working day before it. */
export function rollBackToWorkingDay(date: IsoDate, holidays: BankHolidayLookup): IsoDate {
  let day = date;
  while (!isWorkingDay(day, holidays)) day = addDays(day, -1);
  return day;
}

/** Describes skipped days: "skipping the weekend of 22–23 July and the bank holiday Mon 29 May 2017 (Spring bank holiday)". */
export function describeSkipped(skipped: SkippedDay[]): string {
  if (skipped.length === 0) return 'no weekend days or bank holidays fell in the period';
  skipped = [...skipped].sort((a, b) => a.date.localeCompare(b.date));
  const weekends = skipped.filter((s) => s.reason === 'weekend').map((s) => formatDate(s.date));
  const holidays = skipped.filter((s) => s.reason === 'bank_holiday').map((s) => `${formatDate(s.date)} (${s.title})`);
  const parts = [
    weekends.length ? `weekend day${weekends.length > 1 ? 's' : ''} ${weekends.join(', ')}` : '',
    holidays.length ? `bank holiday${holidays.length > 1 ? 's' : ''} ${holidays.join(', ')}` : '',
  ].filter(Boolean);
  return `skipping ${parts.join(' and ')}`;
}
