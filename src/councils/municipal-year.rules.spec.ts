import { describe, expect, it } from '@jest/globals';
import { municipalYearProblems, overlaps } from './municipal-year.rules.js';

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
