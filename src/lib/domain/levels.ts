/**
 * County metrics summed to a level of aggregation. The result has the shape of CountyMetrics with
 * arrays over the areas of an AreaTable, so the layer scales, growth status and rankings work on
 * prefectures and provinces unchanged; the map colours county i by area areas.countyToArea[i].
 */
import type { CountyMetrics } from './atlas';
import type { ProvenanceCode } from './contract';
import type { AreaTable } from './areas';
import { combineProvenance, yearOnYearGrowth } from './metricsRules';

export function aggregateMetrics(metrics: CountyMetrics, areas: AreaTable): CountyMetrics {
  // A county is its own area: nothing to sum, and the index build's growth stays as it is.
  if (areas.level === 'county') return metrics;
  const areaCount = areas.codes.length;
  const { countyToArea } = areas;
  const countyCount = metrics.values[0]?.length ?? 0;
  if (countyCount !== countyToArea.length) {
    throw new Error(
      `aggregateMetrics: metrics "${metrics.category}" hold ${countyCount} counties, the ${areas.level} table maps ${countyToArea.length}`,
    );
  }
  const sumByArea = <T extends Float64Array | Uint16Array>(values: ArrayLike<number>, into: T): T => {
    for (let c = 0; c < values.length; c++) into[countyToArea[c]!]! += values[c]!;
    return into;
  };
  const values = metrics.values.map((yearValues) => sumByArea(yearValues, new Float64Array(areaCount)));
  // Uint16 holds the counts: even the largest province has a few thousand belts at most.
  const sumCounts = (table: Uint16Array[] | null) => table?.map((counts) => sumByArea(counts, new Uint16Array(areaCount))) ?? null;
  return {
    ...metrics,
    values,
    growth: values.map((yearValues, y) => growthOfSums(yearValues, values[y - 1])),
    beltCount: sumCounts(metrics.beltCount),
    over100YiCount: sumCounts(metrics.over100YiCount),
    provenance: metrics.provenance.map((codes) => provenanceByArea(codes, countyToArea, areaCount)),
    spreadFirstYear: earliestByArea(metrics.spreadFirstYear, countyToArea, areaCount),
  };
}

/** Growth of an area is that of its summed values, never an average of its counties' growth rates. */
function growthOfSums(yearValues: Float64Array, previousValues: Float64Array | undefined): (number | null)[] {
  return Array.from(yearValues, (value, a) => yearOnYearGrowth(value, previousValues?.[a]));
}

/** An area's provenance combines its counties': modeled with reported gives mixed. */
function provenanceByArea(codes: ProvenanceCode[], countyToArea: Int32Array, areaCount: number): ProvenanceCode[] {
  const combined = new Array<ProvenanceCode>(areaCount).fill(0);
  codes.forEach((code, c) => {
    const area = countyToArea[c]!;
    combined[area] = combineProvenance(combined[area]!, code);
  });
  return combined;
}

/** An area first reaches the spread threshold (a 百亿 belt, a Taobao village) in the earliest year any of its counties does. */
function earliestByArea(firstYears: (number | null)[], countyToArea: Int32Array, areaCount: number): (number | null)[] {
  const earliest = new Array<number | null>(areaCount).fill(null);
  firstYears.forEach((year, c) => {
    const area = countyToArea[c]!;
    const current = earliest[area] ?? null;
    if (year !== null && (current === null || year < current)) earliest[area] = year;
  });
  return earliest;
}
