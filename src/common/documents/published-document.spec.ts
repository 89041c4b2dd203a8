import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { asDocx, asPdf, seed003 } from '../../../test/support/published-documents.js';
import { importMinutes } from '../../minutes/minutes-import.rules.js';
import { documentText, formatOf, fromHtml } from './published-document.js';

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/minutes/${name}`, import.meta.url));
const seed = seed003;
const seedAsPdf = () => asPdf();
const seedAsDocx = () => asDocx();

const blocks = (minutes: ReturnType<typeof importMinutes>) => minutes.items.reduce((n, i) => n + i.decisions.length, 0);

describe('published documents into text for the importer', () => {
  const fromText = importMinutes(seed);

  it('reads seed 003 as text: 16 items and 9 RESOLVED blocks', () => {
    expect(fromText.items.map((i) => i.number)).toEqual(Array.from({ length: 16 }, (_, i) => String(i + 1)));
    expect(blocks(fromText)).toBe(9);
  });

  it('reads the same minutes made into a PDF: the same 16 items, titles and 9 RESOLVED blocks', async () => {
    const pdf = await seedAsPdf();
    expect(formatOf(pdf, null)).toBe('pdf');
    const { text, hints } = await documentText(pdf, 'pdf');
    const minutes = importMinutes(text, hints);
    expect(minutes.items.map((i) => `${i.number}. ${i.title}`)).toEqual(fromText.items.map((i) => `${i.number}. ${i.title}`));
    expect(blocks(minutes)).toBe(9);
    expect(minutes.items.map((i) => i.decisions.length)).toEqual(fromText.items.map((i) => i.decisions.length));
    expect(minutes.meetingDate).toBe('2017-07-26');
    expect([...hints.values()].some((h) => h.heading)).toBe(true);
  });

  it('reads the same minutes made into a Word document: the same 16 items, titles and 9 RESOLVED blocks', async () => {
    const docx = await seedAsDocx();
    expect(formatOf(docx, null)).toBe('docx');
    const { text, hints } = await documentText(docx, 'docx');
    const minutes = importMinutes(text, hints);
    expect(minutes.items.map((i) => `${i.number}. ${i.title}`)).toEqual(fromText.items.map((i) => `${i.number}. ${i.title}`));
    expect(blocks(minutes)).toBe(9);
    expect(minutes.meetingDate).toBe('2017-07-26');
  });

  it('reads a ModernGov page by its structure: the number cell, the title, the agenda text before "Minutes:" left out of the minute', () => {
    const { text, hints } = fromHtml(fixture('brentwood-2018-03.html').toString('utf8'));
    expect(text).toContain('326. Apologies for Absence');
    expect(text).not.toContain('PDF 77 KB');
    const numbered = [...hints.entries()].filter(([, h]) => h.number).map(([, h]) => h.number);
    expect(numbered).toEqual(['326.', '327.', '328.'].map((n) => n.replace(/\.$/, '')));
    const minutes = importMinutes(text, hints);
    expect(minutes.items.map((i) => [i.number, i.title, i.confidence])).toEqual([
      ['326', 'Apologies for Absence', 'high'],
      ['327', 'Minutes of the Previous Meeting', 'high'],
      ['328', 'Community Safety Partnership', 'high'],
    ]);
    expect(minutes.attendance.apologies).toEqual(['Councillor Aspinell', 'Councillor Kendall']);
    expect(minutes.items[2].summary).not.toContain('Minutes:');
  });

  it('numbers the items of a numbered list, and marks paragraphs wholly in bold as headings', () => {
    const { text, hints } = fromHtml('<ol start="4"><li><strong>Anti-social behaviour</strong></li><li>Knife crime</li></ol><p><b>Questions</b></p><p><b>RESOLVED:</b> That it be noted.</p>');
    expect(text.split('\n').filter(Boolean)).toEqual(['4. Anti-social behaviour', '5. Knife crime', 'Questions', 'RESOLVED: That it be noted.']);
    expect(hints.get(1)).toEqual({ heading: true });
    expect(hints.get(5)).toEqual({ heading: true });
    expect(hints.get(7)).toBeUndefined();
  });

  it('tells the formats apart by their first bytes, whatever they are called', () => {
    expect(formatOf(Buffer.from('%PDF-1.7\n'), 'text/plain')).toBe('pdf');
    expect(formatOf(Buffer.from('<!DOCTYPE html><html>'), null)).toBe('html');
    expect(formatOf(Buffer.from('1. APOLOGIES'), null)).toBe('text');
    expect(formatOf(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), null)).toBe('docx');
    expect(formatOf(Buffer.from([0x00, 0x01, 0x02, 0x03]), null)).toBeNull();
  });

  it('refuses a malformed PDF and a zip that is not a Word document, with an error rather than a result', async () => {
    await expect(documentText(Buffer.from('%PDF-1.7\n1 0 obj <<>> garbage'), 'pdf')).rejects.toThrow();
    await expect(documentText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'docx')).rejects.toThrow();
  });
});
