import { describe, expect, it } from '@jest/globals';
import { countOutcomes } from '../draw-downs/draw-down.rules.js';
import { annualReportBlocks, asSubmitted, compileDateAfter, isProcedural, previousYearOf, type ReportData } from './annual-report.rules.js';
import { renderHtml, renderMarkdown, roman } from './report-document.js';

const data = (over: Partial<ReportData> = {}): ReportData => ({
  councilName: 'Dartford Borough Council',
  committeeName: 'Crime and Disorder (Overview and Scrutiny) Committee',
  municipalYear: '2017-18',
  introduction: null,
  authorities: ['Kent Police'],
  protocol: null,
  previousReport: null,
  standingInvitations: [],
  statutoryItems: ['CSP Strategic Assessment 2017'],
  discretionaryItems: [],
  initialPlan: null,
  amendments: [],
  meetings: [
    {
      date: '2017-07-26',
      cancelled: false,
      minutes: 'approved',
      items: [
        { number: '10', title: 'RESPONSE TO UNAUTHORISED ENCAMPMENTS (DRAW-DOWN)', summary: 'The report provided an overview.', resolutions: ['That Members note the report.'], exempt: false },
        { number: '13', title: 'CSP PERFORMANCE REPORT', summary: 'iQuanta bar chart, crimes per 1,000', resolutions: ['That a presentation be added to the Work Plan.'], exempt: true },
      ],
    },
  ],
  recommendations: [],
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
    const markdown = renderMarkdown(annualReportBlocks(data({ amendments: ['First', 'Second'] })));
    expect(markdown).toContain('- (i) First\n- (ii) Second');
    expect(markdown).toContain('The Committee met once during the 2017-18 municipal cycle (Wed 26 July 2017).');
  });

  it('says what it does not know rather than leaving a section out', () => {
    const headings = annualReportBlocks(data()).filter((b) => b.kind === 'heading' && b.level === 2).length;
    expect(headings).toBe(14);
    const markdown = renderMarkdown(annualReportBlocks(data()));
    expect(markdown).toContain('No version of the work plan was agreed during the year.');
    expect(markdown).toContain('No consideration of the 2016-17 annual report is recorded in the minutes of the year.');
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
