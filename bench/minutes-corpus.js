// The minutes importer scored on the corpus of other councils' minutes (test/fixtures/minutes/),
// against the hand counts written before it was tuned: item recall and precision, decision recall,
// attendance and the meeting date, per document and in total. Built code in dist/.
//   npm run -s build && node bench/minutes-corpus.js
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const folder = new URL('../test/fixtures/minutes/', import.meta.url);
const norm = (s) => s.toLowerCase().replace(/[’']/g, "'").replace(/[^a-z0-9/.' ]+/g, ' ').replace(/\s+/g, ' ').trim().replace(/\.$/, '');
const surname = (name) => norm(name.replace(/\([^)]*\)/g, '').replace(/,.*$/, '')).split(' ').pop();

/** An expected item matches a found one by number, or (where none is printed) by title. */
function matches(expected, found) {
  if (/^[A-Z]{0,6} ?\d/.test(expected) && /\d/.test(expected) && !/\s[a-z]/i.test(expected.replace(/^[A-Z]{1,6} ?/, ''))) return norm(found.number) === norm(expected);
  const [a, b] = [norm(expected), norm(found.title)];
  return a === b || (a.length >= 12 && b.startsWith(a)) || (b.length >= 12 && a.startsWith(b));
}

/** The importer and the document readers are passed in: the built ones here, the sources in the unit test. */
export async function scoreCorpus({ importMinutes, documentText }) {
  const { documents } = JSON.parse(readFileSync(new URL('hand-counts.json', folder), 'utf8'));
  const rows = [];
  for (const doc of documents) {
    const bytes = readFileSync(new URL(doc.file, folder));
    const { text, hints } = await documentText(bytes, doc.format);
    const minutes = importMinutes(text, hints);
    const used = new Set();
    let itemsFound = 0;
    let decisionsExpected = 0;
    let decisionsFound = 0;
    const missed = [];
    for (const [key, decisions] of doc.items) {
      const at = minutes.items.findIndex((f, i) => !used.has(i) && matches(key, f));
      decisionsExpected += decisions;
      if (at < 0) {
        missed.push(key);
        continue;
      }
      used.add(at);
      itemsFound++;
      decisionsFound += Math.min(decisions, minutes.items[at].decisions.length);
    }
    const falseItems = minutes.items.filter((_, i) => !used.has(i)).map((f) => f.number || f.title);
    let attendance = null;
    if (doc.present || doc.apologies) {
      const expected = [...(doc.present ?? []).map((n) => `p:${surname(n)}`), ...(doc.apologies ?? []).map((n) => `a:${surname(n)}`)];
      const found = new Set([...(doc.present ? minutes.attendance.present.map((p) => `p:${surname(p.name)}`) : []), ...(doc.apologies ? minutes.attendance.apologies.map((n) => `a:${surname(n)}`) : [])]);
      const right = expected.filter((e) => found.has(e)).length;
      const chairRight = !doc.chair || minutes.attendance.present.some((p) => p.role === 'chair' && surname(p.name) === surname(doc.chair));
      attendance = { right, expected: expected.length, extra: [...found].filter((f) => !expected.includes(f)).length, chairRight };
    }
    rows.push({
      file: doc.file.replace('../', ''),
      council: doc.council,
      numbered: doc.items.filter(([k]) => /\d/.test(k) && k.length <= 12).length,
      items: doc.items.length,
      itemsFound,
      falseItems,
      missed,
      decisionsExpected,
      decisionsFound,
      attendance,
      dateExpected: doc.meetingDate,
      dateFound: minutes.meetingDate,
    });
  }
  const sum = (f) => rows.reduce((n, r) => n + f(r), 0);
  const totals = {
    items: sum((r) => r.items),
    itemsFound: sum((r) => r.itemsFound),
    falseItems: sum((r) => r.falseItems.length),
    decisionsExpected: sum((r) => r.decisionsExpected),
    decisionsFound: sum((r) => r.decisionsFound),
    attendanceRight: sum((r) => r.attendance?.right ?? 0),
    attendanceExpected: sum((r) => r.attendance?.expected ?? 0),
    attendanceExtra: sum((r) => r.attendance?.extra ?? 0),
    datesStated: rows.filter((r) => r.dateExpected).length,
    datesRight: rows.filter((r) => r.dateExpected && r.dateFound === r.dateExpected).length,
    datesInvented: rows.filter((r) => !r.dateExpected && r.dateFound).length,
  };
  return { rows, totals };
}

const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)} %` : '—');

export function report({ rows, totals }) {
  const out = [];
  out.push('minutes importer on the corpus (test/fixtures/minutes, hand counts written before tuning)');
  for (const r of rows) {
    const att = r.attendance ? ` attendance ${r.attendance.right}/${r.attendance.expected}${r.attendance.extra ? ` (+${r.attendance.extra} not expected)` : ''}${r.attendance.chairRight ? '' : ' chair wrong'}` : '';
    const date = r.dateExpected ? (r.dateFound === r.dateExpected ? ' date right' : ` date WRONG (${r.dateFound ?? 'none'})`) : r.dateFound ? ` date not stated, found ${r.dateFound}` : '';
    out.push(`  ${r.file.padEnd(34)} items ${r.itemsFound}/${r.items}${r.falseItems.length ? ` false ${r.falseItems.length} [${r.falseItems.join(' | ').slice(0, 80)}]` : ''}${r.missed.length ? ` missed [${r.missed.join(' | ').slice(0, 80)}]` : ''} decisions ${r.decisionsFound}/${r.decisionsExpected}${att}${date}`);
  }
  const found = totals.itemsFound + totals.falseItems;
  out.push(
    `  total: item recall ${pct(totals.itemsFound, totals.items)} (${totals.itemsFound}/${totals.items}), false items ${pct(totals.falseItems, found)} (${totals.falseItems}/${found}), ` +
      `decision recall ${pct(totals.decisionsFound, totals.decisionsExpected)} (${totals.decisionsFound}/${totals.decisionsExpected}), ` +
      `attendance ${pct(totals.attendanceRight, totals.attendanceExpected)} (${totals.attendanceRight}/${totals.attendanceExpected}, ${totals.attendanceExtra} not expected), ` +
      `meeting date right ${totals.datesRight}/${totals.datesStated} where stated, ${totals.datesInvented} invented`,
  );
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { importMinutes } = await import('../dist/src/minutes/minutes-import.rules.js');
  const { documentText } = await import('../dist/src/common/documents/published-document.js');
  console.log(report(await scoreCorpus({ importMinutes, documentText })));
}
