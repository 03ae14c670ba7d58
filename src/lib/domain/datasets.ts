/**
 * Datasets (数据集): the id of the default one, what a dataset id may look like, and how the belt
 * model — whose files predate the catalogue — is described in the shape every dataset has.
 */
import { t, type Lang } from '../i18n/i18n';
import type { LocalizedText } from './contract';
import type { DatasetMeasure, DatasetWords } from './datasetContract';

/** The belt model's id and meta file (its files predate the catalogue, under geodata/index/). */
export const BELT_DATASET = 'belts';
export const BELT_META_FILE = 'index/meta.json';

/**
 * The dataset a link without ?dataset= shows, and its meta file: the catalogue's defaultDataset,
 * which vite.config.ts reads from geodata/datasets.json at build time and defines here, so the
 * default view's first load needs no request for the catalogue. Without the build (scripts run by
 * tsx, a test) it is the belt model, so links from before datasets keep their meaning.
 */
declare const __BELTMAP_DEFAULT_DATASET__: { id: string; metaFile: string; metricsFile: string | null } | undefined;
const builtDefault = typeof __BELTMAP_DEFAULT_DATASET__ === 'undefined' ? undefined : __BELTMAP_DEFAULT_DATASET__;
export const DEFAULT_DATASET: string = builtDefault?.id ?? BELT_DATASET;
export const DEFAULT_META_FILE: string = builtDefault?.metaFile ?? BELT_META_FILE;
/**
 * The default dataset's metrics of all categories, as its meta file named them at build time (the
 * file index.html's head script fetches); null without the build. The first load asks for it
 * beside the meta file and uses it only if the meta file still names it.
 */
export const DEFAULT_METRICS_FILE: string | null = builtDefault?.metricsFile ?? null;

/** geodata/datasets.json, the catalogue; fetched only when a dataset other than the default is asked for or offered. */
export const CATALOGUE_FILE = 'datasets.json';

/**
 * A dataset id is a folder name under geodata/datasets/: lower-case letters, digits and hyphens, so
 * that no value of ?dataset= can name a path outside geodata/ (`../x`) or markup (`<b>`).
 */
const DATASET_ID = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;

export function isDatasetId(raw: string): boolean {
  return DATASET_ID.test(raw);
}

/** Every own dataset's id (src/lib/ownData) starts so: an address naming one is looked up in this browser, never fetched. */
export const OWN_DATASET_PREFIX = 'own-';

export function isOwnDatasetId(id: string): boolean {
  return id.startsWith(OWN_DATASET_PREFIX);
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


/** A dataset as the switch offers it: its title, with its years unless the title already names them (淘宝村 · 2014–2016). */
export function datasetChoiceLabel(entry: { title: LocalizedText; years: [number, number] }, lang: Lang): string {
  const title = entry.title[lang];
  const [first, last] = entry.years;
  return title.includes(String(first)) ? title : `${title} · ${first}–${last}`;
}
