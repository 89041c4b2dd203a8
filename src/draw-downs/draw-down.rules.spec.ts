import { describe, expect, it } from '@jest/globals';
import { loadBankHolidayCalendar } from '../calendar/bank-holidays.js';
import { decisionDueOn, outcomeOf, similarity, SIMILAR_AT, transitionProblem } from './draw-down.rules.js';

const holidays = loadBankHolidayCalendar().lookup('england-and-wales');

describe('decisionDueOn', () => {
  it('is ten working days on, passing over weekends', () => expect(decisionDueOn('2017-06-01', 10, holidays)).toBe('2017-06-15'));
  it('passes over a bank holiday (the late May bank holiday, 29 May 2017)', () => expect(decisionDueOn('2017-05-22', 10, holidays)).toBe('2017-06-06'));
});

describe('outcomeOf', () => {
  const required = ['director', 'managing'];
  it('is approved only when every required approver agrees', () => {
    expect(outcomeOf(required, [{ approverId: 'director', decision: 'approve' }])).toBe('submitted');
    expect(outcomeOf(required, [{ approverId: 'director', decision: 'approve' }, { approverId: 'managing', decision: 'approve' }])).toBe('approved');
  });
  it('is refused as soon as one refuses', () => expect(outcomeOf(required, [{ approverId: 'managing', decision: 'refuse' }])).toBe('refused'));
  it('is never approved with nobody to approve', () => expect(outcomeOf([], [])).toBe('submitted'));
});

describe('transitionProblem', () => {
  it('lets the member withdraw until scheduled, and schedules only what is approved', () => {
    expect(transitionProblem('approved', 'withdraw')).toBeNull();
    expect(transitionProblem('scheduled', 'withdraw')).toBe('The request is scheduled: it can no longer be withdrawn');
    expect(transitionProblem('submitted', 'schedule')).toBe('Only an approved request can be scheduled; this one is submitted');
    expect(transitionProblem('withdrawn', 'decide')).toBe('The request is withdrawn: no more decisions can be made on it');
  });
});

describe('similarity', () => {
  it('finds the same topic in other words (seed 003: unauthorised encampments)', () => {
    expect(similarity('Unauthorised encampments in Dartford', 'Traveller encampments, unauthorised')).toBeGreaterThanOrEqual(SIMILAR_AT);
    expect(similarity('Unauthorised encampments', 'Night-time economy and town centre safety')).toBeLessThan(SIMILAR_AT);
    expect(similarity('', 'anything')).toBe(0);
  });
});
