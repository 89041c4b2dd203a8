import { describe, expect, it } from '@jest/globals';
import { annualMeetingInElectionYear, annualReportWindow, municipalYearOf, municipalYearProblems, overlaps, yearShownFirst } from './municipal-year.rules.js';

describe('municipalYearProblems', () => {
  it.each([
    [{ label: '2016-17', startsOn: '2016-05-18', endsOn: '2017-05-16' }, []],
    [{ label: '1999-00', startsOn: '1999-05-20', endsOn: '2000-05-18' }, []],
    [{ label: '2016/17', startsOn: '2016-05-18', endsOn: '2017-05-16' }, ['label must be written like 2016-17']],
    [{ label: '2016-18', startsOn: '2016-05-18', endsOn: '2017-05-16' }, ['label 2016-18 must name consecutive years, e.g. 2016-17']],
    [
      { label: '2016-17', startsOn: '2017-05-18', endsOn: '2017-05-16' },
      ['startsOn must fall in 2016 for municipal year 2016-17', 'endsOn must be after startsOn'],
    ],
    [{ label: '2016-17', startsOn: '2016-05-18', endsOn: '2018-05-16' }, ['endsOn must fall in 2017 for municipal year 2016-17']],
  ])('%o → %o', (input, problems) => expect(municipalYearProblems(input)).toEqual(problems));
});

describe('overlaps', () => {
  const y1617 = { startsOn: '2016-05-18', endsOn: '2017-05-16' };
  it.each([
    [{ startsOn: '2017-05-17', endsOn: '2018-05-15' }, false],
    [{ startsOn: '2017-05-16', endsOn: '2018-05-15' }, true],
    [{ startsOn: '2015-05-20', endsOn: '2016-05-18' }, true],
  ])('%o with 2016-17 → %s', (other, expected) => expect(overlaps(y1617, other)).toBe(expected));
});

describe('annualMeetingInElectionYear (W13)', () => {
  it('elections Thu 4 May 2017: retirement Mon 8 May, annual meeting Tue 16 May, or any day 9–29 May', () => {
    expect(annualMeetingInElectionYear('2017-05-04')).toEqual({
      retirementDay: '2017-05-08',
      defaultAnnualMeeting: '2017-05-16',
      earliest: '2017-05-09',
      latest: '2017-05-29',
    });
  });
});

describe('annualReportWindow (W14)', () => {
  it('covers the municipal year and targets the next ordinary full council after it', () => {
    const year = { label: '2017-18', startsOn: '2017-05-16', endsOn: '2018-05-15' };
    expect(annualReportWindow(year, ['2018-07-16', '2018-02-26', '2018-05-15', '2018-06-25'])).toEqual({
      from: '2017-05-16',
      to: '2018-05-15',
      targetCouncilMeeting: '2018-06-25',
    });
    expect(annualReportWindow(year, ['2018-02-26']).targetCouncilMeeting).toBeNull();
  });
});

describe('municipalYearOf', () => {
  it('names the year that begins in May, across the turn of the calendar year and of the century', () => {
    expect(municipalYearOf('2016-07-27')).toBe('2016-17');
    expect(municipalYearOf('2017-02-15')).toBe('2016-17');
    expect(municipalYearOf('2017-04-30')).toBe('2016-17');
    expect(municipalYearOf('2017-05-01')).toBe('2017-18');
    expect(municipalYearOf('2099-06-01')).toBe('2099-00');
  });
});

describe('the municipal year a page opens at', () => {
  const years = [
    { label: '2018-19', startsOn: '2018-05-16', endsOn: '2019-05-14' },
    { label: '2016-17', startsOn: '2016-05-18', endsOn: '2017-05-16' },
    { label: '2017-18', startsOn: '2017-05-17', endsOn: '2018-05-15' },
  ];
  it.each([
    ['2017-07-26', '2017-18'],
    ['2017-05-17', '2017-18'],
    ['2017-05-16', '2016-17'],
    ['2026-12-02', '2018-19'],
    ['2010-01-01', '2016-17'],
  ])('on %s it is %s', (today, label) => expect(yearShownFirst(years, today)?.label).toBe(label));

  it('between two years that leave a gap, is the one just ended', () => {
    const gap = [{ label: 'A', startsOn: '2017-05-17', endsOn: '2018-04-30' }, { label: 'B', startsOn: '2018-05-16', endsOn: '2019-05-14' }];
    expect(yearShownFirst(gap, '2018-05-10')?.label).toBe('A');
  });

  it('is none for a council without years', () => expect(yearShownFirst([], '2017-07-26')).toBeNull());
});
