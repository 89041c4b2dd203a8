/** Simple text similarity: enough to spot a topic already asked or planned, or an agenda item in the minutes. */
const STOP_WORDS = new Set(['the', 'and', 'of', 'in', 'on', 'a', 'an', 'to', 'for', 'at', 'by', 'with', 'from', 'into', 'about', 'is', 'are']);

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .replace(/[^a-z0-9\s-]/g, ' ')
      .split(/[\s-]+/)
      .filter((w) => w.length > 2 && !STOP_WORDS.has(w))
      .map((w) => w.replace(/(ies|s)$/, (m) => (m === 'ies' ? 'y' : ''))),
  );
}

/** How alike two topics are: the share of their significant words in common (0–1). */
export function similarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / Math.min(x.size, y.size);
}
