import { formatGrowthBreak, formatSalesBreak, formatYear } from '../../format/format';
import { t, type Lang } from '../../i18n/i18n';
import type { LegendBin } from './layerScale';
import type { LayerId } from '../../domain/layers';

/** The text of a legend swatch: "1–5", "<1", "≥100", "2019年", "无产业带" … */
export function legendLabel(bin: LegendBin, layer: LayerId, lang: Lang): string {
  switch (bin.kind) {
    case 'range': {
      const format = (value: number, lang: Lang) => legendBreakLabel(value, layer, lang);
      if (bin.lower === null && bin.upper !== null) return `<${format(bin.upper, lang)}`;
      if (bin.upper === null && bin.lower !== null) return `≥${format(bin.lower, lang)}`;
      if (bin.lower !== null && bin.upper !== null) return `${format(bin.lower, lang)}–${format(bin.upper, lang)}`;
      throw new Error('legendLabel: a range bin needs at least one bound');
    }
    case 'year':
      if (bin.year === null) throw new Error('legendLabel: a year bin needs its year');
      return bin.isHighlighted ? t('legend.newThisYear', lang, { year: bin.year }) : formatYear(bin.year, lang);
    case 'no-belt':
      return t('legend.noBelt', lang);
    case 'new':
      return t('legend.new', lang);
    case 'gone':
      return t('legend.gone', lang);
    case 'no-data':
      return t('legend.noData', lang);
    case 'not-yet':
      return t('legend.notYet', lang);
  }
}

/** One break of a range scale in the legend's unit: 5e8 yuan → "5" (亿元), -0.2 → "-20" (%). */
export function legendBreakLabel(value: number, layer: LayerId, lang: Lang): string {
  return layer === 'sales' ? formatSalesBreak(value, lang) : formatGrowthBreak(value, lang);
}

/** The unit the legend's numbers are in, shown once beside its title. */
export function legendUnit(layer: LayerId, lang: Lang): string {
  if (layer === 'sales') return t('legend.unit.yi', lang);
  if (layer === 'growth') return t('legend.unit.percent', lang);
  return '';
}
