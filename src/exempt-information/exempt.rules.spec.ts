import { describe, expect, it } from '@jest/globals';
import { publicText, publicTitle, withheldNote } from './exempt.rules.js';

describe('what of an exempt record may be shown outside the council', () => {
  it.each([
    ['a public title', 'Night-time economy', null, 'Night-time economy'],
    ['an exempt title', 'Operation Nightjar: named suspects', 7, 'Exempt item (Local Government Act 1972, Schedule 12A, paragraph 7)'],
  ])('%s', (_, title, paragraph, shown) => {
    expect(publicTitle(title, paragraph)).toBe(shown);
  });

  it.each([
    ['public text', 'Deferred to February for the police report', null, 'Deferred to February for the police report'],
    ['exempt text', 'Deferred: the suspect is awaiting trial', 1, 'Not published: exempt information (Local Government Act 1972, Schedule 12A, paragraph 1).'],
    ['no text', null, 3, null],
    ['empty text', '', 3, ''],
  ])('%s', (_, text, paragraph, shown) => {
    expect(publicText(text, paragraph)).toBe(shown);
  });

  it('tells the co-ordinator what is withheld, and says nothing of a public record', () => {
    expect(withheldNote(5, 'The undertaking is')).toBe(
      'The undertaking is exempt information (Local Government Act 1972, Schedule 12A, paragraph 5): not shown to the public, in feeds or public reports, nor sent to outside bodies.',
    );
    expect(withheldNote(null, 'The undertaking is')).toBeNull();
  });
});
