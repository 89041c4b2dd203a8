import { describe, expect, it } from '@jest/globals';
import { AgendaEntry, CLOSING_ITEMS, movedOneStep, OPENING_ITEMS, orderAgenda } from './agenda.rules.js';

let next = 0;
const standard = (kind: string, title: string): AgendaEntry =>
  ({ id: `s${next}`, sequence: next++, standardKind: kind, title, exemptParagraph: null }) as AgendaEntry;
const substantive = (title: string, exemptParagraph: number | null = null): AgendaEntry => ({
  id: `i${next}`,
  sequence: next++,
  standardKind: null,
  title,
  exemptParagraph,
});

describe('orderAgenda', () => {
  it('puts the opening items first, substantive items in order, the work plan, then exempt items after the exclusion', () => {
    // Added in a jumbled order on purpose: the exempt item and the work plan before other business.
    const items = [
      substantive('CSP Quarterly Performance Report: appendix', 3),
      ...CLOSING_ITEMS.map(([kind, title]) => standard(kind, title)),
      ...[...OPENING_ITEMS].reverse().map(([kind, title]) => standard(kind, title)),
      substantive('Kent Police and Crime Panel (PCP) – update'),
      substantive('Unauthorised encampments (draw-down)'),
    ];
    const agenda = orderAgenda(items);
    expect(agenda.map((e) => `${e.number}. ${e.title}`)).toEqual([
      '1. Apologies for absence',
      '2. Declarations of interest',
      '3. Confirmation of the minutes of the previous meeting',
      '4. Urgent items',
      '5. References from other committees (if any)',
      '6. Regulation 9 notice',
      '7. Kent Police and Crime Panel (PCP) – update',
      '8. Unauthorised encampments (draw-down)',
      '9. Rolling work plan',
      '10. Exclusion of the press and public',
      '11. CSP Quarterly Performance Report: appendix',
    ]);
    expect(agenda.filter((e) => e.exempt).map((e) => e.number)).toEqual([11]);
    expect(agenda[9].item).toBeNull();
    expect(agenda[9].resolution).toBe(
      'That, under Section 100A(4) of the Local Government Act 1972, the press and public be excluded from the meeting for the following items of business ' +
        'on the grounds that they involve the likely disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A of the Act.',
    );
  });

  it('names every exempt paragraph in the exclusion resolution', () => {
    const agenda = orderAgenda([substantive('Appendix', 3), substantive('Named offender', 1), substantive('Another appendix', 3)]);
    expect(agenda[0].resolution).toContain('as defined in paragraphs 1 and 3 of Part 1 of Schedule 12A');
    expect(agenda.filter((e) => e.resolution !== null)).toHaveLength(1);
  });

  it('adds no exclusion resolution when nothing is exempt', () => {
    const agenda = orderAgenda([standard('apologies', 'Apologies for absence'), substantive('PCP update')]);
    expect(agenda.map((e) => e.standardKind)).toEqual(['apologies', null]);
  });
});

describe('moving an agenda item one place', () => {
  it('swaps it with its neighbour, and leaves the ends where they are', () => {
    expect(movedOneStep(['a', 'b', 'c'], 'b', 'up')).toEqual(['b', 'a', 'c']);
    expect(movedOneStep(['a', 'b', 'c'], 'b', 'down')).toEqual(['a', 'c', 'b']);
    expect(movedOneStep(['a', 'b', 'c'], 'a', 'up')).toEqual(['a', 'b', 'c']);
    expect(movedOneStep(['a', 'b', 'c'], 'c', 'down')).toEqual(['a', 'b', 'c']);
    expect(movedOneStep(['a', 'b'], 'x', 'up')).toEqual(['a', 'b']);
  });
});
