import { describe, expect, it } from '@jest/globals';
// The scoring command's own code (npm run bench, bench/minutes-corpus.js), given the importer's sources.
// @ts-expect-error plain JavaScript, shared with the benchmark
import { report, scoreCorpus } from '../../bench/minutes-corpus.js';
import { importMinutes } from './minutes-import.rules.js';
import { documentText } from '../common/documents/published-document.js';

interface Totals {
  items: number;
  itemsFound: number;
  falseItems: number;
  decisionsExpected: number;
  decisionsFound: number;
  attendanceRight: number;
  attendanceExpected: number;
  datesStated: number;
  datesRight: number;
  datesInvented: number;
}

describe('the minutes importer on the corpus of other councils (test/fixtures/minutes)', () => {
  it('finds at least 95 % of the items, 90 % of the decisions, at most 2 % false items, and the meeting date wherever it is stated', async () => {
    const score = (await scoreCorpus({ importMinutes, documentText })) as { rows: unknown[]; totals: Totals };
    const { totals } = score;
    // Printed, so that a failure says which document fell short.
    console.log(report(score));
    expect(score.rows.length).toBeGreaterThanOrEqual(15);
    expect(totals.itemsFound / totals.items).toBeGreaterThanOrEqual(0.95);
    expect(totals.falseItems / (totals.itemsFound + totals.falseItems)).toBeLessThanOrEqual(0.02);
    expect(totals.decisionsFound / totals.decisionsExpected).toBeGreaterThanOrEqual(0.9);
    expect(totals.datesRight).toBe(totals.datesStated);
    expect(totals.datesInvented).toBe(0);
    expect(totals.attendanceRight / totals.attendanceExpected).toBeGreaterThanOrEqual(0.9);
  });
});
