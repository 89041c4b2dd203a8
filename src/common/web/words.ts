import { type IsoDate, zonedParts } from '../time/dates.js';

const DAY_MS = 86_400_000;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A calendar day as the GOV.UK style guide writes it on a page: `Wednesday 26 July 2017`. */
export function dateInWords(date: IsoDate): string {
  const d = new Date(`${date}T00:00:00Z`);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** A time of day in the GOV.UK style: `9am`, `5:30pm`, `midday`, `midnight`. */
export function timeInWords(time: string): string {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  if (minutes === 0 && hours === 12) return 'midday';
  if (minutes === 0 && hours === 0) return 'midnight';
  const hour12 = hours % 12 === 0 ? 12 : hours % 12;
  return `${hour12}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}${hours < 12 ? 'am' : 'pm'}`;
}

/** An instant as it was on the council's clock: `Wednesday 26 July 2017 at 7pm`. */
export function instantInWords(instant: Date, timeZone: string): string {
  const { date, time } = zonedParts(instant, timeZone);
  return `${dateInWords(date)} at ${timeInWords(time)}`;
}

/** A count of days in words: `1 day`, `12 days`. */
export function daysInWords(days: number): string {
  return `${days} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
}

/** How far off a day is, in the words of a countdown: `today`, `tomorrow`, `in 5 days`, `yesterday`, `3 days ago`. */
export function countdown(today: IsoDate, day: IsoDate): string {
  const days = Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}


/** A month of the calendar in words: "2017-08" → "August 2017". */
export function monthInWords(month: string): string {
  return new Date(`${month}-01T12:00:00Z`).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}
