/** Levels over the committed dataset (geodata/index/): every province and prefecture, every year. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areaTable } from '../../../src/lib/domain/areas';
import { aggregateMetrics } from '../../../src/lib/domain/levels';
import { decodeCountyTable, decodeMetrics } from '../../../src/lib/data/decode';

const readIndex = (name: string): unknown => JSON.parse(readFileSync(`geodata/index/${name}`, 'utf8'));
const counties = decodeCountyTable(readIndex('counties.json'));
const metricsJson = readIndex('metrics-all.json') as { years: number[] };
const metrics = decodeMetrics(metricsJson, metricsJson.years, counties.codes.length, 'metrics-all.json');

describe.each([
  ['province', 2],
  ['prefecture', 4],
] as const)('committed dataset at the %s level', (level, codeLength) => {
  const areas = areaTable(counties, level);
  const aggregated = aggregateMetrics(metrics, areas);

  it('sums sales and 百亿 counts exactly as a sum over code prefixes does', () => {
    metrics.years.forEach((_, y) => {
      const salesByCode = new Map<string, number>();
      const over100YiByCode = new Map<string, number>();
      counties.codes.forEach((code, c) => {
        const area = code.slice(0, codeLength);
        salesByCode.set(area, (salesByCode.get(area) ?? 0) + metrics.sales[y]![c]!);
        over100YiByCode.set(area, (over100YiByCode.get(area) ?? 0) + metrics.over100YiCount[y]![c]!);
      });
      areas.codes.forEach((code, a) => {
        expect(aggregated.sales[y]![a]).toBeCloseTo(salesByCode.get(code) ?? 0, 0);
        expect(aggregated.over100YiCount[y]![a]).toBe(over100YiByCode.get(code) ?? 0);
      });
    });
  });

  it('recomputes growth from the summed sales', () => {
    metrics.years.forEach((_, y) => {
      areas.codes.forEach((_code, a) => {
        const previous = y > 0 ? aggregated.sales[y - 1]![a]! : 0;
        const expected = previous > 0 ? aggregated.sales[y]![a]! / previous - 1 : null;
        expect(aggregated.growth[y]![a]).toBe(expected);
      });
    });
  });
});
