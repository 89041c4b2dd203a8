import { describe, expect, it } from '@jest/globals';
import type { Undertaking } from './minutes.entity.js';
import { carryOver, CLOSED_SESSION, confirmProblem, matchAgendaItem, publicItem, sourceExcerpt, workPlanChangeProblem } from './minutes.rules.js';

describe('matchAgendaItem', () => {
  const agenda = [
    { id: 'a', title: 'Response to Unauthorised Encampments' },
    { id: 'b', title: 'Dartford Town Against Crime (D-TAC) Progress Report' },
    { id: 'c', title: 'Regulation 9 Notice' },
  ];
  it('finds the agenda item a minute records, whatever the case', () => {
    expect(matchAgendaItem('RESPONSE TO UNAUTHORISED ENCAMPMENTS (DRAW-DOWN)', agenda)?.id).toBe('a');
    expect(matchAgendaItem('DARTFORD TOWN AGAINST CRIME (D-TAC) PROGRESS REPORT', agenda)?.id).toBe('b');
  });
  it('finds none for an item the agenda did not have', () => expect(matchAgendaItem('URGENT ITEMS', agenda)).toBeNull());
});

describe('confirmProblem', () => {
  const july = new Date('2017-07-26T18:00:00Z');
  const later = new Date('2018-02-14T19:00:00Z');
  const after = new Date('2018-02-15T09:00:00Z');
  it('confirms at a later meeting only, once it has been held, and once', () => {
    expect(confirmProblem('draft', july, later, after)).toBeNull();
    expect(confirmProblem('draft', july, july, after)).toBe('Minutes are confirmed at a later meeting than the one they record');
    expect(confirmProblem('draft', july, later, new Date('2018-02-14T18:59:00Z'))).toBe('The meeting that is to confirm the minutes has not been held yet');
    expect(confirmProblem('approved', july, later, after)).toBe('The minutes are already approved');
  });
});

describe('carryOver', () => {
  it('keeps a decided proposal when the minutes are saved again, and leaves new ones proposed', () => {
    const confirmed: Undertaking = { text: 'Officers undertook to respond', state: 'confirmed', obligationId: 'o1' };
    const next: Undertaking[] = [
      { text: 'Officers undertook to respond', state: 'proposed' as const, obligationId: null },
      { text: 'The Inspector undertook to report back', state: 'proposed' as const, obligationId: null },
    ];
    expect(carryOver([confirmed], next)).toEqual([confirmed, next[1]]);
  });
});

describe('publicItem', () => {
  it('reduces an exempt item to its title and the closed-session note', () => {
    const exempt = publicItem({ number: '13', title: 'CSP PERFORMANCE REPORT', summary: 'Crime rates per 1,000', resolutions: ['That it be noted'], exempt: true });
    expect(exempt).toEqual({ number: '13', title: 'CSP PERFORMANCE REPORT', summary: CLOSED_SESSION, resolutions: [], closedSession: true });
    expect(JSON.stringify(exempt)).not.toContain('1,000');
    expect(publicItem({ number: '6', title: 'REGULATION 9 NOTICE', summary: '', resolutions: ['noted'], exempt: false })).toEqual({
      number: '6', title: 'REGULATION 9 NOTICE', summary: null, resolutions: ['noted'], closedSession: false,
    });
  });
});

describe('workPlanChangeProblem', () => {
  it('asks for where an added or deferred item goes, and which item a deferral or withdrawal changes', () => {
    expect(workPlanChangeProblem('add', { season: 'Winter 2018 (February)' })).toBeNull();
    expect(workPlanChangeProblem('add', {})).toBe('meetingId or season: where the new item goes');
    expect(workPlanChangeProblem('defer', { season: 'Summer 2018 (July)' })).toBe('workPlanItemId: the work plan item to defer');
    expect(workPlanChangeProblem('defer', { workPlanItemId: 'i' })).toBe('meetingId or season: where the item is deferred to');
    expect(workPlanChangeProblem('withdraw', { workPlanItemId: 'i' })).toBeNull();
  });
});

describe('the source lines of an imported item', () => {
  const text = 'MINUTES\n\n1. APOLOGIES\nCllr A\n\n2. MINUTES\nRESOLVED that…';

  it('are its first to its last line, numbered as in the source', () => {
    expect(sourceExcerpt(text, [3, 4])).toEqual([
      { no: 3, text: '1. APOLOGIES' },
      { no: 4, text: 'Cllr A' },
    ]);
    expect(sourceExcerpt(text, [7, 6])).toEqual([
      { no: 6, text: '2. MINUTES' },
      { no: 7, text: 'RESOLVED that…' },
    ]);
  });

  it('are none for an item typed in, or text not kept', () => {
    expect(sourceExcerpt(text, null)).toEqual([]);
    expect(sourceExcerpt(null, [1])).toEqual([]);
    expect(sourceExcerpt(text, [40, 41])).toEqual([]);
  });
});
