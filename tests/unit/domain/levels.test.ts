import { describe, expect, it } from 'vitest';
import { areaTable } from '../../../src/lib/domain/areas';
import { aggregateMetrics } from '../../../src/lib/domain/levels';
import { countyIndexOf, makePlacesTable } from '../fixtures/places';
import { makeMetrics } from '../support/metricsFixture';

const YI = 1e8;
const counties = makePlacesTable();
const YEARS = [2022, 2023, 2024];

/** Sales per [year][county]: 义乌 and 上城 (浙江) grow at very different rates; 东莞 is new in 2023; 甘肃 never has a belt. */
function salesOf(code: string): number[] {
  const byCode: Record<string, number[]> = {
    '330782': [80 * YI, 200 * YI, 210 * YI],
    '330102': [1000 * YI, 1000 * YI, 900 * YI],
    '330783': [0, 3 * YI, 6 * YI],
    '441900': [0, 50 * YI, 80 * YI],
    '110105': [20 * YI, 25 * YI, 30 * YI],
    '220104': [1.5 * YI, 0, 2 * YI],
  };
  return byCode[code] ?? [0, 0, 0];
}
const sales = YEARS.map((_, y) => counties.codes.map((code) => salesOf(code)[y]!));
const over100YiCount = sales.map((row) => row.map((s) => (s >= 100 * YI ? 1 : 0)));
const firstYearOver100Yi = counties.codes.map((_, c) => {
  const y = over100YiCount.findIndex((row) => row[c]! > 0);
  return y < 0 ? null : YEARS[y]!;
});
// 义乌 is reported in 2024, the other counties with belts modeled.
const provenance = sales.map((row, y) =>
  row.map((s, c) => (s <= 0 ? 0 : y === 2 && counties.codes[c] === '330782' ? 2 : 1)),
) as (0 | 1 | 2 | 3)[][];
const metrics = makeMetrics({ years: YEARS, sales, over100YiCount, firstYearOver100Yi, provenance });

describe('aggregateMetrics', () => {
  it('leaves county metrics as they are at the county level', () => {
    expect(aggregateMetrics(metrics, areaTable(counties, 'county'))).toBe(metrics);
  });

  it.each([
    // Sales in 亿元 over 2022–2024, belts and 百亿 belts (a county has one belt while it has sales, a 百亿 one from 100 亿).
    ['province', '33', [1080, 1203, 1116], [2, 3, 3], [1, 2, 2]],
    ['province', '44', [0, 50, 80], [0, 1, 1], [0, 0, 0]],
    ['province', '22', [1.5, 0, 2], [1, 0, 1], [0, 0, 0]],
    ['prefecture', '3307', [80, 203, 216], [1, 2, 2], [0, 1, 1]],
    ['prefecture', '3301', [1000, 1000, 900], [1, 1, 1], [1, 1, 1]],
    ['prefecture', '1101', [20, 25, 30], [1, 1, 1], [0, 0, 0]],
  ] as const)('%s %s sums its counties: sales %j 亿元, belts %j, 百亿 belts %j', (level, code, salesYi, belts, over100Yi) => {
    const areas = areaTable(counties, level);
    const a = areas.codes.indexOf(code);
    const aggregated = aggregateMetrics(metrics, areas);
    expect(aggregated.values.map((perArea) => perArea[a]! / YI)).toEqual(salesYi);
    expect(aggregated.beltCount!.map((perArea) => perArea[a])).toEqual(belts);
    expect(aggregated.over100YiCount!.map((perArea) => perArea[a])).toEqual(over100Yi);
  });

  it.each(['prefecture', 'province'] as const)('%s totals add up to the national total: 1101.5, 1278 and 1228 亿元', (level) => {
    const aggregated = aggregateMetrics(metrics, areaTable(counties, level));
    expect(aggregated.values.map((perArea) => perArea.reduce((sum, s) => sum + s, 0) / YI)).toEqual([1101.5, 1278, 1228]);
  });

  it('recomputes growth from the summed sales instead of averaging county growth', () => {
    const provinces = areaTable(counties, 'province');
    const zhejiang = provinces.codes.indexOf('33');
    const aggregated = aggregateMetrics(metrics, provinces);
    // 2023: 义乌 +150 %, 上城 0 %, 东阳 new (a county mean would be +75 %); the province grows from 1080 to 1203 亿元.
    expect(aggregated.growth[1]![zhejiang]).toBeCloseTo(1203 / 1080 - 1, 12);
    expect(aggregated.growth[2]![zhejiang]).toBeCloseTo((210 + 900 + 6) / 1203 - 1, 12);
  });

  it.each([
    ['first year', 'province', '33', 0],
    ['previous sum 0 (广东 new in 2023)', 'province', '44', 1],
    ['never a belt (甘肃)', 'province', '62', 2],
    ['previous sum 0 (长春 in 2024)', 'prefecture', '2201', 2],
  ] as const)('growth is null where there is nothing to grow from: %s', (_, level, code, y) => {
    const areas = areaTable(counties, level);
    expect(aggregateMetrics(metrics, areas).growth[y]![areas.codes.indexOf(code)]).toBeNull();
  });

  it('gives a province without belts zero sales and counts, no provenance and no 百亿 year', () => {
    const provinces = areaTable(counties, 'province');
    const gansu = provinces.codes.indexOf('62');
    const aggregated = aggregateMetrics(metrics, provinces);
    YEARS.forEach((_, y) => {
      expect([aggregated.values[y]![gansu], aggregated.beltCount![y]![gansu], aggregated.over100YiCount![y]![gansu]]).toEqual([0, 0, 0]);
      expect(aggregated.provenance[y]![gansu]).toBe(0);
    });
    expect(aggregated.spreadFirstYear[gansu]).toBeNull();
  });

  it.each([
    // 2024: 义乌 reported + 上城, 东阳 modeled → mixed; 2023 all modeled.
    ['province', '33', 2, 3],
    ['province', '33', 1, 1],
    // 金华 2024: 义乌 reported, 东阳 modeled → mixed; 杭州 2024: modeled only.
    ['prefecture', '3307', 2, 3],
    ['prefecture', '3301', 2, 1],
    // 长春 2023: its only county has no value.
    ['prefecture', '2201', 1, 0],
  ] as const)('%s %s in year %i has provenance code %i', (level, code, y, expected) => {
    const areas = areaTable(counties, level);
    expect(aggregateMetrics(metrics, areas).provenance[y]![areas.codes.indexOf(code)]).toBe(expected);
  });

  it('dates an area first 百亿 year by its earliest county', () => {
    const provinces = areaTable(counties, 'province');
    const aggregated = aggregateMetrics(metrics, provinces);
    // 上城 crosses 100 亿 in 2022, 义乌 in 2023: 浙江 from 2022.
    expect(aggregated.spreadFirstYear[provinces.codes.indexOf('33')]).toBe(2022);
    expect(metrics.spreadFirstYear[countyIndexOf('330782')]).toBe(2023);
  });

  it('refuses metrics whose county count differs from the table', () => {
    const short = makeMetrics({ years: [2024], sales: [[1, 2]] });
    expect(() => aggregateMetrics(short, areaTable(counties, 'province'))).toThrow(/hold 2 counties, the province table maps 17/);
  });
});
