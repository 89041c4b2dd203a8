import { describe, expect, it } from '@jest/globals';
import { countOutcomes } from '../draw-downs/draw-down.rules.js';
import {
  amendmentsIntroduction,
  annualReportBlocks,
  asSubmitted,
  attendanceOf,
  compileDateAfter,
  describeAmendment,
  draftDue,
  isProcedural,
  planBySeason,
  previousYearOf,
  type ReportData,
  responseState,
  yearOfPlan,
} from './annual-report.rules.js';
import { renderHtml, renderMarkdown, roman } from './report-document.js';
import { renderDocx } from './report-docx.js';
import JSZip from 'jszip';

const data = (over: Partial<ReportData> = {}): ReportData => ({
  councilName: 'Dartford Borough Council',
  committeeName: 'Crime and Disorder (Overview and Scrutiny) Committee',
  municipalYear: '2017-18',
  introduction: null,
  authorities: ['Kent Police'],
  protocol: null,
  workProgramme: null,
  previousReport: null,
  standingInvitations: [],
  statutoryItems: ['CSP Strategic Assessment 2017'],
  discretionaryItems: [],
  plannedItems: [],
  initialPlan: null,
  amendments: [],
  meetings: [
    {
      date: '2017-07-26',
      cancelled: false,
      future: false,
      minutes: 'approved',
      items: [
        { number: '10', title: 'RESPONSE TO UNAUTHORISED ENCAMPMENTS (DRAW-DOWN)', summary: 'The report provided an overview.', resolutions: ['That Members note the report.'], exempt: false },
        { number: '13', title: 'CSP PERFORMANCE REPORT', summary: 'iQuanta bar chart, crimes per 1,000', resolutions: ['That a presentation be added to the Work Plan.'], exempt: true },
      ],
    },
  ],
  recommendations: [],
  answers: [],
  deadlines: [],
  drawDowns: { outcomes: countOutcomes([]), requests: [] },
  notices: [],
  attendance: [],
  coverage: [],
  ...over,
});

describe('annualReportBlocks', () => {
  it('reduces an exempt item to its title, the closed-session note and "Noted"', () => {
    const markdown = renderMarkdown(annualReportBlocks(data()));
    expect(markdown).toContain('Item 13: CSP PERFORMANCE REPORT\n\nConsidered in closed session (the press and public excluded).\n\n1. Noted.');
    expect(markdown).not.toContain('iQuanta');
    expect(markdown).not.toContain('added to the Work Plan');
    expect(markdown).toContain('Item 10: RESPONSE TO UNAUTHORISED ENCAMPMENTS (DRAW-DOWN)\n\nThe report provided an overview.\n\nResolved:\n\n1. That Members note the report.');
  });

  it("numbers the amendments (i), (ii), … and says how often the committee met", () => {
    const amendment = (text: string) => ({ text, directedBy: 'Strategic Director (External Services)', atAgreement: true, timing: true });
    const markdown = renderMarkdown(annualReportBlocks(data({ amendments: [amendment('First'), amendment('Second')] })));
    expect(markdown).toContain('- (i) First\n- (ii) Second');
    expect(markdown).toContain('The Committee met once during the 2017-18 municipal cycle (Wed 26 July 2017).');
  });

  it('says what it does not know rather than leaving a section out', () => {
    const headings = annualReportBlocks(data()).filter((b) => b.kind === 'heading' && b.level === 2).length;
    expect(headings).toBe(16);
    const markdown = renderMarkdown(annualReportBlocks(data()));
    expect(markdown).toContain('## Initial Rolling Work Plan 2017-18\n\nNone recorded in Scrutineer for the year.');
    expect(markdown).toContain('No consideration of the 2016-17 annual report is recorded in the minutes of the year.');
  });

  it('draws the answers by authority and the deadlines by month as charts, with their figures, in HTML, Markdown and Word', async () => {
    const tally = (onTime: number, late: number, overdue: number, notYetDue: number) => ({ onTime, late, overdue, notYetDue });
    const blocks = annualReportBlocks(
      data({
        answers: [
          { authority: 'Kent Police', tally: tally(2, 1, 0, 0) },
          { authority: 'Kent Fire & Rescue Service', tally: tally(0, 0, 1, 0) },
        ],
        deadlines: [
          { month: '2017-05', tally: tally(0, 0, 0, 0) },
          { month: '2017-08', tally: tally(2, 1, 1, 0) },
        ],
      }),
    );
    const html = renderHtml(blocks, 'Report');
    expect(html).toContain('<title id="answers-title">Answers by authority: Kent Police, 2 on time, 1 late, 0 overdue, 0 not yet due; Kent Fire &#38; Rescue Service, 0 on time, 0 late, 1 overdue, 0 not yet due</title>');
    expect(html).toContain('<title id="deadlines-title">Deadlines by month: May 2017, 0 on time, 0 late, 0 overdue, 0 not yet due; August 2017, 2 on time, 1 late, 1 overdue, 0 not yet due</title>');
    expect(html).toContain('<th scope="col">Answered on time</th>');
    const markdown = renderMarkdown(blocks);
    expect(markdown).toContain('Answers by authority\n\n|  | Answered on time | Answered late | Overdue | Not yet due | Total |\n| --- | --- | --- | --- | --- | --- |\n| Kent Police | 2 | 1 | 0 | 0 | 3 |');
    const docx = await renderDocx(blocks, 'Report');
    const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
    // Kent Police's bar: two green squares, one orange; its figures beside it in words.
    expect(xml).toMatch(/<w:color w:val="00703c"\/>.*?<w:t[^>]*>■■<\/w:t>.*?<w:color w:val="f47738"\/>.*?<w:t[^>]*>■<\/w:t>/s);
    expect(xml).toContain('2 on time, 1 late, 0 overdue, 0 not yet due');
    expect(xml).toContain('August 2017');
  });

  it('says "none recorded" of what the records do not hold, never that it did not happen', () => {
    const markdown = renderMarkdown(annualReportBlocks(data()));
    for (const section of ['Amendments to the Work Plan', 'Recommendations and Responses', 'Answers from the Responsible Authorities', "The Year's Deadlines", 'Draw-down Requests', 'Regulation 9 Notices', 'Attendance']) {
      expect(markdown).toContain(`## ${section}\n\nNone recorded in Scrutineer for the year.`);
    }
    expect(markdown).not.toMatch(/No notices of key decisions were published|made no recommendations|No draw-down requests were made|was not amended/);
  });

  it('compiled mid-year: a meeting still to come is not counted as met, and what is only planned is not called considered', () => {
    const markdown = renderMarkdown(
      annualReportBlocks(
        data({
          meetings: [...data().meetings, { date: '2018-02-14', cancelled: false, future: true, minutes: 'none', items: [] }],
          plannedItems: ['Presentation by KCC Trading Standards Officers'],
        }),
      ),
    );
    expect(markdown).toContain('The Committee met once during the 2017-18 municipal cycle (Wed 26 July 2017); one meeting is still to come (Wed 14 February 2018).');
    expect(markdown).toContain('Still to be considered in the year:\n\n- Presentation by KCC Trading Standards Officers');
    expect(markdown).toContain('### Wed 14 February 2018\n\nThe meeting is still to come.');
  });

  it('lists a notice in force once, naming the one it replaced', () => {
    const markdown = renderMarkdown(annualReportBlocks(data({ notices: [{ title: 'Notice of key decisions, 1 August to 30 November 2017', publishedOn: '2017-07-20', decisions: 3, replacedOn: '2017-07-03' }] })));
    expect(markdown).toContain('- Notice of key decisions, 1 August to 30 November 2017, published Thu 20 July 2017, replacing the notice published Mon 3 July 2017 (3 key decisions)');
  });

  it('introduces the amendments as seed 001 does: those agreed with the plan, attributed, then the changes in timing', () => {
    const sd = 'Strategic Director (External Services)';
    expect(
      amendmentsIntroduction([
        { directedBy: sd, atAgreement: true, timing: true },
        { directedBy: sd, atAgreement: true, timing: false },
        { directedBy: "PCC's office", atAgreement: false, timing: true },
        { directedBy: sd, atAgreement: false, timing: true },
        { directedBy: sd, atAgreement: false, timing: true },
      ]),
    ).toBe('The Committee agreed the Work Plan as set out above, with two amendments at the direction of the Strategic Director (External Services) and three subsequent changes in timing:');
    expect(amendmentsIntroduction([{ directedBy: sd, atAgreement: false, timing: false }])).toBe('The Committee agreed the Work Plan as set out above, with one subsequent change:');
    expect(amendmentsIntroduction([{ directedBy: 'A', atAgreement: true, timing: true }, { directedBy: 'B', atAgreement: true, timing: true }])).toBe('The Committee agreed the Work Plan as set out above, with two amendments:');
  });

  it('defines crime and disorder in its default introduction', () => {
    expect(renderMarkdown(annualReportBlocks(data()))).toContain("'Crime and Disorder' is defined as including forms of crime and disorder that involve anti-social behaviour");
  });

  it('is headed as a draft until submitted', () => {
    const blocks = annualReportBlocks(data());
    expect(blocks[0]).toEqual({ kind: 'heading', level: 1, text: 'Crime and Disorder (Overview and Scrutiny) Committee: Draft Annual Report 2017-18' });
    expect(asSubmitted(blocks)[0]).toEqual({ kind: 'heading', level: 1, text: 'Crime and Disorder (Overview and Scrutiny) Committee: Annual Report 2017-18' });
  });
});

describe('the formats', () => {
  it('escape what they are given', () => {
    const blocks = [{ kind: 'paragraph' as const, text: 'Fish & <chips> | *bold*' }];
    expect(renderHtml(blocks, 't')).toContain('<p>Fish &#38; &#60;chips&#62; | *bold*</p>');
    expect(renderMarkdown(blocks)).toBe('Fish & \\<chips\\> \\| \\*bold\\*\n');
  });
  it('number in lower-case roman numerals', () => expect([1, 4, 5, 9, 14].map(roman)).toEqual(['i', 'iv', 'v', 'ix', 'xiv']));
});

describe('isProcedural and previousYearOf', () => {
  it('leaves out the items of every meeting', () => {
    expect(['1. APOLOGIES FOR ABSENCE', 'DECLARATIONS OF INTEREST', 'CONFIRMATION OF THE MINUTES OF THE MEETING HELD ON 15 FEBRUARY 2017', 'URGENT ITEMS', 'TO CONSIDER REFERENCES FROM OTHER COMMITTEES (IF ANY)', 'EXCLUSION OF THE PRESS AND PUBLIC'].filter((t) => isProcedural(t.replace(/^\d+\.\s*/, '')))).toHaveLength(6);
    expect(isProcedural('REGULATION 9 NOTICE')).toBe(false);
    expect(isProcedural('CSP PERFORMANCE REPORT')).toBe(false);
  });
  it('names the year before', () => {
    expect(previousYearOf('2016-17')).toBe('2015-16');
    expect(previousYearOf('1999-00')).toBe('1998-99');
    expect(previousYearOf('Year one')).toBeNull();
  });
});

describe('compileDateAfter', () => {
  it('is the first such day on or after the end of the year', () => {
    expect(compileDateAfter('2018-05-15', '06-01')).toBe('2018-06-01');
    expect(compileDateAfter('2018-05-15', '05-15')).toBe('2018-05-15');
    expect(compileDateAfter('2018-05-15', '01-10')).toBe('2019-01-10');
  });
});

describe('describeAmendment', () => {
  it('says what the amendment did and why (whose direction it was is said once, in the introduction)', () => {
    expect(describeAmendment('Domestic Abuse Framework Update', { kind: 'deferred', fromSeason: 'Summer 2016 (July)', toSeason: 'Summer 2017 (July)', change: null, reason: 'To be considered in July 2017', directedBy: 'Strategic Director (External Services)' })).toBe(
      'Domestic Abuse Framework Update: deferred from Summer 2016 (July) to Summer 2017 (July). To be considered in July 2017',
    );
    expect(describeAmendment('Presentation by PCC', { kind: 'cancelled', fromSeason: null, toSeason: null, change: null, reason: "Cancelled by the PCC's office", directedBy: "PCC's office" })).toContain('Presentation by PCC: cancelled.');
  });
});

describe('yearOfPlan', () => {
  const year = { startsOn: '2016-05-18', endsOn: '2017-05-16' };
  const v1 = { number: 1, agreedOn: '2016-07-27', createdAt: new Date('2016-07-28T09:00:00Z') };
  const v2 = { number: 2, agreedOn: '2017-07-26', createdAt: new Date('2017-07-27T09:00:00Z') };
  it("takes the year's first version and the amendments between it and the next year's", () => {
    const { initial, isYears } = yearOfPlan([v2, v1], year);
    expect(initial).toBe(v1);
    expect(isYears(new Date('2016-07-27T12:00:00Z'), '2016-07-27')).toBe(false);
    expect(isYears(new Date('2017-06-01T12:00:00Z'), '2017-06-01')).toBe(true);
    expect(isYears(new Date('2017-07-28T12:00:00Z'), '2017-07-28')).toBe(false);
  });
  it('without a version in the year, takes the amendments recorded within its dates', () => {
    const { initial, isYears } = yearOfPlan([v2], year);
    expect(initial).toBeNull();
    expect(isYears(new Date('2017-01-10T12:00:00Z'), '2017-01-10')).toBe(true);
    expect(isYears(new Date('2017-06-01T12:00:00Z'), '2017-06-01')).toBe(false);
  });
});

describe('planBySeason', () => {
  it('groups the items by season, seasons in date order', () => {
    expect(planBySeason([
      { season: 'Winter 2017 (February)', date: '2017-02-15', title: 'SA 2016' },
      { season: 'Summer 2016 (July)', date: '2016-07-27', title: 'D-TAC' },
      { season: 'Winter 2017 (February)', date: '2017-02-15', title: 'PCP' },
    ])).toEqual([{ season: 'Summer 2016 (July)', items: ['D-TAC'] }, { season: 'Winter 2017 (February)', items: ['SA 2016', 'PCP'] }]);
  });
});

describe('responseState', () => {
  it('is on time up to the due date, late after it, outstanding without an answer', () => {
    expect(responseState('2017-08-23', '2017-08-23')).toBe('on time');
    expect(responseState('2017-08-24', '2017-08-23')).toBe('late');
    expect(responseState(null, '2017-08-23')).toBe('outstanding');
  });
});

describe('attendanceOf', () => {
  it('counts each member present, absent and with apologies over the recorded meetings', () => {
    const meeting = (present: string[], absent: string[], apologies: string[]) => ({ present: present.map((name) => ({ name, role: 'member' as const })), absent, apologies, officers: [], inAttendance: [] });
    expect(attendanceOf([meeting(['Wells', 'Lees'], [], []), meeting(['Wells'], ['Lees'], ['Lees'])])).toEqual([
      { name: 'Wells', present: 2, of: 2, apologies: 0 },
      { name: 'Lees', present: 1, of: 2, apologies: 1 },
    ]);
  });
});

describe('draftDue', () => {
  const year = { endsOn: '2018-05-15' };
  it("is due once the year's last minutes are approved, or on the council's day after the year ends", () => {
    expect(draftDue(year, '2017-08-01', true, null)).toBe(true);
    expect(draftDue(year, '2018-05-31', false, '06-01')).toBe(false);
    expect(draftDue(year, '2018-06-01', false, '06-01')).toBe(true);
    expect(draftDue(year, '2019-01-01', false, null)).toBe(false);
  });
});
