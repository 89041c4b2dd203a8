import { describe, expect, it } from '@jest/globals';
import { loadBankHolidayCalendar } from '../calendar/bank-holidays.js';
import {
  acknowledgeBy,
  DEFAULT_REMINDER_POLICY,
  planAcknowledgementChase,
  planReminders,
  planRequest,
  policyProblems,
  recipientsFor,
  stageKey,
} from './reminder.rules.js';

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

describe('the request and the chase of its acknowledgement', () => {
  const holidays = loadBankHolidayCalendar().lookup('england-and-wales');

  it('sends the request at the moment of issue, to the first contact, copying no one', () => {
    const issuedAt = new Date('2017-07-26T19:00:00Z');
    expect(planRequest(issuedAt, '2017-07-26')).toEqual({ stage: 'request', stageDay: '2017-07-26', dueAt: issuedAt, level: 0, copyCoordinator: false, copyChair: false });
  });

  it('counts the working days of an acknowledgement past weekends and bank holidays', () => {
    // Thursday 24 August 2017 + 3 working days: Fri 25, (weekend, Mon 28 the summer bank holiday) Tue 29, Wed 30.
    expect(acknowledgeBy('2017-08-24', 3, holidays)).toBe('2017-08-30');
  });

  it('chases at 09:00 on the working day after the acknowledgement was due, across the end of summer time', () => {
    // Wed 25 October 2017 + 2 working days = Fri 27; chased Mon 30 October, in GMT.
    const chase = planAcknowledgementChase({ issuedOn: '2017-10-25', dueOn: '2017-11-22', workingDays: 2, stages: DEFAULT_REMINDER_POLICY }, holidays, 'Europe/London', '2017-10-25');
    expect(chase).toMatchObject({ stage: 'unacknowledged', stageDay: '2017-10-30', level: 0 });
    expect(chase?.dueAt.toISOString()).toBe('2017-10-30T09:00:00.000Z');
  });

  it('does not chase when the first reminder would come as early, or the day has passed', () => {
    // Due 7 November: the 7-days-before reminder is on 31 October, the chase would be on 30 October: kept.
    expect(planAcknowledgementChase({ issuedOn: '2017-10-25', dueOn: '2017-11-07', workingDays: 2, stages: DEFAULT_REMINDER_POLICY }, holidays, 'Europe/London', '2017-10-25')).not.toBeNull();
    // Due 6 November: the first reminder is on 30 October, the chase's own day: left out.
    expect(planAcknowledgementChase({ issuedOn: '2017-10-25', dueOn: '2017-11-06', workingDays: 2, stages: DEFAULT_REMINDER_POLICY }, holidays, 'Europe/London', '2017-10-25')).toBeNull();
    // Recorded late, after the chase's day.
    expect(planAcknowledgementChase({ issuedOn: '2017-10-25', dueOn: '2017-11-22', workingDays: 2, stages: DEFAULT_REMINDER_POLICY }, holidays, 'Europe/London', '2017-10-31')).toBeNull();
  });
});
