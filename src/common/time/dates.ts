/** A calendar date, `YYYY-MM-DD`, meaning a day in the council's time zone. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** An instant must carry its offset: `2017-07-26T19:00:00+01:00` or `…Z`. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** True for a date that exists: 2017-02-28 yes, 2017-02-30 no. */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True for an ISO 8601 instant with an explicit offset whose date and time exist. */
export function isIsoInstant(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_INSTANT.test(value)) return false;
  if (!isIsoDate(value.slice(0, 10))) return false;
  const [hours, minutes] = [Number(value.slice(11, 13)), Number(value.slice(14, 16))];
  const seconds = value[16] === ':' ? Number(value.slice(17, 19)) : 0;
  return hours < 24 && minutes < 60 && seconds < 60 && !Number.isNaN(Date.parse(value));
}

/**
 * One formatter per time zone for the life of the process: making an `Intl.DateTimeFormat` costs far
 * more than using one, and every date a page or a reminder shows goes through here.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The offset each zone had in each minute asked about lately: a request's "today", and every date of
 * one page or one message (the time of sending, when the obligation was issued, earlier messages), fall
 * in a few minutes, and `formatToParts` is the dearest call here. Offsets have changed only on whole
 * minutes since 1970 (before, some zones kept local mean time to the second), so the cache holds only
 * instants from 1970 on, and is emptied when it reaches OFFSETS_KEPT minutes.
 */
const offsets = new Map<string, number>();
const OFFSETS_KEPT = 10_000;

/** Wall-clock parts of an instant in a time zone, and the zone's offset from UTC at that instant. */
export function zonedParts(instant: Date, timeZone: string) {
  const ms = instant.getTime();
  const key = `${timeZone} ${Math.floor(ms / 60_000)}`;
  const known = offsets.get(key);
  if (known !== undefined) return partsAt(ms, known);
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const wallClockAsUtc = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  const offsetMinutes = Math.round((wallClockAsUtc - Math.floor(ms / 1000) * 1000) / 60000);
  if (ms >= 0 && ms < MODERN_END) {
    if (offsets.size >= OFFSETS_KEPT) offsets.clear();
    offsets.set(key, offsetMinutes);
  }
  return {
    date: `${parts.year}-${parts.month}-${parts.day}` as IsoDate,
    time: `${parts.hour}:${parts.minute}:${parts.second}`,
    offsetMinutes,
  };
}

/** Instants before the year 10000 (ISO strings of four-digit years). */
const MODERN_END = Date.UTC(9999, 11, 31);

/** The wall clock of an instant, from the zone's offset then. */
function partsAt(ms: number, offsetMinutes: number) {
  const wall = new Date(Math.floor(ms / 1000) * 1000 + offsetMinutes * 60_000).toISOString();
  return { date: wall.slice(0, 10) as IsoDate, time: wall.slice(11, 19), offsetMinutes };
}

/** The instant written as local time with its offset, e.g. `2017-07-26T19:00:00+01:00` in Europe/London. */
export function toZonedIso(instant: Date, timeZone: string): string {
  const { date, time, offsetMinutes } = zonedParts(instant, timeZone);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${date}T${time}${offset}`;
}

/** The calendar date of an instant in a time zone. */
export function dateIn(instant: Date, timeZone: string): IsoDate {
  return zonedParts(instant, timeZone).date;
}

/** The instant a calendar day begins in a time zone (midnight local; London never skips midnight). */
export function startOfDay(date: IsoDate, timeZone: string): Date {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  let instant = midnightUtc - zonedParts(new Date(midnightUtc), timeZone).offsetMinutes * 60_000;
  instant = midnightUtc - zonedParts(new Date(instant), timeZone).offsetMinutes * 60_000;
  return new Date(instant);
}

/** The instant a wall-clock time of a day is in a time zone (`19:00` on `2017-10-29` in London is 19:00 GMT). */
export function instantAt(date: IsoDate, time: string, timeZone: string): Date {
  const wall = Date.parse(`${date}T${time.length === 5 ? `${time}:00` : time}Z`);
  let instant = wall - zonedParts(new Date(wall), timeZone).offsetMinutes * 60_000;
  instant = wall - zonedParts(new Date(instant), timeZone).offsetMinutes * 60_000;
  return new Date(instant);
}

/** The day after a calendar date. */
export function nextDay(date: IsoDate): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The last instant of a calendar day in a time zone: a due date "ends at 23:59:59.999" local time. */
export function endOfDay(date: IsoDate, timeZone: string): Date {
  return new Date(startOfDay(nextDay(date), timeZone).getTime() - 1);
}
