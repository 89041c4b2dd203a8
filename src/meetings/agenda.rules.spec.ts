import { describe, expect, it } from '@jest/globals';
import { AgendaEntry, CLOSING_ITEMS, OPENING_ITEMS, orderAgenda } from './agenda.rules.js';

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
  });

  it('adds no exclusion resolution when nothing is exempt', () => {
    const agenda = orderAgenda([standard('apologies', 'Apologies for absence'), substantive('PCP update')]);
    expect(agenda.map((e) => e.standardKind)).toEqual(['apologies', null]);
  });
});
