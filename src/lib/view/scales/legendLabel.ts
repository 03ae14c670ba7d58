import { datasetWord } from '../../domain/datasets';
import { formatCount, formatGrowthBreak, formatMeasureBreak, formatYear } from '../../format/format';
import { t, type Lang } from '../../i18n/i18n';
import type { LegendBin } from './layerScale';
import type { LayerId } from '../../domain/layers';
import type { ViewDataset } from './viewDataset';

/**
 * The text of a legend swatch in the dataset's words: "1–5", "<1", "≥100", "2019年", "无产业带" …;
 * counts as whole-number ranges: "1", "2–4", "≥50", "无淘宝村".
 */
export function legendLabel(bin: LegendBin, layer: LayerId, lang: Lang, dataset: ViewDataset): string {
  switch (bin.kind) {
    case 'range':
      return layer === 'sales' && dataset.measure.unit === 'count' ? countRangeLabel(bin, lang) : rangeLabel(bin, layer, lang, dataset);
    case 'year':
      if (bin.year === null) throw new Error('legendLabel: a year bin needs its year');
      return bin.isHighlighted ? t('legend.newThisYear', lang, { year: bin.year }) : formatYear(bin.year, lang);
    case 'no-belt':
      return datasetWord(dataset, 'none', lang);
    case 'new':
      return t('legend.new', lang);
    case 'gone':
      return t('legend.gone', lang);
    case 'no-data':
      return t('noData', lang);
    case 'not-yet':
      return datasetWord(dataset, 'notYet', lang);
  }
}

function rangeLabel(bin: LegendBin, layer: LayerId, lang: Lang, dataset: ViewDataset): string {
  const format = (value: number) => legendBreakLabel(value, layer, lang, dataset);
  if (bin.lower === null && bin.upper !== null) return `<${format(bin.upper)}`;
  if (bin.upper === null && bin.lower !== null) return `≥${format(bin.lower)}`;
  if (bin.lower !== null && bin.upper !== null) return `${format(bin.lower)}–${format(bin.upper)}`;
  throw new Error('legendLabel: a range bin needs at least one bound');
}

/** Whole counts in [lower, upper): "1", "2–4", "≥50" (a count range never reads "2–5" when 5 is the next bin's). */
function countRangeLabel(bin: LegendBin, lang: Lang): string {
  const { lower, upper } = bin;
  if (lower === null) throw new Error('legendLabel: a count range starts at a count');
  if (upper === null) return `≥${formatCount(lower, lang)}`;
  const last = upper - 1;
  return last === lower ? formatCount(lower, lang) : `${formatCount(lower, lang)}–${formatCount(last, lang)}`;
}

/** One break of a range scale in the legend's unit: 5e8 yuan → "5" (亿元), 20 villages → "20", -0.2 → "-20" (%). */
export function legendBreakLabel(value: number, layer: LayerId, lang: Lang, dataset: ViewDataset): string {
  return layer === 'sales' ? formatMeasureBreak(value, dataset.measure, lang) : formatGrowthBreak(value, lang);
}

/** The unit the legend's numbers are in, shown once beside its title: 亿元, 个 / villages, %. */
export function legendUnit(layer: LayerId, lang: Lang, dataset: ViewDataset): string {
  if (layer === 'sales') {
    if (dataset.measure.unit === 'yuan') return t('legend.unit.yi', lang);
    return dataset.measure.unit === 'percent' ? t('legend.unit.percent', lang) : dataset.measure.unitLabel[lang];
  }
  if (layer === 'growth') return t('legend.unit.percent', lang);
  return '';
}
