import { describe, expect, it } from '@jest/globals';
import { readAnswerForm } from './response-form.rules.js';

const recommendation = { dueOn: '2017-08-23', recommendations: ['That a joint protocol be agreed', 'That transit sites be identified'] };
const information = { dueOn: '2018-03-15', recommendations: null };

describe('readAnswerForm', () => {
  it('reads an acknowledgement', () => {
    expect(readAnswerForm({ action: 'acknowledge' }, information)).toEqual({ ok: true, answer: { action: 'acknowledge' } });
  });

  it('reads a response with a position and reason on each listed recommendation', () => {
    const result = readAnswerForm(
      { action: 'respond', text: ' Our response. ', 'position-0': 'accepted', 'reason-0': 'Agreed', 'position-1': 'partly_accepted', 'reason-1': 'One site only' },
      recommendation,
    );
    expect(result).toEqual({
      ok: true,
      answer: {
        action: 'respond',
        text: 'Our response.',
        positions: [
          { recommendation: 'That a joint protocol be agreed', position: 'accepted', reason: 'Agreed' },
          { recommendation: 'That transit sites be identified', position: 'partly_accepted', reason: 'One site only' },
        ],
      },
    });
  });

  it('names every missing field of a response', () => {
    const result = readAnswerForm({ action: 'respond', 'position-0': 'maybe', 'reason-1': 'x' }, recommendation);
    expect(result.ok || result.errors.map((e) => e.field)).toEqual(['text', 'position-0', 'reason-0', 'position-1']);
  });

  it('reads a request for more time, with or without a new date', () => {
    expect(readAnswerForm({ action: 'extend', newDueOn: '2017-09-06', reason: 'Leave' }, recommendation)).toEqual({
      ok: true,
      answer: { action: 'extend', newDueOn: '2017-09-06', reason: 'Leave' },
    });
    expect(readAnswerForm({ action: 'extend', newDueOn: '', reason: 'Leave' }, recommendation)).toEqual({
      ok: true,
      answer: { action: 'extend', newDueOn: null, reason: 'Leave' },
    });
  });

  it('refuses a new date that is not a date, or not after the due date', () => {
    for (const [newDueOn, message] of [
      ['2017-02-30', 'Enter the new date as a real date, for example 2017-09-06'],
      ['2017-08-23', 'The new date must be after the current due date'],
    ]) {
      expect(readAnswerForm({ action: 'extend', newDueOn, reason: 'Leave' }, recommendation)).toEqual({ ok: false, errors: [{ field: 'newDueOn', message }] });
    }
    expect(readAnswerForm({ action: 'extend' }, recommendation)).toEqual({ ok: false, errors: [{ field: 'reason', message: 'Give the reason you need more time' }] });
  });

  it('refuses an unknown action', () => {
    expect(readAnswerForm({ action: 'delete' }, information)).toEqual({ ok: false, errors: [{ field: 'action', message: 'Choose what you want to do' }] });
  });
});
