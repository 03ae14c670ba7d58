import { describe, expect, it } from 'vitest';
import { areaTable } from '../../../../src/lib/domain/areas';
import { aggregateMetrics } from '../../../../src/lib/domain/levels';
import { compareYears, yearChange, type YearChange } from '../../../../src/lib/view/compare/yearCompare';
import { makePlacesTable } from '../../fixtures/places';
import { makeMetrics } from '../../support/metricsFixture';

const YI = 1e8;

describe('yearChange', () => {
  it.each<[number, number, YearChange]>([
    [100 * YI, 125 * YI, { kind: 'change', from: 100 * YI, to: 125 * YI, difference: 25 * YI, relativeChange: 0.25 }],
    [100 * YI, 80 * YI, { kind: 'change', from: 100 * YI, to: 80 * YI, difference: -20 * YI, relativeChange: expect.closeTo(-0.2, 12) }],
    [5 * YI, 5 * YI, { kind: 'change', from: 5 * YI, to: 5 * YI, difference: 0, relativeChange: 0 }],
    [0, 3 * YI, { kind: 'new', from: 0, to: 3 * YI, difference: 3 * YI, relativeChange: null }],
    [3 * YI, 0, { kind: 'gone', from: 3 * YI, to: 0, difference: -3 * YI, relativeChange: -1 }],
    [0, 0, { kind: 'no-belt', from: 0, to: 0, difference: 0, relativeChange: null }],
  ])('%d → %d', (from, to, expected) => {
    expect(yearChange(from, to)).toEqual(expected);
  });
});

describe('compareYears', () => {
  // Three counties over 2018–2020: one growing, one new in 2020, one gone in 2020.
  const metrics = makeMetrics({
    years: [2018, 2019, 2020],
    sales: [
      [100 * YI, 0, 2 * YI],
      [150 * YI, 0, 1 * YI],
      [160 * YI, 4 * YI, 0],
    ],
    over100YiCount: [
      [1, 0, 0],
      [2, 0, 0],
      [2, 0, 0],
    ],
  });

  it.each(['sales', 'growth'] as const)('compares sales for the %s layer', (layer) => {
    const changes = compareYears(metrics, layer, 2018, 2020);
    expect(changes.map((c) => c.kind)).toEqual(['change', 'new', 'gone']);
    expect(changes.map((c) => c.difference / YI)).toEqual([60, 4, -2]);
    expect(changes[0]!.relativeChange).toBeCloseTo(0.6, 12);
  });

  it('compares 百亿 belt counts for the spread layer', () => {
    const changes = compareYears(metrics, 'spread', 2018, 2020);
    expect(changes.map((c) => [c.kind, c.difference, c.relativeChange])).toEqual([
      ['change', 1, 1],
      ['no-belt', 0, null],
      ['no-belt', 0, null],
    ]);
  });

  it('compares backwards as readily as forwards', () => {
    expect(compareYears(metrics, 'sales', 2020, 2018).map((c) => c.kind)).toEqual(['change', 'gone', 'new']);
  });

  it('compares aggregated places: a province sums its counties before the change', () => {
    const counties = makePlacesTable();
    const sales = [0, 1].map((y) => counties.codes.map((code) => (code === '330782' ? [80, 200][y]! * YI : code === '330783' ? [0, 3][y]! * YI : 0)));
    const provinces = areaTable(counties, 'province');
    const changes = compareYears(aggregateMetrics(makeMetrics({ years: [2023, 2024], sales }), provinces), 'sales', 2023, 2024);
    expect(changes).toHaveLength(provinces.codes.length);
    expect(changes[provinces.codes.indexOf('33')]).toMatchObject({ kind: 'change', difference: 123 * YI });
    expect(changes[provinces.codes.indexOf('33')]!.relativeChange).toBeCloseTo(203 / 80 - 1, 12);
  });

  it('names a year the data does not hold', () => {
    expect(() => compareYears(metrics, 'sales', 2017, 2020)).toThrow('compareYears: no data for year 2017 (years 2018, 2019, 2020)');
  });
});
