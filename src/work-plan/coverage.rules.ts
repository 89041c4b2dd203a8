import { formatDate } from '../calendar/calendar.rules.js';
import type { IsoDate } from '../common/time/dates.js';
import type { Category, ItemStatus } from './work-plan.rules.js';

/** The statutory duties of a year (Crime and Disorder (Overview and Scrutiny) Regulations 2009; seed 001 "Work Programme"). */
export const DUTIES = ['meet_at_least_once', 'strategic_assessment', 'community_safety_strategy'] as const;
export type Duty = (typeof DUTIES)[number];

export const DUTY_LABELS: Record<Duty, string> = {
  meet_at_least_once: 'The committee meets at least once in the year',
  strategic_assessment: "The CSP's Strategic Assessment is considered",
  community_safety_strategy: 'The Community Safety Strategy, or its annual refresh, is considered',
};

const CATEGORIES_OF: Record<Exclude<Duty, 'meet_at_least_once'>, Category[]> = {
  strategic_assessment: ['strategic_assessment'],
  community_safety_strategy: ['community_safety_strategy', 'strategy_refresh'],
};

export interface CoverageMeeting {
  id: string;
  date: IsoDate;
  cancelled: boolean;
}

export interface CoverageItem {
  id: string;
  title: string;
  category: Category;
  status: ItemStatus;
  meetingId: string | null;
  season: string;
  /** The meeting's date, or the first day of the season's month. */
  date: IsoDate;
}

export interface DutyCoverage {
  duty: Duty;
  label: string;
  state: 'met' | 'planned' | 'at_risk';
  why: string;
  meetingId: string | null;
  itemId: string | null;
}

/**
 * Whether each statutory duty of a municipal year is met (with the meeting and item as evidence),
 * planned (on a meeting still to come), or at risk (nothing scheduled, or only a season with no meeting).
 */
export function coverageOf(year: { label: string; startsOn: IsoDate; endsOn: IsoDate }, today: IsoDate, meetings: CoverageMeeting[], items: CoverageItem[]): DutyCoverage[] {
  const inYear = (date: IsoDate) => date >= year.startsOn && date <= year.endsOn;
  const yearMeetings = meetings.filter((m) => inYear(m.date) && !m.cancelled).sort((a, b) => a.date.localeCompare(b.date));
  const cancelled = new Set(meetings.filter((m) => m.cancelled).map((m) => m.id));
  const held = yearMeetings.filter((m) => m.date <= today);
  const coming = yearMeetings.filter((m) => m.date > today);

  const meet: DutyCoverage = held.length
    ? { duty: 'meet_at_least_once', label: DUTY_LABELS.meet_at_least_once, state: 'met', why: `Met on ${held.map((m) => formatDate(m.date)).join(', ')}`, meetingId: held[0].id, itemId: null }
    : coming.length
      ? { duty: 'meet_at_least_once', label: DUTY_LABELS.meet_at_least_once, state: 'planned', why: `A meeting is set for ${formatDate(coming[0].date)}`, meetingId: coming[0].id, itemId: null }
      : { duty: 'meet_at_least_once', label: DUTY_LABELS.meet_at_least_once, state: 'at_risk', why: `No meeting is set in ${year.label}`, meetingId: null, itemId: null };

  const considered = (duty: Exclude<Duty, 'meet_at_least_once'>): DutyCoverage => {
    const base = { duty, label: DUTY_LABELS[duty] };
    const relevant = items.filter((i) => CATEGORIES_OF[duty].includes(i.category) && inYear(i.date) && i.status !== 'withdrawn');
    const done = relevant.find((i) => i.status === 'considered' && i.meetingId && !cancelled.has(i.meetingId));
    if (done) return { ...base, state: 'met', why: `"${done.title}" was considered on ${formatDate(done.date)}`, meetingId: done.meetingId, itemId: done.id };
    const onCancelled = relevant.find((i) => i.meetingId && cancelled.has(i.meetingId));
    const scheduled = relevant.find((i) => i.meetingId && !cancelled.has(i.meetingId) && i.date >= today);
    if (scheduled) return { ...base, state: 'planned', why: `"${scheduled.title}" is scheduled for the meeting on ${formatDate(scheduled.date)}`, meetingId: scheduled.meetingId, itemId: scheduled.id };
    if (onCancelled) return { ...base, state: 'at_risk', why: `"${onCancelled.title}" was scheduled for the meeting on ${formatDate(onCancelled.date)}, which was cancelled`, meetingId: onCancelled.meetingId, itemId: onCancelled.id };
    const seasonOnly = relevant.find((i) => !i.meetingId);
    if (seasonOnly) return { ...base, state: 'at_risk', why: `"${seasonOnly.title}" is planned for ${seasonOnly.season}, but no meeting is set for it`, meetingId: null, itemId: seasonOnly.id };
    const missed = relevant.find((i) => i.meetingId);
    if (missed) return { ...base, state: 'at_risk', why: `"${missed.title}" was scheduled for ${formatDate(missed.date)} but not recorded as considered`, meetingId: missed.meetingId, itemId: missed.id };
    return { ...base, state: 'at_risk', why: `Nothing is scheduled in ${year.label}`, meetingId: null, itemId: null };
  };

  return [meet, considered('strategic_assessment'), considered('community_safety_strategy')];
}
