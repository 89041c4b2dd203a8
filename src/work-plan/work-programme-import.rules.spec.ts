import { describe, expect, it } from '@jest/globals';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import { documentText, fromHtml } from '../common/documents/published-document.js';
import { categoryOf, importWorkProgramme } from './work-programme-import.rules.js';

/** A work programme as committees keep it: meeting, item, lead officer, purpose; a meeting's date only on its first row. */
const ROWS = [
  ['Meeting', 'Item', 'Lead officer', 'Purpose'],
  ['14 June 2023', 'Community Safety Partnership annual report', 'Head of Community Safety', 'Annual scrutiny of the partnership'],
  ['', 'Anti-social behaviour in the town centre', 'Chief Inspector, Kent Police', 'Draw-down request from Cllr Smith'],
  ['11 October 2023', 'Domestic abuse services update', 'KCC Commissioning Officer', ''],
  ['TBC', 'Fire safety in high-rise housing', 'Kent Fire and Rescue Service', ''],
];

async function asDocx(): Promise<Buffer> {
  const table = new Table({ rows: ROWS.map((row, r) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: cell, bold: r === 0 })] })] })) })) });
  return Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun({ text: 'Crime and Disorder Committee Work Programme 2023-24', bold: true })] }), table] }] }));
}

function asPdf(): Promise<Buffer> {
  return new Promise((resolve) => {
    const pdf = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 40 });
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.font('Helvetica-Bold').fontSize(12).text('Work Programme 2023-24', 40, 40, { lineBreak: false });
    ROWS.forEach((row, r) => row.forEach((cell, c) => cell && pdf.font(r === 0 ? 'Helvetica-Bold' : 'Helvetica').fontSize(9).text(cell, 40 + [0, 100, 330, 520][c], 80 + r * 20, { lineBreak: false })));
    pdf.end();
  });
}

const expected = [
  ['Community Safety Partnership annual report', '2023-06-14', 'Head of Community Safety', 'statutory'],
  ['Anti-social behaviour in the town centre', '2023-06-14', 'Chief Inspector, Kent Police', 'discretionary'],
  ['Domestic abuse services update', '2023-10-11', 'KCC Commissioning Officer', 'discretionary'],
  ['Fire safety in high-rise housing', null, 'Kent Fire and Rescue Service', 'discretionary'],
];
const summary = (items: ReturnType<typeof importWorkProgramme>['items']) => items.map((i) => [i.title, i.meetingOn, i.leadOfficer, i.basis]);

describe('importWorkProgramme', () => {
  it('reads the work programme table of a Word document: each item with its meeting (carried down the rows), lead officer and basis', async () => {
    const { text } = await documentText(await asDocx(), 'docx');
    const programme = importWorkProgramme(text);
    expect(summary(programme.items)).toEqual(expected);
    expect(programme.items[1].notes).toBe('Draw-down request from Cllr Smith');
    expect(programme.warnings).toEqual(['1 item has no meeting date ("Fire safety in high-rise housing"): each can be added once the committee has agreed when to take it']);
  });

  it('reads the same table from a PDF, its columns told apart by the space between them', async () => {
    const { text } = await documentText(await asPdf(), 'pdf');
    expect(summary(importWorkProgramme(text).items)).toEqual(expected);
  });

  it('reads a list of items under each meeting, and a season for a date', () => {
    const page = fromHtml('<h2>Meeting: 14 June 2023</h2><ul><li>Strategic Assessment 2023</li><li>Police and Crime Panel update</li></ul><h2>Autumn 2023</h2><ul><li>Knife crime</li></ul><p>Items are added as the committee agrees them.</p>');
    const programme = importWorkProgramme(page.text);
    expect(programme.items.map((i) => [i.title, i.meetingOn, i.when, i.category])).toEqual([
      ['Strategic Assessment 2023', '2023-06-14', '14 June 2023', 'strategic_assessment'],
      ['Police and Crime Panel update', '2023-06-14', '14 June 2023', 'police_and_crime_panel_update'],
      ['Knife crime', '2023-09-01', 'Autumn 2023', 'other'],
    ]);
  });

  it('says when nothing was found, and never throws', () => {
    expect(importWorkProgramme('The committee met.').warnings[0]).toMatch(/^No items were found/);
    for (const text of ['', '|', '\t\t', 'x'.repeat(1_000_000), 'a | b\n'.repeat(10_000)]) expect(() => importWorkProgramme(text)).not.toThrow();
  });

  it('names an item by the headings of the work programme', () => {
    expect(categoryOf('Community Safety Strategy refresh 2024')).toBe('strategy_refresh');
    expect(categoryOf('CSP Quarterly Performance Report')).toBe('performance_report');
    expect(categoryOf('Response to unauthorised encampments (draw-down)')).toBe('draw_down');
  });
});
