/**
 * Levels over the committed dataset (geodata/index/, the illustrative belt model). The expected
 * values were read once from metrics-all.json (sums of the counties' salesWan × 1e4 over the code
 * prefix) and written down here: a change of the committed data or of the summing shows up as a
 * difference in a named place.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areaTable, type PlaceLevel } from '../../../src/lib/domain/areas';
import { aggregateMetrics } from '../../../src/lib/domain/levels';
import { decodeCountyTable, decodeMetrics } from '../../../src/lib/data/decode';

const readIndex = (name: string): unknown => JSON.parse(readFileSync(`geodata/index/${name}`, 'utf8'));
const counties = decodeCountyTable(readIndex('counties.json'));
const metricsJson = readIndex('metrics-all.json') as { years: number[] };
const metrics = decodeMetrics(metricsJson, metricsJson.years, counties.codes.length, 'metrics-all.json');

function place(level: PlaceLevel, code: string) {
  const areas = areaTable(counties, level);
  return { aggregated: aggregateMetrics(metrics, areas), a: areas.codes.indexOf(code) };
}

describe('committed dataset summed to provinces and prefectures', () => {
  it('has 34 provinces and 348 prefectures', () => {
    expect(areaTable(counties, 'province').codes).toHaveLength(34);
    expect(areaTable(counties, 'prefecture').codes).toHaveLength(348);
  });

  it.each([
    // level, code, year, sales (yuan), belts, 百亿 belts, provenance (1 modeled, 3 mixed)
    ['province', '33', 2018, 275_882_110_000, 131, 9, 1],
    ['province', '33', 2023, 530_427_330_000, 210, 15, 3],
    ['province', '33', 2024, 616_492_130_000, 232, 15, 1],
    ['province', '44', 2024, 849_778_290_000, 408, 21, 1],
    ['province', '62', 2024, 0, 0, 0, 0],
    ['prefecture', '3307', 2018, 94_328_480_000, 15, 2, 1],
    ['prefecture', '3307', 2024, 235_430_390_000, 24, 8, 1],
    ['prefecture', '4107', 2018, 0, 0, 0, 0],
    ['prefecture', '4107', 2019, 107_920_000, 1, 0, 1],
  ] as const)('%s %s in %i: sales %d, %i belts, %i 百亿, provenance %i', (level, code, year, sales, belts, over100Yi, provenance) => {
    const { aggregated, a } = place(level, code);
    const y = metrics.years.indexOf(year);
    expect(aggregated.values[y]![a]).toBe(sales);
    expect(aggregated.beltCount![y]![a]).toBe(belts);
    expect(aggregated.over100YiCount![y]![a]).toBe(over100Yi);
    expect(aggregated.provenance[y]![a]).toBe(provenance);
  });

  it.each([
    // Growth of the summed sales: 浙江 616 492 130 000 / 530 427 330 000 − 1 in 2024.
    ['province', '33', 2024, 0.16225559116646582],
    ['province', '41', 2019, 0.3433000521514358],
    ['prefecture', '3307', 2024, 0.1767278572802362],
    // 新乡 has its first belt in 2019: new, not a growth rate; none in the first year of the data.
    ['prefecture', '4107', 2019, null],
    ['province', '33', 2018, null],
  ] as const)('%s %s in %i grows by %s', (level, code, year, growth) => {
    const { aggregated, a } = place(level, code);
    const value = aggregated.growth[metrics.years.indexOf(year)]![a];
    if (growth === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(growth, 12);
  });

  it.each([
    ['33', 2018],
    ['41', 2023],
    ['37', 2024],
    ['62', null],
  ] as const)('province %s first holds a 百亿 belt in %s', (code, year) => {
    const { aggregated, a } = place('province', code);
    expect(aggregated.spreadFirstYear[a]).toBe(year);
  });

  it.each(['province', 'prefecture'] as const)('%s totals add up to the national total of 2024: 2 384 270 780 000 yuan', (level) => {
    const aggregated = aggregateMetrics(metrics, areaTable(counties, level));
    expect(aggregated.values[metrics.years.indexOf(2024)]!.reduce((sum, sales) => sum + sales, 0)).toBe(2_384_270_780_000);
  });
});
