import { describe, expect, it } from '@jest/globals';
import { stackedBars } from './charts.js';

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
