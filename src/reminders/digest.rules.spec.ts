import { describe, expect, it } from '@jest/globals';
import { digestDueAt, thisWeek, weekOf } from './digest.rules.js';
import { composeDigest } from './digest.template.js';

describe('the weekly digest', () => {
  it.each([
    ['2017-08-21', '2017-08-21'], // a Monday
    ['2017-08-23', '2017-08-21'],
    ['2017-08-27', '2017-08-21'], // Sunday ends the week
    ['2018-01-01', '2018-01-01'],
    ['2017-12-31', '2017-12-25'],
  ])('counts %s in the week of %s', (day, monday) => expect(weekOf(day)).toBe(monday));

  it('is due at 08:00 London time, in summer and in winter', () => {
    expect(digestDueAt('2017-08-21', 'Europe/London').toISOString()).toBe('2017-08-21T07:00:00.000Z');
    expect(digestDueAt('2017-10-30', 'Europe/London').toISOString()).toBe('2017-10-30T08:00:00.000Z');
  });

  it('calls the rest of the week "this week"', () => expect(thisWeek('2017-08-23')).toEqual({ from: '2017-08-23', to: '2017-08-27' }));

  it('lists each section with its count, and says none where there is nothing', () => {
    const mail = composeDigest({
      council: 'Dartford Borough Council',
      committee: 'Crime and Disorder (Overview and Scrutiny) Committee',
      weekOf: '2017-08-28',
      today: '2017-08-28',
      overdue: [{ id: '1', authority: 'Kent Police', kind: 'recommendation', subject: 'Encampments', dueOn: '2017-08-23', acknowledged: true }],
      dueThisWeek: [],
      failedDeliveries: [],
      failingContacts: [{ authority: 'KCC', name: 'Officer', email: 'gone@kent.example', reason: '550 5.1.1 User unknown', since: '2017-08-24' }],
      extensionRequests: [],
    });
    expect(mail.subject).toBe('Crime and Disorder (Overview and Scrutiny) Committee: week of Mon 28 August 2017 – 1 overdue, 0 due this week, 1 delivery problem(s)');
    expect(mail.text).toContain('Overdue (1):\n- Kent Police: Response to recommendations – Encampments, due Wed 23 August 2017 (5 days overdue), receipt acknowledged');
    expect(mail.text).toContain('Due this week (0):\n- none');
    expect(mail.text).toContain('- KCC: Officer <gone@kent.example> since Thu 24 August 2017 – 550 5.1.1 User unknown');
    expect(mail.html).toContain('<h2>Overdue (1)</h2>');
  });
});
