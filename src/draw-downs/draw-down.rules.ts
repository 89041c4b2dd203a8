import { type BankHolidayLookup, stepDays } from '../calendar/calendar.rules.js';
import type { IsoDate } from '../common/time/dates.js';

export const DRAW_DOWN_STATUSES = ['submitted', 'approved', 'refused', 'withdrawn', 'scheduled', 'considered'] as const;
export type DrawDownStatus = (typeof DRAW_DOWN_STATUSES)[number];

export const URGENCIES = ['normal', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** By default approvers decide within ten working days (issue 7); a committee may set another number. */
export const DEFAULT_DECISION_WORKING_DAYS = 10;

/** The day by which the approvers should decide: working days after submission, passing over weekends and bank holidays. */
export function decisionDueOn(submittedOn: IsoDate, workingDays: number, holidays: BankHolidayLookup): IsoDate {
  return stepDays(submittedOn, workingDays, 'clear_working_days', holidays).date;
}

/** Approved once every required approver agrees; refused as soon as one refuses; else still submitted. */
export function outcomeOf(required: string[], decisions: { approverId: string; decision: 'approve' | 'refuse' }[]): 'approved' | 'refused' | 'submitted' {
  if (decisions.some((d) => d.decision === 'refuse')) return 'refused';
  return required.length > 0 && required.every((id) => decisions.some((d) => d.approverId === id && d.decision === 'approve')) ? 'approved' : 'submitted';
}

/** Why a change is not allowed in this status, or null. */
export function transitionProblem(status: DrawDownStatus, change: 'decide' | 'withdraw' | 'schedule'): string | null {
  if (change === 'decide' && status !== 'submitted') return `The request is ${status}: no more decisions can be made on it`;
  if (change === 'withdraw' && !['submitted', 'approved'].includes(status)) return `The request is ${status}: it can no longer be withdrawn`;
  if (change === 'schedule' && status !== 'approved') return `Only an approved request can be scheduled; this one is ${status}`;
  return null;
}

const STOP_WORDS = new Set(['the', 'and', 'of', 'in', 'on', 'a', 'an', 'to', 'for', 'at', 'by', 'with', 'from', 'into', 'about', 'is', 'are']);

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/[^a-z0-9\s-]/g, ' ')
      .split(/[\s-]+/)
      .filter((w) => w.length > 2 && !STOP_WORDS.has(w))
      .map((w) => w.replace(/(ies|s)$/, (m) => (m === 'ies' ? 'y' : ''))),
  );
}

/** How alike two topics are: the share of their significant words in common (0–1). */
export function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / Math.min(x.size, y.size);
}

/** Topics close enough that the member may prefer to join the existing one. */
export const SIMILAR_AT = 0.5;
