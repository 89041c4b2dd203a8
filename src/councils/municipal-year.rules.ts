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

const plusDays = (date: IsoDate, days: number): IsoDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * LGA 1972 Sch 12 para 1 in an election year (statutory-rules §8, partly unverified): councillors
 * retire on the fourth day after the ordinary day of election; the annual meeting falls on the eighth
 * day after retirement, or another day the council fixes within the twenty-one days after it.
 */
export function annualMeetingInElectionYear(ordinaryElectionDay: IsoDate) {
  const retirementDay = plusDays(ordinaryElectionDay, 4);
  return {
    retirementDay,
    defaultAnnualMeeting: plusDays(retirementDay, 8),
    earliest: plusDays(retirementDay, 1),
    latest: plusDays(retirementDay, 21),
  };
}

/**
 * The annual report covers one municipal year (W14): what is dated within it, reported to the first
 * ordinary full council meeting after the year closes.
 */
export function annualReportWindow(year: MunicipalYearInput, councilMeetings: IsoDate[]) {
  const target = [...councilMeetings].sort().find((date) => date > year.endsOn) ?? null;
  return { from: year.startsOn, to: year.endsOn, targetCouncilMeeting: target };
}

/**
 * The municipal year a day falls in, named as councils name them ("2016-17"), when the council's own
 * years are not to hand: a year begins at the annual meeting in May.
 */
export function municipalYearOf(day: IsoDate): string {
  const year = Number(day.slice(0, 4));
  const start = Number(day.slice(5, 7)) >= 5 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

/**
 * The municipal year a page of years opens at (the work plan, the meetings, public or not): the one
 * today falls in; between years, or after the last, the latest begun; before the first, the first.
 * Null when the council has no years.
 */
export function yearShownFirst<Y extends { startsOn: IsoDate; endsOn: IsoDate }>(years: readonly Y[], today: IsoDate): Y | null {
  const sorted = [...years].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const begun = sorted.filter((y) => y.startsOn <= today);
  return begun.find((y) => y.endsOn >= today) ?? begun.at(-1) ?? sorted[0] ?? null;
}
