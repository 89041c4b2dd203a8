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
