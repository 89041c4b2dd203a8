import { describe, expect, it } from '@jest/globals';
import { loadBankHolidayCalendar } from '../calendar/bank-holidays.js';
import { similarity } from '../common/text/similarity.js';
import { countOutcomes, decisionDueOn, historyOf, outcomeOf, SIMILAR_AT, transitionProblem } from './draw-down.rules.js';

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
    expect(transitionProblem('submitted', 'chair_view')).toBeNull();
    expect(transitionProblem('approved', 'chair_view')).toContain("the chair's view can no longer inform them");
  });
});

describe('similarity', () => {
  it('finds the same topic in other words (seed 003: unauthorised encampments)', () => {
    expect(similarity('Unauthorised encampments in Dartford', 'Traveller encampments, unauthorised')).toBeGreaterThanOrEqual(SIMILAR_AT);
    expect(similarity('Unauthorised encampments', 'Night-time economy and town centre safety')).toBeLessThan(SIMILAR_AT);
    expect(similarity('', 'anything')).toBe(0);
  });
});

describe('historyOf', () => {
  it('tells the trail oldest first, with who, the status after and the reason', () => {
    const at = new Date('2017-05-22T10:00:00Z');
    const history = historyOf([
      { action: 'submit', actor: 'Cllr Kite <kite@example.org> (member)', at, after: { status: 'submitted' } },
      { action: 'chair-view', actor: 'Co-ordinator <c@example.org> (coordinator)', at, after: { status: 'submitted', chairView: 'Supports it' } },
      { action: 'draw-down-refuse', actor: 'MD <md@example.org> (approver)', at, after: { status: 'refused', decision: { reason: 'Already on the plan' } } },
      { action: 'call-for-action-decision', actor: 'Co-ordinator <c@example.org> (coordinator)', at, after: { status: 'submitted', committeeDecision: 'no_report', committeeReasons: 'Police operation' } },
    ]);
    expect(history.map((h) => [h.event, h.status, h.detail])).toEqual([
      ['Submitted', 'submitted', null],
      ["The chair's view was recorded", 'submitted', 'Supports it'],
      ['Refused', 'refused', 'Already on the plan'],
      ["The committee's decision on the call for action", 'submitted', 'Not to report: Police operation'],
    ]);
    expect(history[2]).toMatchObject({ at: '2017-05-22T10:00:00.000Z', by: 'MD <md@example.org> (approver)' });
  });
});

describe('countOutcomes', () => {
  it('counts requests by status, and calls for action by what the committee decided', () => {
    const outcomes = countOutcomes([
      { status: 'considered', callForAction: false, committeeDecision: null },
      { status: 'refused', callForAction: false, committeeDecision: null },
      { status: 'refused', callForAction: true, committeeDecision: 'no_report' },
      { status: 'submitted', callForAction: true, committeeDecision: null },
      { status: 'scheduled', callForAction: true, committeeDecision: 'report' },
    ]);
    expect(outcomes).toEqual({
      total: 5,
      byStatus: { submitted: 1, approved: 0, refused: 2, withdrawn: 0, scheduled: 1, considered: 1 },
      callsForAction: { total: 3, reported: 1, notReported: 1, undecided: 1 },
    });
  });
});
