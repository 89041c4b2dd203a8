import { describe, expect, it } from '@jest/globals';
import { loadBankHolidayCalendar } from '../calendar/bank-holidays.js';
import { dateIn } from '../common/time/dates.js';
import { DEFAULT_CALENDAR_SETTINGS } from '../calendar/calendar-settings.js';
import { type DueInput, dueFor, extendedDue, extensionProblems, groupState, isOverdue, responseProblems, statusTag, tallyAnswers, transitionProblem, deadlinesByMonth } from './obligation.rules.js';

const holidays = loadBankHolidayCalendar().lookup('england-and-wales');
const due = (input: DueInput) => dueFor(input, DEFAULT_CALENDAR_SETTINGS, holidays);

describe('dueFor', () => {
  it.each([
    // W1: a recommendation is due 28 days after the date of the report.
    [{ kind: 'recommendation', issuedOn: '2017-07-26' }, '2017-08-23', 'recommendation_response'],
    // W2: information by the date named in the request.
    [{ kind: 'information_request', issuedOn: '2018-03-01', dueOn: '2018-03-15' }, '2018-03-15', 'information_request'],
    [{ kind: 'undertaking', issuedOn: '2017-07-26', dueOn: '2017-09-01' }, '2017-09-01', 'undertaking'],
    // Attendance is due on the meeting day; a report when the agenda must be published (W8).
    [{ kind: 'attendance_request', issuedOn: '2017-06-01', meetingDate: '2017-07-26' }, '2017-07-26', 'attendance_request'],
    [{ kind: 'report_request', issuedOn: '2017-06-01', meetingDate: '2017-07-26' }, '2017-07-18', 'agenda_publication'],
  ] as [DueInput, string, string][])('%o → %s by %s', (input, date, ruleId) => {
    const result = due(input);
    expect(result).toMatchObject({ ok: true, due: { date, ruleId } });
    if (result.ok) expect(result.due.explanation.length).toBeGreaterThan(30);
  });

  it.each([
    [{ kind: 'information_request', issuedOn: '2018-03-01' }, ['dueOn is required for an information request: the request must name the date the information is due']],
    [{ kind: 'information_request', issuedOn: '2018-03-01', dueOn: '2018-02-15' }, ['dueOn must not be before issuedOn']],
    [{ kind: 'recommendation', issuedOn: '2017-07-26', dueOn: '2017-08-01' }, ['dueOn is computed for a recommendation; leave it out']],
    [{ kind: 'report_request', issuedOn: '2017-07-20' }, ['meetingId is required for a report request']],
    [
      { kind: 'undertaking', issuedOn: '2017-07-26', dueOn: '2017-09-01', recommendations: ['That the protocol be agreed'] },
      ['recommendations are only for a kind of recommendation'],
    ],
    [{ kind: 'report_request', issuedOn: '2017-07-20', meetingDate: '2017-07-26' }, ['the report deadline for that meeting (Tue 18 July 2017, when its agenda must be published) is before issuedOn']],
  ] as [DueInput, string[]][])('refuses %o', (input, problems) => expect(due(input)).toEqual({ ok: false, problems }));

  it('warns of short notice of attendance but still sets the obligation', () => {
    const result = due({ kind: 'attendance_request', issuedOn: '2017-07-20', meetingDate: '2017-07-26' });
    expect(result.ok && result.due.warning).toContain('Short notice: issued Thu 20 July 2017, after Tue 11 July 2017');
    const inTime = due({ kind: 'attendance_request', issuedOn: '2017-07-11', meetingDate: '2017-07-26' });
    expect(inTime.ok && inTime.due.warning).toBeUndefined();
  });
});

describe('isOverdue', () => {
  it.each([
    ['open', '2017-08-23', '2017-08-23', false],
    ['open', '2017-08-23', '2017-08-24', true],
    ['responded', '2017-08-23', '2017-09-30', false],
    ['withdrawn', '2017-08-23', '2017-09-30', false],
  ] as const)('%s, due %s, today %s → %s', (status, dueOn, today, expected) => expect(isOverdue(status, dueOn, today)).toBe(expected));
});

describe('transitionProblem', () => {
  it.each([
    ['open', 'respond', null],
    ['open', 'withdraw', null],
    ['open', 'extend', null],
    ['responded', 'respond', null],
    ['responded', 'withdraw', 'The obligation has been answered: it can no longer be withdrawn'],
    ['responded', 'extend', 'The obligation has been answered: it can no longer be extended'],
    ['withdrawn', 'respond', 'The obligation was withdrawn: it can no longer be answered'],
    ['withdrawn', 'withdraw', 'The obligation was withdrawn: it can no longer be withdrawn'],
  ] as const)('%s + %s → %s', (status, change, problem) => expect(transitionProblem(status, change)).toBe(problem));
});

describe('groupState', () => {
  it('sums the bodies and says whether the group is complete, awaiting or overdue', () => {
    const items = [
      { status: 'responded', dueOn: '2017-08-23' },
      { status: 'open', dueOn: '2017-08-23' },
      { status: 'open', dueOn: '2017-09-23' },
    ] as const;
    expect(groupState([...items], '2017-08-20')).toEqual({ total: 3, responded: 1, open: 2, overdue: 0, withdrawn: 0, state: 'awaiting' });
    expect(groupState([...items], '2017-08-24')).toMatchObject({ overdue: 1, state: 'overdue' });
    expect(groupState([items[0]], '2017-08-24')).toMatchObject({ state: 'complete' });
  });
});

describe('answers and extensions', () => {
  it('takes positions only on recommendations', () => {
    expect(responseProblems('recommendation', 2, 2)).toEqual([]);
    expect(responseProblems('information_request', 0, 0)).toEqual([]);
    expect(responseProblems('information_request', 0, 1)).toEqual(['positions are only for a response to recommendations']);
    // A response to recommendations takes a position on each of them.
    expect(responseProblems('recommendation', 3, 0)).toEqual(['positions: give a position (accepted, partly accepted or rejected, with the reason) on each of the 3 recommendations; 0 given']);
    expect(responseProblems('recommendation', 3, 2)).toEqual(['positions: give a position (accepted, partly accepted or rejected, with the reason) on each of the 3 recommendations; 2 given']);
    expect(responseProblems('recommendation', 0, 0)).toEqual([]);
    expect(responseProblems('recommendation', 0, 1)).toEqual([]);
  });

  it('moves a due date only later', () => {
    expect(extensionProblems('2017-08-23', '2017-09-06')).toEqual([]);
    expect(extensionProblems('2017-08-23', null)).toEqual([]);
    expect(extensionProblems('2017-08-23', '2017-08-23')).toEqual(['newDueOn must be after the current due date']);
  });

  it('explains a granted extension, and "as soon as reasonably possible thereafter" without a date', () => {
    const current = { dueOn: '2017-08-23', dueExplanation: 'Report dated Wed 26 July 2017 + 28 days = Wed 23 August 2017.' };
    expect(extendedDue(current, { newDueOn: '2017-09-06', reason: 'Officer on leave' }, 'Democratic Services')).toEqual({
      dueOn: '2017-09-06',
      dueExplanation:
        'Extended from Wed 23 August 2017 to Wed 6 September 2017: Officer on leave (granted by Democratic Services). ' +
        'Originally: Report dated Wed 26 July 2017 + 28 days = Wed 23 August 2017.',
    });
    expect(extendedDue(current, { newDueOn: null, reason: 'Awaiting the fire authority' }, 'DS')).toEqual({
      dueOn: '2017-08-23',
      dueExplanation: `${current.dueExplanation} The authority will respond as soon as reasonably possible thereafter: Awaiting the fire authority`,
    });
  });
});

describe('the state shown on the pages', () => {
  it('is overdue only for an open obligation past its due day', () => {
    expect(statusTag('open', '2017-08-23', '2017-08-23')).toEqual({ text: 'Open', colour: 'blue' });
    expect(statusTag('open', '2017-08-23', '2017-08-24')).toEqual({ text: 'Overdue', colour: 'red' });
    expect(statusTag('responded', '2017-08-23', '2017-08-24')).toEqual({ text: 'Answered', colour: 'green' });
    expect(statusTag('withdrawn', '2017-08-23', '2017-08-24')).toEqual({ text: 'Withdrawn', colour: 'grey' });
  });
});

describe('the tally of answers by authority', () => {
  const london = (instant: Date) => dateIn(instant, 'Europe/London');
  it('counts on time up to the end of the due day in London, late after, overdue and not yet due, and leaves out the withdrawn', () => {
    const tallies = tallyAnswers(
      [
        // Answered at 23:30 BST on the due day (22:30 UTC): on time.
        { authorityId: 'police', status: 'responded', dueOn: '2017-08-23', respondedAt: new Date('2017-08-23T22:30:00Z') },
        // Answered at 00:30 BST the day after (23:30 UTC on the due day): late.
        { authorityId: 'police', status: 'responded', dueOn: '2017-08-23', respondedAt: new Date('2017-08-23T23:30:00Z') },
        { authorityId: 'police', status: 'open', dueOn: '2017-08-23', respondedAt: null },
        { authorityId: 'kcc', status: 'open', dueOn: '2017-08-28', respondedAt: null },
        { authorityId: 'kcc', status: 'withdrawn', dueOn: '2017-08-01', respondedAt: null },
      ],
      '2017-08-28',
      london,
    );
    expect(tallies.get('police')).toEqual({ onTime: 1, late: 1, overdue: 1, notYetDue: 0 });
    expect(tallies.get('kcc')).toEqual({ onTime: 0, late: 0, overdue: 0, notYetDue: 1 });
  });
});

describe("the year's deadlines by month", () => {
  const london = (instant: Date) => dateIn(instant, 'Europe/London');
  it('lists every month of the year, across the turn of the calendar year, each with its deadlines and how they stand', () => {
    const months = deadlinesByMonth(
      [
        { authorityId: 'police', status: 'responded', dueOn: '2017-08-23', respondedAt: new Date('2017-08-20T10:00:00Z') },
        { authorityId: 'kcc', status: 'open', dueOn: '2017-08-31', respondedAt: null },
        { authorityId: 'fire', status: 'open', dueOn: '2018-01-10', respondedAt: null },
        { authorityId: 'fire', status: 'withdrawn', dueOn: '2017-09-01', respondedAt: null },
      ],
      '2017-05-17',
      '2018-05-15',
      '2017-09-04',
      london,
    );
    expect(months.map((m) => m.month)).toEqual(['2017-05', '2017-06', '2017-07', '2017-08', '2017-09', '2017-10', '2017-11', '2017-12', '2018-01', '2018-02', '2018-03', '2018-04', '2018-05']);
    expect(months[3]!.tally).toEqual({ onTime: 1, late: 0, overdue: 1, notYetDue: 0 });
    expect(months[4]!.tally).toEqual({ onTime: 0, late: 0, overdue: 0, notYetDue: 0 });
    expect(months[8]!.tally).toEqual({ onTime: 0, late: 0, overdue: 0, notYetDue: 1 });
  });
});
