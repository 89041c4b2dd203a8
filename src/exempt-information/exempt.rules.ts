/**
 * Exempt information (Local Government Act 1972 s100A(4) and Schedule 12A): what is taken after the
 * press and public are excluded, and everything made from it, is for the council's members and
 * officers only. A record that carries an exempt paragraph is shown to anyone else (the public, a
 * feed, a public report, an outside body's e-mail or page) by its paragraph alone.
 */

export const EXEMPT_PARAGRAPHS = [1, 2, 3, 4, 5, 6, 7] as const;

/** What Schedule 12A's paragraphs protect, in a few words each, for the co-ordinator choosing one. */
export const PARAGRAPH_SUBJECTS: Record<number, string> = {
  1: 'information relating to any individual',
  2: 'information likely to reveal the identity of an individual',
  3: 'the financial or business affairs of any particular person (including the authority)',
  4: 'consultations or negotiations on labour relations',
  5: 'legal professional privilege',
  6: 'notices, orders or directions under any enactment',
  7: 'the prevention, investigation or prosecution of crime',
};

const citation = (paragraph: number) => `Local Government Act 1972, Schedule 12A, paragraph ${paragraph}`;

/** The title shown in place of an exempt one. */
export function withheldTitle(paragraph: number): string {
  return `Exempt item (${citation(paragraph)})`;
}

/** The sentence shown in place of exempt text. */
export function withheldText(paragraph: number): string {
  return `Not published: exempt information (${citation(paragraph)}).`;
}

/** The title as it may be shown outside the council: itself, or withheld. */
export function publicTitle(title: string, exemptParagraph: number | null): string {
  return exemptParagraph === null ? title : withheldTitle(exemptParagraph);
}

/** Text as it may be shown outside the council: itself, or withheld (an empty text stays empty). */
export function publicText<T extends string | null>(text: T, exemptParagraph: number | null): T | string {
  return exemptParagraph === null || text === null || text === '' ? text : withheldText(exemptParagraph);
}

/** For the co-ordinator: what of a record will not reach the public or the authority it is sent to. */
export function withheldNote(exemptParagraph: number | null, what: string): string | null {
  return exemptParagraph === null ? null : `${what} exempt information (${citation(exemptParagraph)}): not shown to the public, in feeds or public reports, nor sent to outside bodies.`;
}

const TITLE_KEYS = new Set(['title', 'subject', 'topic']);
/** Fields of an exempt record that say what kind of thing it is and when, never what it says. */
const FACT_KEYS = new Set(['id', 'kind', 'status', 'stage', 'basis', 'exemptParagraph']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;

function withheldValue(key: string, value: unknown, paragraph: number): unknown {
  if (typeof value === 'string') {
    if (FACT_KEYS.has(key) || ISO_DATE.test(value)) return value;
    if (TITLE_KEYS.has(key)) return withheldTitle(paragraph);
    return `${withheldText(paragraph)} Exempt papers are not sent by e-mail: ask the committee's co-ordinator for them.`;
  }
  if (Array.isArray(value)) {
    if (key === 'recommendations') return value.map((_, i) => `Recommendation ${i + 1} (exempt: the co-ordinator can give you its text)`);
    return value.map((v) => withheldValue('', v, paragraph));
  }
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withheldValue(k, v, paragraph)]));
  }
  return value;
}

/**
 * The values of a message to someone outside the council (an authority's contact), as it may see
 * them: every record in them that carries an exempt paragraph keeps its kind, state and dates, its
 * title is replaced by the paragraph and every other text of it (and of what it holds) is withheld.
 * The mail door applies it to every such message, so that no template can let exempt text out.
 */
export function asSeenOutside<T>(values: T): T {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object' || value instanceof Date) return value;
    const paragraph = (value as { exemptParagraph?: unknown }).exemptParagraph;
    if (typeof paragraph === 'number') return withheldValue('', value, paragraph);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
  };
  return walk(values) as T;
}
