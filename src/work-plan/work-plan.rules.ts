import type { IsoDate } from '../common/time/dates.js';

export const BASES = ['statutory', 'discretionary'] as const;
export type Basis = (typeof BASES)[number];

/** What an item is, in the committee's own headings (seed 001, "Work Programme"). */
export const CATEGORIES = [
  'strategic_assessment',
  'community_safety_strategy',
  'strategy_refresh',
  'performance_report',
  'police_and_crime_panel_update',
  'partner_update',
  'draw_down',
  'crime_data',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const ITEM_STATUSES = ['proposed', 'agreed', 'scheduled', 'considered', 'deferred', 'withdrawn'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const AMENDMENT_KINDS = ['deferred', 'brought_forward', 'cancelled', 'changed'] as const;
export type AmendmentKind = (typeof AMENDMENT_KINDS)[number];

/** An annual item: the D-TAC update each July, the Strategic Assessment each February. */
export interface Recurrence {
  every: 'year';
  /** 1–12. */
  month: number;
}

const SEASON = /^(Spring|Summer|Autumn|Winter) (\d{4}) \((January|February|March|April|May|June|July|August|September|October|November|December)\)$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Whether a label names a season as work plans do: "Summer 2017 (July)". */
export const isSeason = (label: string): boolean => SEASON.test(label);

/** The first day of a season's month: "Winter 2018 (February)" → 2018-02-01. */
export function seasonStart(label: string): IsoDate | null {
  const match = SEASON.exec(label);
  if (!match) return null;
  return `${match[2]}-${String(MONTHS.indexOf(match[3]) + 1).padStart(2, '0')}-01`;
}

/** The season a meeting falls in, as the work plan table heads it: 2017-02-15 → "Winter 2017 (February)". */
export function seasonOf(date: IsoDate): string {
  const month = Number(date.slice(5, 7));
  const name = month <= 2 || month === 12 ? 'Winter' : month <= 5 ? 'Spring' : month <= 8 ? 'Summer' : 'Autumn';
  return `${name} ${date.slice(0, 4)} (${MONTHS[month - 1]})`;
}

/**
 * Every season label whose month falls in the period, one per month ("Summer 2017 (July)", …): what an
 * item waiting in a season of the year can be labelled.
 */
export function seasonsWithin(from: IsoDate, to: IsoDate): string[] {
  const labels: string[] = [];
  for (let year = Number(from.slice(0, 4)), month = Number(from.slice(5, 7)); `${year}-${String(month).padStart(2, '0')}-01` <= to; month === 12 ? ((month = 1), year++) : month++) {
    const first = `${year}-${String(month).padStart(2, '0')}-01` as IsoDate;
    if (first >= from) labels.push(seasonOf(first));
  }
  return labels;
}

/** Moving an item later defers it; earlier brings it forward (the seed's "b/f"). */
export function moveKind(from: IsoDate | null, to: IsoDate): 'deferred' | 'brought_forward' | null {
  if (from === null || from === to) return null;
  return to > from ? 'deferred' : 'brought_forward';
}

/** Why an item cannot be changed now, or null. */
export function changeProblem(status: ItemStatus, action: 'move' | 'cancel' | 'change' | 'consider'): string | null {
  if (status === 'considered') return `The item was already considered: it cannot be ${action === 'consider' ? 'considered again' : action === 'move' ? 'moved' : action === 'cancel' ? 'cancelled' : 'changed'}`;
  if (status === 'withdrawn') return 'The item was withdrawn';
  return null;
}

/** The status an item takes where it now stands. */
export function placedStatus(current: ItemStatus, onMeeting: boolean, kind: 'deferred' | 'brought_forward' | null): ItemStatus {
  if (onMeeting) return 'scheduled';
  if (kind === 'deferred') return 'deferred';
  return current === 'scheduled' || current === 'deferred' ? 'agreed' : current;
}

/** The next occurrence of a recurring item: the same month a year on. */
export function nextOccurrence(recurrence: Recurrence, after: IsoDate): string {
  const year = Number(after.slice(0, 4)) + (Number(after.slice(5, 7)) >= recurrence.month ? 1 : 0);
  return seasonOf(`${year}-${String(recurrence.month).padStart(2, '0')}-01`);
}

/** Each kind of item in the committee's own headings, as a page shows it. */
export const CATEGORY_LABELS: Record<Category, string> = {
  strategic_assessment: 'Strategic Assessment',
  community_safety_strategy: 'Community Safety Strategy',
  strategy_refresh: 'Strategy refresh',
  performance_report: 'Performance report',
  police_and_crime_panel_update: 'Police and Crime Panel update',
  partner_update: 'Partner update',
  draw_down: 'Draw-down',
  crime_data: 'Crime data',
  other: 'Other',
};

/** Each state of an item as a page's tag shows it. */
export const STATUS_TAGS: Record<ItemStatus, { text: string; colour: 'grey' | 'blue' | 'green' | 'yellow' | 'red' | 'purple' }> = {
  proposed: { text: 'Proposed', colour: 'grey' },
  agreed: { text: 'Agreed', colour: 'blue' },
  scheduled: { text: 'Scheduled', colour: 'purple' },
  considered: { text: 'Considered', colour: 'green' },
  deferred: { text: 'Deferred', colour: 'yellow' },
  withdrawn: { text: 'Withdrawn', colour: 'grey' },
};

/** An amendment in words, for the item's history: "Deferred from Summer 2017 (July) to Winter 2018 (February)". */
export function amendmentInWords(a: { kind: AmendmentKind; from: string | null; to: string | null; change: string | null }): string {
  switch (a.kind) {
    case 'deferred':
      return `Deferred${a.from ? ` from ${a.from}` : ''}${a.to ? ` to ${a.to}` : ''}`;
    case 'brought_forward':
      return `Brought forward${a.from ? ` from ${a.from}` : ''}${a.to ? ` to ${a.to}` : ''}`;
    case 'cancelled':
      return 'Withdrawn from the work plan';
    case 'changed':
      return a.change ? `Changed: ${a.change}` : 'Changed';
  }
}
