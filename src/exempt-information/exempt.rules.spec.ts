import { describe, expect, it } from '@jest/globals';
import { asSeenOutside, publicText, publicTitle, withheldNote } from './exempt.rules.js';

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

describe('the values of a message to an outside body', () => {
  const secret = 'names the informant, Mr A Person of 1 High Street';
  const values = {
    authority: 'Kent Police',
    obligation: { id: 'o1', kind: 'recommendation', subject: `Review of ${secret}`, details: secret, recommendations: [secret, secret], dueOn: '2026-03-30', exemptParagraph: 7, notes: { text: secret } },
    others: [{ subject: 'Street lighting', details: 'Public', exemptParagraph: null }],
  };

  it('keeps what an exempt record is and when, and withholds everything it says', () => {
    const seen = asSeenOutside(values);
    expect(JSON.stringify(seen)).not.toContain('informant');
    expect(seen.obligation).toMatchObject({ id: 'o1', kind: 'recommendation', dueOn: '2026-03-30', exemptParagraph: 7 });
    expect(seen.obligation.subject).toBe('Exempt item (Local Government Act 1972, Schedule 12A, paragraph 7)');
    expect(seen.obligation.details).toMatch(/^Not published: exempt information .*paragraph 7\)\. Exempt papers are not sent by e-mail/);
    expect(seen.obligation.recommendations).toEqual(['Recommendation 1 (exempt: the co-ordinator can give you its text)', 'Recommendation 2 (exempt: the co-ordinator can give you its text)']);
  });

  it('leaves records that are not exempt, and values outside any record, as they are', () => {
    const seen = asSeenOutside(values);
    expect(seen.authority).toBe('Kent Police');
    expect(seen.others).toEqual(values.others);
  });
});
