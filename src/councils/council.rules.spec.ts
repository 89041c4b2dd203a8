import { describe, expect, it } from '@jest/globals';
import { councilProblems } from './council.rules.js';

describe('councilProblems', () => {
  it('takes a plain slug and a name', () => {
    expect(councilProblems('dartford', 'Dartford Borough Council')).toEqual([]);
    expect(councilProblems('tunbridge-wells', 'Tunbridge Wells Borough Council')).toEqual([]);
    expect(councilProblems('x'.repeat(60), 'A')).toEqual([]);
  });

  it('names each bad field', () => {
    for (const slug of ['Dartford', '-dartford', 'dartford-', 'dart ford', 'x'.repeat(61), '']) {
      expect(councilProblems(slug, 'A council')).toEqual(['slug must be lower-case letters, digits and hyphens (at most 60)']);
    }
    expect(councilProblems('ok', '   ')).toEqual(['name must be 1 to 200 characters']);
    expect(councilProblems('Bad', 'n'.repeat(201))).toHaveLength(2);
  });
});
