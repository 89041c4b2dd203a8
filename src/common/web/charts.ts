import { escapeHtml } from '../http/html.js';

/** One part of a bar: what it counts, and how many. */
export interface BarPart {
  key: string;
  value: number;
}

export interface DrawnBar {
  label: string;
  total: number;
  parts: (BarPart & { x: number; width: number })[];
}

/**
 * The geometry of a stacked bar chart, one bar per row, all on one scale (the longest bar fills the
 * width): where each part starts and how wide it is. Empty parts take no room.
 */
export function stackedBars(rows: { label: string; parts: BarPart[] }[], width: number): DrawnBar[] {
  const longest = Math.max(1, ...rows.map((r) => r.parts.reduce((sum, p) => sum + p.value, 0)));
  return rows.map((row) => {
    let x = 0;
    const parts = row.parts
      .filter((p) => p.value > 0)
      .map((p) => {
        const part = { ...p, x, width: (p.value / longest) * width };
        x += part.width;
        return part;
      });
    return { label: row.label, total: row.parts.reduce((sum, p) => sum + p.value, 0), parts };
  });
}

/** What one part of every bar counts: its key, its words in a legend and in a sentence, its colour. */
export interface ChartSeries {
  key: string;
  /** In the legend: "Answered on time". */
  label: string;
  /** In a sentence of figures: "on time". */
  short: string;
  colour: string;
}

/** A chart as figures: each row's values in the order of the series. Every drawing of it (SVG, Word, a table) is made from this. */
export interface Chart {
  title: string;
  series: ChartSeries[];
  rows: { label: string; values: number[] }[];
}

/** How the authorities answered what they were asked: the GOV.UK colours for done, late, failing and waiting. */
export const ANSWER_SERIES: ChartSeries[] = [
  { key: 'onTime', label: 'Answered on time', short: 'on time', colour: '#00703c' },
  { key: 'late', label: 'Answered late', short: 'late', colour: '#f47738' },
  { key: 'overdue', label: 'Overdue', short: 'overdue', colour: '#d4351c' },
  { key: 'notYetDue', label: 'Not yet due', short: 'not yet due', colour: '#b1b4b6' },
];

/** A chart's figures in one sentence, for a reader who cannot see it: "Title: Kent Police, 1 on time, 0 late; …". */
export function chartInWords(chart: Chart): string {
  const rows = chart.rows.map((row) => `${row.label}, ${chart.series.map((s, i) => `${row.values[i] ?? 0} ${s.short}`).join(', ')}`);
  return `${chart.title}: ${rows.join('; ')}`;
}

const LABEL_WIDTH = 250;
const BAR_WIDTH = 480;
const ROW_HEIGHT = 36;

/**
 * The chart as an SVG image: one stacked bar per row with its label and total, each part titled with
 * its figure, the whole titled with the figures in words (an image with a text equivalent, WCAG 1.1.1).
 */
export function chartSvg(chart: Chart, id: string): string {
  const bars = stackedBars(
    chart.rows.map((row) => ({ label: row.label, parts: chart.series.map((s, i) => ({ key: s.key, value: row.values[i] ?? 0 })) })),
    BAR_WIDTH,
  );
  const colour = new Map(chart.series.map((s) => [s.key, s]));
  const short = (text: string) => (text.length > 30 ? `${text.slice(0, 29)}…` : text);
  const rows = bars.map((bar, n) => {
    const y = n * ROW_HEIGHT + 4;
    const parts = bar.parts.map((p) => `<rect x="${(LABEL_WIDTH + p.x).toFixed(1)}" y="${y}" width="${p.width.toFixed(1)}" height="26" fill="${colour.get(p.key)!.colour}"><title>${p.value} ${escapeHtml(colour.get(p.key)!.short)}</title></rect>`);
    return [
      `<text x="0" y="${y + 19}" class="scrutineer-chart__label" font-family="Arial, sans-serif" font-size="16">${escapeHtml(short(bar.label))}</text>`,
      ...parts,
      `<text x="${LABEL_WIDTH + BAR_WIDTH + 6}" y="${y + 19}" class="scrutineer-chart__label" font-family="Arial, sans-serif" font-size="16">${bar.total}</text>`,
    ].join('');
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="scrutineer-chart" role="img" aria-labelledby="${id}-title" viewBox="0 0 ${LABEL_WIDTH + BAR_WIDTH + 30} ${bars.length * ROW_HEIGHT + 8}" width="100%">` +
    `<title id="${id}-title">${escapeHtml(chartInWords(chart))}</title>${rows.join('')}</svg>`
  );
}

/**
 * A bar as squares of text, for a document without images (Word): one square per unit, or per
 * `unit` things when a bar would be longer than `longest` squares.
 */
export function squaresOf(chart: Chart, longest = 30): { unit: number; rows: { label: string; runs: { colour: string; squares: number }[] }[] } {
  const most = Math.max(1, ...chart.rows.map((row) => row.values.reduce((sum, v) => sum + v, 0)));
  const unit = Math.max(1, Math.ceil(most / longest));
  return {
    unit,
    rows: chart.rows.map((row) => ({
      label: row.label,
      // A part with anything in it shows at least one square: a late answer is never drawn as none.
      runs: chart.series.map((s, i) => ({ colour: s.colour, squares: row.values[i] ? Math.max(1, Math.round(row.values[i]! / unit)) : 0 })).filter((r) => r.squares > 0),
    })),
  };
}
