/** What the tooltip says about a place on the difference layer: its value in each year, then the change. */
import type { CountyMetrics } from '../../domain/atlas';
import type { AreaTable } from '../../domain/areas';
import type { LayerId } from '../../domain/layers';
import { formatCount, formatMeasure, formatSales } from '../../format/format';
import { t, type Lang } from '../../i18n/i18n';
import { compareChangeText } from '../compare/compareLegend';
import { compareKind, compareValues } from '../compare/compareScale';
import { yearChange } from '../compare/yearCompare';
import { isCovered } from '../../domain/coverage';
import type { ViewDataset } from '../scales/viewDataset';
import type { TooltipContent } from './tooltipContent';

export interface CompareTooltipInput {
  places: AreaTable;
  metrics: CountyMetrics;
  placeIndex: number;
  layer: LayerId;
  fromYear: number;
  toYear: number;
  lang: Lang;
  /** The dataset shown. */
  dataset: ViewDataset;
}

/** The tooltip of the difference layer: the value in each year, then the change (amount and percent). */
export function compareTooltipContent(input: CompareTooltipInput): TooltipContent {
  const { places, metrics, placeIndex: c, layer, fromYear, toYear, lang } = input;
  const { dataset } = input;
  const valueIn = (year: number) => compareValues(metrics, layer, metrics.years.indexOf(year))[c] ?? 0;
  const change = yearChange(valueIn(fromYear), valueIn(toYear));
  const kind = compareKind(layer, dataset);
  // A count of a complete list: its 0 is a value (0个); a place the data does not cover has none.
  const coveredIn = (year: number) => isCovered(dataset, places.regions[c]!, metrics.provenance[metrics.years.indexOf(year)]?.[c] ?? 0);
  const formatValue = (value: number, year: number) => {
    if (!coveredIn(year)) return t('noData', lang);
    if (kind === 'belt-count') return formatCount(value, lang);
    if (kind === 'relative') return value > 0 ? formatSales(value, lang) : t('table.noBelt', lang);
    return formatMeasure(value, dataset.measure, lang);
  };
  const isCoveredInBoth = coveredIn(fromYear) && coveredIn(toYear);
  const label = (year: number) =>
    kind === 'measure-count'
      ? t('compare.measureIn', lang, { year, measure: dataset.measure.name[lang] })
      : t(kind === 'belt-count' ? 'compare.over100YiIn' : 'compare.salesIn', lang, { year });
  return {
    title: places.names[c]?.[lang] ?? '',
    place: places.contexts[c]?.[lang] ?? '',
    rows: [
      { label: label(fromYear), value: formatValue(change.from, fromYear) },
      { label: label(toYear), value: formatValue(change.to, toYear) },
      { label: t('compare.change', lang), value: isCoveredInBoth ? compareChangeText(change, layer, lang, dataset) : t('noData', lang) },
    ],
    provenance: isCoveredInBoth ? null : t('noData.notCovered', lang),
  };
}
