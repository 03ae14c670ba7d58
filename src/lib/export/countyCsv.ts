/**
 * The CSV export: one row per county for the year, layer and category set shown, with the values
 * behind the map and where each comes from. UTF-8 with a byte-order mark, so that Excel opens the
 * Chinese names correctly, and RFC 4180 quoting and CRLF line ends.
 */
import type { CountyMetrics } from '../domain/atlas';
import type { BeltRecord, CountyTableFile, ProvenanceCode } from '../domain/contract';
import type { AtlasDataset } from '../domain/atlas';
import type { Lang } from '../i18n/i18n';
import { growthStatus } from '../view/scales/growthStatus';
import type { LayerScale } from '../view/scales/layerScale';
import { legendLabel } from '../view/scales/legendLabel';
import { ALL_CATEGORIES } from '../domain/categories';

/** The header is a public interface (people script against it): add columns at the end only. */
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

const PROVENANCE_NAMES: Record<ProvenanceCode, string> = { 0: '', 1: 'modeled', 2: 'reported', 3: 'mixed' };
const BYTE_ORDER_MARK = '\uFEFF';

// Quoting, and text that begins like a formula made inert for spreadsheets (format/csv.ts).
export { csvField, csvLine } from '../format/csv';
import { csvLine } from '../format/csv';

export interface CountyCsvInput {
  meta: Pick<AtlasDataset, 'isIllustrative' | 'sources' | 'title'>;
  counties: CountyTableFile;
  metrics: CountyMetrics;
  scale: LayerScale;
  yearIndex: number;
  /** The belts file: which sources stand behind a county's reported values. */
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
  const year = metrics.years[yearIndex];
  if (year === undefined) throw new Error(`countyCsv: year index ${yearIndex} is outside the metrics' ${metrics.years.length} years`);
  const provinceNames = new Map(counties.provinceTable.map((p) => [p.code, p.name]));
  const prefectureNames = new Map(counties.prefectureTable.map((p) => [p.code, p.name]));
  const sourceTitles = new Map(meta.sources.map((s) => [s.id, s.title]));
  const sourcesOf = reportedSourcesByCounty(belts, metrics.category, yearIndex);
  const bins = scale.bins(yearIndex);
  const dataset = `${meta.title[lang]}${meta.isIllustrative ? ' [illustrative]' : ''}`;
  const lines = [csvLine(COUNTY_CSV_HEADER)];
  counties.codes.forEach((code, i) => {
    const status = growthStatus(metrics, yearIndex, i);
    const bin = bins[scale.binOf(yearIndex, i)];
    const sourceIds = sourcesOf.get(code) ?? [];
    const row: Record<(typeof COUNTY_CSV_HEADER)[number], string | number | null> = {
      code,
      name: counties.names[i] ?? '',
      name_pinyin: counties.pinyin[i] ?? '',
      province: provinceNames.get(counties.provinces[i] ?? '') ?? '',
      prefecture: prefectureNames.get(counties.prefectures[i] ?? '') ?? '',
      region: counties.regions[i] ?? '',
      year,
      category: metrics.category,
      layer: scale.layer,
      map_class: bin ? legendLabel(bin, scale.layer, lang) : '',
      sales_yuan: Math.round(metrics.values[yearIndex]?.[i] ?? 0),
      growth_percent: status.kind === 'value' ? Number((status.growth * 100).toFixed(2)) : null,
      growth_status: status.kind,
      belt_count: metrics.beltCount?.[yearIndex]?.[i] ?? 0,
      over_100yi_belt_count: metrics.over100YiCount?.[yearIndex]?.[i] ?? 0,
      first_year_over_100yi: metrics.spreadFirstYear[i] ?? null,
      provenance: PROVENANCE_NAMES[metrics.provenance[yearIndex]?.[i] ?? 0],
      source_ids: sourceIds.join('; '),
      sources: sourceIds.map((id) => sourceTitles.get(id) ?? id).join('; '),
      dataset,
    };
    lines.push(csvLine(COUNTY_CSV_HEADER.map((column) => row[column])));
  });
  return `${BYTE_ORDER_MARK}${lines.join('\r\n')}\r\n`;
}
