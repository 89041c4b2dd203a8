import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { importMinutes, type ImportedMinutes } from './minutes-import.rules.js';

const seed = readFileSync(new URL('../../test/fixtures/minutes-2017-07-26.txt', import.meta.url), 'utf8');

/** Every non-blank input line is in exactly one item, the attendance, or a warning. */
function unaccounted(text: string, minutes: ImportedMinutes): { missing: number[]; twice: number[] } {
  const seen = new Map<number, number>();
  for (const no of [...minutes.attendance.lines, ...minutes.items.flatMap((i) => i.lines), ...minutes.warnings.flatMap((w) => w.lines)]) seen.set(no, (seen.get(no) ?? 0) + 1);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const cleaned = (l: string) => l.replace(/[\f\v\u00a0\u200b\ufeff]/g, ' ').replace(/[\u0000-\u0008\u000e-\u001f]/g, '').trim();
  return {
    missing: lines.flatMap((l, i) => (cleaned(l) !== '' && !seen.has(i + 1) ? [i + 1] : [])),
    twice: [...seen].filter(([, n]) => n > 1).map(([no]) => no),
  };
}

describe('importMinutes on the minutes of 26 July 2017 (seed 003)', () => {
  const minutes = importMinutes(seed);
  const item = (n: string) => minutes.items.find((i) => i.number === n)!;

  it('finds the committee, the date and the 16 items with their numbers and titles', () => {
    expect(minutes.committee).toBe('Crime and Disorder (Overview and Scrutiny) Committee');
    expect(minutes.meetingDate).toBe('2017-07-26');
    expect(minutes.items.map((i) => `${i.number}. ${i.title}`)).toEqual([
      '1. APOLOGIES FOR ABSENCE',
      '2. DECLARATIONS OF INTEREST',
      '3. CONFIRMATION OF THE MINUTES OF THE MEETING HELD ON 15 FEBRUARY 2017',
      '4. URGENT ITEMS',
      '5. TO CONSIDER REFERENCES FROM OTHER COMMITTEES (IF ANY)',
      '6. REGULATION 9 NOTICE',
      '7. KENT POLICE AND CRIME PANEL (PCP) - UPDATE',
      "8. REVIEW OF KENT'S DOMESTIC ABUSE (DA) FRAMEWORK",
      '9. DARTFORD TOWN AGAINST CRIME (D-TAC) PROGRESS REPORT',
      '10. RESPONSE TO UNAUTHORISED ENCAMPMENTS (DRAW-DOWN)',
      '11. PERFORMANCE',
      '12. EXCLUSION OF THE PRESS AND PUBLIC',
      '13. CSP PERFORMANCE REPORT',
      '14. 2017 REFRESH TO CSP COMMUNITY SAFETY STRATEGY (2016-19)',
      '15. CRIME AND DISORDER (O&S) COMMITTEE ROLLING WORK PROGRAMME FOR 2017-18 AND BEYOND',
      '16. CRIME AND DISORDER (O&S) ANNUAL REPORT 2016-17',
    ]);
    expect(item('3').confirmsMinutesOf).toBe('2017-02-15');
  });

  it('reads the resolutions of items 3, 6, 7, 9, 10, 13, 14, 15 and 16 in order and in full, and none elsewhere', () => {
    expect(Object.fromEntries(minutes.items.filter((i) => i.resolutions.length).map((i) => [i.number, i.resolutions]))).toEqual({
      '3': ['That the Minutes of the Committee’s meeting held on 15 February 2017 be confirmed as an accurate record of those proceedings.'],
      '6': ['That the contents of the Regulation 9 Notice for the period 15 June 2017 to 31 October 2017 be noted.'],
      '7': [
        'That Members note the contents of the Kent & Medway Police and Crime Panel Minutes for 2 February and 28 March 2017 and the Chairman’s verbal update of the Panel proceedings held on 20 July 2017;',
        'That Members note with thanks, the efforts of Councillor Chris Shippam as Dartford representative on the Kent and Medway Police & Crime Panel during the 2016-17 municipal cycle and to the proceedings of the Committee.',
      ],
      '9': [
        'That Members note the progress made by the D-TAC Scheme in the period under review as set out in the report;',
        'That Members note the proposals detailed in the Scheme’s Business Plan 2016-18 document attached as Appendix A to the report;',
        'That Members note the statistical data presented by the Intelligence Manager recording D-TAC performance in the period under review [tabled].',
      ],
      '10': [
        'That Members note the report detailing the Council’s and Kent Police’s operational procedures for responding to Unauthorised (Traveller) Encampments in the Borough and the legislative context for those joint actions, taken in partnership with Kent Police [Dartford], within the context of the bespoke Memorandum of Understanding (MoU) attached as Appendix A to the report.',
      ],
      '13': [
        'That Members note the contents of the Dartford & Gravesham Community Safety Partnership’s Quarterly Performance Report (June 2017) as attached at EXEMPT Item A in the Agenda;',
        'That a presentation by a KCC or Kent Police crime data expert be added to the Committee’s Work Plan for the remainder of 2017-18.',
      ],
      '14': [
        'That Members note the contents of the Dartford and Gravesham Community Safety Partnership’s Community Safety Strategy 2016-19 (2017 Refresh) document as attached at Appendix A to the report.',
      ],
      '15': [
        'That Members approve the draft 2017-18 Work Programme for the Committee (attached as Appendix A to the report) subject to the changes proposed by the Chairman, as recorded above.',
      ],
      '16': [
        'That the Committee’s Annual Report for the 2016-17 municipal cycle [as attached at Appendix A to the covering report] be submitted to the next meeting of the General Assembly of the Council for approval as presented.',
      ],
    });
  });

  it('reads the attendance: 7 present with chair and vice-chair, 1 absent, the officers, the cabinet member and the guests', () => {
    const { present, absent, apologies, officers, inAttendance } = minutes.attendance;
    expect(present).toHaveLength(7);
    expect(present.filter((p) => p.role === 'chair')).toEqual([{ name: 'Councillor R J Wells', role: 'chair' }]);
    expect(present.filter((p) => p.role === 'vice_chair')).toEqual([{ name: 'Councillor A S Sandhu, MBE', role: 'vice_chair' }]);
    expect(absent).toEqual(['Councillor R Lees']);
    expect(apologies).toEqual(['Councillor R Lees']);
    expect(officers.map((o) => o.name)).toEqual(['Sheri Green', 'Mark Salisbury', 'Tony Henley', 'Lewis Kirnon', 'Mike Morgan', 'Jade Ransley']);
    // A capacity broken over two lines is read whole.
    expect(officers[0].capacity).toBe('Strategic Director (External Services)');
    expect(officers[3].capacity).toBe('Town Centre & Business Support Manager, CSU');
    expect(inAttendance).toEqual([
      { name: 'Councillor Mrs. Ann Allen MBE', capacity: 'Portfolio Holder for Community Development', kind: 'cabinet_member' },
      { name: 'Insp. Gary Woodward', capacity: 'CSU Inspector, Kent Police', kind: 'guest' },
      { name: 'Emily Matthews', capacity: 'DA Commissioning Officer, KCC', kind: 'guest' },
    ]);
  });

  it('recognises the draw-down item and its undertaking', () => {
    expect(minutes.items.filter((i) => i.drawDown).map((i) => i.number)).toEqual(['10']);
    expect(item('10').undertakings).toEqual(['Officers undertook to respond to Members on both points.']);
    expect(minutes.items.filter((i) => i.undertakings.length).map((i) => i.number)).toEqual(['10']);
  });

  it('recognises the exclusion of the press and public (item 12) and the exempt item after it (13), and asks about the rest', () => {
    expect(minutes.items.filter((i) => i.excludesPublic).map((i) => i.number)).toEqual(['12']);
    expect(minutes.items.filter((i) => i.exempt).map((i) => i.number)).toEqual(['13']);
    expect(minutes.warnings.filter((w) => w.kind === 'check').map((w) => w.message)).toEqual(
      ['14', '15', '16'].map((n) => `Item ${n} follows the exclusion of the press and public (item 12) but does not say it is exempt: imported as open; check before the minutes are published`),
    );
  });

  it("proposes item 13's second resolution and item 15's amendments as work plan changes", () => {
    expect(item('13').workPlanChanges).toEqual([
      { kind: 'add', text: 'That a presentation by a KCC or Kent Police crime data expert be added to the Committee’s Work Plan for the remainder of 2017-18.', when: '2017-18' },
    ]);
    expect(item('15').workPlanChanges.map((c) => [c.kind, c.when, c.text.slice(0, 40)])).toEqual([
      ['add', 'February 2018', 'Presentation by KCC/Kent Police ‘expert’'],
      ['add', 'February 2018', 'Verbal Update from the CSU Kent Police I'],
      ['add', 'February 2018', 'Confirm appearance by the Kent PCC to ex'],
      ['defer', 'July 2018', 'Presentation by Kent County Council Trad'],
    ]);
    // The third is broken over three lines, one of them indented: read whole.
    expect(item('15').workPlanChanges[2].text).toContain('how those priorities meet the needs/impact on individual Kent CSPs');
  });

  it('joins lines broken mid-sentence and keeps bullets, in the summary', () => {
    const summary = item('8').summary;
    expect(summary).toContain('• Over 3,000 children known to Social Services live in households where DA is a factor.');
    expect(summary).toContain('• Over 25,00 calls made to Police in 12 months to August 2014 regarding domestic abuse;');
    expect(item('7').summary).toContain('also the re-election of Mr Gurvinder Sandher as Vice-Chairman');
    expect(item('9').summary).not.toContain('  ');
  });

  it('leaves out the page furniture, notes the heading and the closing, and accounts for every line', () => {
    expect(minutes.warnings.find((w) => w.kind === 'furniture')?.lines).toEqual([1, 2]);
    expect(minutes.closedAt).toBe('9.25 pm');
    expect(minutes.warnings.find((w) => w.kind === 'closing')?.message).toBe('The meeting closed at 9.25 pm; signed: Councillor R J Wells, CHAIRMAN');
    expect(unaccounted(seed, minutes)).toEqual({ missing: [], twice: [] });
  });
});

describe('importMinutes on the other published conventions', () => {
  it('leaves out furniture repeated on every page, wherever it falls', () => {
    const lines = seed.split('\n');
    const paged = lines.flatMap((line, i) => (i > 0 && i % 45 === 0 ? ['CHAIRMAN’S ', 'INITIALS', '', 'Crime and Disorder Committee – 26 July 2017', '- ' + i / 45 + ' -', line] : [line])).join('\n');
    const minutes = importMinutes(paged);
    const clean = importMinutes(seed);
    expect(minutes.items.map((i) => [i.number, i.title, i.resolutions])).toEqual(clean.items.map((i) => [i.number, i.title, i.resolutions]));
    expect(minutes.warnings.find((w) => w.kind === 'furniture')!.lines.length).toBeGreaterThan(4 * 20);
    expect(unaccounted(paged, minutes)).toEqual({ missing: [], twice: [] });
  });

  it('reads bullet glyphs, hyphenation at line ends, unlabelled resolutions, and the undertaking sentences', () => {
    const text = [
      'PRESENT: Councillors A Smith (Chair), B Jones and C Brown',
      'APOLOGIES: Councillor D White',
      '',
      '21. HOUSING ENFORCEMENT',
      '',
      'Members discussed temporary accommo-',
      'dation in the borough. The accommodation review is under way and the re-',
      'election of the panel chair was noted.',
      '• First point;',
      '● Second point',
      '',
      'The Head of Housing undertook to provide the figures by the next meeting.',
      '',
      '1. That the report be noted;',
      '2. That an update on enforcement be added to the Work Programme for',
      'March 2019.',
      '',
      '22. EXCLUSION OF THE PRESS AND PUBLIC',
      '',
      'RESOLVED: That under Section 100A(4) of the Local Government Act 1972 the press and public be excluded.',
      '',
      '23. CONTRACT MONITORING',
      'RESOLVED – That the position be noted.',
    ].join('\n');
    const minutes = importMinutes(text);
    expect(minutes.attendance.present).toEqual([
      { name: 'Councillor A Smith', role: 'chair' },
      { name: 'Councillor B Jones', role: 'member' },
      { name: 'Councillor C Brown', role: 'member' },
    ]);
    expect(minutes.attendance.apologies).toEqual(['Councillor D White']);
    const [housing, exclusion, contract] = minutes.items;
    expect(housing.summary).toContain('Members discussed temporary accommodation in the borough.');
    expect(housing.summary).toContain('the re-election of the panel chair');
    expect(housing.summary).toContain('• First point;\n• Second point');
    expect(housing.undertakings).toEqual(['The Head of Housing undertook to provide the figures by the next meeting.']);
    expect(housing.resolutions).toEqual(['That the report be noted;', 'That an update on enforcement be added to the Work Programme for March 2019.']);
    expect(housing.workPlanChanges).toEqual([{ kind: 'add', text: 'That an update on enforcement be added to the Work Programme for March 2019.', when: 'March 2019' }]);
    expect(exclusion.excludesPublic).toBe(true);
    expect(contract).toMatchObject({ number: '23', exempt: true, resolutions: ['That the position be noted.'] });
    expect(unaccounted(text, minutes)).toEqual({ missing: [], twice: [] });
  });

  it('warns when there are no item headings, and still accounts for every line', () => {
    const text = 'Notes of an informal discussion\nNothing was decided.';
    const minutes = importMinutes(text);
    expect(minutes.items).toEqual([]);
    expect(minutes.warnings.map((w) => w.message)).toContain('No numbered item headings (e.g. "1. APOLOGIES FOR ABSENCE") were found');
    expect(unaccounted(text, minutes)).toEqual({ missing: [], twice: [] });
  });
});

describe('importMinutes, fuzzed', () => {
  const seedLines = seed.split('\n');

  it('never throws and never loses a line of arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2_000 }), (text) => {
        const minutes = importMinutes(text);
        expect(unaccounted(text, minutes)).toEqual({ missing: [], twice: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and never loses a line of arbitrary lines built from minutes vocabulary', () => {
    const line = fc.oneof(
      fc.constantFrom('RESOLVED:', 'PRESENT: Councillor A', 'ABSENT:', 'Officers:-', 'CHAIRMAN’S', 'INITIALS', '12. EXCLUSION OF THE PRESS AND PUBLIC', '1. That it be noted;', ' • a bullet', 'The meeting closed at 9 pm', '3.', 'TITLE', 'word-', 'ending'),
      fc.string({ maxLength: 60 }),
      fc.integer({ min: 0, max: 99 }).map((n) => `${n}. HEADING ${n}`),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 120 }), (lines) => {
        const text = lines.join('\n');
        expect(unaccounted(text, importMinutes(text))).toEqual({ missing: [], twice: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('never loses a line of the real minutes shuffled or cut short', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(seedLines, { minLength: 1 }), fc.nat(seedLines.length), (shuffled, cut) => {
        for (const text of [shuffled.join('\n'), seedLines.slice(0, cut).join('\n')]) {
          expect(unaccounted(text, importMinutes(text))).toEqual({ missing: [], twice: [] });
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('importMinutes on long lines (text pasted from a PDF without line breaks)', () => {
  /** The fastest of three readings, in ms: the least disturbed by the rest of the machine. */
  const timeOf = (text: string) => Math.min(...[1, 2, 3].map(() => {
    const started = performance.now();
    importMinutes(text);
    return performance.now() - started;
  }));

  const line = (unit: string, bytes: number) => `1. APOLOGIES\n${unit.repeat(Math.ceil(bytes / unit.length))}`;
  /** Eight times the length must take about eight times as long (a rule quadratic in the line's length takes 64). */
  const linear = (unit: string) => {
    const small = timeOf(line(unit, 32_768));
    const large = timeOf(line(unit, 262_144));
    expect(large).toBeLessThan(Math.max(24 * small, 150));
  };

  // One run of a single kind of character is where a rule anchored at the line's end does worst.
  it.each([
    ['letters', 'a'],
    ['capitals', 'A'],
    ['spaces', ' '],
    ['tabs', '\t'],
    ['digits', '1'],
    ['hyphenated fragments', 'abc-'],
    ['words', 'the cat sat on the '],
    ['sentences', 'The committee noted the report. '],
    ['a list of names', 'Councillor A, '],
    ['an apology without a full stop', 'apologies for absence had been received from Councillor X '],
    ['dashes', ' - '],
  ])('takes time in proportion to the length of a line of %s', (_, unit) => linear(unit));

  it('takes time in proportion to the length of a line, whatever minutes-like text it repeats', () => {
    const piece = fc.oneof(
      fc.constantFrom('a', 'abc-', ' ', '\t', '1 ', 'the ', ', ', ' - ', 'RESOLVED ', 'That ', '. ', '(', 'The meeting closed at '),
      fc.string({ minLength: 1, maxLength: 12 }),
    );
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (pieces) => linear(pieces.join(''))), { numRuns: 15 });
  });
});

describe('importMinutes, decisions that change the work programme', () => {
  it('proposes an item added, moved to another meeting, or taken off, from the decisions alone', () => {
    const text = [
      '12. WORK PROGRAMME',
      '',
      'Councillor Quinn asked whether anti-social behaviour could be brought forward to the November meeting.',
      '',
      'RESOLVED – That:',
      '(a) the Work Programme be updated to include a report on knife crime;',
      '(b) the item on anti-social behaviour be brought forward to the November meeting;',
      '(c) the review of CCTV be deferred to the next meeting;',
      '(d) the update on street drinking be removed from the work programme.',
    ].join('\n');
    const [item] = importMinutes(text).items;
    expect(item.decisions).toEqual([{ parts: expect.arrayContaining(['the item on anti-social behaviour be brought forward to the November meeting;']) }]);
    expect(item.workPlanChanges.map((c) => [c.kind, c.when])).toEqual([
      ['add', null],
      ['defer', 'November'],
      ['defer', 'next'],
      ['withdraw', null],
    ]);
  });
});

describe('importMinutes, a table of the decisions before the minutes', () => {
  it('reads the items from the minutes themselves, not from the table that repeats their references first', () => {
    const text = [
      'Crime and Disorder Committee - Thursday, 18th February, 2021',
      '',
      'CD 41/20 Declarations of Interest',
      'CD 42/20 Minutes',
      'CD 43/20 Knife Crime Review',
      '',
      'CD 41/20 Declarations of Interest',
      '',
      'There were no declarations of interest.',
      '',
      'CD 42/20 Minutes',
      '',
      'AGREED that the minutes of the meeting held on 21 January 2021 be approved.',
      '',
      'CD 43/20 Knife Crime Review',
      '',
      'Members considered the final report of the review.',
      '',
      'AGREED that the report be submitted to Cabinet.',
    ].join('\n');
    const minutes = importMinutes(text);
    expect(minutes.items.map((i) => [i.number, i.title, i.decisions.length])).toEqual([
      ['CD 41/20', 'Declarations of Interest', 0],
      ['CD 42/20', 'Minutes', 1],
      ['CD 43/20', 'Knife Crime Review', 1],
    ]);
    expect(minutes.meetingDate).toBe('2021-02-18');
    expect(minutes.committee).toBe('Crime and Disorder Committee');
  });
});

describe('importMinutes, how sure it is of each item', () => {
  it('is sure of a title set apart, less so of one run into text, and asks to check one run into text after a skipped number', () => {
    const text = ['1. Apologies for Absence', '', 'None.', '', '2. Police update', 'The Inspector reported on burglary.', '', '5. Fly-tipping enforcement', 'Members asked about fines.'].join('\n');
    const minutes = importMinutes(text);
    expect(minutes.items.map((i) => [i.number, i.confidence, i.why])).toEqual([
      ['1', 'high', 'numbered 1, title on a line of its own'],
      ['2', 'medium', 'numbered 2, title in ordinary case followed directly by text'],
      ['5', 'low', 'numbered 5, title in ordinary case followed directly by text; after 2, skipping 2'],
    ]);
    expect(minutes.warnings.filter((w) => w.kind === 'check').map((w) => w.message)).toEqual([
      'Item 5 follows item 2: is an item missing?',
      'Is "Fly-tipping enforcement" a new item? numbered 5, title in ordinary case followed directly by text; after 2, skipping 2; check where item 5 starts',
    ]);
  });
});
