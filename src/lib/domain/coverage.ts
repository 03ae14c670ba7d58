/**
 * Which places a dataset covers: the one rule behind every "no data" (无数据) of the map's
 * colours, the legend, the tooltips, the panels, the table, the comparisons and the data files.
 * A place the dataset does not cover has no data, never the "none" of a county without belts or
 * the 0 of a county off a complete list.
 *
 * - A region the dataset declares outside it (`outsideRegions`: the belt model's sources cover the
 *   mainland, not Hong Kong, Macao and Taiwan) is not covered, in every year, at every level: an
 *   area lies in one province, so in one region.
 * - Elsewhere a dataset of belts (the model) speaks for every county: a county without a value is a
 *   county without belts. A dataset of listed values (淘宝村, an imported file) speaks only where it
 *   has a value, a reported 0 included: a place without one (provenance 0) is not covered.
 */
import type { AtlasDataset } from './atlas';
import type { ProvenanceCode, RegionId } from './contract';

export type CoverageDataset = Pick<AtlasDataset, 'detailsKind' | 'outsideRegions'>;

export function isCovered(dataset: CoverageDataset, region: RegionId, provenance: ProvenanceCode): boolean {
  if (dataset.outsideRegions?.includes(region)) return false;
  return dataset.detailsKind === 'belts' || provenance !== 0;
}

/**
 * Per year and place, whether the dataset has no data for the place (the rule above), for metrics
 * over places of the given regions (a level's AreaTable.regions); null when no place of any year
 * lacks data, so that a legend shows no "no data" swatch.
 */
export function noDataOf(
  dataset: CoverageDataset,
  metrics: { provenance: readonly (readonly ProvenanceCode[])[] },
  regions: readonly RegionId[],
): ((yearIndex: number, place: number) => boolean) | null {
  const placeCount = metrics.provenance[0]?.length ?? 0;
  if (regions.length !== placeCount) throw new Error(`noDataOf: ${regions.length} regions for metrics of ${placeCount} places`);
  const hasNoData = (y: number, place: number) => !isCovered(dataset, regions[place]!, metrics.provenance[y]?.[place] ?? 0);
  const hasAny = metrics.provenance.some((codes, y) => codes.some((_, place) => hasNoData(y, place)));
  return hasAny ? hasNoData : null;
}
