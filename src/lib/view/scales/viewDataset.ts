/**
 * What the views need to know of the dataset shown to speak of it: how its measure is written, its
 * words (layer names, legend titles, the empty value), which years are complete lists, whether
 * it has belts, and which regions it does not cover (domain/coverage.ts). Every view function
 * takes it, so no view assumes belts or yuan.
 */
import type { AtlasDataset } from '../../domain/atlas';
import type { SourceRecord } from '../../domain/contract';
import type { DatasetMeasure } from '../../domain/datasetContract';
import { categoryLabel } from '../../domain/categories';
import { BELT_SALES_MEASURE, datasetWord } from '../../domain/datasets';
import type { LayerId } from '../../domain/layers';
import { formatMeasure } from '../../format/format';
import { t, type Lang } from '../../i18n/i18n';

export type ViewDataset = Pick<AtlasDataset, 'measure' | 'words' | 'yearSourceIds' | 'detailsKind' | 'outsideRegions'>;

/** The name of a layer in the dataset's words: 销售规模 / 淘宝村数量, 增速, 百亿产业带 / 首个淘宝村. */
export function layerName(dataset: ViewDataset, layer: LayerId, lang: Lang): string {
  if (layer === 'sales') return datasetWord(dataset, 'valueLayer', lang);
  if (layer === 'spread') return datasetWord(dataset, 'spreadLayer', lang);
  return t('layer.growth', lang);
}

/**
 * A layer's name as a caption writes it with what else the view shows: the category (销售规模 · 服饰鞋包);
 * for a dataset without categories (淘宝村, a reader's own file) its title, said once where the
 * layer already has the title's name (a file whose measure is named as its map is).
 */
export function layerWithSubject(layerText: string, meta: Pick<AtlasDataset, 'categories' | 'title'>, category: string, lang: Lang): string {
  const subject = meta.categories.length > 0 ? categoryLabel(meta.categories, category, lang) : meta.title[lang];
  return subject === layerText ? layerText : `${layerText} · ${subject}`;
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
 * A place's value in one year as the tooltip and the panels write it: a place the dataset does not
 * cover (domain/coverage.ts isCovered) 无数据; else the value in the measure's unit, a reported 0
 * included (0个: a county absent from a complete list); a county without belts in the belt model 该年无产业带.
 */
export function placeValueText(dataset: ViewDataset, value: number, isCovered: boolean, lang: Lang): string {
  if (!isCovered) return t('noData', lang);
  if (value > 0 || !hasBelts(dataset)) return formatMeasure(value, dataset.measure, lang);
  return t('tooltip.noBelt', lang);
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
