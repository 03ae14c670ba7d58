/**
 * The CSV export: one row per county for the year, layer and category set shown, with the values
 * behind the map and where each comes from. UTF-8 with a byte-order mark, so that Excel opens the
 * Chinese names correctly, and RFC 4180 quoting and CRLF line ends. The belt model's columns are
 * COUNTY_CSV_HEADER; another dataset names its value column after its measure (villages_count),
 * has no belt columns, and names the source of each year's list on every row. The rows are the
 * county rows of countyRows.ts (shared with the whole-dataset download) plus the view's columns.
 */
import type { AtlasDataset, CountyMetrics } from '../domain/atlas';
import type { BeltRecord, CountyTableFile } from '../domain/contract';
import type { Lang } from '../i18n/i18n';
import type { LayerScale } from '../view/scales/layerScale';
import { legendContent } from '../view/legend/legendContent';
import type { ViewDataset } from '../view/scales/viewDataset';
import { countyRowColumns, countyRows, type CountyRow } from './countyRows';

/**
 * The belt model's header is a public interface (people script against it): add columns at the end
 * only. countyCsvHeader builds it from the county row's columns; a test checks the two agree.
 */
export const COUNTY_CSV_HEADER = [
  'code',
  'name',
  'name_pinyin',
  'province',
  'prefecture',
  'region',
  'year',
  'category',
  'layer',
  'map_class',
  'sales_yuan',
  'growth_percent',
  'growth_status',
  'belt_count',
  'over_100yi_belt_count',
  'first_year_over_100yi',
  'provenance',
  'source_ids',
  'sources',
  'dataset',
] as const;

/**
 * The header for a dataset: the county row's columns (countyRows.ts: the belt model's as they have
 * always been, another dataset's named after its measure) with the view's layer and map class after
 * the category and the dataset's name at the end.
 */
export function countyCsvHeader(dataset: ViewDataset): string[] {
  return countyRowColumns(dataset).flatMap((column) => (column === 'category' ? [column, 'layer', 'map_class'] : [column])).concat('dataset');
}

/** Written first, so that Excel opens the Chinese names as UTF-8. */
export const BYTE_ORDER_MARK = '\uFEFF';

// Quoting, and text that begins like a formula made inert for spreadsheets (format/csv.ts).
export { csvField, csvLine } from '../format/csv';
import { csvLine } from '../format/csv';

export interface CountyCsvInput {
  meta: Pick<AtlasDataset, 'isIllustrative' | 'sources' | 'title'>;
  /** The dataset shown (atlas.meta): its measure, and the source of each year's list. */
  dataset: ViewDataset;
  counties: CountyTableFile;
  metrics: CountyMetrics;
  scale: LayerScale;
  yearIndex: number;
  /** The belts file: which sources stand behind a county's reported values (none for a dataset without belts). */
  belts: readonly BeltRecord[];
  /** Language of the map_class labels and the dataset title. */
  lang: Lang;
}

export function countyCsv(input: CountyCsvInput): string {
  const { meta, counties, metrics, scale, yearIndex, belts, lang } = input;
  const { dataset } = input;
  const year = metrics.years[yearIndex];
  if (year === undefined) throw new Error(`countyCsv: year index ${yearIndex} is outside the metrics' ${metrics.years.length} years`);
  const rowOf = countyRows({ dataset, sources: meta.sources, counties, metrics, belts, lang });
  const bins = scale.bins(yearIndex);
  // The map classes in the legend's words (legendContent is their one home), by bin.
  const legend = legendContent({ layer: scale.layer, bins, year, lang, compareFrom: null, dataset });
  const classOf = new Map([...legend.ranges, ...legend.specials].map((swatch) => [swatch.bin, swatch.label]));
  const datasetName = `${meta.title[lang]}${meta.isIllustrative ? ' [illustrative]' : ''}`;
  const header = countyCsvHeader(dataset);
  const lines = [csvLine(header)];
  counties.codes.forEach((_code, i) => {
    const bin = bins[scale.binOf(yearIndex, i)];
    const row: CountyRow = {
      ...rowOf(i, yearIndex),
      layer: scale.layer,
      map_class: bin ? (classOf.get(bin) ?? '') : '',
      dataset: datasetName,
    };
    lines.push(csvLine(header.map((column) => row[column] ?? null)));
  });
  return `${BYTE_ORDER_MARK}${lines.join('\r\n')}\r\n`;
}
