/**
 * Words of the difference layer: its legend title, unit and swatch labels, and the change between
 * the two years as the tooltip and the table write it. Plain strings; the components lay them out.
 */
import { formatCount, formatGrowth, formatSales } from '../../format/format';
import { t, type Lang } from '../../i18n/i18n';
import type { LegendBin } from '../scales/layerScale';
import type { LayerId } from '../../domain/layers';
import { legendLabel } from '../scales/legendLabel';
import type { YearChange } from './yearCompare';

export function compareTitle(layer: LayerId, from: number, to: number, lang: Lang): string {
  return t(layer === 'spread' ? 'compare.title.spread' : 'compare.title.sales', lang, { from, to });
}

export function compareUnit(layer: LayerId, lang: Lang): string {
  return layer === 'spread' ? t('compare.unit.count', lang) : t('legend.unit.percent', lang);
}

const signed = (count: number, lang: Lang) => (count > 0 ? `+${formatCount(count, lang)}` : formatCount(count, lang));

/**
 * A swatch's text: percent ranges as on the growth legend ("-20–0", "≥300"); the spread layer's
 * counts as whole numbers ("-1 或更少", "不变", "+1", "+3 或更多").
 */
export function compareLegendLabel(bin: LegendBin, layer: LayerId, lang: Lang): string {
  if (bin.kind !== 'range') return legendLabel(bin, layer, lang);
  if (layer !== 'spread') return legendLabel(bin, 'growth', lang);
  if (bin.lower === null) return t('compare.orFewer', lang, { count: signed((bin.upper ?? 0) - 1, lang) });
  if (bin.upper === null) return t('compare.orMore', lang, { count: signed(bin.lower, lang) });
  return bin.lower === 0 ? t('compare.unchanged', lang) : signed(bin.lower, lang);
}

/** The change as the tooltip and the table write it: "+60亿元（+60.0%）", "新增 +4亿元", "消失 -5亿元", "两年均无". */
export function compareChangeText(change: YearChange, layer: LayerId, lang: Lang): string {
  const difference = layer === 'spread' ? signed(change.difference, lang) : `${change.difference > 0 ? '+' : ''}${formatSales(change.difference, lang)}`;
  if (change.kind === 'no-belt') return t('compare.none', lang);
  if (change.kind === 'change' && change.relativeChange !== null) {
    return t('compare.changeValue', lang, { difference, relative: formatGrowth(change.relativeChange, lang) });
  }
  return `${t(change.kind === 'new' ? 'compare.new' : 'compare.gone', lang)} ${difference}`;
}
