import { describe, expect, it } from '@jest/globals';
import { countdown, daysOverdue, lookAheadTo } from './this-week.rules.js';

describe('the week ahead', () => {
  it('counts down to a day in words', () => {
    expect(countdown('2017-07-26', '2017-07-26')).toBe('today');
    expect(countdown('2017-07-26', '2017-07-27')).toBe('tomorrow');
    expect(countdown('2017-07-26', '2017-07-25')).toBe('yesterday');
    expect(countdown('2017-07-26', '2017-08-02')).toBe('in 7 days');
    expect(countdown('2017-07-26', '2017-07-20')).toBe('6 days ago');
  });

  it('counts across the end of summer time as whole days', () => {
    expect(countdown('2017-10-27', '2017-10-30')).toBe('in 3 days');
    expect(daysOverdue('2017-10-27', '2017-10-30')).toBe(3);
  });

  it('is overdue only once the due day has passed', () => {
    expect(daysOverdue('2017-08-23', '2017-08-23')).toBe(0);
    expect(daysOverdue('2017-08-23', '2017-08-28')).toBe(5);
    expect(daysOverdue('2017-08-30', '2017-08-28')).toBe(0);
  });

  it('looks seven days ahead', () => {
    expect(lookAheadTo('2017-12-28')).toBe('2018-01-04');
  });
});
