import type { CountyMetrics } from '../../domain/atlas';

/**
 * What the growth layer can say about a county in a year. Growth is undefined where the previous
 * year had no sales: a county whose belts appear this year is "new" (never an infinite growth);
 * the first year, or a previous value that is missing, is "no data".
 */
export type GrowthStatus =
  | { kind: 'value'; growth: number }
  | { kind: 'new' }
  | { kind: 'no-data' }
  | { kind: 'no-belt' };

export function growthStatus(metrics: CountyMetrics, yearIndex: number, countyIndex: number): GrowthStatus {
  const growth = metrics.growth[yearIndex]?.[countyIndex] ?? null;
  if (growth !== null) return { kind: 'value', growth };
  const sales = metrics.values[yearIndex]?.[countyIndex] ?? 0;
  if (sales <= 0) return { kind: 'no-belt' };
  if (yearIndex === 0) return { kind: 'no-data' };
  const previousSales = metrics.values[yearIndex - 1]?.[countyIndex] ?? 0;
  return previousSales > 0 ? { kind: 'no-data' } : { kind: 'new' };
}
