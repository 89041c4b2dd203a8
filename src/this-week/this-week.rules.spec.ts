import { describe, expect, it } from '@jest/globals';
import { daysOverdue, lookAheadTo } from './this-week.rules.js';

describe('the week ahead', () => {
  it('is overdue only once the due day has passed', () => {
    expect(daysOverdue('2017-08-23', '2017-08-23')).toBe(0);
    expect(daysOverdue('2017-08-23', '2017-08-28')).toBe(5);
    expect(daysOverdue('2017-08-30', '2017-08-28')).toBe(0);
  });

  it('counts across the end of summer time in whole days', () => {
    expect(daysOverdue('2017-10-27', '2017-10-30')).toBe(3);
  });

  it('looks seven days ahead', () => {
    expect(lookAheadTo('2017-12-28')).toBe('2018-01-04');
  });
});
