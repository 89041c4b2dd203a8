import { type BankHolidayLookup, clearDaysBetween, formatDate } from '../calendar/calendar.rules.js';
import type { CalendarSettings } from '../calendar/calendar-settings.js';
import { deadlineFor, decisionPossibleFrom } from '../calendar/deadline.rules.js';
import type { IsoDate } from '../common/time/dates.js';

export const EXCEPTIONS = ['none', 'general_exception', 'special_urgency'] as const;
export type ExceptionKind = (typeof EXCEPTIONS)[number];

export const NOTICE_STATUSES = ['draft', 'published', 'superseded'] as const;
export type NoticeStatus = (typeof NOTICE_STATUSES)[number];

/** What the compliance of one key decision rests on. */
export interface DecisionFacts {
  /** A forward plan lists other decisions too; reg 9 (and its 28 clear days) concerns key decisions only. */
  key?: boolean;
  decisionDueOn: IsoDate;
  exception: ExceptionKind;
  /** Reg 10: when the written notice to the scrutiny chair was made available. */
  generalExceptionNoticeOn: IsoDate | null;
  /** Reg 11: when agreement that the decision is urgent was recorded. */
  urgencyAgreedOn: IsoDate | null;
}

export interface Compliance {
  /** Reg 9: the last day the notice could be published for this decision (none for a decision that is not key). */
  latestPublication: IsoDate | null;
  /** Clear days the notice actually gave (in the council's counting for reg 9), or null before publication. */
  clearDaysGiven: number | null;
  verdict: 'compliant' | 'late' | 'compliant_by_exception' | 'not_published' | 'not_key';
  /** Reg 10: the first day the decision may be taken after the notice to the chair. */
  earliestDecisionOn: IsoDate | null;
  explanation: string;
}

/** Whether a key decision may lawfully be taken on its date under reg 9, or under an exception (regs 10, 11). */
export function complianceOf(facts: DecisionFacts, publishedOn: IsoDate | null, settings: CalendarSettings, holidays: BankHolidayLookup): Compliance {
  if (facts.key === false) {
    return { latestPublication: null, clearDaysGiven: null, verdict: 'not_key', earliestDecisionOn: null, explanation: 'Not a key decision: listed for information; the 28 clear days of regulation 9 do not apply to it.' };
  }
  const notice = deadlineFor('key_decision_notice', facts.decisionDueOn, settings, holidays);
  const latestPublication = notice.date;
  const mode = settings.countingModes.key_decision_notice;
  if (publishedOn === null) {
    return { latestPublication, clearDaysGiven: null, verdict: 'not_published', earliestDecisionOn: null, explanation: `Not yet published. ${notice.explanation}` };
  }
  const clearDaysGiven = clearDaysBetween(publishedOn, facts.decisionDueOn, mode, holidays);
  if (publishedOn <= latestPublication) {
    return {
      latestPublication,
      clearDaysGiven,
      verdict: 'compliant',
      earliestDecisionOn: null,
      explanation: `Published ${formatDate(publishedOn)}, by ${formatDate(latestPublication)}: ${clearDaysGiven} clear days before the decision on ${formatDate(facts.decisionDueOn)}. ${notice.explanation}`,
    };
  }
  const late = `Published ${formatDate(publishedOn)}, after ${formatDate(latestPublication)}: only ${clearDaysGiven} clear days before the decision on ${formatDate(facts.decisionDueOn)} (reg 9 needs 28).`;
  if (facts.exception === 'general_exception') {
    if (!facts.generalExceptionNoticeOn) {
      return { latestPublication, clearDaysGiven, verdict: 'late', earliestDecisionOn: null, explanation: `${late} General exception (reg 10): the notice to the scrutiny chair has not been given yet.` };
    }
    const earliest = decisionPossibleFrom(facts.generalExceptionNoticeOn, settings.countingModes.general_exception_notice, holidays);
    const ok = facts.decisionDueOn >= earliest;
    return {
      latestPublication,
      clearDaysGiven,
      verdict: ok ? 'compliant_by_exception' : 'late',
      earliestDecisionOn: earliest,
      explanation:
        `${late} General exception (reg 10): the notice to the scrutiny chair was made available on ${formatDate(facts.generalExceptionNoticeOn)}, ` +
        `so the decision may be taken from ${formatDate(earliest)} (five clear days)${ok ? '' : `, after the date planned`}.`,
    };
  }
  if (facts.exception === 'special_urgency') {
    return facts.urgencyAgreedOn
      ? { latestPublication, clearDaysGiven, verdict: 'compliant_by_exception', earliestDecisionOn: null, explanation: `${late} Special urgency (reg 11): agreed on ${formatDate(facts.urgencyAgreedOn)} that the decision is urgent and cannot reasonably be deferred.` }
      : { latestPublication, clearDaysGiven, verdict: 'late', earliestDecisionOn: null, explanation: `${late} Special urgency (reg 11): not yet agreed by the chair.` };
  }
  return { latestPublication, clearDaysGiven, verdict: 'late', earliestDecisionOn: null, explanation: late };
}

/** What is wrong with a notice and its decisions, one message per problem. */
export function noticeProblems(
  notice: { periodStart: IsoDate; periodEnd: IsoDate; publishedOn: IsoDate | null; decisions: { decisionDueOn: IsoDate; exception: ExceptionKind; key?: boolean }[] },
  today: IsoDate,
): string[] {
  const problems: string[] = [];
  if (notice.periodEnd < notice.periodStart) problems.push('periodEnd must not be before periodStart');
  // Notice runs from the day it is made available: a day still to come would start the 28 clear days early.
  if (notice.publishedOn && notice.publishedOn > today) problems.push(`publishedOn: ${formatDate(notice.publishedOn)} is still to come; record the publication on the day the notice is made available`);
  notice.decisions.forEach((d, i) => {
    if (d.decisionDueOn < notice.periodStart || d.decisionDueOn > notice.periodEnd) {
      problems.push(`decisions.${i}.decisionDueOn ${formatDate(d.decisionDueOn)} is outside the notice's period`);
    }
    if (d.key === false && d.exception !== 'none') problems.push(`decisions.${i}.exception: a decision that is not key needs no exception (regulations 10 and 11 concern key decisions)`);
    if (notice.publishedOn && notice.publishedOn >= d.decisionDueOn && d.exception === 'none' && d.key !== false) {
      problems.push(`decisions.${i}.decisionDueOn: the notice is published on or after the decision date, which needs an exception (general_exception or special_urgency)`);
    }
  });
  return problems;
}

/**
 * The notice of reasons that must be made available once a decision is taken under an exception:
 * why reg 9 was impracticable (reg 10(3)), or why the decision was urgent and who agreed (reg 11).
 * Null while no exception has been given or agreed.
 */
export function reasonsNotice(d: {
  title: string;
  decisionDueOn: IsoDate;
  exception: ExceptionKind;
  exceptionReasons: string | null;
  generalExceptionNoticeOn: IsoDate | null;
  urgencyAgreedBy: string | null;
  urgencyAgreedOn: IsoDate | null;
}): string | null {
  if (d.exception === 'general_exception' && d.generalExceptionNoticeOn) {
    return (
      `General exception (regulation 10): the key decision "${d.title}", to be taken on ${formatDate(d.decisionDueOn)}, could not be given ` +
      `28 clear days' notice because: ${d.exceptionReasons}. The chairman of the overview and scrutiny committee was told in writing on ${formatDate(d.generalExceptionNoticeOn)}.`
    );
  }
  if (d.exception === 'special_urgency' && d.urgencyAgreedBy && d.urgencyAgreedOn) {
    return (
      `Special urgency (regulation 11): the key decision "${d.title}", to be taken on ${formatDate(d.decisionDueOn)}, is urgent and cannot reasonably be deferred ` +
      `because: ${d.exceptionReasons}. ${d.urgencyAgreedBy} agreed on ${formatDate(d.urgencyAgreedOn)}.`
    );
  }
  return null;
}

/** "Regulation 9 Notice for the period 15 June 2017 to 31 October 2017", as the minutes name it. */
export function noticeTitle(n: { periodStart: IsoDate; periodEnd: IsoDate }): string {
  const plain = (date: IsoDate) => formatDate(date).replace(/^\w+ /, '');
  return `Regulation 9 Notice for the period ${plain(n.periodStart)} to ${plain(n.periodEnd)}`;
}

/**
 * The notice a meeting's agenda notes: the published one whose period the meeting falls in, else the
 * latest published before the meeting (seed 003, item 6).
 */
export function noticeForMeeting<T extends { periodStart: IsoDate; periodEnd: IsoDate; publishedOn: IsoDate | null }>(notices: T[], meetingDay: IsoDate): T | null {
  const published = notices.filter((n) => n.publishedOn !== null && n.publishedOn <= meetingDay).sort((a, b) => b.publishedOn!.localeCompare(a.publishedOn!));
  return published.find((n) => n.periodStart <= meetingDay && meetingDay <= n.periodEnd) ?? published[0] ?? null;
}
