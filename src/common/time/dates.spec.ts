import { describe, expect, it } from '@jest/globals';
import { dateIn, endOfDay, isIsoDate, isIsoInstant, nextDay, startOfDay, toZonedIso, instantAt } from './dates.js';

describe('isIsoDate', () => {
  it.each([
    ['2017-07-26', true],
    ['2016-02-29', true],
    ['2017-02-29', false],
    ['2017-02-30', false],
    ['2017-13-01', false],
    ['2017-7-26', false],
    ['26/07/2017', false],
    ['2017-07-26T00:00:00Z', false],
  ])('%s → %s', (value, expected) => expect(isIsoDate(value)).toBe(expected));
});

describe('isIsoInstant', () => {
  it.each([
    ['2017-07-26T19:00:00+01:00', true],
    ['2017-07-26T18:00:00Z', true],
    ['2017-07-26T18:00:00.123Z', true],
    ['2017-07-26T19:00+01:00', true],
    ['2017-07-26T19:00:00', false],
    ['2017-02-30T19:00:00Z', false],
    ['2017-07-26T25:00:00Z', false],
    ['2017-07-26', false],
  ])('%s → %s', (value, expected) => expect(isIsoInstant(value)).toBe(expected));
});

describe('toZonedIso in Europe/London', () => {
  it.each([
    // Summer: BST is UTC+1.
    ['2017-07-26T18:00:00.000Z', '2017-07-26T19:00:00+01:00'],
    // Winter: GMT.
    ['2017-02-15T19:00:00.000Z', '2017-02-15T19:00:00+00:00'],
    // Clocks go forward at 01:00 UTC on 26 March 2017.
    ['2017-03-26T00:59:59.000Z', '2017-03-26T00:59:59+00:00'],
    ['2017-03-26T01:00:00.000Z', '2017-03-26T02:00:00+01:00'],
    // Clocks go back at 01:00 UTC on 29 October 2017: 01:30 local happens twice.
    ['2017-10-29T00:30:00.000Z', '2017-10-29T01:30:00+01:00'],
    ['2017-10-29T01:30:00.000Z', '2017-10-29T01:30:00+00:00'],
  ])('%s → %s', (utc, local) => expect(toZonedIso(new Date(utc), 'Europe/London')).toBe(local));

  it('gives the London calendar date, not the UTC one, just after midnight in summer', () => {
    expect(dateIn(new Date('2017-07-26T23:30:00Z'), 'Europe/London')).toBe('2017-07-27');
    expect(dateIn(new Date('2017-01-26T23:30:00Z'), 'Europe/London')).toBe('2017-01-26');
  });
});

describe('the offsets remembered for the minutes asked about', () => {
  it.each([
    // Each pair within one minute: the second is answered from the first's offset.
    ['2017-03-26T00:59:01.000Z', '2017-03-26T00:59:59.999Z', 'Europe/London', ['2017-03-26T00:59:01+00:00', '2017-03-26T00:59:59+00:00']],
    ['2017-10-29T00:59:00.000Z', '2017-10-29T00:59:59.000Z', 'Europe/London', ['2017-10-29T01:59:00+01:00', '2017-10-29T01:59:59+01:00']],
    ['2017-07-26T23:00:30.000Z', '2017-07-26T23:00:00.000Z', 'Europe/London', ['2017-07-27T00:00:30+01:00', '2017-07-27T00:00:00+01:00']],
    ['2017-07-26T12:34:56.000Z', '2017-07-26T12:34:01.000Z', 'Asia/Kolkata', ['2017-07-26T18:04:56+05:30', '2017-07-26T18:04:01+05:30']],
  ])('%s then %s in %s', (first, second, zone, expected) => {
    expect([toZonedIso(new Date(first), zone), toZonedIso(new Date(second), zone)]).toEqual(expected);
  });

  it('are right for every minute around a change of the clocks, asked twice, and after the cache has been emptied', () => {
    const start = Date.parse('2017-03-26T00:00:00Z');
    // 12,000 minutes: more than the cache keeps, so that it is emptied on the way.
    const minutes = Array.from({ length: 12_000 }, (_, n) => new Date(start - 6_000 * 60_000 + n * 60_000 + 30_000));
    const expected = minutes.map((m) => (m.getTime() < Date.parse('2017-03-26T01:00:00Z') ? '+00:00' : '+01:00'));
    for (let pass = 0; pass < 2; pass++) expect(minutes.map((m) => toZonedIso(m, 'Europe/London').slice(-6))).toEqual(expected);
  });

  it('is not used across the minute the clocks change in', () => {
    expect(toZonedIso(new Date('2017-03-26T00:59:59.000Z'), 'Europe/London')).toBe('2017-03-26T00:59:59+00:00');
    expect(toZonedIso(new Date('2017-03-26T01:00:00.000Z'), 'Europe/London')).toBe('2017-03-26T02:00:00+01:00');
    expect(toZonedIso(new Date('2017-10-29T00:59:59.000Z'), 'Europe/London')).toBe('2017-10-29T01:59:59+01:00');
    expect(toZonedIso(new Date('2017-10-29T01:00:00.000Z'), 'Europe/London')).toBe('2017-10-29T01:00:00+00:00');
  });

  it('keeps each time zone apart', () => {
    expect(dateIn(new Date('2017-07-26T20:00:00Z'), 'Europe/London')).toBe('2017-07-26');
    expect(dateIn(new Date('2017-07-26T20:00:10Z'), 'Asia/Tokyo')).toBe('2017-07-27');
    expect(dateIn(new Date('2017-07-26T20:00:20Z'), 'Europe/London')).toBe('2017-07-26');
  });
});

describe('startOfDay in Europe/London', () => {
  it.each([
    ['2017-07-26', '2017-07-25T23:00:00.000Z'],
    ['2017-02-15', '2017-02-15T00:00:00.000Z'],
    // The days the clocks change begin before the change.
    ['2017-03-26', '2017-03-26T00:00:00.000Z'],
    ['2017-10-29', '2017-10-28T23:00:00.000Z'],
    ['2017-10-30', '2017-10-30T00:00:00.000Z'],
  ])('%s begins at %s', (date, instant) => expect(startOfDay(date, 'Europe/London').toISOString()).toBe(instant));

  it('steps over month and leap-year ends', () => {
    expect([nextDay('2016-02-28'), nextDay('2016-02-29'), nextDay('2017-12-31')]).toEqual(['2016-02-29', '2016-03-01', '2018-01-01']);
  });
});

describe('endOfDay in Europe/London: when a due date ends', () => {
  it.each([
    ['2017-03-25', '2017-03-25T23:59:59.999Z'],
    // The clocks go forward in the early hours: the day ends in BST.
    ['2017-03-26', '2017-03-26T22:59:59.999Z'],
    ['2017-10-28', '2017-10-28T22:59:59.999Z'],
    // The clocks go back: the day has 25 hours and ends in GMT.
    ['2017-10-29', '2017-10-29T23:59:59.999Z'],
    ['2017-08-23', '2017-08-23T22:59:59.999Z'],
  ])('%s ends at %s', (date, instant) => expect(endOfDay(date, 'Europe/London').toISOString()).toBe(instant));
});

describe('a wall-clock time of a day in the council’s time zone', () => {
  it('is read with the offset of that day, on both sides of each change of the clocks', () => {
    expect(instantAt('2017-07-26', '19:00', 'Europe/London').toISOString()).toBe('2017-07-26T18:00:00.000Z');
    expect(instantAt('2017-02-07', '19:00', 'Europe/London').toISOString()).toBe('2017-02-07T19:00:00.000Z');
    // The clocks went back at 02:00 BST on Sunday 29 October 2017, and forward at 01:00 GMT on Sunday 26 March.
    expect(instantAt('2017-10-29', '19:00', 'Europe/London').toISOString()).toBe('2017-10-29T19:00:00.000Z');
    expect(instantAt('2017-10-28', '19:00', 'Europe/London').toISOString()).toBe('2017-10-28T18:00:00.000Z');
    expect(instantAt('2017-03-26', '19:00', 'Europe/London').toISOString()).toBe('2017-03-26T18:00:00.000Z');
    expect(instantAt('2017-03-25', '19:00:00', 'Europe/London').toISOString()).toBe('2017-03-25T19:00:00.000Z');
  });
});
