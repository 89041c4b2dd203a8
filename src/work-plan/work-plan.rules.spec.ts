import { describe, expect, it } from '@jest/globals';
import { amendmentInWords, changeProblem, isSeason, moveKind, nextOccurrence, placedStatus, seasonOf, seasonStart } from './work-plan.rules.js';
import { seasonsWithin } from './work-plan.rules.js';

describe('seasons', () => {
  it.each([
    ['2016-07-27', 'Summer 2016 (July)'],
    ['2017-02-15', 'Winter 2017 (February)'],
    ['2017-12-06', 'Winter 2017 (December)'],
    ['2017-10-11', 'Autumn 2017 (October)'],
    ['2018-04-18', 'Spring 2018 (April)'],
  ])('a meeting on %s falls in %s', (date, season) => {
    expect(seasonOf(date)).toBe(season);
    expect(isSeason(season)).toBe(true);
    expect(seasonStart(season)).toBe(`${date.slice(0, 7)}-01`);
  });

  it('refuses what is not a season', () => {
    for (const label of ['Summer 2017', 'July 2017', 'Summer 17 (July)', 'summer 2017 (July)']) {
      expect(isSeason(label)).toBe(false);
      expect(seasonStart(label)).toBeNull();
    }
  });
});

describe('moveKind', () => {
  it('defers to a later date and brings forward to an earlier one (seed 001 amendments (i), (iv))', () => {
    expect(moveKind('2016-07-27', '2017-07-26')).toBe('deferred');
    expect(moveKind('2017-07-01', '2017-02-15')).toBe('brought_forward');
    expect(moveKind('2017-02-15', '2017-02-15')).toBeNull();
    expect(moveKind(null, '2017-02-15')).toBeNull();
  });
});

describe('changeProblem', () => {
  it('refuses to move, cancel or change an item already considered or withdrawn', () => {
    expect(changeProblem('considered', 'move')).toBe('The item was already considered: it cannot be moved');
    expect(changeProblem('withdrawn', 'cancel')).toBe('The item was withdrawn');
    expect(changeProblem('scheduled', 'move')).toBeNull();
    expect(changeProblem('deferred', 'consider')).toBeNull();
  });
});

describe('placedStatus', () => {
  it('is scheduled on a meeting, deferred when put off to a season, else as agreed', () => {
    expect(placedStatus('agreed', true, null)).toBe('scheduled');
    expect(placedStatus('scheduled', false, 'deferred')).toBe('deferred');
    expect(placedStatus('scheduled', false, 'brought_forward')).toBe('agreed');
    expect(placedStatus('proposed', false, null)).toBe('proposed');
  });
});

describe('nextOccurrence', () => {
  it('is the same month a year on (the D-TAC update each July)', () => {
    expect(nextOccurrence({ every: 'year', month: 7 }, '2016-07-27')).toBe('Summer 2017 (July)');
    expect(nextOccurrence({ every: 'year', month: 2 }, '2016-07-27')).toBe('Winter 2017 (February)');
  });
});

describe('amendments in words', () => {
  it('say what moved, from where to where', () => {
    expect(amendmentInWords({ kind: 'deferred', from: 'Summer 2017 (July)', to: 'Winter 2018 (February)', change: null })).toBe('Deferred from Summer 2017 (July) to Winter 2018 (February)');
    expect(amendmentInWords({ kind: 'brought_forward', from: 'Winter 2018 (February)', to: 'Tuesday 19 September 2017', change: null })).toBe('Brought forward from Winter 2018 (February) to Tuesday 19 September 2017');
    expect(amendmentInWords({ kind: 'cancelled', from: 'Summer 2017 (July)', to: null, change: null })).toBe('Withdrawn from the work plan');
    expect(amendmentInWords({ kind: 'changed', from: null, to: null, change: 'Title: "A" → "B"' })).toBe('Changed: Title: "A" → "B"');
  });
});

describe('seasonsWithin', () => {
  it('names each month of a municipal year as the season an item would wait in, and nothing outside it', () => {
    const labels = seasonsWithin('2017-05-17', '2018-05-15');
    expect(labels[0]).toBe('Summer 2017 (June)');
    expect(labels).toContain('Winter 2018 (February)');
    expect(labels.at(-1)).toBe('Spring 2018 (May)');
    expect(labels).toHaveLength(12);
    expect(seasonsWithin('2017-06-01', '2017-06-30')).toEqual(['Summer 2017 (June)']);
  });
});
