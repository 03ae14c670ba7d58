/**
 * How a ranking writes its value column for the dataset shown: the heading and each value in the
 * measure's words and unit (销售额 / 1,234亿元; 淘宝村数量 / 48个), or the 百亿 belts where the data has belts.
 */
import type { AtlasDataset } from '../../domain/atlas';
import { layerName } from '../../domain/datasets';
import type { LayerId } from '../../domain/layers';
import { formatCount, formatGrowth, formatMeasure } from '../../format/format';
import { t, type Lang } from '../../i18n/i18n';

export interface RankingWords {
  dataset: Pick<AtlasDataset, 'measure' | 'words'>;
  layer: LayerId;
  /** The metrics count belts (the belt model): the spread layer then ranks 百亿 belts, the heading says 销售额. */
  hasBelts: boolean;
  lang: Lang;
}

/** The value column's heading. */
export function rankingValueHeading({ dataset, layer, hasBelts, lang }: RankingWords): string {
  if (layer === 'growth' || hasBelts) return t(`rankings.value.${layer}`, lang);
  return dataset.measure.name[lang];
}

/** One row's value (rankPlaces' RankingRow.value) as the column writes it. */
export function rankingValueText(value: number, { dataset, layer, hasBelts, lang }: RankingWords): string {
  if (layer === 'growth') return formatGrowth(value, lang);
  if (layer === 'spread' && hasBelts) return formatCount(value, lang);
  return formatMeasure(value, dataset.measure, lang);
}

/** The layer as the ranking's caption names it. */
export function rankingLayerName({ dataset, layer, lang }: RankingWords): string {
  return layerName(dataset, layer, lang);
}
