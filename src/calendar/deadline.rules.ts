import type { IsoDate } from '../common/time/dates.js';
import {
  addDays,
  type BankHolidayLookup,
  type CountingMode,
  describeSkipped,
  earliestAfterClearDays,
  formatDate,
  latestPublication,
  stepDays,
} from './calendar.rules.js';
import type { CalendarSettings } from './calendar-settings.js';

/**
 * Every date the product shows comes from here: one function per rule id of statutory-rules.md,
 * each returning the date with the rule, its citation and a sentence a co-ordinator can forward.
 */

export const RULE_IDS = [
  'recommendation_response',
  'information_request',
  'attendance_request',
  'key_decision_notice',
  'general_exception_notice',
  'private_meeting_notice',
  'agenda_publication',
  'meeting_frequency',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const CITATIONS: Record<RuleId, string> = {
  recommendation_response: 'Crime and Disorder (Overview and Scrutiny) Regulations 2009; Police and Justice Act 2006 s19',
  information_request: 'Crime and Disorder (Overview and Scrutiny) Regulations 2009',
  attendance_request: 'Crime and Disorder (Overview and Scrutiny) Regulations 2009 (reasonable notice)',
  key_decision_notice:
    'Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012, reg 9',
  general_exception_notice:
    'Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012, reg 10',
  private_meeting_notice:
    'Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012, reg 5',
  agenda_publication: 'Local Government Act 1972 s100B (R v Swansea City Council, ex p Elitestone Ltd, 1993)',
  meeting_frequency: 'Crime and Disorder (Overview and Scrutiny) Regulations 2009 (at least once in every twelve months)',
};

/** What a rule gives: the date, why, and for some rules a second date (a further notice, another reading). */
export interface Deadline {
  date: IsoDate;
  ruleId: RuleId;
  citation: string;
  explanation: string;
  /** Further dates the same rule sets, each explained. */
  also?: { label: string; date: IsoDate; explanation: string }[];
}

const modeWords = (mode: CountingMode) => (mode === 'clear_working_days' ? 'clear working days' : 'clear calendar days');

function noticeBefore(
  ruleId: RuleId,
  event: IsoDate,
  clearDays: number,
  mode: CountingMode,
  holidays: BankHolidayLookup,
  what: { event: string; notice: string },
  rollBack: boolean,
): { date: IsoDate; explanation: string } {
  const latest = latestPublication(event, clearDays, mode, holidays);
  const date = rollBack ? latest.latestWorkingDay : latest.date;
  const skipped = mode === 'clear_working_days' ? `, ${describeSkipped(latest.skipped)}` : '';
  const rolled =
    rollBack && date !== latest.date
      ? `; ${formatDate(latest.date)} is not a working day, so the latest working day is ${formatDate(date)}`
      : '';
  return {
    date,
    explanation:
      `${what.event} ${formatDate(event)} needs ${clearDays} ${modeWords(mode)} of ${what.notice}${skipped}: ` +
      `the ${what.notice} must be given by ${formatDate(latest.date)}${rolled} (${label(ruleId)}, ${CITATIONS[ruleId]}).`,
  };
}

const LABELS: Record<RuleId, string> = {
  recommendation_response: 'response to recommendations',
  information_request: 'information requested by the committee',
  attendance_request: 'attendance to answer questions',
  key_decision_notice: 'notice of a key decision',
  general_exception_notice: 'general exception',
  private_meeting_notice: 'notice of a private meeting',
  agenda_publication: 'agenda open to inspection',
  meeting_frequency: 'meeting at least once a year',
};
const label = (ruleId: RuleId) => LABELS[ruleId];

/**
 * The deadline a rule sets from a date. What the date means depends on the rule:
 * the report's date (recommendation_response), the date named in the request (information_request),
 * the date of the meeting or decision (attendance_request, key_decision_notice,
 * general_exception_notice, private_meeting_notice, agenda_publication), or the last meeting
 * (meeting_frequency).
 */
export function deadlineFor(ruleId: RuleId, date: IsoDate, settings: CalendarSettings, holidays: BankHolidayLookup): Deadline {
  const citation = CITATIONS[ruleId];
  switch (ruleId) {
    case 'recommendation_response': {
      const inclusive = settings.recommendationResponseCounting === 'inclusive';
      const due = addDays(date, inclusive ? 27 : 28);
      const counting = inclusive ? 'counting the date of the report as day 1' : 'the date of the report excluded';
      return {
        date: due,
        ruleId,
        citation,
        explanation:
          `Report dated ${formatDate(date)} + 28 days = ${formatDate(due)} (${label(ruleId)}, ${citation}; ` +
          `${counting}; bank holidays are not skipped for this rule). If that is not reasonably possible, ` +
          'the response is due as soon as reasonably possible thereafter.',
      };
    }
    case 'information_request':
      return {
        date,
        ruleId,
        citation,
        explanation: `Due ${formatDate(date)}, the date given in the request (${label(ruleId)}, ${citation}; the law sets no period: the request must name the date).`,
      };
    case 'attendance_request': {
      const days = settings.attendanceNoticeWorkingDays;
      const notice = noticeBefore(ruleId, date, days, 'clear_working_days', holidays, { event: 'Attendance on', notice: 'notice' }, true);
      return { date: notice.date, ruleId, citation, explanation: `${notice.explanation} The number of days is the council's setting for reasonable notice.` };
    }
    case 'key_decision_notice': {
      const mode = settings.countingModes.key_decision_notice;
      const notice = noticeBefore(ruleId, date, 28, mode, holidays, { event: 'A key decision on', notice: 'notice' }, false);
      return { date: notice.date, ruleId, citation, explanation: notice.explanation };
    }
    case 'general_exception_notice': {
      const mode = settings.countingModes.general_exception_notice;
      const notice = noticeBefore(ruleId, date, 5, mode, holidays, { event: 'A key decision on', notice: 'general exception notice to the scrutiny chair' }, false);
      return { date: notice.date, ruleId, citation, explanation: notice.explanation };
    }
    case 'private_meeting_notice': {
      const first = noticeBefore(ruleId, date, 28, settings.countingModes.private_meeting_notice, holidays, { event: 'A private meeting on', notice: 'notice of intention to meet in private' }, false);
      const further = noticeBefore(ruleId, date, 5, settings.countingModes.private_meeting_further_notice, holidays, { event: 'A private meeting on', notice: 'further notice with representations and the response' }, false);
      return {
        date: first.date,
        ruleId,
        citation,
        explanation: first.explanation,
        also: [{ label: 'further notice (reg 5(4))', date: further.date, explanation: further.explanation }],
      };
    }
    case 'agenda_publication': {
      const mode = settings.countingModes.agenda_publication;
      const days = settings.agendaNoticeDays;
      const notice = noticeBefore(ruleId, date, days, mode, holidays, { event: 'A meeting on', notice: 'agenda publication' }, true);
      return { date: notice.date, ruleId, citation, explanation: notice.explanation };
    }
    case 'meeting_frequency': {
      const due = addDays(addMonths(date, 12), -1);
      return {
        date: due,
        ruleId,
        citation,
        explanation:
          `After a meeting on ${formatDate(date)} the committee must meet again by ${formatDate(due)} (rolling twelve months; ${citation}). ` +
          'It must also meet at least once in each municipal year: the work plan coverage checks that reading.',
      };
    }
  }
}

/** The same day N months later, clamped to the month's end (29 Feb → 28 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Reg 10: the first day a key decision may be taken after a general exception notice given on `notice`. */
export function decisionPossibleFrom(notice: IsoDate, mode: CountingMode, holidays: BankHolidayLookup): IsoDate {
  return earliestAfterClearDays(notice, 5, mode, holidays).date;
}

export interface MeetingFrequencyFinding {
  reading: 'municipal_year' | 'rolling_twelve_months';
  /** A municipal year that ended without a meeting breaches the duty; a long gap is a warning. */
  severity: 'breach' | 'warning';
  explanation: string;
}

/**
 * Both readings of "at least once a year" (W3): each municipal year that has ended must have had a
 * meeting (a breach), and no more than twelve months should pass between meetings (a warning).
 * Returns only the problems; a year still running is the work plan's to watch.
 */
export function meetingFrequency(
  meetingDates: IsoDate[],
  municipalYears: { label: string; startsOn: IsoDate; endsOn: IsoDate }[],
  today: IsoDate,
): MeetingFrequencyFinding[] {
  const sorted = [...meetingDates].sort();
  const findings: MeetingFrequencyFinding[] = [];
  for (const year of municipalYears) {
    if (year.endsOn >= today || sorted.some((d) => d >= year.startsOn && d <= year.endsOn)) continue;
    findings.push({
      reading: 'municipal_year',
      severity: 'breach',
      explanation: `No meeting in municipal year ${year.label} (${formatDate(year.startsOn)} to ${formatDate(year.endsOn)}).`,
    });
  }
  sorted.forEach((held, i) => {
    const due = addDays(addMonths(held, 12), -1);
    const next = sorted[i + 1];
    if (next ? next > due : today > due) {
      findings.push({
        reading: 'rolling_twelve_months',
        severity: 'warning',
        explanation: `No meeting within twelve months of ${formatDate(held)}: the next was due by ${formatDate(due)}${next ? ` and was held on ${formatDate(next)}` : ''}.`,
      });
    }
  });
  return findings;
}

/**
 * A meeting's report deadline: the day its agenda must be published (s100B), brought forward by the
 * council's `reportDeadlineWorkingDays`, so that reports can be checked before they go out.
 */
export function reportDeadline(meetingDate: IsoDate, settings: CalendarSettings, holidays: BankHolidayLookup): Deadline {
  const agenda = deadlineFor('agenda_publication', meetingDate, settings, holidays);
  const days = settings.reportDeadlineWorkingDays;
  if (days === 0) return { ...agenda, explanation: `The report is due when the agenda must be published. ${agenda.explanation}` };
  const { date, skipped } = stepDays(agenda.date, -days, 'clear_working_days', holidays);
  return {
    ...agenda,
    date,
    citation: `${agenda.citation}; the council's report deadline (${days} working days before publication)`,
    explanation:
      `The report is due ${days} working day${days === 1 ? '' : 's'} before the agenda must be published on ${formatDate(agenda.date)}: ` +
      `${formatDate(date)}${skipped.length ? `, ${describeSkipped(skipped)}` : ''}. ${agenda.explanation}`,
  };
}
