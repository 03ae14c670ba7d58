import { describe, expect, it } from 'vitest';
import { regionStacks } from '../../../../src/lib/view/charts/regionStacks';

describe('regionStacks', () => {
  const rows = [
    { year: 2018, east: 6, central: 0, west: 0, northeast: 0 },
    { year: 2019, east: 8, central: 2, west: 1, northeast: 1 },
  ];
  const { max, stacks } = regionStacks(rows, 0, 120);

  it('scales to the largest yearly total', () => {
    expect(max).toBe(12);
    expect(stacks.map((s) => s.total)).toEqual([6, 12]);
  });

  it.each([
    { year: 0, region: 0, y: 60, height: 60 }, // 2018 east: half the height
    { year: 1, region: 0, y: 40, height: 80 }, // 2019 east from the baseline
    { year: 1, region: 1, y: 20, height: 20 }, // 2019 central on top of east
    { year: 1, region: 3, y: 0, height: 10 }, // 2019 northeast reaches the top
  ])('year $year, region $region', ({ year, region, y, height }) => {
    const segment = stacks[year]!.segments[region]!;
    expect(segment.y).toBeCloseTo(y);
    expect(segment.height).toBeCloseTo(height);
  });

  it('keeps a scale when no county has a 百亿 belt', () => {
    const empty = regionStacks([{ year: 2018, east: 0, central: 0, west: 0, northeast: 0 }], 0, 100);
    expect(empty.max).toBe(1);
    expect(empty.stacks[0]!.segments.every((s) => s.height === 0)).toBe(true);
  });
});
