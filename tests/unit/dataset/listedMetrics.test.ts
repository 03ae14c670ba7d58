import { describe, expect, it } from 'vitest';
import { buildListedMetrics } from '../../../src/lib/dataset/listedMetrics';
import type { ProvenanceCode } from '../../../src/lib/domain/contract';

// Three counties: east at (120, 30), west at (100, 30), and one in Hong Kong (never counted by region).
const counties = {
  labelPoints: [[120, 30], [100, 30], [114, 22]] as [number, number][],
  regions: ['east', 'west', 'hmt'] as ('east' | 'west' | 'hmt')[],
};

function metrics(values: number[][], provenance: ProvenanceCode[][], spreadThreshold = 1) {
  return buildListedMetrics({
    counties,
    years: [2020, 2021, 2022],
    values,
    provenance,
    towns: [null, null, null],
    spreadThreshold,
    measureId: 'm',
    generatedBy: 'test',
  });
}

describe('buildListedMetrics', () => {
  const reported: ProvenanceCode[][] = [[2, 2, 0], [2, 2, 0], [2, 2, 0]];
  const result = metrics([[2, 0, 0], [3, 1, 0], [3, 4, 0]], reported);

  it('growth: a fraction after a value, "new" in the first year at the threshold, none in the first year', () => {
    expect(result.growth).toEqual([[null, null, null], [0.5, 'new', null], [0, 3, null]]);
  });

  it('first year at the threshold, centres weighted by value, counties by region', () => {
    expect(result.firstYear).toEqual([2020, 2021, null]);
    expect(result.centres).toEqual([
      { year: 2020, lng: 120, lat: 30, weight: 2 },
      { year: 2021, lng: 115, lat: 30, weight: 4 },
      { year: 2022, lng: 108.5714, lat: 30, weight: 7 },
    ]);
    expect(result.countiesByRegion.map((r) => [r.year, r.east, r.west, r.central, r.northeast])).toEqual([
      [2020, 1, 0, 0, 0], [2021, 1, 1, 0, 0], [2022, 1, 1, 0, 0],
    ]);
    expect(result.newCountiesByRegion.map((r) => [r.east, r.west])).toEqual([[1, 0], [0, 1], [0, 0]]);
  });

  it('a missing value (provenance 0) has no growth on either side, never "new" nor -100 %', () => {
    const gaps = metrics([[2, 0, 0], [0, 0, 0], [3, 5, 0]], [[2, 0, 0], [0, 2, 0], [2, 2, 0]]);
    expect(gaps.growth).toEqual([[null, null, null], [null, null, null], [null, 'new', null]]);
  });

  it('the spread threshold decides the first year and the region counts', () => {
    const high = metrics([[2, 0, 0], [3, 1, 0], [3, 4, 0]], reported, 3);
    expect(high.firstYear).toEqual([2021, 2022, null]);
    expect(high.growth[1]).toEqual([0.5, null, null]);
  });
});
