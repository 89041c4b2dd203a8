import { describe, expect, it } from '@jest/globals';
import { overlap, roleClash, type Term } from './committee-member.rules.js';

const wells: Term = { id: 'm1', name: 'Councillor R J Wells', role: 'chair', from: '2017-05-17', to: null };
const lloyd: Term = { id: 'm2', name: 'Councillor Lloyd', role: 'chair', from: '2016-05-18', to: '2017-05-16' };

describe('who may hold a role on a committee', () => {
  it('sees terms overlap when they share a day, an open term lasting for ever', () => {
    expect(overlap({ from: '2017-05-17', to: null }, { from: '2016-05-18', to: '2017-05-16' })).toBe(false);
    expect(overlap({ from: '2017-05-16', to: null }, { from: '2016-05-18', to: '2017-05-16' })).toBe(true);
    expect(overlap({ from: '2018-01-01', to: '2018-02-01' }, { from: '2017-05-17', to: null })).toBe(true);
  });

  it('refuses a second chair on a day the first still holds the role', () => {
    expect(roleClash({ role: 'chair', from: '2018-01-01', to: null }, [wells, lloyd])).toBe(wells);
    expect(roleClash({ role: 'chair', from: '2016-06-01', to: '2016-12-31' }, [wells, lloyd])).toBe(lloyd);
  });

  it('allows a chair after the last one ended, a vice-chair beside a chair, and any number of members', () => {
    expect(roleClash({ role: 'chair', from: '2017-05-17', to: null }, [lloyd])).toBeNull();
    expect(roleClash({ role: 'vice_chair', from: '2017-05-17', to: null }, [wells])).toBeNull();
    expect(roleClash({ role: 'member', from: '2017-05-17', to: null }, [{ ...wells, role: 'member' }])).toBeNull();
  });

  it('does not count a term against itself when it is corrected', () => {
    expect(roleClash({ id: 'm1', role: 'chair', from: '2017-05-17', to: '2018-05-15' }, [wells, lloyd])).toBeNull();
  });
});
