import { describe, expect, it } from '@jest/globals';
import { InvalidInputError } from '../errors/domain-errors.js';
import { inputProblems, MAX_DEPTH, pathProblems, singleQueryValue } from './input.rules.js';

describe('inputProblems', () => {
  it('names each field with a NUL character, however deep', () => {
    expect(inputProblems({ subject: 'Knife\u0000crime', decisions: [{ title: 'ok' }, { title: 'bad\u0000' }] }, '')).toEqual([
      'subject contains a NUL character (\\u0000), which cannot be stored',
      'decisions[1].title contains a NUL character (\\u0000), which cannot be stored',
    ]);
  });

  it('refuses names that reach an object prototype, and NUL in names', () => {
    expect(inputProblems(JSON.parse('{"__proto__": {"x": 1}, "a": {"constructor": "y"}, "b\\u0000": 1}'), '')).toEqual([
      '__proto__: "__proto__" cannot be used as a field name',
      'a.constructor: "constructor" cannot be used as a field name',
      'a field name in the body contains a NUL character (\\u0000)',
    ]);
  });

  it('refuses nesting past the limit, with one message, in linear time', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const started = performance.now();
    expect(inputProblems({ x: deep }, '')).toEqual([`x${'[0]'.repeat(MAX_DEPTH - 1)} is nested more than ${MAX_DEPTH} levels deep`]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('takes ordinary bodies and query strings as they are', () => {
    expect(inputProblems({ kind: 'recommendation', recommendations: ['One', 'Two'], dueOn: null, count: 3 }, '')).toEqual([]);
    expect(inputProblems({ committeeId: 'c', municipalYear: '2016-17' }, 'query')).toEqual([]);
  });
});

describe('pathProblems', () => {
  it.each([
    ['/api/v1/meetings/abc', []],
    ['/api/v1/meetings/abc%00', ['the address contains a NUL character (%00)']],
    ['/public/dartford%E0%A4%A', ['the address is not correctly percent-encoded']],
  ])('%s', (path, problems) => {
    expect(pathProblems(path)).toEqual(problems);
  });
});

describe('singleQueryValue', () => {
  it('takes one value, none for an absent or empty one, and names a value given twice or as a structure', () => {
    expect(singleQueryValue('2017-18', 'year')).toBe('2017-18');
    expect(singleQueryValue(undefined, 'year')).toBeUndefined();
    expect(singleQueryValue('', 'year')).toBeUndefined();
    expect(() => singleQueryValue(['2016-17', '2017-18'], 'year')).toThrow(new InvalidInputError(['year must be given once, as text']));
    expect(() => singleQueryValue({ a: '1' }, 'year')).toThrow(/year must be given once, as text/);
  });
});
