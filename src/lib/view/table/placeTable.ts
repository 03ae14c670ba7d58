/**
 * The table view: every place of the level shown with the values the map and its tooltip show
 * (sales, growth, belts, 百亿 belts, the year of the first 百亿 belt, provenance), filtered by
 * province and sorted by any column. Pure: the component renders the rows it is given.
 */
import type { AreaTable } from '../../domain/areas';
import type { CountyMetrics } from '../../domain/atlas';
import type { BeltRecord, ProvenanceCode, SourceRecord } from '../../domain/contract';
import { formatCount, formatSales, formatYear } from '../../format/format';
import { t, type Lang } from '../../i18n/i18n';
import type { LayerId } from '../../domain/layers';
import { growthStatus } from '../scales/growthStatus';
import { growthText, provenanceLabel, reportedSourceTitles } from '../tooltip/tooltipContent';
import { compareChangeText } from '../compare/compareLegend';
import { comparedNumber, compareValues } from '../compare/compareScale';
import { yearChange, type YearChange } from '../compare/yearCompare';

export const TABLE_COLUMNS = ['name', 'sales', 'growth', 'belts', 'over100Yi', 'firstOver100Yi', 'provenance'] as const;
/** 'change': the difference between two compared years, a column only while comparing. */
export type TableColumn = (typeof TABLE_COLUMNS)[number] | 'change';
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
  /** While two years are compared: the first year's index and the layer (which says what is compared). */
  compare?: { fromYearIndex: number; layer: LayerId } | null;
}

/**
 * The number a column sorts by, or null for "nothing to show" (no sales, growth that is "new" or
 * "no data", no 百亿 belt yet), which stays at the bottom in either direction.
 */
function sortValue({ metrics, yearIndex: y, compare }: TableInput, column: Exclude<TableColumn, 'name'>, i: number): number | null {
  switch (column) {
    case 'change': {
      const change = compare ? changeOf(metrics, compare, y, i) : null;
      if (!compare || !change || change.kind === 'no-belt') return null;
      // Sales that are new have no rate of change: they sort above every rise.
      return comparedNumber(change, compare.layer) ?? Infinity;
    }
    case 'sales': {
      const sales = metrics.values[y]?.[i] ?? 0;
      return sales > 0 ? sales : null;
    }
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

function changeOf(metrics: CountyMetrics, compare: NonNullable<TableInput['compare']>, y: number, i: number): YearChange {
  const valueIn = (yearIndex: number) => compareValues(metrics, compare.layer, yearIndex)[i] ?? 0;
  return yearChange(valueIn(compare.fromYearIndex), valueIn(y));
}

export interface TableRow {
  index: number;
  code: string;
  name: string;
  place: string;
  sales: string;
  growth: string;
  belts: string;
  over100Yi: string;
  firstOver100Yi: string;
  /** The change between the compared years, as the tooltip writes it; "" when not comparing. */
  change: string;
  /** modeled / reported (with its sources, once belts.json is in) / mixed; "" without a belt. */
  provenance: string;
  /** 0 none, 1 modeled, 2 reported, 3 both: lets a test or style tell them apart without reading words. */
  provenanceCode: ProvenanceCode;
}

/** One row's text, formatted as the map's tooltip formats it. */
export function tableRow(
  input: TableInput,
  i: number,
  belts: readonly BeltRecord[] | null,
  sources: readonly SourceRecord[],
): TableRow {
  const { places, metrics, yearIndex: y, lang } = input;
  const sales = metrics.values[y]?.[i] ?? 0;
  const hasBelt = sales > 0;
  const first = sortValue(input, 'firstOver100Yi', i);
  const provenanceCode = metrics.provenance[y]?.[i] ?? 0;
  return {
    index: i,
    code: places.codes[i] ?? '',
    name: places.names[i]?.[lang] ?? '',
    place: places.contexts[i]?.[lang] ?? '',
    sales: hasBelt ? formatSales(sales, lang) : t('table.noBelt', lang),
    growth: hasBelt ? growthText(metrics, y, i, lang) : '',
    belts: formatCount(metrics.beltCount?.[y]?.[i] ?? 0, lang),
    over100Yi: formatCount(metrics.over100YiCount?.[y]?.[i] ?? 0, lang),
    firstOver100Yi: first !== null ? formatYear(first, lang) : t('tooltip.notYet', lang),
    change: input.compare ? compareChangeText(changeOf(metrics, input.compare, y, i), input.compare.layer, lang) : '',
    provenance: hasBelt ? (provenanceLabel(provenanceCode, reportedSourceTitles(belts, y, sources), lang) ?? '') : '',
    provenanceCode,
  };
}
