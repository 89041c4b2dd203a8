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
export function transitionProblem(status: DrawDownStatus, change: 'decide' | 'withdraw' | 'schedule' | 'chair_view'): string | null {
  if (change === 'decide' && status !== 'submitted') return `The request is ${status}: no more decisions can be made on it`;
  if (change === 'chair_view' && status !== 'submitted') return `The request is ${status}: the approvers have decided, so the chair's view can no longer inform them`;
  if (change === 'withdraw' && !['submitted', 'approved'].includes(status)) return `The request is ${status}: it can no longer be withdrawn`;
  if (change === 'schedule' && status !== 'approved') return `Only an approved request can be scheduled; this one is ${status}`;
  return null;
}

/** Topics close enough that the member may prefer to join the existing one. */
export const SIMILAR_AT = 0.5;

/** One line of a request's history, as the member and the co-ordinator read it. */
export interface HistoryEvent {
  at: string;
  by: string;
  event: string;
  status: DrawDownStatus | null;
  detail: string | null;
}

interface TrailEntry {
  action: string;
  actor: string;
  at: Date;
  after: object | null;
}

const EVENTS: Record<string, string> = {
  submit: 'Submitted',
  'chair-consulted': 'The chair was consulted',
  'chair-view': "The chair's view was recorded",
  'draw-down-approve': 'Agreed',
  'draw-down-refuse': 'Refused',
  'approvers-reminded': 'The approvers who had not decided were reminded',
  withdraw: 'Withdrawn by the member',
  schedule: 'Scheduled to a meeting, with a work plan item and a report request',
  considered: 'Considered by the committee',
  'call-for-action-decision': "The committee's decision on the call for action",
  'call-for-action-report': "A copy of the committee's report was sent to the member",
};

/** The audit trail of a request told as its history, oldest first: what happened, who did it, the status after, why. */
export function historyOf(trail: TrailEntry[]): HistoryEvent[] {
  return trail.map((entry) => {
    const after = (entry.after ?? {}) as { status?: DrawDownStatus; decision?: { reason?: string }; chairView?: string; committeeDecision?: string; committeeReasons?: string };
    const detail =
      entry.action.startsWith('draw-down-') ? (after.decision?.reason ?? null)
      : entry.action === 'chair-view' ? (after.chairView ?? null)
      : entry.action === 'call-for-action-decision' ? `${after.committeeDecision === 'report' ? 'To report' : 'Not to report'}: ${after.committeeReasons ?? ''}`
      : null;
    return { at: entry.at.toISOString(), by: entry.actor, event: EVENTS[entry.action] ?? entry.action, status: after.status ?? null, detail };
  });
}

export interface DrawDownOutcomes {
  total: number;
  byStatus: Record<DrawDownStatus, number>;
  callsForAction: { total: number; reported: number; notReported: number; undecided: number };
}

/** Requests counted by where they ended (the annual report's draw-down section). */
export function countOutcomes(requests: { status: DrawDownStatus; callForAction: boolean; committeeDecision: 'report' | 'no_report' | null }[]): DrawDownOutcomes {
  const byStatus = Object.fromEntries(DRAW_DOWN_STATUSES.map((s) => [s, 0])) as Record<DrawDownStatus, number>;
  const callsForAction = { total: 0, reported: 0, notReported: 0, undecided: 0 };
  for (const r of requests) {
    byStatus[r.status]++;
    if (!r.callForAction) continue;
    callsForAction.total++;
    if (r.committeeDecision === 'report') callsForAction.reported++;
    else if (r.committeeDecision === 'no_report') callsForAction.notReported++;
    else callsForAction.undecided++;
  }
  return { total: requests.length, byStatus, callsForAction };
}
