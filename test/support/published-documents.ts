/**
 * Seed 003's minutes made into the forms councils publish, for the tests of the document readers:
 * a PDF (its lines in Helvetica, the headings in bold, 48 lines a page) and a Word document (a
 * paragraph a line, the headings bold), as LibreOffice would make them from the text.
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';

export const seed003 = readFileSync(new URL('../fixtures/minutes-2017-07-26.txt', import.meta.url), 'utf8');

/** Seed 003's item headings and labels, set in bold as the council's PDF sets them. */
const isHeading = (line: string) => /^\d{1,2}\. [A-Z]/.test(line) || /^(PRESENT|ABSENT|CABINET MEMBERS|RESOLVED):?/.test(line);

export function asPdf(text = seed003): Promise<Buffer> {
  return new Promise((resolve) => {
    const pdf = new PDFDocument({ size: 'A4', margin: 50 });
    const chunks: Buffer[] = [];
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    text.split('\n').forEach((line, i) => {
      if (i > 0 && i % 48 === 0) pdf.addPage();
      // Only the glyphs the standard fonts have; a private-use bullet becomes the bullet.
      const printable = line.replace(/[\uF000-\uF8FF]/g, '•').replace(/[^\u0000-\u00ff‘’“”–—•…€]/g, '?');
      pdf.font(isHeading(line) ? 'Helvetica-Bold' : 'Helvetica').fontSize(10).text(printable || ' ', 50, 50 + (i % 48) * 14, { lineBreak: false });
    });
    pdf.end();
  });
}

export function asDocx(text = seed003): Promise<Buffer> {
  const paragraphs = text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: isHeading(line) })] }));
  return Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] }));
}
