import { describe, expect, it } from '@jest/globals';
import { DEFAULT_REMINDER_POLICY, planReminders, policyProblems, recipientsFor, stageKey } from './reminder.rules.js';

describe('planReminders', () => {
  it('plans the default ladder for a recommendation due 23 August 2017, at 09:00 London time', () => {
    const planned = planReminders('2017-08-23', DEFAULT_REMINDER_POLICY, 'Europe/London', '2017-07-26');
    expect(planned.map((p) => [p.stage, p.dueAt.toISOString(), p.level])).toEqual([
      ['before-7', '2017-08-16T08:00:00.000Z', 0],
      ['before-1', '2017-08-22T08:00:00.000Z', 0],
      ['due', '2017-08-23T08:00:00.000Z', 0],
      ['after-1', '2017-08-24T08:00:00.000Z', 0],
      ['after-7', '2017-08-30T08:00:00.000Z', 1],
      ['after-14', '2017-09-06T08:00:00.000Z', 2],
    ]);
  });

  it('sends at 09:00 GMT in winter and across the change of the clocks', () => {
    const planned = planReminders('2017-10-30', DEFAULT_REMINDER_POLICY, 'Europe/London', '2017-10-01');
    expect(planned.find((p) => p.stage === 'before-7')?.dueAt.toISOString()).toBe('2017-10-23T08:00:00.000Z');
    expect(planned.find((p) => p.stage === 'due')?.dueAt.toISOString()).toBe('2017-10-30T09:00:00.000Z');
  });

  it('leaves out stages before the obligation was issued', () => {
    expect(planReminders('2017-08-23', DEFAULT_REMINDER_POLICY, 'Europe/London', '2017-08-20').map((p) => p.stage)).toEqual([
      'before-1',
      'due',
      'after-1',
      'after-7',
      'after-14',
    ]);
  });
});

describe('policyProblems', () => {
  it('accepts the default and refuses duplicates and an empty ladder', () => {
    expect(policyProblems(DEFAULT_REMINDER_POLICY)).toEqual([]);
    expect(policyProblems([])).toEqual(['stages must not be empty']);
    expect(policyProblems([...DEFAULT_REMINDER_POLICY, DEFAULT_REMINDER_POLICY[2]])).toEqual(['stages.6.offsetDays 0 appears twice']);
  });

  it('names stages', () => {
    expect([-7, 0, 14].map(stageKey)).toEqual(['before-7', 'due', 'after-14']);
  });
});

describe('recipientsFor', () => {
  const contacts = [
    { name: 'Insp. Gary Woodward', email: 'first@police.example', escalationLevel: 0 },
    { name: 'District Commander', email: 'senior@police.example', escalationLevel: 1 },
  ];
  it.each([
    [0, ['first@police.example']],
    [1, ['senior@police.example']],
    [2, ['senior@police.example']], // no chief officer: the senior contact
  ])('level %s → %o', (level, emails) => expect(recipientsFor(level, contacts).map((c) => c.email)).toEqual(emails));

  it('finds someone even when only higher levels are known', () => {
    expect(recipientsFor(0, [contacts[1]]).map((c) => c.email)).toEqual(['senior@police.example']);
    expect(recipientsFor(0, [])).toEqual([]);
  });

  describe('with a failing contact', () => {
    const ladder = [
      { name: 'First', email: 'first@police.example', escalationLevel: 0, failing: true },
      { name: 'Deputy', email: 'deputy@police.example', escalationLevel: 0 },
      { name: 'Senior', email: 'senior@police.example', escalationLevel: 1 },
      { name: 'Chief', email: 'chief@police.example', escalationLevel: 2 },
    ];
    const emails = (level: number, list: typeof ladder) => recipientsFor(level, list).map((c) => c.email);

    it('skips it and keeps the working contacts of its level', () => expect(emails(0, ladder)).toEqual(['deputy@police.example']));

    it('moves up the ladder when every contact of the level fails', () => {
      const bothFail = ladder.map((c) => (c.escalationLevel === 0 ? { ...c, failing: true } : c));
      expect(emails(0, bothFail)).toEqual(['senior@police.example']);
      const seniorFails = ladder.map((c) => (c.escalationLevel === 1 ? { ...c, failing: true } : c));
      expect(emails(1, seniorFails)).toEqual(['chief@police.example']);
    });

    it('falls back down the ladder when no one above works', () => {
      const top = ladder.map((c) => (c.escalationLevel === 2 ? { ...c, failing: true } : c));
      expect(emails(2, top)).toEqual(['senior@police.example']);
    });

    it('finds no one when every contact fails', () => expect(emails(1, ladder.map((c) => ({ ...c, failing: true })))).toEqual([]));
  });
});
