import { describe, expect, it } from '@jest/globals';
import { readChoiceAndReason } from './html.js';

describe('readChoiceAndReason', () => {
  const read = (body: Record<string, unknown>) => readChoiceAndReason(body, ['grant', 'refuse'] as const, { choice: 'Choose one', reason: 'Give a reason' });

  it('takes one of the choices and a trimmed reason', () => {
    expect(read({ decision: 'refuse', reason: '  Too late. ' })).toEqual({ ok: true, decision: 'refuse', reason: 'Too late.' });
  });

  it('names each problem in the words given: no choice, another value, no reason, too long a reason', () => {
    expect(read({})).toEqual({ ok: false, errors: [{ field: 'decision', message: 'Choose one' }, { field: 'reason', message: 'Give a reason' }] });
    expect(read({ decision: 'maybe', reason: ['x'] })).toMatchObject({ ok: false, errors: [{ field: 'decision' }, { field: 'reason' }] });
    expect(read({ decision: 'grant', reason: 'x'.repeat(5001) })).toEqual({ ok: false, errors: [{ field: 'reason', message: 'The reason must be 5,000 characters or fewer' }] });
  });
});
