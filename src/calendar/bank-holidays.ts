import Holidays from 'date-holidays';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IsoDate } from '../common/time/dates.js';
import type { BankHolidayLookup } from './calendar.rules.js';
import { type Division, DIVISIONS } from './calendar-settings.js';

/** One day of gov.uk's bank-holidays.json. */
export interface BankHolidayEvent {
  title: string;
  date: IsoDate;
  notes: string;
  bunting: boolean;
}

/** gov.uk's bank-holidays.json: divisions, each with its events. */
export type BankHolidayFile = Partial<Record<Division, { division: Division; events: BankHolidayEvent[] }>>;

export interface ListedBankHoliday extends BankHolidayEvent {
  /**
   * shipped: config/bank-holidays.json; local: the operator's config/bank-holidays.local.json;
   * library: date-holidays, beyond the shipped years; council: added by the council's co-ordinator.
   */
  source: 'shipped' | 'local' | 'library' | 'council';
}

const LIBRARY_REGION: Record<Division, string> = { 'england-and-wales': 'ENG', scotland: 'SCT', 'northern-ireland': 'NIR' };

/** Bank holidays from the date-holidays library, as gov.uk lists them: weekdays only, substitutes noted. */
export function libraryBankHolidays(division: Division, year: number): BankHolidayEvent[] {
  return new Holidays('GB', LIBRARY_REGION[division])
    .getHolidays(year)
    .filter((h) => h.type === 'public' || h.type === 'bank')
    .map((h) => ({ date: h.date.slice(0, 10), name: h.name }))
    .filter(({ date }) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay()))
    .map(({ date, name }) => ({
      title: name.replace(/ \(substitute day\)$/, ''),
      date,
      notes: / \(substitute day\)$/.test(name) ? 'Substitute day' : '',
      bunting: true,
    }));
}

/**
 * The bank holidays of each division: the shipped official list for the years it covers, the
 * operator's additions (new one-off days) on top, and the library for other years.
 */
export class BankHolidayCalendar {
  private readonly byYear = new Map<string, Map<IsoDate, ListedBankHoliday>>();

  constructor(
    private readonly shipped: BankHolidayFile,
    private readonly local: BankHolidayFile = {},
  ) {}

  /** First and last year the shipped list covers for the division. */
  shippedYears(division: Division): { first: number; last: number } {
    const years = (this.shipped[division]?.events ?? []).map((e) => Number(e.date.slice(0, 4)));
    return { first: Math.min(...years), last: Math.max(...years) };
  }

  list(division: Division, year: number): ListedBankHoliday[] {
    return [...this.year(division, year).values()].sort((a, b) => a.date.localeCompare(b.date));
  }

  lookup(division: Division): BankHolidayLookup {
    return (date) => this.year(division, Number(date.slice(0, 4))).get(date)?.title;
  }

  private year(division: Division, year: number): Map<IsoDate, ListedBankHoliday> {
    const key = `${division}:${year}`;
    let days = this.byYear.get(key);
    if (!days) {
      const { first, last } = this.shippedYears(division);
      const inYear = (e: BankHolidayEvent) => e.date.startsWith(`${year}-`);
      const base: ListedBankHoliday[] =
        year >= first && year <= last
          ? (this.shipped[division]?.events ?? []).filter(inYear).map((e) => ({ ...e, source: 'shipped' }))
          : libraryBankHolidays(division, year).map((e) => ({ ...e, source: 'library' }));
      const added: ListedBankHoliday[] = (this.local[division]?.events ?? []).filter(inYear).map((e) => ({ ...e, source: 'local' }));
      days = new Map([...base, ...added].map((e) => [e.date, e]));
      this.byYear.set(key, days);
    }
    return days;
  }
}

/** The config/ folder of the project, found from this file (in src/ under ts-jest, in dist/src/ when built). */
function configDir(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'config', 'bank-holidays.json'))) return join(dir, 'config');
  }
  throw new Error('config/bank-holidays.json not found');
}

/** Reads the shipped list and, when present, the operator's config/bank-holidays.local.json. */
export function loadBankHolidayCalendar(): BankHolidayCalendar {
  const dir = configDir();
  const read = (name: string): BankHolidayFile => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  const local = existsSync(join(dir, 'bank-holidays.local.json')) ? read('bank-holidays.local.json') : {};
  for (const division of Object.keys(local)) {
    if (!(DIVISIONS as readonly string[]).includes(division)) throw new Error(`bank-holidays.local.json: unknown division ${division}`);
  }
  return new BankHolidayCalendar(read('bank-holidays.json'), local);
}
