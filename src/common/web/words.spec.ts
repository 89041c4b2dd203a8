import { describe, expect, it } from '@jest/globals';
import { countdown, dateInWords, daysInWords, instantInWords, monthInWords, timeInWords } from './words.js';

describe('dates and times in words', () => {
  it('writes a day with its weekday, as the style guide does', () => {
    expect(dateInWords('2017-07-26')).toBe('Wednesday 26 July 2017');
    expect(dateInWords('2024-02-29')).toBe('Thursday 29 February 2024');
  });

  it('writes a month with its year', () => {
    expect(monthInWords('2017-08')).toBe('August 2017');
    expect(monthInWords('2018-01')).toBe('January 2018');
  });

  it('writes times as 9am, 5:30pm, midday and midnight', () => {
    expect(timeInWords('09:00:00')).toBe('9am');
    expect(timeInWords('17:30')).toBe('5:30pm');
    expect(timeInWords('12:00')).toBe('midday');
    expect(timeInWords('00:00')).toBe('midnight');
    expect(timeInWords('00:05')).toBe('12:05am');
    expect(timeInWords('12:45')).toBe('12:45pm');
  });

  it('shows an instant on the council clock, across the change to and from summer time', () => {
    // 18:00 UTC is 7pm in British Summer Time, 6pm in Greenwich Mean Time.
    expect(instantInWords(new Date('2017-07-26T18:00:00Z'), 'Europe/London')).toBe('Wednesday 26 July 2017 at 7pm');
    expect(instantInWords(new Date('2017-02-07T18:00:00Z'), 'Europe/London')).toBe('Tuesday 7 February 2017 at 6pm');
    // 23:30 UTC on the Saturday the clocks go back is already Sunday in London only in summer time.
    expect(instantInWords(new Date('2017-10-28T23:30:00Z'), 'Europe/London')).toBe('Sunday 29 October 2017 at 12:30am');
    expect(instantInWords(new Date('2017-10-29T23:30:00Z'), 'Europe/London')).toBe('Sunday 29 October 2017 at 11:30pm');
  });

  it('counts days in words', () => {
    expect(daysInWords(1)).toBe('1 day');
    expect(daysInWords(0)).toBe('0 days');
    expect(daysInWords(12)).toBe('12 days');
  });

  it('counts down to a day in words', () => {
    expect(countdown('2017-07-26', '2017-07-26')).toBe('today');
    expect(countdown('2017-07-26', '2017-07-27')).toBe('tomorrow');
    expect(countdown('2017-07-26', '2017-07-25')).toBe('yesterday');
    expect(countdown('2017-07-26', '2017-08-02')).toBe('in 7 days');
    expect(countdown('2017-07-26', '2017-07-20')).toBe('6 days ago');
  });

  it('counts down across the end of summer time in whole days', () => {
    expect(countdown('2017-10-27', '2017-10-30')).toBe('in 3 days');
  });
});
