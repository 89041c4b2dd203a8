import { describe, expect, it } from '@jest/globals';
import { ANSWER_SERIES, type Chart, chartInWords, chartSvg, squaresOf, stackedBars } from './charts.js';

describe('a stacked bar chart', () => {
  it('puts every bar on the scale of the longest, parts side by side, empty parts left out', () => {
    const bars = stackedBars(
      [
        { label: 'Kent Police', parts: [{ key: 'onTime', value: 2 }, { key: 'late', value: 0 }, { key: 'overdue', value: 2 }] },
        { label: 'KCC', parts: [{ key: 'onTime', value: 1 }, { key: 'late', value: 1 }, { key: 'overdue', value: 0 }] },
      ],
      400,
    );
    expect(bars[0]).toEqual({ label: 'Kent Police', total: 4, parts: [{ key: 'onTime', value: 2, x: 0, width: 200 }, { key: 'overdue', value: 2, x: 200, width: 200 }] });
    expect(bars[1]!.parts).toEqual([{ key: 'onTime', value: 1, x: 0, width: 100 }, { key: 'late', value: 1, x: 100, width: 100 }]);
  });

  it('draws nothing for a row with nothing, and does not divide by zero', () => {
    expect(stackedBars([{ label: 'Fire', parts: [{ key: 'onTime', value: 0 }] }], 400)).toEqual([{ label: 'Fire', total: 0, parts: [] }]);
  });
});

describe('a chart drawn from its figures', () => {
  const chart: Chart = {
    title: 'Answers by authority',
    series: ANSWER_SERIES,
    rows: [
      { label: 'Kent Police <HQ>', values: [2, 1, 0, 0] },
      { label: 'Kent Fire and Rescue Service', values: [0, 0, 1, 0] },
    ],
  };

  it('says its figures in words, for a reader who cannot see it', () => {
    expect(chartInWords(chart)).toBe('Answers by authority: Kent Police <HQ>, 2 on time, 1 late, 0 overdue, 0 not yet due; Kent Fire and Rescue Service, 0 on time, 0 late, 1 overdue, 0 not yet due');
  });

  it('draws an SVG titled with those words, a rect per part that has anything, and escapes every label', () => {
    const svg = chartSvg(chart, 'answers');
    expect(svg).toContain('<title id="answers-title">Answers by authority: Kent Police &#60;HQ&#62;, 2 on time');
    expect(svg.match(/<rect /g)).toHaveLength(3);
    expect(svg).toContain('<title>1 overdue</title>');
    expect(svg).not.toContain('<HQ>');
  });

  it('gives a bar as squares, one per thing, or one per several when the longest would not fit, never rounding a part away', () => {
    expect(squaresOf(chart).rows[0]).toEqual({ label: 'Kent Police <HQ>', runs: [{ colour: '#00703c', squares: 2 }, { colour: '#f47738', squares: 1 }] });
    const big = squaresOf({ ...chart, rows: [{ label: 'Police', values: [100, 1, 0, 19] }] }, 30);
    expect(big.unit).toBe(4);
    expect(big.rows[0]!.runs.map((r) => r.squares)).toEqual([25, 1, 5]);
  });
});
