import type { AreaTable } from '../../domain/areas';
import type { LayerScale } from './layerScale';

/**
 * The colour scale of an area level read per county: county i takes the bin of its area, so the
 * map's per-county colour tables, the legend marker and the export colour areas with no extra cost.
 */
export function scaleByCounty(areaScale: LayerScale, areas: AreaTable): LayerScale {
  if (areas.level === 'county') return areaScale;
  const { countyToArea } = areas;
  return {
    layer: areaScale.layer,
    bins: (yearIndex) => areaScale.bins(yearIndex),
    binOf: (yearIndex, countyIndex) => areaScale.binOf(yearIndex, countyToArea[countyIndex] ?? -1),
  };
}
