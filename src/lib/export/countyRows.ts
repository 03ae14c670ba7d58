/**
 * One row of county values for one year and category set, with where each value comes from: the
 * one row builder behind the CSV of the view shown (countyCsv.ts) and the whole-dataset download
 * (datasetDownload.ts), so both name and fill their columns alike. Columns carry their unit in
 * their name (sales_yuan, growth_percent, villages_count); a cell without a value is null (an empty
 * CSV field, JSON null), never a 0: a 0 is a value (a county off a complete list, a county without belts).
 * Which counties a dataset covers is the map's rule (domain/coverage.ts): the belt model's sources
 * cover the mainland, so Hong Kong, Macao and Taiwan are no data there, as on the map.
 */
import type { CountyMetrics } from '../domain/atlas';
import type { BeltRecord, CountyTableFile, ProvenanceCode, SourceRecord } from '../domain/contract';
import { ALL_CATEGORIES } from '../domain/categories';
import { sourceIn } from '../domain/sources';
import type { Lang } from '../i18n/i18n';
import { growthStatus } from '../view/scales/growthStatus';
import { isCovered } from '../domain/coverage';
import { hasBelts, type ViewDataset } from '../view/scales/viewDataset';

/** The columns of a county row, in file order (the view CSV puts its layer, map class and dataset around them). */
export const COUNTY_ROW_COLUMNS = [
  'code',
  'name',
  'name_pinyin',
  'province',
  'prefecture',
  'region',
  'year',
  'category',
  'sales_yuan',
  'growth_percent',
  'growth_status',
  'belt_count',
  'over_100yi_belt_count',
  'first_year_over_100yi',
  'provenance',
  'source_ids',
  'sources',
] as const;

export type CountyCell = string | number | null;
export type CountyRow = Record<string, CountyCell>;

const PROVENANCE_NAMES: Record<ProvenanceCode, string> = { 0: '', 1: 'modeled', 2: 'reported', 3: 'mixed' };

/** The columns a dataset names for itself: its value (sales_yuan, villages_count) and the year it first reached the spread threshold. */
export function ownColumns(dataset: ViewDataset): { value: string; firstYear: string } {
  if (hasBelts(dataset)) return { value: 'sales_yuan', firstYear: 'first_year_over_100yi' };
  return { value: `${dataset.measure.id}_${dataset.measure.unit}`, firstYear: `first_year_${dataset.measure.id}` };
}

/**
 * The row columns for a dataset: the belt model's as above; another dataset's value column is its
 * measure's id and unit (villages_count), its first-year column says what reached the spread
 * threshold (first_year_villages), and the belt counts are left out.
 */
export function countyRowColumns(dataset: ViewDataset): string[] {
  if (hasBelts(dataset)) return [...COUNTY_ROW_COLUMNS];
  const own = ownColumns(dataset);
  return COUNTY_ROW_COLUMNS.flatMap((column) => {
    if (column === 'belt_count' || column === 'over_100yi_belt_count') return [];
    return [column === 'sales_yuan' ? own.value : column === 'first_year_over_100yi' ? own.firstYear : column];
  });
}

export interface CountyRowsInput {
  /** The dataset: its measure, whether it has belts, the source of each year's list. */
  dataset: ViewDataset;
  sources: readonly SourceRecord[];
  counties: CountyTableFile;
  /** The metrics of one category set (metrics.category). */
  metrics: CountyMetrics;
  /** The belts file: which sources stand behind a county's reported values (none for a dataset without belts). */
  belts: readonly BeltRecord[];
  /** The language sources are cited in (sourceIn: an English line for a source written in Chinese). */
  lang: Lang;
}

/** Source ids of the reported belt values of each county in the year and category set, by county code. */
function reportedSourcesByCounty(belts: readonly BeltRecord[], category: string, yearIndex: number): Map<string, string[]> {
  const byCounty = new Map<string, string[]>();
  for (const belt of belts) {
    if (category !== ALL_CATEGORIES && belt.categoryId !== category) continue;
    const sourceId = belt.sourceIds[yearIndex];
    if (belt.provenance[yearIndex] !== 'reported' || !sourceId) continue;
    const ids = byCounty.get(belt.countyCode) ?? [];
    if (!ids.includes(sourceId)) ids.push(sourceId);
    byCounty.set(belt.countyCode, ids);
  }
  return byCounty;
}

/**
 * The row builder of one dataset and category set: `(countyIndex, yearIndex) → row`, keyed by
 * countyRowColumns(dataset). Names and sources are looked up once, not per row.
 */
export function countyRows(input: CountyRowsInput): (countyIndex: number, yearIndex: number) => CountyRow {
  const { dataset, counties, metrics, belts } = input;
  const provinceNames = new Map(counties.provinceTable.map((p) => [p.code, p.name]));
  const prefectureNames = new Map(counties.prefectureTable.map((p) => [p.code, p.name]));
  const sourceTitles = new Map(input.sources.map((s) => [s.id, sourceIn(s, input.lang).title]));
  const own = ownColumns(dataset);
  const isBeltModel = hasBelts(dataset);
  const sourcesByYear = new Map<number, Map<string, string[]>>();
  const sourcesOf = (yearIndex: number) => {
    let byCounty = sourcesByYear.get(yearIndex);
    if (!byCounty) sourcesByYear.set(yearIndex, (byCounty = reportedSourcesByCounty(belts, metrics.category, yearIndex)));
    return byCounty;
  };

  return (i, yearIndex) => {
    const year = metrics.years[yearIndex];
    if (year === undefined) throw new Error(`countyRows: year index ${yearIndex} is outside the metrics' ${metrics.years.length} years`);
    const code = counties.codes[i] ?? '';
    const provenance = metrics.provenance[yearIndex]?.[i] ?? 0;
    const isMissing = !isCovered(dataset, counties.regions[i]!, provenance);
    const status = growthStatus(metrics, yearIndex, i);
    // A year's complete list is the source of every value that year, its zeros included.
    const yearSource = dataset.yearSourceIds[yearIndex] ?? null;
    const sourceIds = yearSource !== null && provenance !== 0 ? [yearSource] : (sourcesOf(yearIndex).get(code) ?? []);
    return {
      code,
      name: counties.names[i] ?? '',
      name_pinyin: counties.pinyin[i] ?? '',
      province: provinceNames.get(counties.provinces[i] ?? '') ?? '',
      prefecture: prefectureNames.get(counties.prefectures[i] ?? '') ?? '',
      region: counties.regions[i] ?? '',
      year,
      category: metrics.category,
      [own.value]: isMissing ? null : Math.round(metrics.values[yearIndex]?.[i] ?? 0),
      growth_percent: status.kind === 'value' ? Number((status.growth * 100).toFixed(2)) : null,
      // A dataset without belts has no "no-belt": its empty value is "none" (a reported 0), or "no-data".
      growth_status: isMissing ? 'no-data' : status.kind === 'no-belt' && !isBeltModel ? 'none' : status.kind,
      ...(isBeltModel
        ? {
            belt_count: isMissing ? null : (metrics.beltCount?.[yearIndex]?.[i] ?? 0),
            over_100yi_belt_count: isMissing ? null : (metrics.over100YiCount?.[yearIndex]?.[i] ?? 0),
          }
        : {}),
      [own.firstYear]: metrics.spreadFirstYear[i] ?? null,
      provenance: PROVENANCE_NAMES[provenance],
      source_ids: sourceIds.join('; '),
      sources: sourceIds.map((id) => sourceTitles.get(id) ?? id).join('; '),
    };
  };
}
