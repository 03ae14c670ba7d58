/** What the tooltip says about a place on the difference layer: its value in each year, then the change. */
import type { CountyMetrics } from '../../domain/atlas';
import type { AreaTable } from '../../domain/areas';
import type { LayerId } from '../../domain/layers';
import { formatCount, formatSales } from '../../format/format';
import { t, type Lang } from '../../i18n/i18n';
import { compareChangeText } from '../compare/compareLegend';
import { compareValues } from '../compare/compareScale';
import { yearChange } from '../compare/yearCompare';
import type { TooltipContent } from './tooltipContent';

export interface CompareTooltipInput {
  places: AreaTable;
  metrics: CountyMetrics;
  placeIndex: number;
  layer: LayerId;
  fromYear: number;
  toYear: number;
  lang: Lang;
}

/** The tooltip of the difference layer: the value in each year, then the change (amount and percent). */
export function compareTooltipContent({ places, metrics, placeIndex: c, layer, fromYear, toYear, lang }: CompareTooltipInput): TooltipContent {
  const valueIn = (year: number) => compareValues(metrics, layer, metrics.years.indexOf(year))[c] ?? 0;
  const change = yearChange(valueIn(fromYear), valueIn(toYear));
  const isCount = layer === 'spread';
  const formatValue = (value: number) => (isCount ? formatCount(value, lang) : value > 0 ? formatSales(value, lang) : t('table.noBelt', lang));
  const label = (year: number) => t(isCount ? 'compare.over100YiIn' : 'compare.salesIn', lang, { year });
  return {
    title: places.names[c]?.[lang] ?? '',
    place: places.contexts[c]?.[lang] ?? '',
    rows: [
      { label: label(fromYear), value: formatValue(change.from) },
      { label: label(toYear), value: formatValue(change.to) },
      { label: t('compare.change', lang), value: compareChangeText(change, layer, lang) },
    ],
    provenance: null,
  };
}
