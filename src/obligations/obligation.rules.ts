import { type BankHolidayLookup, formatDate } from '../calendar/calendar.rules.js';
import type { CalendarSettings } from '../calendar/calendar-settings.js';
import { type Deadline, deadlineFor, reportDeadline } from '../calendar/deadline.rules.js';
import type { IsoDate } from '../common/time/dates.js';
import { withheldText, withheldTitle } from '../exempt-information/exempt.rules.js';

/**
 * What an obligation of a responsible authority is, when it is due and why, and which changes its
 * state allows. Pure: the service gives it the council's calendar and the meeting's date.
 */

export const OBLIGATION_KINDS = ['information_request', 'attendance_request', 'recommendation', 'report_request', 'undertaking'] as const;
export type ObligationKind = (typeof OBLIGATION_KINDS)[number];

export const OBLIGATION_STATUSES = ['open', 'responded', 'withdrawn'] as const;
export type ObligationStatus = (typeof OBLIGATION_STATUSES)[number];

/** What each kind is called in letters and pages to the authorities. */
export const KIND_LABELS: Record<ObligationKind, string> = {
  information_request: 'Information requested',
  attendance_request: 'Request to attend',
  recommendation: 'Response to recommendations',
  report_request: 'Report requested',
  undertaking: 'Undertaking to respond',
};

export const POSITIONS = ['accepted', 'partly_accepted', 'rejected'] as const;
export type Position = (typeof POSITIONS)[number];

export interface DueInput {
  kind: ObligationKind;
  issuedOn: IsoDate;
  /** As stated in an information request, or set by the co-ordinator for an undertaking. */
  dueOn?: IsoDate;
  /** The day (council time zone) of the meeting an attendance or report request is for. */
  meetingDate?: IsoDate;
  /** For recommendations: each recommendation, listed so that the answer can take a position on each. */
  recommendations?: string[];
}

export interface Due extends Omit<Deadline, 'ruleId' | 'also'> {
  /** A rule id of the calendar, or `undertaking` for a date the co-ordinator set. */
  ruleId: Deadline['ruleId'] | 'undertaking';
  /** A warning that does not stop the obligation, e.g. short notice of attendance. */
  warning?: string;
}

export type DueResult = { ok: true; due: Due } | { ok: false; problems: string[] };

/** The due date of a new obligation, with the rule and explanation that set it; or what is wrong with the input. */
export function dueFor(input: DueInput, settings: CalendarSettings, holidays: BankHolidayLookup): DueResult {
  const problems: string[] = [];
  const needsDueOn = input.kind === 'information_request' || input.kind === 'undertaking';
  const needsMeeting = input.kind === 'attendance_request' || input.kind === 'report_request';
  if (needsDueOn && !input.dueOn) {
    problems.push(
      input.kind === 'information_request'
        ? 'dueOn is required for an information request: the request must name the date the information is due'
        : 'dueOn is required for an undertaking',
    );
  }
  if (!needsDueOn && input.dueOn) problems.push(`dueOn is computed for a ${input.kind.replace('_', ' ')}; leave it out`);
  if (needsMeeting && !input.meetingDate) problems.push(`meetingId is required for a ${input.kind.replace('_', ' ')}`);
  if (input.dueOn && input.dueOn < input.issuedOn) problems.push('dueOn must not be before issuedOn');
  if (input.recommendations?.length && input.kind !== 'recommendation') problems.push('recommendations are only for a kind of recommendation');
  if (problems.length > 0) return { ok: false, problems };

  switch (input.kind) {
    case 'information_request':
      return { ok: true, due: deadlineFor('information_request', input.dueOn!, settings, holidays) };
    case 'undertaking':
      return {
        ok: true,
        due: {
          date: input.dueOn!,
          ruleId: 'undertaking',
          citation: 'Undertaking given to the committee and recorded in its minutes',
          explanation: `Due ${formatDate(input.dueOn!)}, the date set for the officer's response to the undertaking given at the meeting.`,
        },
      };
    case 'recommendation':
      return { ok: true, due: deadlineFor('recommendation_response', input.issuedOn, settings, holidays) };
    case 'attendance_request': {
      const meetingDate = input.meetingDate!;
      const notice = deadlineFor('attendance_request', meetingDate, settings, holidays);
      const due: Due = {
        date: meetingDate,
        ruleId: 'attendance_request',
        citation: notice.citation,
        explanation: `Attendance at the meeting on ${formatDate(meetingDate)}. ${notice.explanation}`,
      };
      if (input.issuedOn > notice.date) {
        due.warning = `Short notice: issued ${formatDate(input.issuedOn)}, after ${formatDate(notice.date)}, the latest day for ${settings.attendanceNoticeWorkingDays} clear working days' notice.`;
      }
      return { ok: true, due };
    }
    case 'report_request': {
      const deadline = reportDeadline(input.meetingDate!, settings, holidays);
      if (deadline.date < input.issuedOn) {
        const when = settings.reportDeadlineWorkingDays === 0 ? 'when its agenda must be published' : 'its report deadline';
        return { ok: false, problems: [`the report deadline for that meeting (${formatDate(deadline.date)}, ${when}) is before issuedOn`] };
      }
      return { ok: true, due: deadline };
    }
  }
}

/** Overdue is derived, never stored: open, and the due day (council time zone) has passed. */
export function isOverdue(status: ObligationStatus, dueOn: IsoDate, today: IsoDate): boolean {
  return status === 'open' && today > dueOn;
}

/** Why a change is not allowed in the current status, or null when it is. */
export function transitionProblem(status: ObligationStatus, change: 'respond' | 'withdraw' | 'extend'): string | null {
  if (status === 'withdrawn') return `The obligation was withdrawn: it can no longer ${change === 'respond' ? 'be answered' : change === 'extend' ? 'be extended' : 'be withdrawn'}`;
  if (status === 'responded' && change !== 'respond') return `The obligation has been answered: it can no longer ${change === 'extend' ? 'be extended' : 'be withdrawn'}`;
  return null;
}

/** The overall state of a fan-out: how many bodies have answered, are still open, are overdue. */
export function groupState(items: { status: ObligationStatus; dueOn: IsoDate }[], today: IsoDate) {
  const count = (test: (i: { status: ObligationStatus; dueOn: IsoDate }) => boolean) => items.filter(test).length;
  const overdue = count((i) => isOverdue(i.status, i.dueOn, today));
  const open = count((i) => i.status === 'open');
  const responded = count((i) => i.status === 'responded');
  return {
    total: items.length,
    responded,
    open,
    overdue,
    withdrawn: count((i) => i.status === 'withdrawn'),
    state: open === 0 ? 'complete' : overdue > 0 ? 'overdue' : 'awaiting',
  } as const;
}

/** A position on a recommendation, in words. */
export const POSITION_WORDS: Record<Position, string> = { accepted: 'accepted', partly_accepted: 'partly accepted', rejected: 'rejected' };

/**
 * What is wrong with an answer: positions belong only to a response to recommendations, and that
 * response (s. 19 of the Police and Justice Act 2006: the authority says what action it will take)
 * takes a position on each recommendation the committee listed.
 */
export function responseProblems(kind: ObligationKind, recommendationCount: number, positionCount: number): string[] {
  if (kind !== 'recommendation') return positionCount > 0 ? ['positions are only for a response to recommendations'] : [];
  if (recommendationCount > 0 && positionCount !== recommendationCount) {
    return [`positions: give a position (accepted, partly accepted or rejected, with the reason) on each of the ${recommendationCount} recommendation${recommendationCount === 1 ? '' : 's'}; ${positionCount} given`];
  }
  // Recommendations not listed one by one (only in the details): there is nothing to take a position on each of.
  return [];
}

/** What is wrong with a request for more time: a new date must move the due date later. */
export function extensionProblems(dueOn: IsoDate, newDueOn: IsoDate | null): string[] {
  return newDueOn !== null && newDueOn <= dueOn ? ['newDueOn must be after the current due date'] : [];
}

/**
 * The due date and its explanation once an extension is granted: the new date, or — with none —
 * the same date with the authority's "as soon as reasonably possible thereafter" and its reason.
 */
export function extendedDue(
  current: { dueOn: IsoDate; dueExplanation: string },
  extension: { newDueOn: IsoDate | null; reason: string },
  grantedBy: string,
): { dueOn: IsoDate; dueExplanation: string } {
  if (!extension.newDueOn) {
    return {
      dueOn: current.dueOn,
      dueExplanation: `${current.dueExplanation} The authority will respond as soon as reasonably possible thereafter: ${extension.reason}`,
    };
  }
  return {
    dueOn: extension.newDueOn,
    dueExplanation:
      `Extended from ${formatDate(current.dueOn)} to ${formatDate(extension.newDueOn)}: ${extension.reason} ` +
      `(granted by ${grantedBy}). Originally: ${current.dueExplanation}`,
  };
}

/**
 * What of an obligation goes outside the council (its e-mails, the authority's response page, the
 * authority's own view): all of it, or, for one made from exempt information, its kind and dates with
 * the subject, details and recommendations withheld; the co-ordinator can give them in person.
 */
export function asSentOutside(o: { subject: string; details: string; recommendations: string[] | null; exemptParagraph: number | null }): { subject: string; details: string; recommendations: string[] | null } {
  if (o.exemptParagraph === null) return { subject: o.subject, details: o.details, recommendations: o.recommendations };
  return {
    subject: withheldTitle(o.exemptParagraph),
    details: `${withheldText(o.exemptParagraph)} Exempt papers are not sent by e-mail: ask the committee's co-ordinator for the details.`,
    recommendations: o.recommendations?.map((_, i) => `Recommendation ${i + 1} (exempt: the co-ordinator can give you its text)`) ?? null,
  };
}

/** The Message-ID that heads an obligation's e-mail thread: every message about it replies to this one. */
export const obligationThread = (obligationId: string, mailDomain: string): string => `<obligation.${obligationId}@${mailDomain}>`;

/** What each position on a recommendation is called on a page. */
export const POSITION_LABELS: Record<Position, string> = { accepted: 'Accepted', partly_accepted: 'Partly accepted', rejected: 'Rejected' };

/** An obligation's state as its page's tag shows it: the words and the tag's colour. */
export function statusTag(status: ObligationStatus, dueOn: IsoDate, today: IsoDate): { text: string; colour: 'red' | 'blue' | 'green' | 'grey' } {
  if (status === 'responded') return { text: 'Answered', colour: 'green' };
  if (status === 'withdrawn') return { text: 'Withdrawn', colour: 'grey' };
  return dueOn < today ? { text: 'Overdue', colour: 'red' } : { text: 'Open', colour: 'blue' };
}

/** How an authority has answered what it was asked: on time, late, not yet and overdue, not yet due. */
export interface AnswerTally {
  onTime: number;
  late: number;
  overdue: number;
  notYetDue: number;
}

type Tallied = { authorityId: string; status: ObligationStatus; dueOn: IsoDate; respondedAt: Date | null };

/**
 * What was asked, counted by `keyOf` (withdrawn obligations left out): answered by the end of the due
 * day in the council's zone is on time, answered after it late; unanswered, overdue once the day has passed.
 */
function tallyBy(obligations: Tallied[], keyOf: (o: Tallied) => string, today: IsoDate, dayOf: (instant: Date) => IsoDate): Map<string, AnswerTally> {
  const tallies = new Map<string, AnswerTally>();
  for (const o of obligations) {
    if (o.status === 'withdrawn') continue;
    const key = keyOf(o);
    const tally = tallies.get(key) ?? { onTime: 0, late: 0, overdue: 0, notYetDue: 0 };
    if (o.status === 'responded') {
      if (o.respondedAt && dayOf(o.respondedAt) > o.dueOn) tally.late++;
      else tally.onTime++;
    } else if (o.dueOn < today) tally.overdue++;
    else tally.notYetDue++;
    tallies.set(key, tally);
  }
  return tallies;
}

/** Each authority's answers to what it was asked. */
export function tallyAnswers(obligations: Tallied[], today: IsoDate, dayOf: (instant: Date) => IsoDate): Map<string, AnswerTally> {
  return tallyBy(obligations, (o) => o.authorityId, today, dayOf);
}

/**
 * The year's deadlines as a timeline: for each month from `from` to `to` (every month, an empty one
 * too), the obligations due in it and how each stands.
 */
export function deadlinesByMonth(obligations: Tallied[], from: IsoDate, to: IsoDate, today: IsoDate, dayOf: (instant: Date) => IsoDate): { month: string; tally: AnswerTally }[] {
  const tallies = tallyBy(obligations, (o) => o.dueOn.slice(0, 7), today, dayOf);
  const months: { month: string; tally: AnswerTally }[] = [];
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  for (let key = from.slice(0, 7); key <= to.slice(0, 7); key = `${year}-${String(month).padStart(2, '0')}`) {
    months.push({ month: key, tally: tallies.get(key) ?? { onTime: 0, late: 0, overdue: 0, notYetDue: 0 } });
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return months;
}
