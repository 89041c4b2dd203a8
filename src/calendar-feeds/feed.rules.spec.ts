import { describe, expect, it } from '@jest/globals';
import { feedObligation, obligationsCalendar } from './feed.rules.js';

const obligation = {
  id: '6f1c3a2e-8d4b-4e8a-9c1d-2b3e4f5a6b7c',
  kind: 'recommendation' as const,
  authority: 'Kent Police',
  subject: 'Unauthorised encampments',
  dueOn: '2017-08-23',
  explanation: 'Report dated Wed 26 July 2017 + 28 days = Wed 23 August 2017.',
  citation: 'Crime and Disorder (Overview and Scrutiny) Regulations 2009, reg 6',
  overdue: false,
  changedAt: new Date('2017-07-26T19:42:00Z'),
};

/** Unfolds the 75-octet lines of iCalendar text. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

describe('obligationsCalendar', () => {
  it('makes an all-day event on the due date with a stable UID', () => {
    const text = unfold(obligationsCalendar({ name: 'Kent Police – obligations', domain: 'dartford.example.org', withAuthority: false, obligations: [obligation] }));
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain('UID:obligation.6f1c3a2e-8d4b-4e8a-9c1d-2b3e4f5a6b7c@dartford.example.org');
    expect(text).toContain('DTSTART;VALUE=DATE:20170823');
    expect(text).toContain('SUMMARY:Due: Response to recommendations: Unauthorised encampments');
    expect(text).toContain('DESCRIPTION:Due Wed 23 August 2017. Report dated Wed 26 July 2017 + 28 days');
  });

  it('reads the same from one fetch to the next, so a client asking again is answered 304', () => {
    const make = () => obligationsCalendar({ name: 'Kent Police – obligations', domain: 'dartford.example.org', withAuthority: false, obligations: [obligation] });
    const first = make();
    expect(unfold(first)).toContain('DTSTAMP:20170726T194200Z');
    expect(make()).toBe(first);
  });

  it("names the authority in the council's feed and marks what is overdue", () => {
    const text = unfold(obligationsCalendar({ name: 'All', domain: 'x.org', withAuthority: true, obligations: [{ ...obligation, overdue: true }] }));
    expect(text).toContain('SUMMARY:OVERDUE: Response to recommendations (Kent Police): Unauthorised encampments');
  });

  it('is an empty calendar when nothing is open', () => {
    const text = obligationsCalendar({ name: 'None', domain: 'x.org', withAuthority: false, obligations: [] });
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).not.toContain('BEGIN:VEVENT');
  });
});

describe('feedObligation', () => {
  const stored = {
    id: obligation.id,
    kind: 'information_request' as const,
    subject: 'Covert operation Nightjar',
    details: 'Names of informants',
    recommendations: null,
    exemptParagraph: 7,
    status: 'open' as const,
    dueOn: '2017-08-31',
    dueExplanation: 'The date given in the request.',
    dueCitation: 'reg 4',
    createdAt: obligation.changedAt,
  };

  it('withholds an exempt subject, names whom it is given, and says whether it is overdue on the day', () => {
    expect(feedObligation(stored, 'Gravesham Borough Council', '2017-08-31')).toEqual({
      id: stored.id,
      kind: 'information_request',
      authority: 'Gravesham Borough Council',
      subject: 'Exempt item (Local Government Act 1972, Schedule 12A, paragraph 7)',
      dueOn: '2017-08-31',
      explanation: 'The date given in the request.',
      citation: 'reg 4',
      overdue: false,
      changedAt: stored.createdAt,
    });
    expect(feedObligation({ ...stored, exemptParagraph: null }, 'Kent Police', '2017-09-01')).toMatchObject({ subject: 'Covert operation Nightjar', overdue: true });
  });
});
