import { describe, expect, it } from '@jest/globals';
import { digestDueAt, thisWeek, weekOf } from './digest.rules.js';

describe('the weekly digest', () => {
  it.each([
    ['2017-08-21', '2017-08-21'], // a Monday
    ['2017-08-23', '2017-08-21'],
    ['2017-08-27', '2017-08-21'], // Sunday ends the week
    ['2018-01-01', '2018-01-01'],
    ['2017-12-31', '2017-12-25'],
  ])('counts %s in the week of %s', (day, monday) => expect(weekOf(day)).toBe(monday));

  it('is due at 08:00 London time, in summer and in winter', () => {
    expect(digestDueAt('2017-08-21', 'Europe/London').toISOString()).toBe('2017-08-21T07:00:00.000Z');
    expect(digestDueAt('2017-10-30', 'Europe/London').toISOString()).toBe('2017-10-30T08:00:00.000Z');
  });

  it('calls the rest of the week "this week"', () => expect(thisWeek('2017-08-23')).toEqual({ from: '2017-08-23', to: '2017-08-27' }));
});
