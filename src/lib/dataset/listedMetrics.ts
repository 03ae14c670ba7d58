/**
 * The metrics of a dataset that measures one value per county and year (datasetContract.ts
 * DatasetMetricsFile), from its values: growth (with 'new' in the year a county first reaches the
 * spread threshold), the first year at the threshold, the value-weighted centre of the county label
 * points and the counties at the threshold by region. One computation for every such dataset: the
 * 淘宝村 build and the import of a user's CSV both call it. Pure and deterministic.
 */
import { MAINLAND_REGIONS } from '../domain/contract';
import type { CountyTableFile, ProvenanceCode, RegionCounts } from '../domain/contract';
import type { CountGrowth, DatasetMetricsFile, WeightedCentre } from '../domain/datasetContract';

export interface ListedMetricsInput {
  counties: Pick<CountyTableFile, 'labelPoints' | 'regions'>;
  /** Ascending, consecutive. */
  years: readonly number[];
  /** [yearIndex][countyIndex]; 0 where provenance is 0 (no value). */
  values: number[][];
  /** [yearIndex][countyIndex]: 0 no value, 2 reported (a reported 0 included). */
  provenance: ProvenanceCode[][];
  /** A second count per county for years with their own list (淘宝镇), else null per year. */
  towns: (number[] | null)[];
  /** A county counts for the spread layer from the year its value first reaches this (> 0). */
  spreadThreshold: number;
  measureId: string;
  generatedBy: string;
}

export function buildListedMetrics(input: ListedMetricsInput): DatasetMetricsFile {
  const { counties, years, values, provenance, spreadThreshold } = input;
  const hasValue = (y: number, i: number) => provenance[y]![i]! !== 0;
  // The first year of these years at the threshold: a county without values before it may have
  // reached it earlier, which the data cannot tell (docs/data.md says so for imported files).
  const firstYear = counties.regions.map((_region, i) => {
    const y = values.findIndex((perCounty) => perCounty[i]! >= spreadThreshold);
    return y < 0 ? null : years[y]!;
  });
  const growth = years.map((year, y) =>
    values[y]!.map((value, i): CountGrowth => {
      // The first year has nothing to compare with, and a year without a value on either side
      // has no growth: a missing value is not a 0.
      if (y === 0 || !hasValue(y, i) || !hasValue(y - 1, i)) return null;
      const previous = values[y - 1]![i]!;
      if (previous > 0) return round(value / previous - 1, 4);
      return firstYear[i] === year ? 'new' : null;
    }),
  );
  const centres: WeightedCentre[] = [];
  values.forEach((perCounty, y) => {
    let weight = 0;
    let lng = 0;
    let lat = 0;
    perCounty.forEach((value, i) => {
      const [countyLng, countyLat] = counties.labelPoints[i]!;
      weight += value;
      lng += value * countyLng;
      lat += value * countyLat;
    });
    if (weight > 0) centres.push({ year: years[y]!, lng: round(lng / weight, 4), lat: round(lat / weight, 4), weight });
  });
  const byRegion = (isCounted: (i: number, y: number) => boolean) =>
    years.map((year, y) => {
      const counts = Object.fromEntries(MAINLAND_REGIONS.map((region) => [region, 0])) as RegionCounts;
      counties.regions.forEach((region, i) => {
        if (region !== 'hmt' && isCounted(i, y)) counts[region] += 1;
      });
      return { year, ...counts };
    });
  return {
    generatedBy: input.generatedBy,
    measure: input.measureId,
    years: [...years],
    values,
    growth,
    provenance,
    towns: input.towns,
    firstYear,
    centres,
    countiesByRegion: byRegion((i, y) => values[y]![i]! >= spreadThreshold),
    newCountiesByRegion: byRegion((i, y) => firstYear[i] === years[y]),
  };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
