import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { loadBankHolidayCalendar } from './bank-holidays.js';
import {
  addDays,
  clearDaysBetween,
  type CountingMode,
  describeSkipped,
  formatDate,
  isWorkingDay,
  latestPublication,
  rollBackToWorkingDay,
  stepDays,
} from './calendar.rules.js';

const holidays = loadBankHolidayCalendar().lookup('england-and-wales');
// Any day from 2015 to 2031: across the shipped years and into the library's on both sides.
const anyDate = fc.integer({ min: 0, max: 17 * 366 }).map((n) => addDays('2015-01-01', n));
const mode = fc.constantFrom<CountingMode>('clear_working_days', 'clear_calendar_days');

describe('stepDays', () => {
  it.each([
    ['2017-07-26', 5, '2017-08-02'], // Wed + 5 working days, over a weekend
    ['2017-05-26', 1, '2017-05-30'], // Fri + 1 over the weekend and the Spring bank holiday
    ['2017-12-22', 4, '2018-01-02'], // 27, 28, 29 Dec, then over New Year's Day to 2 Jan
    ['2017-07-18', -1, '2017-07-17'],
  ])('%s %s working days → %s', (from, count, to) => expect(stepDays(from, count, 'clear_working_days', holidays).date).toBe(to));

  it('property: adding N working days never lands on a non-working day', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 60 }), (start, n) => isWorkingDay(stepDays(start, n, 'clear_working_days', holidays).date, holidays)),
    );
  });

  it('property: counting forward then backward returns the start', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 60 }), mode, (start, n, m) => {
        // In working-day mode the start must itself be a working day to be reached again.
        const from = m === 'clear_working_days' ? rollBackToWorkingDay(start, holidays) : start;
        const there = stepDays(from, n, m, holidays).date;
        return stepDays(there, -n, m, holidays).date === from;
      }),
    );
  });
});

describe('latestPublication', () => {
  it('property: the latest publication date for N clear days leaves exactly N qualifying days', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 40 }), mode, (event, n, m) => {
        const { date, latestWorkingDay } = latestPublication(event, n, m, holidays);
        return (
          clearDaysBetween(date, event, m, holidays) === n &&
          clearDaysBetween(addDays(date, 1), event, m, holidays) === n - 1 &&
          isWorkingDay(latestWorkingDay, holidays) &&
          latestWorkingDay <= date
        );
      }),
    );
  });
});

describe('describing days', () => {
  it('writes dates as a co-ordinator would', () => {
    expect(formatDate('2017-07-26')).toBe('Wed 26 July 2017');
    expect(formatDate('2020-02-29')).toBe('Sat 29 February 2020');
  });

  it('lists weekend days and bank holidays in date order', () => {
    const { skipped } = stepDays('2017-06-01', -5, 'clear_working_days', holidays);
    expect(describeSkipped(skipped)).toBe(
      'skipping weekend days Sat 27 May 2017, Sun 28 May 2017 and bank holiday Mon 29 May 2017 (Spring bank holiday)',
    );
    expect(describeSkipped([])).toBe('no weekend days or bank holidays fell in the period');
  });
});
