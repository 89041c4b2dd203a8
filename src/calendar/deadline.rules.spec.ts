import { describe, expect, it } from '@jest/globals';
import { loadBankHolidayCalendar } from './bank-holidays.js';
import { clearDaysBetween, latestPublication } from './calendar.rules.js';
import { type CalendarSettings, DEFAULT_CALENDAR_SETTINGS, resolveSettings } from './calendar-settings.js';
import { decisionPossibleFrom, deadlineFor, meetingFrequency, reportDeadline, type RuleId } from './deadline.rules.js';

const holidays = loadBankHolidayCalendar().lookup('england-and-wales');
const calendarDays = resolveSettings({
  countingModes: {
    ...DEFAULT_CALENDAR_SETTINGS.countingModes,
    agenda_publication: 'clear_calendar_days',
    key_decision_notice: 'clear_calendar_days',
    private_meeting_further_notice: 'clear_calendar_days',
  },
});
const workingDays = resolveSettings({
  countingModes: {
    ...DEFAULT_CALENDAR_SETTINGS.countingModes,
    key_decision_notice: 'clear_working_days',
    private_meeting_further_notice: 'clear_working_days',
  },
});
const inclusive = resolveSettings({ recommendationResponseCounting: 'inclusive' });
const wales = resolveSettings({ agendaNoticeDays: 3 });

// The worked examples of statutory-rules.md, one row per reading.
const examples: [string, RuleId, string, CalendarSettings, string][] = [
  ['W1 28-day response', 'recommendation_response', '2017-07-26', DEFAULT_CALENDAR_SETTINGS, '2017-08-23'],
  ['W1 inclusive option', 'recommendation_response', '2017-07-26', inclusive, '2017-08-22'],
  ['W1b bank holidays not skipped', 'recommendation_response', '2022-12-09', DEFAULT_CALENDAR_SETTINGS, '2023-01-06'],
  ['W2 information by the date asked', 'information_request', '2018-03-15', DEFAULT_CALENDAR_SETTINGS, '2018-03-15'],
  ['W3 rolling twelve months', 'meeting_frequency', '2017-07-26', DEFAULT_CALENDAR_SETTINGS, '2018-07-25'],
  ['W4 key decision, calendar reading', 'key_decision_notice', '2017-11-01', DEFAULT_CALENDAR_SETTINGS, '2017-10-03'],
  ['W4 key decision, working reading', 'key_decision_notice', '2017-11-01', workingDays, '2017-09-21'],
  ['W5 notice covering a period from 15 June', 'key_decision_notice', '2017-06-15', DEFAULT_CALENDAR_SETTINGS, '2017-05-17'],
  ['W7 private meeting, 28 clear days', 'private_meeting_notice', '2017-12-14', DEFAULT_CALENDAR_SETTINGS, '2017-11-15'],
  ['W8 agenda, working reading', 'agenda_publication', '2017-07-26', DEFAULT_CALENDAR_SETTINGS, '2017-07-18'],
  ['W8 agenda, calendar reading', 'agenda_publication', '2017-07-26', calendarDays, '2017-07-20'],
  ['W9 agenda over the Spring bank holiday, working', 'agenda_publication', '2017-06-01', DEFAULT_CALENDAR_SETTINGS, '2017-05-23'],
  ['W9 agenda over the Spring bank holiday, calendar', 'agenda_publication', '2017-06-01', calendarDays, '2017-05-26'],
  ['W10 one-off holidays, latest working day', 'agenda_publication', '2022-06-08', DEFAULT_CALENDAR_SETTINGS, '2022-05-27'],
  ['W11 Christmas, working', 'agenda_publication', '2018-01-03', DEFAULT_CALENDAR_SETTINGS, '2017-12-21'],
  ['W11 Christmas, calendar', 'agenda_publication', '2018-01-03', calendarDays, '2017-12-28'],
  ['Wales: 3 clear working days', 'agenda_publication', '2017-07-26', wales, '2017-07-20'],
];

describe('deadlineFor: worked examples', () => {
  it.each(examples)('%s', (_, ruleId, date, settings, expected) => {
    const result = deadlineFor(ruleId, date, settings, holidays);
    expect(result).toMatchObject({ ruleId, date: expected });
    expect(result.citation.length).toBeGreaterThan(10);
  });

  it('W7 gives the further 5-clear-day notice by either reading', () => {
    expect(deadlineFor('private_meeting_notice', '2017-12-14', workingDays, holidays).also?.[0].date).toBe('2017-12-06');
    expect(deadlineFor('private_meeting_notice', '2017-12-14', calendarDays, holidays).also?.[0].date).toBe('2017-12-08');
  });

  it('W10 by the calendar reading lands on a bank holiday itself, and says so only when rolled back', () => {
    expect(latestPublication('2022-06-08', 5, 'clear_calendar_days', holidays)).toMatchObject({ date: '2022-06-02', latestWorkingDay: '2022-06-01' });
    expect(latestPublication('2022-06-08', 5, 'clear_working_days', holidays)).toMatchObject({ date: '2022-05-29', latestWorkingDay: '2022-05-27' });
  });

  it('W6 general exception: decision possible from Sun 29 Oct (calendar) or Tue 31 Oct (working)', () => {
    expect(decisionPossibleFrom('2017-10-23', 'clear_calendar_days', holidays)).toBe('2017-10-29');
    expect(decisionPossibleFrom('2017-10-23', 'clear_working_days', holidays)).toBe('2017-10-31');
    expect(deadlineFor('general_exception_notice', '2017-10-31', DEFAULT_CALENDAR_SETTINGS, holidays).date).toBe('2017-10-23');
  });

  it('W12 Elitestone: 2 working clear days (non-compliant), 4 calendar, latest publication Wed 25 Apr 1990', () => {
    expect(clearDaysBetween('1990-04-26', '1990-05-01', 'clear_working_days', holidays)).toBe(2);
    expect(clearDaysBetween('1990-04-26', '1990-05-01', 'clear_calendar_days', holidays)).toBe(4);
    expect(latestPublication('1990-05-01', 3, 'clear_working_days', holidays).date).toBe('1990-04-25');
  });

  it('W4 publishing a day late leaves only 27 clear days', () => {
    expect(clearDaysBetween('2017-10-03', '2017-11-01', 'clear_calendar_days', holidays)).toBe(28);
    expect(clearDaysBetween('2017-10-04', '2017-11-01', 'clear_calendar_days', holidays)).toBe(27);
    // W5: an item of the same notice dated 31 October is also compliant.
    expect(clearDaysBetween('2017-05-17', '2017-10-31', 'clear_calendar_days', holidays)).toBeGreaterThanOrEqual(28);
  });
});

describe('deadlineFor: explanations', () => {
  it('explains the 28-day response in words a co-ordinator can forward', () => {
    expect(deadlineFor('recommendation_response', '2017-07-26', DEFAULT_CALENDAR_SETTINGS, holidays).explanation).toContain(
      'Report dated Wed 26 July 2017 + 28 days = Wed 23 August 2017 (response to recommendations, Crime and Disorder (Overview and Scrutiny) Regulations 2009',
    );
    expect(deadlineFor('recommendation_response', '2017-07-26', DEFAULT_CALENDAR_SETTINGS, holidays).explanation).toContain(
      'bank holidays are not skipped for this rule',
    );
  });

  it('names the weekend days and bank holidays a working-day rule skipped', () => {
    const { explanation } = deadlineFor('agenda_publication', '2017-06-01', DEFAULT_CALENDAR_SETTINGS, holidays);
    expect(explanation).toContain('weekend days Sat 27 May 2017, Sun 28 May 2017');
    expect(explanation).toContain('Mon 29 May 2017 (Spring bank holiday)');
    expect(explanation).toContain('Tue 23 May 2017');
  });

  it('says when the latest day is rolled back to a working day', () => {
    const { explanation } = deadlineFor('agenda_publication', '2022-06-08', DEFAULT_CALENDAR_SETTINGS, holidays);
    expect(explanation).toContain('Sun 29 May 2022 is not a working day, so the latest working day is Fri 27 May 2022');
    expect(explanation).toContain('Fri 3 June 2022 (Queen’s Platinum Jubilee)');
  });
});

describe('meetingFrequency (W3)', () => {
  const years = [
    { label: '2016-17', startsOn: '2016-05-18', endsOn: '2017-05-16' },
    { label: '2017-18', startsOn: '2017-05-17', endsOn: '2018-05-15' },
    { label: '2018-19', startsOn: '2018-05-16', endsOn: '2019-05-14' },
  ];

  it('finds nothing wrong with Dartford’s meetings', () => {
    expect(meetingFrequency(['2016-07-27', '2017-02-15', '2017-07-26', '2018-02-14'], years, '2018-06-01')).toEqual([]);
  });

  it('flags a municipal year that ended without a meeting, and warns of a gap over twelve months', () => {
    const findings = meetingFrequency(['2016-07-27', '2017-02-15'], years, '2018-06-01');
    expect(findings).toEqual([
      { reading: 'municipal_year', severity: 'breach', explanation: 'No meeting in municipal year 2017-18 (Wed 17 May 2017 to Tue 15 May 2018).' },
      {
        reading: 'rolling_twelve_months',
        severity: 'warning',
        explanation: 'No meeting within twelve months of Wed 15 February 2017: the next was due by Wed 14 February 2018.',
      },
    ]);
  });

  it('warns when meetings were held but more than twelve months apart', () => {
    const findings = meetingFrequency(['2016-07-27', '2017-07-27'], years, '2017-08-01');
    expect(findings).toEqual([
      expect.objectContaining({ reading: 'rolling_twelve_months', explanation: expect.stringContaining('held on Thu 27 July 2017') }),
    ]);
  });
});

describe('reportDeadline', () => {
  it('is the agenda publication day by default (W8)', () => {
    const deadline = reportDeadline('2017-07-26', DEFAULT_CALENDAR_SETTINGS, holidays);
    expect(deadline).toMatchObject({ date: '2017-07-18', ruleId: 'agenda_publication' });
    expect(deadline.explanation).toMatch(/^The report is due when the agenda must be published\. /);
  });

  it("comes the council's working days before publication, skipping weekends and bank holidays", () => {
    const settings = { ...DEFAULT_CALENDAR_SETTINGS, reportDeadlineWorkingDays: 5 };
    expect(reportDeadline('2017-07-26', settings, holidays)).toMatchObject({ date: '2017-07-11' });
    // Publication Tue 30 May 2017 for a meeting on Wed 7 June: five working days back skips the bank holiday of Mon 29 May.
    const spring = reportDeadline('2017-06-07', settings, holidays);
    expect(spring.date).toBe('2017-05-22');
    expect(spring.explanation).toContain('Spring bank holiday');
  });
});
