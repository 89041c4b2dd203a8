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
  /** For the exclusion item: the resolution to exclude the press and public, naming the Schedule 12A paragraphs. */
  resolution: string | null;
}

/** The s100A(4) resolution, as minutes record it, for the exempt paragraphs of the items that follow. */
export function exclusionResolution(paragraphs: number[]): string {
  const listed = [...new Set(paragraphs)].sort((a, b) => a - b);
  const named = listed.length === 1 ? `paragraph ${listed[0]}` : `paragraphs ${listed.slice(0, -1).join(', ')} and ${listed.at(-1)}`;
  return (
    'That, under Section 100A(4) of the Local Government Act 1972, the press and public be excluded from the meeting ' +
    'for the following items of business on the grounds that they involve the likely disclosure of exempt information ' +
    `as defined in ${named} of Part 1 of Schedule 12A of the Act.`
  );
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
  const paragraphs = sorted.flatMap((i) => (i.exemptParagraph !== null ? [i.exemptParagraph] : []));
  for (const item of sorted) {
    const exempt = item.exemptParagraph !== null;
    if (exempt && !entries.some((e) => e.exempt)) {
      entries.push({ item: null, standardKind: 'exclusion_of_press_and_public', title: EXCLUSION_TITLE, exempt: false, resolution: exclusionResolution(paragraphs) });
    }
    entries.push({ item, standardKind: item.standardKind, title: item.title, exempt, resolution: null });
  }
  return entries.map((entry, index) => ({ number: index + 1, ...entry }));
}

/** The agenda's own items in order with one moved a place up or down (the keyboard's way to reorder, without dragging). */
export function movedOneStep(ids: string[], id: string, direction: 'up' | 'down'): string[] {
  const from = ids.indexOf(id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= ids.length) return ids;
  const order = [...ids];
  [order[from], order[to]] = [order[to]!, order[from]!];
  return order;
}
