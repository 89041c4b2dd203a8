import { describe, expect, it } from '@jest/globals';
import { loadBankHolidayCalendar } from '../calendar/bank-holidays.js';
import { DEFAULT_CALENDAR_SETTINGS } from '../calendar/calendar-settings.js';
import { complianceOf, type DecisionFacts, noticeForMeeting, noticeProblems, noticeTitle, reasonsNotice } from './forward-plan.rules.js';

const holidays = loadBankHolidayCalendar().lookup('england-and-wales');
// The defaults: reg 9 in calendar days, reg 10 in working days (statutory-rules.md §6).
const calendar = DEFAULT_CALENDAR_SETTINGS;
const allCalendar = { ...DEFAULT_CALENDAR_SETTINGS, countingModes: { ...DEFAULT_CALENDAR_SETTINGS.countingModes, general_exception_notice: 'clear_calendar_days' as const } };
const working = {
  ...DEFAULT_CALENDAR_SETTINGS,
  countingModes: { ...DEFAULT_CALENDAR_SETTINGS.countingModes, key_decision_notice: 'clear_working_days' as const, general_exception_notice: 'clear_working_days' as const },
};
const decision = (over: Partial<DecisionFacts>): DecisionFacts => ({ decisionDueOn: '2017-11-01', exception: 'none', generalExceptionNoticeOn: null, urgencyAgreedOn: null, ...over });

describe('complianceOf', () => {
  it.each([
    // W4: a key decision on Wed 1 Nov 2017.
    ['calendar', calendar, '2017-10-03', 'compliant', '2017-10-03', 28],
    ['calendar', calendar, '2017-10-04', 'late', '2017-10-03', 27],
    ['working days', working, '2017-09-21', 'compliant', '2017-09-21', 28],
    ['working days', working, '2017-09-22', 'late', '2017-09-21', 27],
  ] as const)('W4 (%s reading): published %s → %s (latest %s, %s clear days)', (_, settings, publishedOn, verdict, latest, days) => {
    expect(complianceOf(decision({}), publishedOn, settings, holidays)).toMatchObject({ verdict, latestPublication: latest, clearDaysGiven: days });
  });

  it('W5: a notice published Wed 17 May 2017 covers decisions from Thu 15 June to 31 October; on 18 May, 15 June is late', () => {
    expect(complianceOf(decision({ decisionDueOn: '2017-06-15' }), '2017-05-17', calendar, holidays).verdict).toBe('compliant');
    expect(complianceOf(decision({ decisionDueOn: '2017-10-31' }), '2017-05-17', calendar, holidays).verdict).toBe('compliant');
    expect(complianceOf(decision({ decisionDueOn: '2017-06-15' }), '2017-05-18', calendar, holidays)).toMatchObject({ verdict: 'late', clearDaysGiven: 27 });
  });

  it('W6: a general exception notice made available Mon 23 Oct 2017 allows the decision from Sun 29 Oct (calendar) or Tue 31 Oct (working days)', () => {
    const late = decision({ exception: 'general_exception', generalExceptionNoticeOn: '2017-10-23' });
    expect(complianceOf(late, '2017-10-23', allCalendar, holidays)).toMatchObject({ verdict: 'compliant_by_exception', earliestDecisionOn: '2017-10-29' });
    expect(complianceOf(late, '2017-10-23', working, holidays)).toMatchObject({ verdict: 'compliant_by_exception', earliestDecisionOn: '2017-10-31' });
    expect(complianceOf(late, '2017-10-23', calendar, holidays).earliestDecisionOn).toBe('2017-10-31'); // the default reading
    expect(complianceOf({ ...late, decisionDueOn: '2017-10-27' }, '2017-10-23', allCalendar, holidays)).toMatchObject({ verdict: 'late', earliestDecisionOn: '2017-10-29' });
    expect(complianceOf({ ...late, generalExceptionNoticeOn: null }, '2017-10-23', calendar, holidays).verdict).toBe('late');
  });

  it('stays late under special urgency until agreement is recorded', () => {
    const urgent = decision({ exception: 'special_urgency' });
    expect(complianceOf(urgent, '2017-10-30', calendar, holidays).verdict).toBe('late');
    expect(complianceOf({ ...urgent, urgencyAgreedOn: '2017-10-30' }, '2017-10-30', calendar, holidays).verdict).toBe('compliant_by_exception');
  });

  it('is not published before it is', () => expect(complianceOf(decision({}), null, calendar, holidays).verdict).toBe('not_published'));

  it('never judges a decision that is not key, published early, late or not at all', () => {
    for (const publishedOn of ['2017-09-01', '2017-10-31', null]) {
      expect(complianceOf(decision({ key: false }), publishedOn, calendar, holidays)).toMatchObject({ verdict: 'not_key', latestPublication: null, clearDaysGiven: null });
    }
    expect(complianceOf(decision({ key: true }), '2017-10-31', calendar, holidays).verdict).toBe('late');
  });
});

describe('noticeProblems', () => {
  it('names every problem', () => {
    expect(
      noticeProblems({
        periodStart: '2017-10-31',
        periodEnd: '2017-06-15',
        publishedOn: '2017-11-02',
        decisions: [{ decisionDueOn: '2017-11-01', exception: 'none' }],
      }, '2017-11-01'),
    ).toEqual([
      'periodEnd must not be before periodStart',
      'publishedOn: Thu 2 November 2017 is still to come; record the publication on the day the notice is made available',
      "decisions.0.decisionDueOn Wed 1 November 2017 is outside the notice's period",
      'decisions.0.decisionDueOn: the notice is published on or after the decision date, which needs an exception (general_exception or special_urgency)',
    ]);
    expect(noticeProblems({ periodStart: '2017-06-15', periodEnd: '2017-10-31', publishedOn: '2017-05-17', decisions: [{ decisionDueOn: '2017-06-15', exception: 'none' }] }, '2017-05-17')).toEqual([]);
    // A decision that is not key, published on its day, needs no exception, and may not claim one.
    expect(noticeProblems({ periodStart: '2017-06-15', periodEnd: '2017-10-31', publishedOn: '2017-06-15', decisions: [{ decisionDueOn: '2017-06-15', exception: 'none', key: false }] }, '2017-06-15')).toEqual([]);
    expect(noticeProblems({ periodStart: '2017-06-15', periodEnd: '2017-10-31', publishedOn: null, decisions: [{ decisionDueOn: '2017-06-15', exception: 'special_urgency', key: false }] }, '2017-06-15')).toEqual([
      'decisions.0.exception: a decision that is not key needs no exception (regulations 10 and 11 concern key decisions)',
    ]);
  });
});

describe('reasonsNotice', () => {
  const base = { title: 'CCTV contract', decisionDueOn: '2017-10-31', exceptionReasons: 'the contract ends', generalExceptionNoticeOn: null, urgencyAgreedBy: null, urgencyAgreedOn: null };
  it('says why and who, once the exception is given or agreed', () => {
    expect(reasonsNotice({ ...base, exception: 'general_exception' })).toBeNull();
    expect(reasonsNotice({ ...base, exception: 'general_exception', generalExceptionNoticeOn: '2017-10-23' })).toContain('was told in writing on Mon 23 October 2017');
    expect(reasonsNotice({ ...base, exception: 'special_urgency', urgencyAgreedBy: 'Councillor Mrs P Cutler (chairman of the council)', urgencyAgreedOn: '2017-10-30' })).toBe(
      'Special urgency (regulation 11): the key decision "CCTV contract", to be taken on Tue 31 October 2017, is urgent and cannot reasonably be deferred because: the contract ends. Councillor Mrs P Cutler (chairman of the council) agreed on Mon 30 October 2017.',
    );
    expect(reasonsNotice({ ...base, exception: 'none' })).toBeNull();
  });
});

describe('noticeForMeeting', () => {
  const june = { id: 'june', periodStart: '2017-06-15', periodEnd: '2017-10-31', publishedOn: '2017-05-17' };
  const nov = { id: 'nov', periodStart: '2017-11-01', periodEnd: '2018-02-28', publishedOn: '2017-10-02' };
  const draft = { id: 'draft', periodStart: '2017-07-01', periodEnd: '2017-07-31', publishedOn: null };
  it('is the published notice whose period the meeting falls in (seed 003: 26 July 2017)', () => {
    expect(noticeForMeeting([nov, june, draft], '2017-07-26')?.id).toBe('june');
    expect(noticeTitle(june)).toBe('Regulation 9 Notice for the period 15 June 2017 to 31 October 2017');
  });
  it('else the latest published before the meeting, else none', () => {
    expect(noticeForMeeting([june, nov], '2018-03-14')?.id).toBe('nov');
    expect(noticeForMeeting([june], '2017-05-01')).toBeNull();
  });
});
