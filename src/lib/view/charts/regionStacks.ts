/** The spread chart's bars: counties over the spread threshold (a 百亿 belt, a Taobao village) per year, stacked by region, in SVG units. */
import { MAINLAND_REGIONS, type MainlandRegionId, type RegionCounts } from '../../domain/contract';

export interface StackSegment {
  region: MainlandRegionId;
  count: number;
  y: number;
  height: number;
}

export interface RegionStack {
  year: number;
  total: number;
  segments: StackSegment[];
}

/**
 * One stacked bar per year, regions in MAINLAND_REGIONS order from the bottom; heights scale
 * from 0 at `baseline` to the largest yearly total at `top` (y grows downwards).
 */
export function regionStacks(rows: readonly ({ year: number } & RegionCounts)[], top: number, baseline: number): { max: number; stacks: RegionStack[] } {
  const totals = rows.map((row) => MAINLAND_REGIONS.reduce((sum, region) => sum + row[region], 0));
  const max = Math.max(1, ...totals);
  const yOf = (count: number) => baseline - ((baseline - top) * count) / max;
  const stacks = rows.map((row, i) => {
    let below = 0;
    const segments = MAINLAND_REGIONS.map((region) => {
      const count = row[region];
      const segment = { region, count, y: yOf(below + count), height: yOf(below) - yOf(below + count) };
      below += count;
      return segment;
    });
    return { year: row.year, total: totals[i] ?? 0, segments };
  });
  return { max, stacks };
}
