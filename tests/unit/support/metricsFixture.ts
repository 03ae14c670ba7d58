import type { CountyMetrics } from '../../../src/lib/domain/atlas';
import { yearOnYearGrowth } from '../../../src/lib/domain/metricsRules';

/**
 * A small CountyMetrics for tests: sales per [year][county] in yuan; growth follows the growth
 * rule (null where the previous year had no sales) unless given.
 */
export function makeMetrics(options: {
  years: number[];
  sales: number[][];
  growth?: (number | null)[][];
  firstYearOver100Yi?: (number | null)[];
  beltCount?: number[][];
  over100YiCount?: number[][];
  provenance?: (0 | 1 | 2 | 3)[][];
}): CountyMetrics {
  const { years, sales } = options;
  const counties = sales[0]?.length ?? 0;
  const growth =
    options.growth ??
    sales.map((row, y) => row.map((s, c) => yearOnYearGrowth(s, sales[y - 1]?.[c])));
  const perCounty = (fill: (s: number) => number) => sales.map((row) => row.map(fill));
  return {
    category: 'all',
    years,
    values: sales.map((row) => Float64Array.from(row)),
    growth,
    beltCount: (options.beltCount ?? perCounty((s) => (s > 0 ? 1 : 0))).map((row) => Uint16Array.from(row)),
    over100YiCount: (options.over100YiCount ?? perCounty((s) => (s >= 1e10 ? 1 : 0))).map((row) =>
      Uint16Array.from(row),
    ),
    provenance: options.provenance ?? sales.map((row) => row.map((s) => (s > 0 ? 1 : 0))),
    spreadFirstYear: options.firstYearOver100Yi ?? new Array<number | null>(counties).fill(null),
    spreadCentres: [],
    spreadCountiesByRegion: years.map((year) => ({ year, east: 0, central: 0, west: 0, northeast: 0 })),
  };
}
