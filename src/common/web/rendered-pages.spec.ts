import { describe, expect, it } from '@jest/globals';
import { renderedPageKey } from './rendered-pages.js';

describe('the key of a rendered public page', () => {
  const values = { title: 'Work plan 2017-18', council: { name: 'Dartford', updatedAt: new Date('2017-07-26T09:00:00Z') }, items: [{ title: 'Knife crime', status: 'planned' }] };

  it('is the same for the same template and values, however they were made', () => {
    expect(renderedPageKey('a.njk', values)).toBe(renderedPageKey('a.njk', structuredClone(values)));
  });

  it('differs with the template, a value, an instant or the order of a list', () => {
    const key = renderedPageKey('a.njk', values);
    expect(renderedPageKey('b.njk', values)).not.toBe(key);
    expect(renderedPageKey('a.njk', { ...values, items: [{ title: 'Knife crime', status: 'deferred' }] })).not.toBe(key);
    expect(renderedPageKey('a.njk', { ...values, council: { ...values.council, updatedAt: new Date('2017-07-26T09:00:01Z') } })).not.toBe(key);
    const two = [{ title: 'A' }, { title: 'B' }];
    expect(renderedPageKey('a.njk', { items: two })).not.toBe(renderedPageKey('a.njk', { items: [...two].reverse() }));
  });

  it.each([
    ['a Map', { found: new Map([['a', 1]]) }],
    ['a Set', { found: new Set(['a']) }],
    ['a function', { format: () => 'x' }],
    ['NaN', { count: Number.NaN }],
    ['an infinity', { count: Number.POSITIVE_INFINITY }],
  ])('is none when the values hold %s, which JSON cannot tell apart', (_what, held) => {
    expect(renderedPageKey('a.njk', { title: 'Work plan', nested: { held } })).toBeNull();
  });
});
