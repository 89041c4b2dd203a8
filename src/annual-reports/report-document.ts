import { escapeHtml } from '../common/http/html.js';
import { type Chart, chartSvg } from '../common/web/charts.js';
import { scaledTo } from '../councils/logo.rules.js';

/** A report as blocks, so one compilation gives Markdown, HTML and DOCX that say the same thing. */
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; style: 'bullet' | 'decimal' | 'roman'; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] }
  /** A picture of figures: drawn as an image where the format has them, always with the figures beside it. */
  | { kind: 'chart'; id: string; chart: Chart };

/** The figures a chart is drawn from, as a table: one row per bar, one column per series, and the total. */
export function chartFigures(chart: Chart): { header: string[]; rows: string[][] } {
  return {
    header: ['', ...chart.series.map((s) => s.label), 'Total'],
    rows: chart.rows.map((row) => [row.label, ...chart.series.map((_, i) => String(row.values[i] ?? 0)), String(row.values.reduce((sum, v) => sum + v, 0))]),
  };
}

/** (i), (ii), (iii)… as seed 001 numbers the amendments. */
export function roman(n: number): string {
  const numerals: [number, string][] = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, numeral] of numerals) while (n >= value) (out += numeral), (n -= value);
  return out;
}

const markdownText = (text: string) => text.replace(/([\\`*_[\]#|<>])/g, '\\$1').replace(/\n/g, '  \n');

const markdownTable = (header: string[], rows: string[][]) =>
  [header, header.map(() => '---'), ...rows].map((row) => `| ${row.map((cell) => markdownText(cell).replace(/ {2}\n/g, '<br>')).join(' | ')} |`).join('\n');

export function renderMarkdown(blocks: Block[], logo: ReportLogo | null = null): string {
  const heading = logo ? `![${markdownText(logo.alt).replace(/[[\]]/g, '\\$&')}](<${logo.url}>)\n\n` : '';
  return `${heading}${blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return `${'#'.repeat(b.level)} ${markdownText(b.text)}`;
        case 'paragraph':
          return markdownText(b.text);
        case 'list':
          return b.items.map((item, i) => `${b.style === 'bullet' ? '-' : b.style === 'roman' ? `- (${roman(i + 1)})` : `${i + 1}.`} ${markdownText(item)}`).join('\n');
        case 'table':
          return markdownTable(b.header, b.rows);
        case 'chart': {
          const figures = chartFigures(b.chart);
          return `${markdownText(b.chart.title)}\n\n${markdownTable(figures.header, figures.rows)}`;
        }
      }
    })
    .join('\n\n')}\n`;
}

const htmlText = (text: string) => escapeHtml(text).replace(/\n/g, '<br>');

const htmlTable = (header: string[], rows: string[][]) =>
  `<table><thead><tr>${header.map((h) => `<th scope="col">${htmlText(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.map((cell) => `<td>${htmlText(cell)}</td>`).join('')}</tr>`)
    .join('')}</tbody></table>`;

/** The report's body as HTML, to stand alone (renderHtml) or inside a page of the public record. */
export function renderHtmlBody(blocks: Block[]): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return `<h${b.level}>${htmlText(b.text)}</h${b.level}>`;
        case 'paragraph':
          return `<p>${htmlText(b.text)}</p>`;
        case 'list':
          return b.style === 'bullet'
            ? `<ul>${b.items.map((i) => `<li>${htmlText(i)}</li>`).join('')}</ul>`
            : `<ol type="${b.style === 'roman' ? 'i' : '1'}">${b.items.map((i) => `<li>${htmlText(i)}</li>`).join('')}</ol>`;
        case 'table':
          return htmlTable(b.header, b.rows);
        case 'chart': {
          const figures = chartFigures(b.chart);
          const legend = b.chart.series.map((s) => `<li><span style="color:${s.colour}" aria-hidden="true">■</span> ${htmlText(s.label)}</li>`).join('');
          return `<figure><figcaption><strong>${htmlText(b.chart.title)}</strong></figcaption><ul class="legend">${legend}</ul>${chartSvg(b.chart, b.id)}<details><summary>The figures</summary>${htmlTable(figures.header, figures.rows)}</details></figure>`;
        }
      }
    })
    .join('\n');
}

/** A council's logo as a report carries it: the image itself (the report stands alone), its name as its text. */
export interface ReportLogo {
  mediaType: string;
  bytes: Buffer;
  width: number;
  height: number;
  alt: string;
  /** Where it is served, for the Markdown (which carries no image of its own). */
  url: string;
}

/** A report's logo is this tall on its first page (never enlarged). */
const LOGO_HEIGHT = 80;

export function renderHtml(blocks: Block[], title: string, logo: ReportLogo | null = null): string {
  const size = logo && scaledTo(logo, LOGO_HEIGHT);
  const heading = logo ? `<p><img src="data:${logo.mediaType};base64,${logo.bytes.toString('base64')}" alt="${escapeHtml(logo.alt)}" width="${size!.width}" height="${size!.height}"></p>\n` : '';
  const body = heading + renderHtmlBody(blocks);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;line-height:1.5}table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.4rem;vertical-align:top;text-align:left}figure{margin:1rem 0}ul.legend{list-style:none;padding:0}ul.legend li{display:inline-block;margin-right:1.5em}svg{max-width:760px;display:block}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
