import { formatDate } from '../calendar/calendar.rules.js';
import type { IsoDate } from '../common/time/dates.js';
import type { DrawDownOutcomes } from '../draw-downs/draw-down.rules.js';
import { type Attendance, CLOSED_SESSION } from '../minutes/minutes.rules.js';
import { ANSWER_SERIES } from '../common/web/charts.js';
import { monthInWords } from '../common/web/words.js';
import type { AnswerTally } from '../obligations/obligation.rules.js';
import type { Block } from './report-document.js';

export const REPORT_STATUSES = ['queued', 'compiling', 'draft', 'agreed', 'submitted', 'failed'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export interface ReportItem {
  number: string;
  title: string;
  summary: string;
  resolutions: string[];
  exempt: boolean;
}

export interface ReportMeeting {
  date: IsoDate;
  cancelled: boolean;
  /** Still to come on the day the report is compiled: not counted as met, nothing recorded of it. */
  future: boolean;
  /** From the minutes; without minutes, the work plan items recorded as considered there. */
  items: ReportItem[];
  minutes: 'approved' | 'draft' | 'none';
}

export interface ReportData {
  councilName: string;
  committeeName: string;
  municipalYear: string;
  introduction: string | null;
  authorities: string[];
  protocol: string | null;
  workProgramme: string | null;
  previousReport: { date: IsoDate; title: string; resolutions: string[] } | null;
  standingInvitations: string[];
  /** Items considered in the year, by basis. */
  statutoryItems: string[];
  discretionaryItems: string[];
  /** Items of the year still planned (not yet considered) on the day the report is compiled. */
  plannedItems: string[];
  initialPlan: { label: string; agreedOn: IsoDate; seasons: { season: string; items: string[] }[] } | null;
  /** Each amendment in words; who directed it; whether it was agreed with the plan at its meeting; whether it only moved or cancelled an item. */
  amendments: { text: string; directedBy: string; atAgreement: boolean; timing: boolean }[];
  meetings: ReportMeeting[];
  recommendations: { subject: string; authority: string; dueOn: IsoDate; state: 'on time' | 'late' | 'outstanding'; positions: string[] }[];
  /** Everything each authority was asked in the year (information, attendance, reports, responses) and how it stands. */
  answers: { authority: string; tally: AnswerTally }[];
  /** The year's deadlines for the authorities, month by month ("2017-08"), and how they stand. */
  deadlines: { month: string; tally: AnswerTally }[];
  drawDowns: { outcomes: DrawDownOutcomes; requests: { topic: string; status: string; callForAction: boolean }[] };
  /** The notices in force (a superseded one is named by the notice that replaced it, not listed again). */
  notices: { title: string; publishedOn: IsoDate; decisions: number; replacedOn: IsoDate | null }[];
  attendance: { name: string; present: number; of: number; apologies: number }[];
  coverage: { description: string; state: string; why: string }[];
}

/** Minutes items that run every meeting and say nothing of its work: left out of the report, as seed 001 leaves them. */
const PROCEDURAL = /^(apologies|declarations? of interests?|confirmation of (the )?minutes|minutes of the (previous|last) meeting|urgent items|(to consider )?references from other committees|exclusion of (the )?press and public)/i;

export function isProcedural(title: string): boolean {
  return PROCEDURAL.test(title.trim());
}

/** The year before "2016-17": "2015-16". */
export function previousYearOf(label: string): string | null {
  const m = /^(\d{4})-(\d{2})$/.exec(label);
  if (!m) return null;
  const start = Number(m[1]) - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

const defaultIntroduction = (d: ReportData) => [
  'The Council has a legal duty under the Crime and Disorder Act 1998 to carry out all of its various functions with regard to the need to prevent crime and disorder and reduce re-offending in its area.',
  "'Crime and Disorder' is defined as including forms of crime and disorder that involve anti-social behaviour or other behaviour adversely affecting the local environment, and the misuse of drugs, alcohol and other substances (Crime and Disorder Act 1998 s17 and s6).",
  `The ${d.committeeName} exercises the powers of the Police and Justice Act 2006, the Local Government and Public Involvement in Health Act 2007 and the Crime and Disorder (Overview and Scrutiny) Regulations 2009 to scrutinise crime and disorder matters and to hold the Community Safety Partnership and its partner organisations to account for their performance.`,
  `This Annual Report summarises the work of the Committee during the ${d.municipalYear} municipal year, drawing on the Minutes of its meetings.`,
];

const DEFAULT_WORK_PROGRAMME =
  "The Committee is required on a statutory basis each year to consider the Community Safety Partnership's Strategic Assessment and its Community Safety Strategy, with any annual refresh; other topics it takes on a discretionary basis.";

const DEFAULT_PROTOCOL =
  "The Committee's Protocol requires it to review, scrutinise, and make reports and recommendations regarding the functioning of the responsible authorities, and to report to the Council annually on the work it has undertaken in the preceding municipal year.";

/**
 * The draft annual report, in the order of seed 001 (introduction, responsible authorities, protocol,
 * the previous year's report, standing invitations, work programme, the initial rolling work plan,
 * its amendments, each meeting's items), then what co-ordinators also need. Exempt items keep their
 * title only: no summary, no resolution but "Noted".
 */
export function annualReportBlocks(d: ReportData): Block[] {
  const blocks: Block[] = [];
  const h = (level: 1 | 2 | 3, text: string) => blocks.push({ kind: 'heading', level, text });
  const p = (text: string) => blocks.push({ kind: 'paragraph', text });
  const list = (style: 'bullet' | 'decimal' | 'roman', items: string[]) => items.length && blocks.push({ kind: 'list', style, items });
  const previous = previousYearOf(d.municipalYear);
  const held = d.meetings.filter((m) => !m.cancelled && !m.future);
  const toCome = d.meetings.filter((m) => !m.cancelled && m.future);
  // What the year's records do not hold is said to be unrecorded, never asserted not to have happened.
  const noneRecorded = () => p('None recorded in Scrutineer for the year.');

  h(1, `${d.committeeName}: Draft Annual Report ${d.municipalYear}`);
  p(d.councilName);

  h(2, 'Introduction and Background');
  (d.introduction ? d.introduction.split(/\n{2,}/) : defaultIntroduction(d)).forEach(p);

  h(2, 'The Responsible Authorities');
  p('The Committee reviews and scrutinises the functioning of the responsible authorities of the Community Safety Partnership:');
  list('bullet', d.authorities);

  h(2, 'Protocol and Remit');
  p(d.protocol ?? DEFAULT_PROTOCOL);

  h(2, `Annual Report ${previous ?? 'of the previous year'}`);
  if (d.previousReport) {
    p(`On ${formatDate(d.previousReport.date)} Members considered "${d.previousReport.title}".`);
    list('decimal', d.previousReport.resolutions);
  } else p(`No consideration of the ${previous ?? 'previous'} annual report is recorded in the minutes of the year.`);

  h(2, 'Standing Invitations');
  if (d.standingInvitations.length) {
    p('The Committee extended standing invitations to attend and contribute to its meetings to:');
    list('bullet', d.standingInvitations);
  } else p('No standing invitations are recorded for the year.');

  h(2, 'Work Programme');
  (d.workProgramme ? d.workProgramme.split(/\n{2,}/) : [DEFAULT_WORK_PROGRAMME]).forEach(p);
  p(
    `The Committee met ${held.length === 0 ? 'no times so far' : held.length === 1 ? 'once' : held.length === 2 ? 'twice' : `${held.length} times`} during the ${d.municipalYear} municipal cycle` +
      `${held.length ? ` (${held.map((m) => formatDate(m.date)).join('; ')})` : ''}` +
      `${toCome.length ? `; ${toCome.length === 1 ? 'one meeting is' : `${toCome.length} meetings are`} still to come (${toCome.map((m) => formatDate(m.date)).join('; ')})` : ''}.`,
  );
  p('On a statutory basis the Committee considered:');
  list('bullet', d.statutoryItems);
  if (!d.statutoryItems.length) p('No statutory item is recorded as considered so far.');
  p('On a discretionary basis:');
  list('bullet', d.discretionaryItems);
  if (d.plannedItems.length) {
    p('Still to be considered in the year:');
    list('bullet', d.plannedItems);
  }

  h(2, d.initialPlan?.label ?? `Initial Rolling Work Plan ${d.municipalYear}`);
  if (d.initialPlan) {
    p(`As agreed on ${formatDate(d.initialPlan.agreedOn)}:`);
    blocks.push({ kind: 'table', header: ['Meeting', 'Work Plan Items'], rows: d.initialPlan.seasons.map((s) => [s.season, s.items.join('\n')]) });
  } else noneRecorded();

  h(2, 'Amendments to the Work Plan');
  if (d.amendments.length) {
    p(amendmentsIntroduction(d.amendments));
    list('roman', d.amendments.map((a) => a.text));
  } else noneRecorded();

  h(2, `Work Plan Items Completed in the ${d.municipalYear} Municipal Year`);
  for (const meeting of d.meetings) {
    h(3, formatDate(meeting.date));
    if (meeting.cancelled) {
      p('The meeting was cancelled.');
      continue;
    }
    if (meeting.future) {
      p('The meeting is still to come.');
      continue;
    }
    if (meeting.minutes === 'none') p('The minutes of this meeting are not yet recorded; the items recorded as considered are listed.');
    if (meeting.minutes === 'draft') p('From the draft minutes, not yet confirmed.');
    for (const item of meeting.items) {
      p(`Item ${item.number}: ${item.title}`);
      if (item.exempt) {
        p(CLOSED_SESSION);
        list('decimal', ['Noted.']);
        continue;
      }
      if (item.summary) item.summary.split(/\n{2,}/).forEach(p);
      if (item.resolutions.length) {
        p('Resolved:');
        list('decimal', item.resolutions);
      }
    }
    if (!meeting.items.length) p('No items are recorded.');
  }

  h(2, 'Recommendations and Responses');
  if (d.recommendations.length) {
    blocks.push({
      kind: 'table',
      header: ['Recommendation', 'To', 'Response due', 'Response', 'Positions taken'],
      rows: d.recommendations.map((r) => [r.subject, r.authority, formatDate(r.dueOn), r.state, r.positions.join('\n') || '—']),
    });
  } else noneRecorded();

  const values = (t: AnswerTally) => [t.onTime, t.late, t.overdue, t.notYetDue];
  h(2, 'Answers from the Responsible Authorities');
  if (d.answers.length) {
    p('What each responsible authority was asked in the year (information, attendance, reports and responses to recommendations), and how it answered, as the report was compiled.');
    blocks.push({ kind: 'chart', id: 'answers', chart: { title: 'Answers by authority', series: ANSWER_SERIES, rows: d.answers.map((a) => ({ label: a.authority, values: values(a.tally) })) } });
  } else noneRecorded();

  h(2, "The Year's Deadlines");
  if (d.deadlines.some((m) => values(m.tally).some((n) => n > 0))) {
    p('The deadlines the authorities had in each month of the year, and how each was met.');
    blocks.push({ kind: 'chart', id: 'deadlines', chart: { title: 'Deadlines by month', series: ANSWER_SERIES, rows: d.deadlines.map((m) => ({ label: monthInWords(m.month), values: values(m.tally) })) } });
  } else noneRecorded();

  h(2, 'Draw-down Requests');
  const { outcomes } = d.drawDowns;
  if (outcomes.total) {
    p(`${outcomes.total} draw-down request${outcomes.total === 1 ? ' was' : 's were'} made: ${Object.entries(outcomes.byStatus).filter(([, n]) => n).map(([status, n]) => `${n} ${status}`).join(', ')}.`);
    list('bullet', d.drawDowns.requests.map((r) => `${r.topic}${r.callForAction ? ' (councillor call for action)' : ''}: ${r.status}`));
    if (outcomes.callsForAction.total) {
      p(`Councillor calls for action: ${outcomes.callsForAction.total} (reported on ${outcomes.callsForAction.reported}; decided not to report ${outcomes.callsForAction.notReported}; awaiting a decision ${outcomes.callsForAction.undecided}).`);
    }
  } else noneRecorded();

  h(2, 'Regulation 9 Notices');
  if (d.notices.length) {
    list('bullet', d.notices.map((n) => `${n.title}, published ${formatDate(n.publishedOn)}${n.replacedOn ? `, replacing the notice published ${formatDate(n.replacedOn)}` : ''} (${n.decisions} key decision${n.decisions === 1 ? '' : 's'})`));
  } else noneRecorded();

  h(2, 'Attendance');
  if (d.attendance.length) {
    blocks.push({ kind: 'table', header: ['Member', 'Attended', 'Apologies'], rows: d.attendance.map((a) => [a.name, `${a.present} of ${a.of}`, String(a.apologies)]) });
  } else noneRecorded();

  h(2, 'Statutory Coverage');
  list('bullet', d.coverage.map((c) => `${c.description}: ${c.state.replace('_', ' ')}. ${c.why}`));
  return blocks;
}

const counted = (n: number, one: string, many: string) => `${['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][n] ?? n} ${n === 1 ? one : many}`;

/**
 * How the amendments are introduced, as seed 001 does: those agreed with the plan at its meeting,
 * attributed to whoever directed them (as the minutes record it), then the subsequent changes, "in
 * timing" when each only moved or cancelled an item.
 */
export function amendmentsIntroduction(amendments: { directedBy: string; atAgreement: boolean; timing: boolean }[]): string {
  const agreed = amendments.filter((a) => a.atAgreement);
  const later = amendments.filter((a) => !a.atAgreement);
  const directors = [...new Set(agreed.map((a) => a.directedBy))];
  const parts = [
    ...(agreed.length ? [`${counted(agreed.length, 'amendment', 'amendments')}${directors.length === 1 ? ` at the direction of the ${directors[0].replace(/^the /i, '')}` : ''}`] : []),
    ...(later.length ? [`${counted(later.length, 'subsequent change', 'subsequent changes')}${later.every((a) => a.timing) ? ' in timing' : ''}`] : []),
  ];
  return `The Committee agreed the Work Plan as set out above, with ${parts.join(' and ')}:`;
}

/** The report as the council received it: no longer headed "Draft". */
export function asSubmitted(blocks: Block[]): Block[] {
  return blocks.map((b) => (b.kind === 'heading' && b.level === 1 ? { ...b, text: b.text.replace('Draft Annual Report', 'Annual Report') } : b));
}

/** The first day on or after a year's end that is the given MM-DD: when its draft is compiled by the calendar. */
export function compileDateAfter(endsOn: IsoDate, monthDay: string): IsoDate {
  const year = Number(endsOn.slice(0, 4));
  const sameYear = `${year}-${monthDay}`;
  return sameYear >= endsOn ? sameYear : `${year + 1}-${monthDay}`;
}

/** What an amendment did to its item, as the report numbers them: "D-TAC Update: deferred from … to …. Reason (at the direction of …)." */
export function describeAmendment(
  title: string,
  a: { kind: 'deferred' | 'brought_forward' | 'cancelled' | 'changed'; fromSeason: string | null; toSeason: string | null; change: string | null; reason: string; directedBy: string },
): string {
  const what =
    a.kind === 'deferred' ? `deferred from ${a.fromSeason} to ${a.toSeason}`
    : a.kind === 'brought_forward' ? `brought forward from ${a.fromSeason} to ${a.toSeason}`
    : a.kind === 'cancelled' ? 'cancelled'
    : (a.change ?? 'changed');
  // Who directed it is said once, in the introduction, for the amendments agreed with the plan.
  return `${title}: ${what}. ${a.reason}`;
}

interface Version {
  number: number;
  agreedOn: IsoDate;
  createdAt: Date;
}

/**
 * The year's initial rolling work plan (its first version agreed in the year) and which amendments are
 * the year's: those recorded after it and before the next year's version; without one, those recorded
 * within the year's dates.
 */
export function yearOfPlan<V extends Version>(versions: V[], year: { startsOn: IsoDate; endsOn: IsoDate }): { initial: V | null; isYears: (recordedAt: Date, recordedOn: IsoDate) => boolean } {
  const inYear = (date: IsoDate) => date >= year.startsOn && date <= year.endsOn;
  const sorted = [...versions].sort((a, b) => a.number - b.number);
  const initial = sorted.find((v) => inYear(v.agreedOn)) ?? null;
  const next = initial ? sorted.find((v) => v.number > initial.number && v.agreedOn > year.endsOn) : undefined;
  return {
    initial,
    isYears: (recordedAt, recordedOn) =>
      initial ? recordedAt.getTime() >= initial.createdAt.getTime() && (!next || recordedAt.getTime() < next.createdAt.getTime()) : inYear(recordedOn),
  };
}

/** The plan table: each season's items, seasons in date order. */
export function planBySeason(items: { season: string; date: IsoDate; title: string }[]): { season: string; items: string[] }[] {
  const seasons = new Map<string, { date: IsoDate; items: string[] }>();
  for (const item of items) {
    const entry = seasons.get(item.season) ?? { date: item.date, items: [] };
    entry.items.push(item.title);
    seasons.set(item.season, entry);
  }
  return [...seasons].sort((a, b) => a[1].date.localeCompare(b[1].date)).map(([season, s]) => ({ season, items: s.items }));
}

/** A response to recommendations (due within 28 days): on time, late, or still outstanding. */
export function responseState(firstAnsweredOn: IsoDate | null, dueOn: IsoDate): 'on time' | 'late' | 'outstanding' {
  if (!firstAnsweredOn) return 'outstanding';
  return firstAnsweredOn <= dueOn ? 'on time' : 'late';
}

/** Attendance per member across the meetings whose minutes are recorded: present, and apologies given. */
export function attendanceOf(meetings: Attendance[]): ReportData['attendance'] {
  const tally = new Map<string, { present: number; apologies: number }>();
  const of = (name: string) => tally.get(name) ?? tally.set(name, { present: 0, apologies: 0 }).get(name)!;
  for (const m of meetings) {
    for (const p of m.present) of(p.name).present++;
    for (const name of m.absent) of(name);
    for (const name of new Set(m.apologies)) of(name).apologies++;
  }
  return [...tally].map(([name, a]) => ({ name, present: a.present, of: meetings.length, apologies: a.apologies }));
}

/** Whether a year's draft compiles by itself: its last meeting's minutes are approved, or the council's day for it has come. */
export function draftDue(year: { endsOn: IsoDate }, today: IsoDate, lastMinutesApproved: boolean, compileOnDay: string | null): boolean {
  return lastMinutesApproved || (compileOnDay !== null && today >= compileDateAfter(year.endsOn, compileOnDay));
}
