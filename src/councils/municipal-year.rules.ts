import type { IsoDate } from '../common/time/dates.js';

export interface MunicipalYearInput {
  label: string;
  startsOn: IsoDate;
  endsOn: IsoDate;
}

/**
 * A municipal year runs from one annual council meeting (May) to the next, so `2016-17` starts in
 * 2016 and ends in 2017. Returns one message per inconsistency; none means the year is sound.
 */
export function municipalYearProblems({ label, startsOn, endsOn }: MunicipalYearInput): string[] {
  const problems: string[] = [];
  const match = /^(\d{4})-(\d{2})$/.exec(label);
  if (!match) return ['label must be written like 2016-17'];
  const first = Number(match[1]);
  if (Number(match[2]) !== (first + 1) % 100) problems.push(`label ${label} must name consecutive years, e.g. ${first}-${String((first + 1) % 100).padStart(2, '0')}`);
  if (Number(startsOn.slice(0, 4)) !== first) problems.push(`startsOn must fall in ${first} for municipal year ${label}`);
  if (Number(endsOn.slice(0, 4)) !== first + 1) problems.push(`endsOn must fall in ${first + 1} for municipal year ${label}`);
  if (endsOn <= startsOn) problems.push('endsOn must be after startsOn');
  return problems;
}

/** Two municipal years overlap when each starts on or before the other ends. */
export function overlaps(a: { startsOn: IsoDate; endsOn: IsoDate }, b: { startsOn: IsoDate; endsOn: IsoDate }): boolean {
  return a.startsOn <= b.endsOn && b.startsOn <= a.endsOn;
}
