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
