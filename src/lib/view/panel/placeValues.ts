/** What the place panels show of a place's values over the years, with the years its data do not cover told apart from a 0. */
import type { CountyMetrics } from '../../domain/atlas';
import type { RegionId } from '../../domain/contract';
import { isCovered, type CoverageDataset } from '../../domain/coverage';

/**
 * A place's value in each year of the metrics; null in a year the dataset does not cover it
 * (domain/coverage.ts), which the sparkline leaves as a gap and its label reads 无数据, never 0.
 */
export function placeValues(dataset: CoverageDataset, metrics: CountyMetrics, region: RegionId, place: number): (number | null)[] {
  return metrics.values.map((yearValues, y) => (isCovered(dataset, region, metrics.provenance[y]?.[place] ?? 0) ? (yearValues[place] ?? 0) : null));
}
