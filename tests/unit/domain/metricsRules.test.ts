import { describe, expect, it } from 'vitest';
import { combineProvenance, provenanceCode, yearOnYearGrowth } from '../../../src/lib/domain/metricsRules';

describe('yearOnYearGrowth', () => {
  it.each([
    [125, 100, 0.25],
    [50, 200, -0.75],
    [0, 80, -1],
    [300, 100, 2],
    [100, 100, 0],
    // Nothing the year before: undefined growth, shown as "new" (or "no data"), never infinity.
    [40, 0, null],
    [0, 0, null],
    // The first year has no previous year.
    [40, undefined, null],
  ])('sales %d after %s gives %s', (sales, previous, expected) => {
    expect(yearOnYearGrowth(sales, previous)).toBe(expected);
  });
});

describe('provenanceCode', () => {
  it.each([
    ['modeled', 1],
    ['reported', 2],
  ] as const)('%s is %i', (provenance, code) => {
    expect(provenanceCode(provenance)).toBe(code);
  });
});

describe('combineProvenance', () => {
  // 0 no value, 1 modeled, 2 reported, 3 mixed.
  it.each([
    [0, 0, 0],
    [0, 1, 1],
    [2, 0, 2],
    [1, 1, 1],
    [2, 2, 2],
    [1, 2, 3],
    [2, 1, 3],
    [3, 1, 3],
    [3, 0, 3],
  ] as const)('%i with %i gives %i', (a, b, expected) => {
    expect(combineProvenance(a, b)).toBe(expected);
  });
});
