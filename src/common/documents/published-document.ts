/**
 * Papers as councils publish them (minutes, forward plans, work programmes) — a web page (most
 * through ModernGov), a Word file, a PDF — into text with what the layout says of each line (a
 * heading, an item number), for the importers. The text is what the co-ordinator sees as the source
 * of what was imported, so it reads as the document does: a paragraph a line, a blank line between
 * paragraphs.
 */
import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

/** What a document's layout says of one of its lines. */
export interface LineHint {
  /** Set apart as a heading: a heading element, bold throughout, larger type. */
  heading?: boolean;
  /** The item number the layout gives it (a numbering cell or list). */
  number?: string;
}

export type PublishedFormat = 'text' | 'html' | 'docx' | 'pdf';

export interface DocumentText {
  text: string;
  /** By 1-based line of `text`. */
  hints: Map<number, LineHint>;
}

/** What a file is, from its first bytes (a name or a declared type can be wrong). */
export function formatOf(bytes: Uint8Array, declared: string | null): PublishedFormat | null {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1');
  if (head.startsWith('%PDF-')) return 'pdf';
  // A Word file is a zip; mammoth refuses a zip that is not one, with a clear message.
  if (head.startsWith('PK\u0003\u0004')) return 'docx';
  if (/^\s*(<!doctype html|<html|<\?xml|<body|<div|<table|<p[\s>])/i.test(head)) return 'html';
  if (head.includes('\u0000')) return null;
  return /html/i.test(declared ?? '') ? 'html' : 'text';
}

const SKIP = new Set(['script', 'style', 'head', 'noscript', 'template', 'nav', 'img', 'svg', 'button', 'form', 'select', 'iframe', 'object']);
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'tr', 'table', 'ul', 'ol', 'section', 'article', 'blockquote', 'dd', 'dt', 'dl', 'header', 'footer', 'main', 'tbody', 'thead', 'caption', 'pre', 'address', 'td', 'th', 'body', 'html']);
/** ModernGov's own links and file sizes beside each item: not the minutes. */
const SKIP_CLASSES = /\b(mgActionList|mgFileSize|mgBreadCrumbs|mgLinks)\b/;
const ITEM_NUMBER = /^\s*((?:[A-Z]{1,6} ?)?\d{1,4} ?\/ ?\d{2,4}|\d{1,3}(?:\.\d{1,2})?)\.?\s*$/;

interface Segment {
  text: string;
  bold: boolean;
}

/** A web page (or the HTML of a Word file) as text: block elements a paragraph each, headings and item numbers noted. */
export function fromHtml(html: string): DocumentText {
  const document = parseDocument(html, { decodeEntities: true });
  const lines: string[] = [];
  const hints = new Map<number, LineHint>();
  let segments: Segment[] = [];
  let heading = 0;
  let pendingNumber: string | null = null;
  /** A numbered list's number, before the item's own text (it does not make a bold item any less bold). */
  let prefix = '';

  const flush = () => {
    const text = segments.map((s) => s.text).join('').replace(/[ \t\u00a0]+/g, ' ').trim();
    const visible = segments.filter((s) => s.text.trim());
    const bold = visible.length > 0 && visible.every((s) => s.bold);
    segments = [];
    const numbered = prefix;
    prefix = '';
    if (!text) return;
    const hint: LineHint = {};
    let line = numbered + text;
    if (pendingNumber) {
      hint.number = pendingNumber;
      hint.heading = true;
      line = `${pendingNumber}. ${text}`;
      pendingNumber = null;
    }
    if (heading > 0 || (bold && text.length <= 200)) hint.heading = true;
    lines.push(line);
    if (hint.heading || hint.number) hints.set(lines.length, hint);
  };
  const paragraph = () => {
    flush();
    if (lines.length && lines[lines.length - 1] !== '') lines.push('');
  };

  const walk = (nodes: ChildNode[], bold: boolean, nested: number) => {
    for (const node of nodes) {
      if (node.type === 'text') {
        segments.push({ text: (node as unknown as { data: string }).data.replace(/\s+/g, ' '), bold });
        continue;
      }
      if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
      const element = node as Element;
      const name = element.name.toLowerCase();
      if (SKIP.has(name) || SKIP_CLASSES.test(element.attribs.class ?? '')) continue;
      if (name === 'br') {
        flush();
        continue;
      }
      const isHeading = /^h[1-6]$/.test(name) || /\bmgAiTitleTxt\b/.test(element.attribs.class ?? '');
      const strong = bold || name === 'b' || name === 'strong';
      if (name === 'tr') {
        paragraph();
        const cells = element.children.filter((c): c is Element => c.type === 'tag' && (c.name === 'td' || c.name === 'th'));
        const first = cells[0];
        const numberCell = first && (/\bmgItemNumberCell\b/.test(first.attribs.class ?? '') || (nested === 0 && cells.length >= 2 && ITEM_NUMBER.test(textOf(first))));
        if (numberCell && ITEM_NUMBER.test(textOf(first))) {
          pendingNumber = ITEM_NUMBER.exec(textOf(first))![1].replace(/\s+/g, ' ');
          walk(cells.slice(1), strong, nested + 1);
          pendingNumber = null;
        } else if (cells.length >= 2 && cells.every((c) => textOf(c).length <= 300)) {
          // A row of short cells (a work programme, a decision table) is a line, its cells between bars.
          const line = cells.map((c) => textOf(c).replace(/\s+/g, ' ').trim()).join(' | ');
          if (line.replace(/[|\s]/g, '')) segments.push({ text: line, bold: cells.every((c) => c.name === 'th' || isBold(c)) });
          flush();
        } else walk(element.children, strong, nested + 1);
        paragraph();
        continue;
      }
      if (name === 'ol') {
        paragraph();
        let n = Number(element.attribs.start ?? 1) || 1;
        for (const child of element.children) {
          if (child.type === 'tag' && (child as Element).name === 'li') {
            flush();
            prefix = `${n}. `;
            n++;
            walk((child as Element).children, strong, nested);
            paragraph();
          }
        }
        continue;
      }
      const block = BLOCK.has(name);
      if (block) flush();
      if (isHeading) heading++;
      walk(element.children, strong, name === 'td' || name === 'th' ? nested : nested);
      if (isHeading) heading--;
      if (block) paragraph();
    }
  };
  walk(document.children, false, 0);
  flush();
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return { text: lines.join('\n'), hints };
}

/** A cell whose every piece of text is in bold (a header row set in bold). */
function isBold(node: ChildNode, inside = false): boolean {
  if (node.type === 'text') return inside || !(node as unknown as { data: string }).data.trim();
  if (!('children' in node)) return true;
  const element = node as Element;
  const bold = inside || element.name === 'b' || element.name === 'strong';
  return (element.children as ChildNode[]).every((c) => isBold(c, bold));
}

function textOf(node: ChildNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if ('children' in node) return (node.children as ChildNode[]).map(textOf).join('');
  return '';
}

/** A Word file: mammoth keeps its headings, lists and bold as HTML, read as a web page is. */
export async function fromDocx(bytes: Uint8Array): Promise<DocumentText> {
  const mammoth = (await import('mammoth')).default;
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return fromHtml(value);
}

interface PdfItem {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
  hasEOL?: boolean;
}

/**
 * A PDF: its text in reading order, a line per printed line, a blank line where the page leaves more
 * space than a line's; lines wholly in bold, or in larger type than the body, are marked as headings.
 */
export async function fromPdf(bytes: Uint8Array): Promise<DocumentText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const loading = pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false });
  const pdf = await loading.promise;
  const printed: { text: string; size: number; bold: boolean; gapAbove: number }[] = [];
  try {
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p);
      const content = await page.getTextContent();
      // Font names ("ABCDEF+Arial-BoldMT") are known once the page's operators are read.
      await page.getOperatorList();
      const boldFonts = new Set<string>();
      for (const name of new Set((content.items as PdfItem[]).map((i) => i.fontName))) {
        try {
          const font = page.commonObjs.get(name) as { name?: string; bold?: boolean; black?: boolean } | undefined;
          if (font && (font.bold || font.black || /bold|black|heavy|semibold|demi/i.test(font.name ?? ''))) boldFonts.add(name);
        } catch {
          // A font not yet resolved is taken as regular.
        }
      }
      const rows: { y: number; items: PdfItem[] }[] = [];
      for (const item of content.items as PdfItem[]) {
        if (!('str' in item) || !item.str) continue;
        const y = item.transform[5];
        const row = rows.find((r) => Math.abs(r.y - y) <= Math.max(2, Math.hypot(item.transform[2], item.transform[3]) * 0.3));
        if (row) row.items.push(item);
        else rows.push({ y, items: [item] });
      }
      rows.sort((a, b) => b.y - a.y);
      // The page's left edge of text: a row starting well right of it is indented, or its first cells are empty.
      const left = Math.min(...rows.flatMap((r) => r.items.filter((i) => i.str.trim()).map((i) => i.transform[4])));
      let previousY: number | null = null;
      for (const row of rows) {
        row.items.sort((a, b) => a.transform[4] - b.transform[4]);
        const first = row.items.find((i) => i.str.trim());
        let text = first && first.transform[4] - left > Math.hypot(first.transform[2], first.transform[3]) * 3 ? '\t' : '';
        let end: number | null = null;
        for (const item of row.items) {
          const size = Math.hypot(item.transform[2], item.transform[3]) || 10;
          // A wide gap — or the reader's own wide space across one — is a column's edge (a table, a tab):
          // kept as a tab, which the importers read as a cell's end.
          if (!item.str.trim() && item.width > size * 1.5) {
            text = `${text.trimEnd()}\t`;
            end = item.transform[4] + item.width;
            continue;
          }
          if (end !== null && item.transform[4] - end > size * 1.5) text = `${text.trimEnd()}\t`;
          else if (end !== null && item.transform[4] - end > size * 0.15 && !text.endsWith(' ') && !item.str.startsWith(' ')) text += ' ';
          text += item.str;
          end = item.transform[4] + item.width;
        }
        const visible = row.items.filter((i) => i.str.trim());
        if (!visible.length) continue;
        const size = Math.max(...visible.map((i) => Math.hypot(i.transform[2], i.transform[3]) || 10));
        const bold = visible.every((i) => boldFonts.has(i.fontName));
        const gapAbove = previousY === null ? 0 : (previousY - row.y) / size;
        printed.push({ text: text.replace(/\s+$/, ''), size, bold, gapAbove });
        previousY = row.y;
      }
      page.cleanup();
    }
  } finally {
    await loading.destroy();
  }
  // The body's size: the size of most of the text.
  const bySize = new Map<number, number>();
  for (const l of printed) bySize.set(Math.round(l.size), (bySize.get(Math.round(l.size)) ?? 0) + l.text.length);
  const body = [...bySize].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
  const lines: string[] = [];
  const hints = new Map<number, LineHint>();
  for (const l of printed) {
    if (l.gapAbove > 1.75 && lines.length && lines[lines.length - 1] !== '') lines.push('');
    lines.push(l.text);
    if ((l.bold || l.size >= body * 1.15) && l.text.trim().length <= 200) hints.set(lines.length, { heading: true });
  }
  return { text: lines.join('\n'), hints };
}

/** Any published form into text and hints. */
export async function documentText(bytes: Uint8Array, format: PublishedFormat): Promise<DocumentText> {
  switch (format) {
    case 'pdf':
      return fromPdf(bytes);
    case 'docx':
      return fromDocx(bytes);
    case 'html':
      return fromHtml(Buffer.from(bytes).toString('utf8'));
    default:
      return { text: Buffer.from(bytes).toString('utf8'), hints: new Map() };
  }
}
