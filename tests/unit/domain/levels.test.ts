import { describe, expect, it } from 'vitest';
import type { CountyTableFile } from '../../../src/lib/domain/contract';
import { areaTable, PLACE_LEVELS, type PlaceLevel } from '../../../src/lib/domain/areas';
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

const CODE_LENGTH: Record<PlaceLevel, number> = { county: 6, prefecture: 4, province: 2 };

/** Sum of a per-county column over the counties whose code starts with the area code: independent of areaTable. */
function sumOver(areaCode: string, values: ArrayLike<number>): number {
  return counties.codes.reduce((sum, code, c) => (code.startsWith(areaCode) ? sum + values[c]! : sum), 0);
}

describe('areaTable', () => {
  it.each(PLACE_LEVELS)('%s level: every county maps to the area whose code prefixes its own', (level) => {
    const areas = areaTable(counties, level);
    expect(areas.countyToArea).toHaveLength(counties.codes.length);
    counties.codes.forEach((code, c) => {
      expect(areas.codes[areas.countyToArea[c]!]).toBe(code.slice(0, CODE_LENGTH[level]));
    });
    expect([...areas.codes].sort()).toEqual(areas.codes);
  });

  it.each([
    ['county', '220104', { zh: '朝阳区', en: 'Chaoyang' }, { zh: '长春市 · 吉林省', en: 'Changchun, Jilin' }],
    ['county', '110105', { zh: '朝阳区', en: 'Chaoyang' }, { zh: '北京市', en: 'Beijing' }],
    ['prefecture', '3307', { zh: '金华市', en: 'Jinhua' }, { zh: '浙江省', en: 'Zhejiang' }],
    ['prefecture', '6101', { zh: '西安市', en: "Xi'an" }, { zh: '陕西省', en: 'Shaanxi' }],
    ['province', '62', { zh: '甘肃省', en: 'Gansu' }, { zh: '', en: '' }],
  ] as const)('%s %s is named %j in context %j', (level, code, name, context) => {
    const areas = areaTable(counties, level);
    const a = areas.codes.indexOf(code);
    expect(areas.names[a]).toEqual(name);
    expect(areas.contexts[a]).toEqual(context);
  });

  it('gives each area its province and region for filters', () => {
    const areas = areaTable(counties, 'prefecture');
    const jinhua = areas.codes.indexOf('3307');
    expect([areas.provinces[jinhua], areas.regions[jinhua]]).toEqual(['33', 'east']);
    const changchun = areas.codes.indexOf('2201');
    expect([areas.provinces[changchun], areas.regions[changchun]]).toEqual(['22', 'northeast']);
  });

  const breakages: [PlaceLevel, (table: CountyTableFile) => void, RegExp][] = [
    ['prefecture', (t) => (t.prefectures[0] = '1199'), /county 110105 is in prefecture "1199"/],
    ['province', (t) => (t.provinces[0] = '99'), /county 110105 is in province "99"/],
    ['prefecture', (t) => (t.prefectureTable[0]!.province = '98'), /prefecture 1101 names province 98/],
  ];
  it.each(breakages)('names the county or record a %s table cannot place', (level, breakTable, message) => {
    const table = makePlacesTable();
    breakTable(table);
    expect(() => areaTable(table, level)).toThrow(message);
  });
});

describe('aggregateMetrics', () => {
  it('leaves county metrics as they are at the county level', () => {
    expect(aggregateMetrics(metrics, areaTable(counties, 'county'))).toBe(metrics);
  });

  it.each(['prefecture', 'province'] as const)('%s totals equal the sums of their counties, every year', (level) => {
    const areas = areaTable(counties, level);
    const aggregated = aggregateMetrics(metrics, areas);
    YEARS.forEach((_, y) => {
      areas.codes.forEach((code, a) => {
        expect(aggregated.sales[y]![a]).toBeCloseTo(sumOver(code, metrics.sales[y]!), 0);
        expect(aggregated.beltCount[y]![a]).toBe(sumOver(code, metrics.beltCount[y]!));
        expect(aggregated.over100YiCount[y]![a]).toBe(sumOver(code, metrics.over100YiCount[y]!));
      });
      const nationalSales = metrics.sales[y]!.reduce((sum, s) => sum + s, 0);
      expect(aggregated.sales[y]!.reduce((sum, s) => sum + s, 0)).toBeCloseTo(nationalSales, 0);
    });
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
      expect([aggregated.sales[y]![gansu], aggregated.beltCount[y]![gansu], aggregated.over100YiCount[y]![gansu]]).toEqual([0, 0, 0]);
      expect(aggregated.provenance[y]![gansu]).toBe(0);
    });
    expect(aggregated.firstYearOver100Yi[gansu]).toBeNull();
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
    expect(aggregated.firstYearOver100Yi[provinces.codes.indexOf('33')]).toBe(2022);
    expect(metrics.firstYearOver100Yi[countyIndexOf('330782')]).toBe(2023);
  });

  it('refuses metrics whose county count differs from the table', () => {
    const short = makeMetrics({ years: [2024], sales: [[1, 2]] });
    expect(() => aggregateMetrics(short, areaTable(counties, 'province'))).toThrow(/hold 2 counties, the province table maps 17/);
  });
});
