import { AlignmentType, Document, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { scaledTo } from '../councils/logo.rules.js';
import { squaresOf } from '../common/web/charts.js';
import { type Block, chartFigures, type ReportLogo } from './report-document.js';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Lines of a text as one paragraph's runs, with line breaks between. */
const runs = (text: string) => text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 }));

/** Word's colours are hex without the hash. */
const hex = (colour: string) => colour.replace(/^#/, '');

const cell = (children: Paragraph[], widthPercent: number) => new TableCell({ width: { size: widthPercent, type: WidthType.PERCENTAGE }, children });

/**
 * A chart in Word without an image: its title, a legend, and a table whose middle column draws each
 * bar as coloured squares (one per thing, or per several, as the note says), with the figures beside
 * it in words, so that it reads aloud and prints in black and white.
 */
function chartParagraphs(b: Extract<Block, { kind: 'chart' }>): (Paragraph | Table)[] {
  const { chart } = b;
  const drawn = squaresOf(chart);
  const figures = chartFigures(chart);
  return [
    new Paragraph({ children: [new TextRun({ text: chart.title, bold: true })] }),
    new Paragraph({ children: chart.series.flatMap((s, i) => [new TextRun({ text: `${i ? '    ' : ''}■ `, color: hex(s.colour) }), new TextRun({ text: s.label })]) }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: drawn.rows.map(
        (row, n) =>
          new TableRow({
            children: [
              cell([new Paragraph({ children: [new TextRun({ text: row.label })] })], 30),
              cell([new Paragraph({ children: row.runs.length ? row.runs.map((r) => new TextRun({ text: '■'.repeat(r.squares), color: hex(r.colour) })) : [new TextRun({ text: '—' })] })], 40),
              cell([new Paragraph({ children: [new TextRun({ text: chart.series.map((s, i) => `${figures.rows[n]![i + 1]} ${s.short}`).join(', ') })] })], 30),
            ],
          }),
      ),
    }),
    ...(drawn.unit > 1 ? [new Paragraph({ children: [new TextRun({ text: `Each square stands for about ${drawn.unit}.`, italics: true })] })] : []),
  ];
}

/** The report as a Word document: real headings, numbered lists that restart per list, the work plan as a table. */
export async function renderDocx(blocks: Block[], title: string, logo: ReportLogo | null = null): Promise<Buffer> {
  let instance = 0;
  // The council's logo heads the first page, its name as its alternative text.
  const heading: (Paragraph | Table)[] = logo
    ? [new Paragraph({ children: [new ImageRun({ type: logo.mediaType === 'image/png' ? 'png' : 'jpg', data: logo.bytes, transformation: scaledTo(logo, 80), altText: { name: 'Logo', description: logo.alt, title: logo.alt } })] })]
    : [];
  const children = heading.concat(blocks.flatMap((b): (Paragraph | Table)[] => {
    switch (b.kind) {
      case 'heading':
        return [new Paragraph({ heading: HEADINGS[b.level], children: runs(b.text) })];
      case 'paragraph':
        return [new Paragraph({ children: runs(b.text) })];
      case 'list': {
        instance++;
        return b.items.map((item) =>
          b.style === 'bullet'
            ? new Paragraph({ bullet: { level: 0 }, children: runs(item) })
            : new Paragraph({ numbering: { reference: b.style, level: 0, instance }, children: runs(item) }),
        );
      }
      case 'table':
        return [
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [
              new TableRow({ tableHeader: true, children: b.header.map((h) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: h, bold: true })] })] })) }),
              ...b.rows.map((row) => new TableRow({ children: row.map((cell) => new TableCell({ children: [new Paragraph({ children: runs(cell) })] })) })),
            ],
          }),
        ];
      case 'chart':
        return chartParagraphs(b);
    }
  }));
  const document = new Document({
    title,
    creator: 'Scrutineer',
    numbering: {
      config: [
        { reference: 'decimal', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] },
        { reference: 'roman', levels: [{ level: 0, format: LevelFormat.LOWER_ROMAN, text: '(%1)', alignment: AlignmentType.START }] },
      ],
    },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
