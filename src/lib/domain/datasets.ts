/**
 * Datasets (数据集): the id of the default one, what a dataset id may look like, and how the belt
 * model — whose files predate the catalogue — is described in the shape every dataset has.
 */
import { t, type Lang } from '../i18n/i18n';
import type { LocalizedText } from './contract';
import type { DatasetMeasure, DatasetWords } from './datasetContract';

/** The belt model: what a link without ?dataset= shows, so links from before datasets keep their meaning. */
export const DEFAULT_DATASET = 'belts';

/** geodata/datasets.json, the catalogue; fetched only when another dataset is asked for or offered. */
export const CATALOGUE_FILE = 'datasets.json';

/** The belt model's meta file, known without the catalogue so the default view's first load does not need it. */
export const BELT_META_FILE = 'index/meta.json';

/**
 * A dataset id is a folder name under geodata/datasets/: lower-case letters, digits and hyphens, so
 * that no value of ?dataset= can name a path outside geodata/ (`../x`) or markup (`<b>`).
 */
const DATASET_ID = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;

export function isDatasetId(raw: string): boolean {
  return DATASET_ID.test(raw);
}

/** The belt model measures online sales in yuan. */
export const BELT_SALES_MEASURE: DatasetMeasure = Object.freeze({
  id: 'sales',
  name: { zh: '线上销售额', en: 'Online sales' },
  unit: 'yuan',
  unitLabel: { zh: '元', en: 'yuan' },
});

type BeltWordKey =
  | 'layer.sales'
  | 'layer.spread'
  | 'legend.title.sales'
  | 'legend.title.growth'
  | 'legend.title.spread'
  | 'legend.noBelt'
  | 'legend.notYet'
  | 'spread.chartTitle';

function bothLanguages(key: BeltWordKey): LocalizedText {
  return { zh: t(key, 'zh'), en: t(key, 'en') };
}

/** The belt model's words, from the messages where the interface has always had them. */
export function beltWords(): DatasetWords {
  return {
    valueLayer: bothLanguages('layer.sales'),
    spreadLayer: bothLanguages('layer.spread'),
    valueLegend: bothLanguages('legend.title.sales'),
    growthLegend: bothLanguages('legend.title.growth'),
    spreadLegend: bothLanguages('legend.title.spread'),
    none: bothLanguages('legend.noBelt'),
    notYet: bothLanguages('legend.notYet'),
    spreadChart: bothLanguages('spread.chartTitle'),
  };
}

/** One of a dataset's words in `lang`. */
export function datasetWord(dataset: { words: DatasetWords }, word: keyof DatasetWords, lang: Lang): string {
  return dataset.words[word][lang];
}

