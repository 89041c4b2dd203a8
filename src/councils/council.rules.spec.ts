import { describe, expect, it } from '@jest/globals';
import { councilNameProblems, councilProblems } from './council.rules.js';

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

describe('councilNameProblems', () => {
  it('takes a name of 1 to 200 characters (a rename), and refuses an empty or too long one', () => {
    expect(councilNameProblems('Medway Unitary Council')).toEqual([]);
    expect(councilNameProblems('n'.repeat(200))).toEqual([]);
    for (const name of ['', '   ', 'n'.repeat(201)]) expect(councilNameProblems(name)).toEqual(['name must be 1 to 200 characters']);
  });
});
