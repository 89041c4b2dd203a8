// The minutes importer on a 200-page text: seed 003 repeated with its items renumbered on, and
// "CHAIRMAN'S INITIALS" on every page, as councils' PDFs give it (built code in dist/).
import { readFileSync } from 'node:fs';
import { importMinutes } from '../dist/src/minutes/minutes-import.rules.js';

const PAGES = Number(process.env.BENCH_PAGES ?? 200);
const LINES_PER_PAGE = 48;
const seed = readFileSync(new URL('../test/fixtures/minutes-2017-07-26.txt', import.meta.url), 'utf8').split('\n');
const body = seed.slice(seed.findIndex((l) => /^1\. APOLOGIES/.test(l)), seed.findIndex((l) => /^The meeting closed/.test(l)));
const lines = seed.slice(0, seed.findIndex((l) => /^1\. APOLOGIES/.test(l)));
for (let copy = 0; lines.length < PAGES * LINES_PER_PAGE; copy++) {
  lines.push(...body.map((l) => l.replace(/^(\d{1,3})\. (?=[A-Z0-9])/, (_, n) => `${Number(n) + copy * 16}. `)));
}
lines.length = PAGES * LINES_PER_PAGE;
const paged = lines.flatMap((line, i) => (i % LINES_PER_PAGE === 0 ? ['CHAIRMAN’S ', 'INITIALS', '', `- ${i / LINES_PER_PAGE + 1} -`, line] : [line])).join('\n');

for (let i = 0; i < 3; i++) importMinutes(paged);
const runs = [];
let minutes;
for (let i = 0; i < 10; i++) {
  const began = process.hrtime.bigint();
  minutes = importMinutes(paged);
  runs.push(Number(process.hrtime.bigint() - began) / 1e6);
}
runs.sort((a, b) => a - b);
const kb = Math.round(Buffer.byteLength(paged) / 1024);
console.log(
  `minutes import: ${PAGES} pages (${paged.split('\n').length.toLocaleString('en-GB')} lines, ${kb} KB, ${minutes.items.length} items, ${minutes.items.reduce((n, i) => n + i.resolutions.length, 0)} resolutions): median ${runs[5].toFixed(0)} ms, slowest ${runs[9].toFixed(0)} ms of 10`,
);

// The same amount of text as one line (as text pasted from a PDF without line breaks arrives): the
// importer's time must follow the length, not its square. A megabyte, and a quarter of it, as the
// ratio of the two shows; the API reads it in a worker thread, so other requests are not held up.
const sentence = 'The Committee received a report on anti-social behaviour and noted the figures by ward. ';
const oneLine = (bytes) => `1. ANTI-SOCIAL BEHAVIOUR\n${sentence.repeat(Math.ceil(bytes / sentence.length)).slice(0, bytes)}`;
const timed = (text) => {
  const began = process.hrtime.bigint();
  importMinutes(text);
  return Number(process.hrtime.bigint() - began) / 1e6;
};
const median = (text) => [1, 2, 3, 4, 5].map(() => timed(text)).sort((a, b) => a - b)[2];
const quarter = median(oneLine(262_144));
const whole = median(oneLine(1_048_576));
console.log(`minutes import, one line: 256 KB median ${quarter.toFixed(0)} ms, 1 MB median ${whole.toFixed(0)} ms (×${(whole / quarter).toFixed(1)} for ×4 the length; quadratic would be ×16)`);

// The same 200 pages as a PDF (headings in bold, as councils' PDFs set them), read by the PDF reader
// and imported: the whole of what the API does with an uploaded PDF, but the thread it runs in.
{
  const PDFDocument = (await import('pdfkit')).default;
  const { documentText } = await import('../dist/src/common/documents/published-document.js');
  const pdfLines = paged.split('\n');
  const pdf = await new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50 });
    const chunks = [];
    doc.on('data', (c) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    let row = 0;
    for (const line of pdfLines) {
      if (/^CHAIRMAN/.test(line) && row > 0) {
        doc.addPage();
        row = 0;
      }
      const printable = line.replace(/[\uF000-\uF8FF]/g, '•').replace(/[^\u0000-\u00ff‘’“”–—•…€]/g, '?');
      doc.font(/^\d{1,3}\. [A-Z]/.test(line) ? 'Helvetica-Bold' : 'Helvetica').fontSize(10).text(printable || ' ', 50, 40 + row * 14, { lineBreak: false });
      row++;
    }
    doc.end();
  });
  const readPdf = async () => {
    const began = process.hrtime.bigint();
    const { text, hints } = await documentText(pdf, 'pdf');
    const minutes = importMinutes(text, hints);
    return { ms: Number(process.hrtime.bigint() - began) / 1e6, minutes };
  };
  await readPdf();
  const pdfRuns = [];
  let last;
  for (let i = 0; i < 5; i++) {
    last = await readPdf();
    pdfRuns.push(last.ms);
  }
  pdfRuns.sort((a, b) => a - b);
  console.log(
    `minutes import, PDF: ${PAGES} pages (${Math.round(pdf.length / 1024)} KB, ${last.minutes.items.length} items): median ${pdfRuns[2].toFixed(0)} ms, slowest ${pdfRuns[4].toFixed(0)} ms of 5 (reading the PDF and importing it)`,
  );
}
