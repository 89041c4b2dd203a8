/**
 * Dates as councils write them in their papers: "23 March 2004", "Tuesday, 5th September, 2023",
 * "14 Mar 2023", "23/03/2004" (day first, as in England), "2023-03-14"; a month alone ("February
 * 2023") gives its first day, marked as not exact. Pure.
 */
import type { IsoDate } from './dates.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A month's name, whole or shortened. */
export const MONTH_NAME = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';

function monthOf(name: string): number {
  return MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3))) + 1;
}

function iso(year: number, month: number, day: number): IsoDate | null {
  if (!month || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null;
}

/** The first date written in the text (its first 300 characters). */
export function writtenDate(text: string): { date: IsoDate | null; exact: boolean } {
  const t = text.slice(0, 300);
  let m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME}\\w*,?\\s+(\\d{4})\\b`, 'i').exec(t);
  if (m) return { date: iso(Number(m[3]), monthOf(m[2]), Number(m[1])), exact: true };
  m = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(t);
  if (m) return { date: iso(Number(m[3]), Number(m[2]), Number(m[1])), exact: true };
  m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(t);
  if (m) return { date: iso(Number(m[1]), Number(m[2]), Number(m[3])), exact: true };
  m = new RegExp(`\\b${MONTH_NAME}\\w*,?\\s+(\\d{4})\\b`, 'i').exec(t);
  if (m) return { date: iso(Number(m[2]), monthOf(m[1]), 1), exact: false };
  return { date: null, exact: false };
}
