/**
 * How a ranking writes its value column for the dataset shown: the heading and each value in the
 * measure's words and unit (销售额 / 1,234亿元; 淘宝村数量 / 48个), or the 百亿 belts where the data has belts.
 */
import type { LayerId } from '../../domain/layers';
import { formatCount, formatGrowth, formatMeasure } from '../../format/format';
import { t, type Lang } from '../../i18n/i18n';
import { hasBelts, layerName, type ViewDataset } from '../scales/viewDataset';

export interface RankingWords {
  /** The dataset shown: with belts (the belt model) the spread layer ranks 百亿 belts and the headings keep their words. */
  dataset: ViewDataset;
  layer: LayerId;
  lang: Lang;
}

/** The value column's heading. */
export function rankingValueHeading({ dataset, layer, lang }: RankingWords): string {
  if (layer === 'growth' || hasBelts(dataset)) return t(`rankings.value.${layer}`, lang);
  return dataset.measure.name[lang];
}

/** One row's value (rankPlaces' RankingRow.value) as the column writes it. */
export function rankingValueText(value: number, { dataset, layer, lang }: RankingWords): string {
  if (layer === 'growth') return formatGrowth(value, lang);
  if (layer === 'spread' && hasBelts(dataset)) return formatCount(value, lang);
  return formatMeasure(value, dataset.measure, lang);
}

/** The layer as the ranking's caption names it. */
export function rankingLayerName({ dataset, layer, lang }: RankingWords): string {
  return layerName(dataset, layer, lang);
}
