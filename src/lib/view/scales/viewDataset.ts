/**
 * What the views need to know of the dataset shown to speak of it: how its measure is written, its
 * words (layer names, legend titles, the empty value), which years are complete lists, and whether
 * it has belts. Every view function takes it, so no view assumes belts or yuan.
 */
import type { AtlasDataset } from '../../domain/atlas';
import type { ProvenanceCode, SourceRecord } from '../../domain/contract';
import type { DatasetMeasure } from '../../domain/datasetContract';
import { BELT_SALES_MEASURE, datasetWord } from '../../domain/datasets';
import type { LayerId } from '../../domain/layers';
import { formatMeasure } from '../../format/format';
import { t, type Lang } from '../../i18n/i18n';

export type ViewDataset = Pick<AtlasDataset, 'measure' | 'words' | 'yearSourceIds' | 'detailsKind'>;

/** The name of a layer in the dataset's words: 销售规模 / 淘宝村数量, 增速, 百亿产业带 / 首个淘宝村. */
export function layerName(dataset: ViewDataset, layer: LayerId, lang: Lang): string {
  if (layer === 'sales') return datasetWord(dataset, 'valueLayer', lang);
  if (layer === 'spread') return datasetWord(dataset, 'spreadLayer', lang);
  return t('layer.growth', lang);
}

/**
 * The measure's name where a value is labelled (tooltip rows): 淘宝村数量 / Taobao villages. The belt
 * model's sales keep the short word the tooltip has always used (销售额 / Sales).
 */
export function measureLabel(measure: DatasetMeasure, lang: Lang): string {
  return measure.id === BELT_SALES_MEASURE.id ? t('tooltip.sales', lang) : measure.name[lang];
}

/** The dataset has belts (the belt model): belt counts, 百亿 belts and the belt words apply. */
export function hasBelts(dataset: ViewDataset): boolean {
  return dataset.detailsKind === 'belts';
}

/**
 * Whether a place has no data: in a dataset without belts, a place without provenance was not
 * covered (淘宝村: Hong Kong, Macao and Taiwan are outside the lists; an imported file that does not
 * list a county) — "no data", never the "none" of a reported 0. In the belt model a place without
 * provenance is a county without belts, which is its "none".
 */
export function hasNoData(dataset: ViewDataset, provenance: ProvenanceCode): boolean {
  return !hasBelts(dataset) && provenance === 0;
}

/**
 * A place's value in one year as the tooltip and the panels write it: the value in the measure's
 * unit, a reported 0 included (0个: a county absent from a complete list); a place the data does
 * not cover (hasNoData) 数据未覆盖; a county without belts in the belt model 该年无产业带.
 */
export function placeValueText(dataset: ViewDataset, value: number, provenance: ProvenanceCode, lang: Lang): string {
  if (value > 0 || provenance !== 0) return formatMeasure(value, dataset.measure, lang);
  return hasNoData(dataset, provenance) ? t('tooltip.notCovered', lang) : t('tooltip.noBelt', lang);
}

/** The source of the values of year `yearIndex` (the year's complete list), or null when no one source covers the whole year. */
export function yearSource(
  dataset: { yearSourceIds: readonly (string | null)[]; sources: readonly SourceRecord[] },
  yearIndex: number,
): SourceRecord | null {
  const id = dataset.yearSourceIds[yearIndex];
  if (!id) return null;
  return dataset.sources.find((source) => source.id === id) ?? { id, title: id };
}
