import { describe, expect, it } from '@jest/globals';
import { RecentlyUsed } from './recently-used.js';

describe('the values used most recently', () => {
  it('are kept, the least recently used let go first', () => {
    const kept = new RecentlyUsed<string, string>(2);
    kept.set('a', '<p>a</p>');
    kept.set('b', '<p>b</p>');
    expect(kept.get('a')).toBe('<p>a</p>');
    kept.set('c', '<p>c</p>');
    expect([kept.get('a'), kept.get('b'), kept.get('c')]).toEqual(['<p>a</p>', undefined, '<p>c</p>']);
  });

  it('hold one value a key, the last set', () => {
    const kept = new RecentlyUsed<string, number>(2);
    kept.set('a', 1);
    kept.set('a', 2);
    kept.set('b', 3);
    expect([kept.get('a'), kept.get('b')]).toEqual([2, 3]);
  });
});
