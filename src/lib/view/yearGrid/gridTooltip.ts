/** What the tooltip says over the year grid: the place, then the shown layer's value in each year of the grid (its unit says the measure). */
import type { AreaTable } from '../../domain/areas';
import type { CountyMetrics } from '../../domain/atlas';
import type { LayerId } from '../../domain/layers';
import { formatYear } from '../../format/format';
import { t, type Lang } from '../../i18n/i18n';
import { growthText, type TooltipContent } from '../tooltip/tooltipContent';
import { isCovered } from '../../domain/coverage';
import { placeValueText, type ViewDataset } from '../scales/viewDataset';

export interface GridTooltipInput {
  places: AreaTable;
  metrics: CountyMetrics;
  /** Index of the place in `places`. */
  placeIndex: number;
  years: readonly number[];
  layer: LayerId;
  lang: Lang;
  dataset: ViewDataset;
}

/** The layer's value of a place in one year, written as the single map's tooltip writes it. */
function layerValueText({ places, metrics, placeIndex: c, layer, lang, dataset }: GridTooltipInput, year: number): string {
  const y = metrics.years.indexOf(year);
  const covered = isCovered(dataset, places.regions[c]!, metrics.provenance[y]?.[c] ?? 0);
  if (layer === 'sales') return placeValueText(dataset, metrics.values[y]?.[c] ?? 0, covered, lang);
  if (!covered) return t('noData', lang);
  if (layer === 'growth') return growthText(metrics, y, c, lang);
  const firstYear = metrics.spreadFirstYear[c] ?? null;
  return firstYear !== null && firstYear <= year ? t('yearGrid.since', lang, { year: formatYear(firstYear, lang) }) : t('tooltip.notYet', lang);
}

export function gridTooltipContent(input: GridTooltipInput): TooltipContent {
  const { places, metrics, placeIndex: c, years, lang, dataset } = input;
  const isCoveredIn = (year: number) => isCovered(dataset, places.regions[c]!, metrics.provenance[metrics.years.indexOf(year)]?.[c] ?? 0);
  return {
    title: places.names[c]?.[lang] ?? '',
    place: places.contexts[c]?.[lang] ?? '',
    rows: years.map((year) => ({ label: formatYear(year, lang), value: layerValueText(input, year) })),
    provenance: years.every(isCoveredIn) ? null : t('noData.notCovered', lang),
  };
}
