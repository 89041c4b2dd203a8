/**
 * The order of a committee agenda, as Dartford's papers show it (seed 003): the standard opening
 * items, the substantive business, the review of the work plan, then — after the resolution to
 * exclude the press and public (Local Government Act 1972 s100A(4)) — the exempt items.
 */
export const OPENING_ITEMS = [
  ['apologies', 'Apologies for absence'],
  ['declarations_of_interest', 'Declarations of interest'],
  ['previous_minutes', 'Confirmation of the minutes of the previous meeting'],
  ['urgent_items', 'Urgent items'],
  ['references_from_committees', 'References from other committees (if any)'],
  ['regulation_9_notice', 'Regulation 9 notice'],
] as const;

export const CLOSING_ITEMS = [['work_plan_review', 'Rolling work plan']] as const;

export type StandardItemKind =
  | (typeof OPENING_ITEMS)[number][0]
  | (typeof CLOSING_ITEMS)[number][0]
  | 'exclusion_of_press_and_public';

export const EXCLUSION_TITLE = 'Exclusion of the press and public';

export interface AgendaEntry {
  id: string | null;
  sequence: number;
  standardKind: StandardItemKind | null;
  title: string;
  exemptParagraph: number | null;
}

export interface NumberedAgendaEntry<T> {
  number: number;
  item: T | null;
  standardKind: StandardItemKind | null;
  title: string;
  exempt: boolean;
}

const openingRank = new Map<string, number>(OPENING_ITEMS.map(([kind], index) => [kind, index]));

function section(item: AgendaEntry): number {
  if (item.exemptParagraph !== null) return 4;
  if (item.standardKind && openingRank.has(item.standardKind)) return 0;
  if (item.standardKind === 'work_plan_review') return 2;
  return 1;
}

/**
 * Numbers the agenda: opening items, substantive items in the order they were added, the work
 * plan review, and, when any item is exempt, the exclusion resolution followed by the exempt items.
 */
export function orderAgenda<T extends AgendaEntry>(items: T[]): NumberedAgendaEntry<T>[] {
  const sorted = [...items].sort(
    (a, b) =>
      section(a) - section(b) ||
      (openingRank.get(a.standardKind ?? '') ?? 0) - (openingRank.get(b.standardKind ?? '') ?? 0) ||
      a.sequence - b.sequence,
  );
  const entries: Omit<NumberedAgendaEntry<T>, 'number'>[] = [];
  for (const item of sorted) {
    const exempt = item.exemptParagraph !== null;
    if (exempt && !entries.some((e) => e.exempt)) {
      entries.push({ item: null, standardKind: 'exclusion_of_press_and_public', title: EXCLUSION_TITLE, exempt: false });
    }
    entries.push({ item, standardKind: item.standardKind, title: item.title, exempt });
  }
  return entries.map((entry, index) => ({ number: index + 1, ...entry }));
}
