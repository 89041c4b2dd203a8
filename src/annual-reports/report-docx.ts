import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { Block } from './report-document.js';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/** Lines of a text as one paragraph's runs, with line breaks between. */
const runs = (text: string) => text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0 }));

/** The report as a Word document: real headings, numbered lists that restart per list, the work plan as a table. */
export async function renderDocx(blocks: Block[], title: string): Promise<Buffer> {
  let instance = 0;
  const children = blocks.flatMap((b): (Paragraph | Table)[] => {
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
    }
  });
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
