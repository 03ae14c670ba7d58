/**
 * Words of the difference layer: its legend title, unit and swatch labels, and the change between
 * the two years as the tooltip and the table write it. Plain strings; the components lay them out.
 */
import { formatCount, formatGrowth, formatMeasure, formatSales } from '../../format/format';
import { t, type Lang } from '../../i18n/i18n';
import type { LegendBin } from '../scales/layerScale';
import type { LayerId } from '../../domain/layers';
import { legendLabel } from '../scales/legendLabel';
import type { ViewDataset } from '../scales/viewDataset';
import { compareKind } from './compareScale';
import type { YearChange } from './yearCompare';

/** "销售额变化 2018→2024", "百亿产业带数量变化 2018→2024", "淘宝村数量变化 2014→2016". */
export function compareTitle(layer: LayerId, from: number, to: number, lang: Lang, dataset: ViewDataset): string {
  const kind = compareKind(layer, dataset);
  if (kind === 'measure-count') return t('compare.title.measure', lang, { measure: dataset.measure.name[lang], from, to });
  return t(kind === 'belt-count' ? 'compare.title.spread' : 'compare.title.sales', lang, { from, to });
}

/** %, or the count's unit: 个 / belts, 个 / villages. */
export function compareUnit(layer: LayerId, lang: Lang, dataset: ViewDataset): string {
  const kind = compareKind(layer, dataset);
  if (kind === 'measure-count') return dataset.measure.unitLabel[lang];
  return kind === 'belt-count' ? t('compare.unit.count', lang) : t('legend.unit.percent', lang);
}

const signed = (count: number, lang: Lang) => (count > 0 ? `+${formatCount(count, lang)}` : formatCount(count, lang));

/**
 * A swatch's text: percent ranges as on the growth legend ("-20–0", "≥300"); counts as whole
 * numbers ("-1 或更少", "不变", "+1", "+2–4", "+3 或更多").
 */
export function compareLegendLabel(bin: LegendBin, layer: LayerId, lang: Lang, dataset: ViewDataset): string {
  if (bin.kind !== 'range') return legendLabel(bin, layer, lang, dataset);
  if (compareKind(layer, dataset) === 'relative') return legendLabel(bin, 'growth', lang, dataset);
  if (bin.lower === null) return t('compare.orFewer', lang, { count: signed((bin.upper ?? 0) - 1, lang) });
  if (bin.upper === null) return t('compare.orMore', lang, { count: signed(bin.lower, lang) });
  if (bin.upper - bin.lower > 1) return `${signed(bin.lower, lang)}–${formatCount(bin.upper - 1, lang)}`;
  return bin.lower === 0 ? t('compare.unchanged', lang) : signed(bin.lower, lang);
}

/**
 * The change as the tooltip and the table write it: "+60亿元（+60.0%）", "新增 +4亿元", "消失 -5亿元",
 * "+41个（+585.7%）", "两年均无".
 */
export function compareChangeText(change: YearChange, layer: LayerId, lang: Lang, dataset: ViewDataset): string {
  if (change.kind === 'no-belt') return t('compare.none', lang);
  const sign = change.difference > 0 ? '+' : '';
  const kind = compareKind(layer, dataset);
  const difference =
    kind === 'belt-count'
      ? signed(change.difference, lang)
      : `${sign}${kind === 'measure-count' ? formatMeasure(change.difference, dataset.measure, lang) : formatSales(change.difference, lang)}`;
  if (change.kind === 'change' && change.relativeChange !== null) {
    return t('compare.changeValue', lang, { difference, relative: formatGrowth(change.relativeChange, lang) });
  }
  return `${t(change.kind === 'new' ? 'compare.new' : 'compare.gone', lang)} ${difference}`;
}
