/**
 * The table view: every place of the level shown with the values the map and its tooltip show
 * (the dataset's measure, growth, belts and 百亿 belts where the data has belts, the year it first
 * reached the spread threshold, provenance with the source), filtered by province and sorted by
 * any column. Pure: the component renders the rows it is given.
 */
import type { AreaTable } from '../../domain/areas';
import type { CountyMetrics } from '../../domain/atlas';
import type { BeltRecord, ProvenanceCode, SourceRecord } from '../../domain/contract';
import { isCovered } from '../../domain/coverage';
import { datasetWord } from '../../domain/datasets';
import { sourceIn } from '../../domain/sources';
import { formatCount, formatMeasure, formatYear, salesColumn, type SalesColumn } from '../../format/format';
import { t, type Lang } from '../../i18n/i18n';
import type { LayerId } from '../../domain/layers';
import { growthStatus } from '../scales/growthStatus';
import { hasBelts, type ViewDataset } from '../scales/viewDataset';
import { growthText, provenanceLabel, reportedSourceTitles, yearSourceTitle } from '../tooltip/tooltipContent';
import { compareChangeText } from '../compare/compareLegend';
import { comparedNumber, compareValues } from '../compare/compareScale';
import { yearChange, type YearChange } from '../compare/yearCompare';

const TABLE_COLUMNS = ['name', 'sales', 'growth', 'belts', 'over100Yi', 'firstOver100Yi', 'provenance'] as const;
/** 'change': the difference between two compared years, a column only while comparing. */
export type TableColumn = (typeof TABLE_COLUMNS)[number] | 'change';

/** Columns of belts, shown only where the metrics count belts (the belt model). */
const BELT_COLUMNS: readonly TableColumn[] = ['belts', 'over100Yi'];

/** The columns shown, in order: the change beside the value while comparing; belt counts only where the data has them. */
export function tableColumns(metrics: Pick<CountyMetrics, 'beltCount'>, isComparing: boolean): TableColumn[] {
  const columns: TableColumn[] = isComparing ? ['name', 'sales', 'change', ...TABLE_COLUMNS.slice(2)] : [...TABLE_COLUMNS];
  return metrics.beltCount === null ? columns.filter((column) => !BELT_COLUMNS.includes(column)) : columns;
}

/**
 * A column's heading. The belt model keeps its words (销售额, 首个百亿产业带); another dataset heads the
 * value column with its measure and unit (淘宝村数量（个）) and the spread column with its spread layer's name.
 */
export function tableHeading(column: TableColumn, dataset: ViewDataset, lang: Lang, compare: { from: number; to: number } | null): string {
  if (column === 'change') return t('table.column.change', lang, { from: compare?.from ?? '', to: compare?.to ?? '' });
  if (hasBelts(dataset) || (column !== 'sales' && column !== 'firstOver100Yi')) return t(`table.column.${column}`, lang);
  if (column === 'firstOver100Yi') return datasetWord(dataset, 'spreadLayer', lang);
  const { name, unitLabel, unit } = dataset.measure;
  // Yuan are written in each cell (亿元 or 万元); a count's unit once, unless the name already says it (Taobao villages).
  if (unit === 'yuan' || name[lang].toLowerCase().includes(unitLabel[lang].toLowerCase())) return name[lang];
  return lang === 'zh' ? `${name.zh}（${unitLabel.zh}）` : `${name.en} (${unitLabel.en})`;
}
export type SortDirection = 'ascending' | 'descending';
export interface TableSort {
  column: TableColumn;
  direction: SortDirection;
}

/** The sort that reads like the map: largest sales, fastest growth, earliest 百亿 belt, or largest change first. */
export function defaultSort(layer: LayerId, isComparing = false): TableSort {
  if (isComparing) return { column: 'change', direction: 'descending' };
  if (layer === 'spread') return { column: 'firstOver100Yi', direction: 'ascending' };
  return { column: layer, direction: 'descending' };
}

/** A click on a column header: the other direction on the sorted column, else the column's natural one. */
export function nextSort(current: TableSort, column: TableColumn): TableSort {
  if (current.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  const startsAscending = column === 'name' || column === 'firstOver100Yi';
  return { column, direction: startsAscending ? 'ascending' : 'descending' };
}

export interface TableInput {
  places: AreaTable;
  /** Metrics of the same places (aggregateMetrics of `places`). */
  metrics: CountyMetrics;
  yearIndex: number;
  lang: Lang;
  /** The dataset shown; without it, the belt model (its measure, words, no per-year source). */
  dataset: ViewDataset;
  /** While two years are compared: the first year's index and the layer (which says what is compared). */
  compare?: { fromYearIndex: number; layer: LayerId } | null;
}

/**
 * The number a column sorts by, or null for "nothing to show" (no value, growth that is "new" or
 * "no data", not over the spread threshold yet), which stays at the bottom in either direction.
 */
function sortValue(input: TableInput, column: Exclude<TableColumn, 'name'>, i: number): number | null {
  const { metrics, yearIndex: y, compare, dataset } = input;
  // A place the data do not cover has nothing to sort by in any column, not a 0.
  if (!isCoveredIn(input, i)) return null;
  switch (column) {
    case 'change': {
      const change = compare ? changeOf(metrics, compare, y, i) : null;
      if (!compare || !change || change.kind === 'no-belt') return null;
      // Sales that are new have no rate of change: they sort above every rise.
      return comparedNumber(change, compare.layer, dataset) ?? Infinity;
    }
    case 'sales':
      return hasValue(input, i) ? (metrics.values[y]?.[i] ?? 0) : null;
    case 'growth': {
      const status = growthStatus(metrics, y, i);
      return status.kind === 'value' ? status.growth : null;
    }
    case 'belts':
      return metrics.beltCount?.[y]?.[i] ?? 0;
    case 'over100Yi':
      return metrics.over100YiCount?.[y]?.[i] ?? 0;
    case 'firstOver100Yi': {
      const first = metrics.spreadFirstYear[i] ?? null;
      return first !== null && first <= (metrics.years[y] ?? 0) ? first : null;
    }
    case 'provenance':
      return metrics.provenance[y]?.[i] || null;
  }
}

/** Indices (into `places`) of the rows to show: in `province` (2-digit code) if given, in sort order, ties by code. */
export function tableOrder(input: TableInput, sort: TableSort, province: string | null): number[] {
  const { places, lang } = input;
  const indices: number[] = [];
  for (let i = 0; i < places.codes.length; i++) if (province === null || places.provinces[i] === province) indices.push(i);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const byCode = (a: number, b: number) => (places.codes[a]! < places.codes[b]! ? -1 : 1);
  const { column } = sort;
  if (column === 'name') {
    // Chinese names sort by their pinyin, as a reader of a Chinese index expects.
    const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN-u-co-pinyin' : 'en');
    return indices.sort((a, b) => sign * collator.compare(places.names[a]![lang], places.names[b]![lang]) || byCode(a, b));
  }
  const keys = new Map(indices.map((i) => [i, sortValue(input, column, i)]));
  return indices.sort((a, b) => {
    const ka = keys.get(a) ?? null;
    const kb = keys.get(b) ?? null;
    if (ka === null || kb === null) return ka === kb ? byCode(a, b) : ka === null ? 1 : -1;
    return sign * (ka - kb) || byCode(a, b);
  });
}

/**
 * The year's list as a row cites it: its publisher and date (阿里研究院 AliResearch 2016), since the
 * same full title would fill every row; tableSourceNote gives it once in full.
 */
function yearSourceShort(dataset: ViewDataset, y: number, sources: readonly SourceRecord[], lang: Lang): string | null {
  const id = dataset.yearSourceIds[y];
  const published = id ? sources.find((s) => s.id === id) : undefined;
  const source = published && sourceIn(published, lang);
  if (!source?.publisher) return yearSourceTitle(dataset, y, sources, lang);
  return [source.publisher, source.date].filter(Boolean).join(' ');
}

/** The source of the year's complete list, in full, said once above the table; null where no one list covers the year. */
export function tableSourceNote(dataset: ViewDataset, yearIndex: number, sources: readonly SourceRecord[], lang: Lang): string | null {
  const title = yearSourceTitle(dataset, yearIndex, sources, lang);
  return title === null ? null : t('table.source', lang, { source: title });
}

/** Whether the dataset covers place i in the year shown (domain/coverage.ts). */
function isCoveredIn({ dataset, places, metrics, yearIndex }: TableInput, i: number): boolean {
  return isCovered(dataset, places.regions[i]!, metrics.provenance[yearIndex]?.[i] ?? 0);
}

/** A value to show: in a place the data cover, above 0 or a 0 that a source reports (a county not on a year's complete list). */
function hasValue(input: TableInput, i: number): boolean {
  const { metrics, yearIndex: y } = input;
  return isCoveredIn(input, i) && ((metrics.values[y]?.[i] ?? 0) > 0 || (metrics.provenance[y]?.[i] ?? 0) !== 0);
}

function changeOf(metrics: CountyMetrics, compare: NonNullable<TableInput['compare']>, y: number, i: number): YearChange {
  const valueIn = (yearIndex: number) => compareValues(metrics, compare.layer, yearIndex)[i] ?? 0;
  return yearChange(valueIn(compare.fromYearIndex), valueIn(y));
}

export interface TableRow {
  index: number;
  code: string;
  name: string;
  place: string;
  /** The dataset's measure (sales, villages), formatted. */
  sales: string;
  growth: string;
  belts: string;
  over100Yi: string;
  firstOver100Yi: string;
  /** The change between the compared years, as the tooltip writes it; "" when not comparing. */
  change: string;
  /** modeled / reported (with its sources: the belts' once belts.json is in, else the year's list) / mixed; "" without a value. */
  provenance: string;
  /** 0 none, 1 modeled, 2 reported, 3 both: lets a test or style tell them apart without reading words. */
  provenanceCode: ProvenanceCode;
}

/** The one unit and decimals of a year's value column (a year's values are one array, kept while the year is shown). */
const columns = new WeakMap<ArrayLike<number>, Partial<Record<Lang, SalesColumn>>>();
function valueColumn(values: ArrayLike<number>, lang: Lang): SalesColumn {
  const byLang = columns.get(values) ?? {};
  columns.set(values, byLang);
  return (byLang[lang] ??= salesColumn(Array.from(values), lang));
}

/** One row's text, formatted as the map's tooltip formats it, with one unit and one number of decimals down the value column. */
export function tableRow(
  input: TableInput,
  i: number,
  belts: readonly BeltRecord[] | null,
  sources: readonly SourceRecord[],
): TableRow {
  const { places, metrics, yearIndex: y, lang } = input;
  const { dataset } = input;
  const value = metrics.values[y]?.[i] ?? 0;
  const isShown = hasValue(input, i);
  const covered = isCoveredIn(input, i);
  const first = sortValue(input, 'firstOver100Yi', i);
  // A place without a value: 无数据 where the data do not cover it, else the belt model's "无".
  const noValue = covered ? t('table.noBelt', lang) : t('noData', lang);
  const provenanceCode = metrics.provenance[y]?.[i] ?? 0;
  const sourceTitles = yearSourceShort(dataset, y, sources, lang) ?? reportedSourceTitles(belts, y, sources, lang);
  return {
    index: i,
    code: places.codes[i] ?? '',
    name: places.names[i]?.[lang] ?? '',
    place: places.contexts[i]?.[lang] ?? '',
    sales: isShown ? formatMeasure(value, dataset.measure, lang, valueColumn(metrics.values[y] ?? [], lang)) : noValue,
    growth: covered && value > 0 ? growthText(metrics, y, i, lang) : '',
    belts: covered ? formatCount(metrics.beltCount?.[y]?.[i] ?? 0, lang) : '',
    over100Yi: covered ? formatCount(metrics.over100YiCount?.[y]?.[i] ?? 0, lang) : '',
    firstOver100Yi: first !== null ? formatYear(first, lang) : covered ? t('tooltip.notYet', lang) : '',
    change: !input.compare ? '' : covered ? compareChangeText(changeOf(metrics, input.compare, y, i), input.compare.layer, lang, dataset) : t('noData', lang),
    provenance: isShown ? (provenanceLabel(provenanceCode, sourceTitles, lang) ?? '') : '',
    provenanceCode,
  };
}
