import { describe, expect, it } from '@jest/globals';
import { copiedBecause, escalation, messageName, sentBefore, stageLabel, whatWasSent } from './reminder-mail.rules.js';

const thread = [
  { stage: 'after-1', level: 0, sentAt: new Date('2017-08-24T08:00:05Z'), to: ['first@kent.example.org'] },
  { stage: 'request', level: 0, sentAt: new Date('2017-07-26T19:00:02Z'), to: ['first@kent.example.org'] },
  { stage: 'after-7', level: 1, sentAt: new Date('2017-08-30T08:00:04Z'), to: ['senior@kent.example.org', 'deputy@kent.example.org'] },
];

describe('what the thread says of itself', () => {
  it('lists what was sent before, oldest first, with its day in London and its recipients', () => {
    expect(sentBefore(thread, 'Europe/London')).toEqual([
      { what: 'the request', sentOn: '2017-07-26', to: 'first@kent.example.org' },
      { what: 'the reminder 1 day after the due date', sentOn: '2017-08-24', to: 'first@kent.example.org' },
      { what: 'the reminder 7 days after the due date', sentOn: '2017-08-30', to: 'senior@kent.example.org, deputy@kent.example.org' },
    ]);
    // 23:30 UTC on 31 October is still 31 October in London (GMT); 23:30 UTC on 31 July is 1 August (BST).
    expect(sentBefore([{ stage: 'request', level: 0, sentAt: new Date('2017-07-31T23:30:00Z'), to: [] }], 'Europe/London')).toEqual([{ what: 'the request', sentOn: '2017-08-01', to: 'no one' }]);
  });

  it('names the request and its chase apart from the reminders', () => {
    expect(whatWasSent('request')).toBe('the request');
    expect(whatWasSent('unacknowledged')).toBe('the request for acknowledgement');
    expect(stageLabel('request')).toBe('the request itself');
    expect(stageLabel('before-7')).toBe('7 days before the due date');
  });

  it('makes an escalation say so: to which level, who had it before, since when nothing was heard', () => {
    const unacknowledged = escalation(2, thread, { issuedOn: '2017-07-26', acknowledgedAt: null }, 'Europe/London');
    expect(unacknowledged).toMatchObject({ level: 'chief officer', silentSince: '2017-07-26', acknowledgedOn: null });
    expect(unacknowledged?.before.map((b) => b.to)).toEqual(['first@kent.example.org', 'first@kent.example.org', 'senior@kent.example.org, deputy@kent.example.org']);
    expect(escalation(1, thread, { issuedOn: '2017-07-26', acknowledgedAt: new Date('2017-08-17T09:30:00Z') }, 'Europe/London')?.acknowledgedOn).toBe('2017-08-17');
    // A thread begun before requests were sent: silent since the day of issue.
    expect(escalation(1, thread.filter((t) => t.stage !== 'request'), { issuedOn: '2017-07-20', acknowledgedAt: null }, 'Europe/London')?.silentSince).toBe('2017-07-20');
    expect(escalation(0, thread, { issuedOn: '2017-07-26', acknowledgedAt: null }, 'Europe/London')).toBeNull();
  });

  it('says why the co-ordinator and the chair are copied', () => {
    const lines = copiedBecause({ coordinator: true, chair: { name: 'Councillor R J Wells' }, dueOn: '2017-08-23', today: '2017-09-06', committee: 'Crime and Disorder Committee' });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('co-ordinator of the Crime and Disorder Committee');
    expect(lines[1]).toBe(
      "A copy goes to Councillor R J Wells, chair of the Crime and Disorder Committee, because the answer is 14 days overdue and the council's reminder policy asks the chair to know of it at this stage: the committee may ask the authority to attend and explain.",
    );
    expect(copiedBecause({ coordinator: false, chair: null, dueOn: '2017-08-23', today: '2017-09-06', committee: 'C' })).toEqual([]);
  });
});

describe('messages named on the thread page', () => {
  it('names the request, its chase and each reminder', () => {
    expect(messageName('request')).toBe('The request');
    expect(messageName('unacknowledged')).toBe('Chase of the unacknowledged request');
    expect(messageName('before-7')).toBe('Reminder 7 days before the due date');
    expect(messageName('after-1')).toBe('Reminder 1 day after the due date');
    expect(messageName('due')).toBe('Reminder on the due date');
  });
});
