/**
 * The county panel's content for a dataset built from yearly lists (the 淘宝村 lists): the
 * county's listed villages and towns year by year, the source of each year's value, and the
 * figures reported for it in later years without a complete list. Plain data, so the panel only
 * lays it out.
 */
import type { AtlasDataset } from '../../domain/atlas';
import type { ProvenanceCode, SourceRecord } from '../../domain/contract';
import type { DatasetDetailsFile, ListedTown, ListedVillage } from '../../domain/datasetContract';
import { datasetWord } from '../../domain/datasets';
import { formatMeasure } from '../../format/format';
import { t, type Lang } from '../../i18n/i18n';
import { yearSource } from '../scales/viewDataset';

type SourcedDataset = Pick<AtlasDataset, 'years' | 'yearSourceIds' | 'sources'>;

/** One year of the dataset as a county's panel lists it. */
export interface ListedYear {
  year: number;
  /** The year's complete list, where one source covers the whole year. */
  source: SourceRecord | null;
  /** The county's villages on that year's list, as printed; empty when it is not on it (a real 0). */
  villages: ListedVillage[];
  towns: ListedTown[];
}

/**
 * Every year of the dataset for one county, latest first (the panel opens the latest), with the
 * villages and towns it has on that year's list in the list's order. `places` is the county's
 * entry of the details file, absent for a county on no list.
 */
export function listedYears(places: DatasetDetailsFile['counties'][string] | undefined, meta: SourcedDataset): ListedYear[] {
  return meta.years
    .map((year, yearIndex) => ({
      year,
      source: yearSource(meta, yearIndex),
      villages: places?.villages.filter((village) => village.year === year) ?? [],
      towns: places?.towns.filter((town) => town.year === year) ?? [],
    }))
    .reverse();
}

/** One town's villages on a year's list, so a long list reads town by town (大集镇: 北街村、曹海村 …). */
export interface TownVillages {
  /** "" for villages the list prints without a town. */
  town: string;
  villages: ListedVillage[];
}

/** `villages` by town, towns in the order the list first names them, villages in the list's order. */
export function villagesByTown(villages: readonly ListedVillage[]): TownVillages[] {
  const byTown = new Map<string, ListedVillage[]>();
  for (const village of villages) byTown.set(village.town, [...(byTown.get(village.town) ?? []), village]);
  return [...byTown].map(([town, townVillages]) => ({ town, villages: townVillages }));
}

/** A county's figure reported for a year without a complete list: for the panel, never a map colour. */
export interface ReportedLaterPoint {
  year: number;
  value: number;
  source: SourceRecord;
}

/** The figures `meta.reportedCountyPoints` gives for the county `code`, in year order. */
export function reportedLaterPoints(meta: Pick<AtlasDataset, 'reportedCountyPoints' | 'sources'>, code: string): ReportedLaterPoint[] {
  return meta.reportedCountyPoints
    .filter((point) => point.countyCode === code)
    .map((point) => ({
      year: point.year,
      value: point.value,
      source: meta.sources.find((source) => source.id === point.sourceId) ?? { id: point.sourceId, title: point.sourceId },
    }))
    .sort((a, b) => a.year - b.year);
}

/** The heading of a place's values over the years: the belt model keeps its words (历年产业带销售额), another dataset names its measure. */
export function valuesHeading(meta: Pick<AtlasDataset, 'detailsKind' | 'measure'>, lang: Lang): string {
  return meta.detailsKind === 'belts' ? t('panel.salesByYear', lang) : t('panel.valueByYear', lang, { measure: meta.measure.name[lang] });
}
