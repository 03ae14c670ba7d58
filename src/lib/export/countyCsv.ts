/**
 * The CSV export: one row per county for the year, layer and category set shown, with the values
 * behind the map and where each comes from. UTF-8 with a byte-order mark, so that Excel opens the
 * Chinese names correctly, and RFC 4180 quoting and CRLF line ends. The belt model's columns are
 * COUNTY_CSV_HEADER; another dataset names its value column after its measure (villages_count),
 * has no belt columns, and names the source of each year's list on every row.
 */
import type { CountyMetrics } from '../domain/atlas';
import type { BeltRecord, CountyTableFile, ProvenanceCode } from '../domain/contract';
import { sourceIn } from '../domain/sources';
import type { AtlasDataset } from '../domain/atlas';
import type { Lang } from '../i18n/i18n';
import { growthStatus } from '../view/scales/growthStatus';
import type { LayerScale } from '../view/scales/layerScale';
import { legendContent } from '../view/legend/legendContent';
import { hasBelts, type ViewDataset } from '../view/scales/viewDataset';
import { ALL_CATEGORIES } from '../domain/categories';

/** The belt model's header is a public interface (people script against it): add columns at the end only. */
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

/** The columns a dataset names for itself: its value (sales_yuan, villages_count) and the year it first reached the spread threshold. */
function ownColumns(dataset: ViewDataset): { value: string; firstYear: string } {
  if (hasBelts(dataset)) return { value: 'sales_yuan', firstYear: 'first_year_over_100yi' };
  return { value: `${dataset.measure.id}_${dataset.measure.unit}`, firstYear: `first_year_${dataset.measure.id}` };
}

/**
 * The header for a dataset: the belt model's as it has always been; another dataset's value column
 * is its measure's id and unit (villages_count), its first year column says what reached the
 * spread threshold (first_year_villages), and the belt counts are left out.
 */
export function countyCsvHeader(dataset: ViewDataset): string[] {
  if (hasBelts(dataset)) return [...COUNTY_CSV_HEADER];
  const own = ownColumns(dataset);
  return COUNTY_CSV_HEADER.flatMap((column) => {
    if (column === 'belt_count' || column === 'over_100yi_belt_count') return [];
    return [column === 'sales_yuan' ? own.value : column === 'first_year_over_100yi' ? own.firstYear : column];
  });
}

const PROVENANCE_NAMES: Record<ProvenanceCode, string> = { 0: '', 1: 'modeled', 2: 'reported', 3: 'mixed' };
const BYTE_ORDER_MARK = '\uFEFF';

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

export function countyCsv(input: CountyCsvInput): string {
  const { meta, counties, metrics, scale, yearIndex, belts, lang } = input;
  const { dataset } = input;
  const year = metrics.years[yearIndex];
  if (year === undefined) throw new Error(`countyCsv: year index ${yearIndex} is outside the metrics' ${metrics.years.length} years`);
  const provinceNames = new Map(counties.provinceTable.map((p) => [p.code, p.name]));
  const prefectureNames = new Map(counties.prefectureTable.map((p) => [p.code, p.name]));
  const sourceTitles = new Map(meta.sources.map((s) => [s.id, sourceIn(s, lang).title]));
  const sourcesOf = reportedSourcesByCounty(belts, metrics.category, yearIndex);
  // A year's complete list is the source of every value that year, its zeros included.
  const yearSource = dataset.yearSourceIds[yearIndex] ?? null;
  const bins = scale.bins(yearIndex);
  // The map classes in the legend's words (legendContent is their one home), by bin.
  const legend = legendContent({ layer: scale.layer, bins, year, lang, compareFrom: null, dataset });
  const classOf = new Map([...legend.ranges, ...legend.specials].map((swatch) => [swatch.bin, swatch.label]));
  const datasetName = `${meta.title[lang]}${meta.isIllustrative ? ' [illustrative]' : ''}`;
  const header = countyCsvHeader(dataset);
  const own = ownColumns(dataset);
  const lines = [csvLine(header)];
  counties.codes.forEach((code, i) => {
    const status = growthStatus(metrics, yearIndex, i);
    const bin = bins[scale.binOf(yearIndex, i)];
    const provenance = metrics.provenance[yearIndex]?.[i] ?? 0;
    const sourceIds = yearSource !== null && provenance !== 0 ? [yearSource] : (sourcesOf.get(code) ?? []);
    const row: Record<string, string | number | null> = {
      code,
      name: counties.names[i] ?? '',
      name_pinyin: counties.pinyin[i] ?? '',
      province: provinceNames.get(counties.provinces[i] ?? '') ?? '',
      prefecture: prefectureNames.get(counties.prefectures[i] ?? '') ?? '',
      region: counties.regions[i] ?? '',
      year,
      category: metrics.category,
      layer: scale.layer,
      map_class: bin ? (classOf.get(bin) ?? '') : '',
      [own.value]: Math.round(metrics.values[yearIndex]?.[i] ?? 0),
      growth_percent: status.kind === 'value' ? Number((status.growth * 100).toFixed(2)) : null,
      // A dataset without belts has no "no-belt": its empty value is "none".
      growth_status: status.kind === 'no-belt' && !hasBelts(dataset) ? 'none' : status.kind,
      belt_count: metrics.beltCount?.[yearIndex]?.[i] ?? 0,
      over_100yi_belt_count: metrics.over100YiCount?.[yearIndex]?.[i] ?? 0,
      [own.firstYear]: metrics.spreadFirstYear[i] ?? null,
      provenance: PROVENANCE_NAMES[provenance],
      source_ids: sourceIds.join('; '),
      sources: sourceIds.map((id) => sourceTitles.get(id) ?? id).join('; '),
      dataset: datasetName,
    };
    lines.push(csvLine(header.map((column) => row[column] ?? null)));
  });
  return `${BYTE_ORDER_MARK}${lines.join('\r\n')}\r\n`;
}
