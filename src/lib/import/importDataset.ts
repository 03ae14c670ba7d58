/**
 * A user's CSV → the files of one more dataset (datasetContract.ts: meta, metrics, details), from
 * either format: the full one (county × category × year with sales and merchants, read by
 * importCsv.ts; the measure is sales in yuan, added up over the categories) or the simple one
 * (readMeasureCsv.ts: county, year, a numeric column). Pure, with no Node or DOM: the CLI calls it,
 * and a Web Worker can. Every row read is accepted or listed with its problem; nothing is dropped.
 *
 * A county the file does not list in a year it covers has no value (provenance 0), since a file of
 * figures is rarely a complete list; a file declared complete (isCompleteList) gives it a reported 0,
 * as the 淘宝村 lists do. Hong Kong, Macao and Taiwan stay without a value unless the file lists them.
 */
import type { Category, CountyTableFile, LocalizedText, ProvenanceCode, SourceRecord } from '../domain/contract';
import type { DatasetDescriptor, DatasetMeasure, DatasetWords } from '../domain/datasetContract';
import { BELT_SALES_MEASURE } from '../domain/datasets';
import { LISTED_DETAILS_FILE, LISTED_METRICS_FILE, type ListedDatasetFiles } from '../dataset/listedFiles';
import { buildListedMetrics } from '../dataset/listedMetrics';
import { formatMeasure } from '../format/format';
import { decodeText } from './decodeText';
import { failedReport, importRecords, parseRecords, type ImportReport } from './importCsv';
import type { ImportProgressCallback } from './importProgress';
import { collectSources, fileSource, FILE_SOURCE_ID } from './importSources';
import type { MeasureChoice } from './measureColumn';
import { isFullFormatHeader, readMeasureCsv } from './readMeasureCsv';

/** Any four-digit year is a year of an imported dataset unless the caller narrows it. */
const ANY_YEAR = { firstYear: 1000, lastYear: 9999 };

export interface DatasetImportOptions {
  counties: CountyTableFile;
  /** The full format's categories (scripts/data/categories.json). */
  categories: Category[];
  /** The file's name (no folders): the source of rows without one, and the default title. */
  fileName: string;
  id: string;
  title?: LocalizedText | undefined;
  description?: LocalizedText | undefined;
  /** The simple format's measure: column, name, unit; guessed from the header where not given. */
  measure?: MeasureChoice | undefined;
  /** Default: the smallest value above zero, so the spread layer shows when a county first has any. */
  spreadThreshold?: number | undefined;
  /** Whether the file lists every county with a value, so an unlisted county has a reported 0. */
  isCompleteList?: boolean | undefined;
  years?: { firstYear: number; lastYear: number } | undefined;
  generatedBy: string;
  /** Rows checked so far, every PROGRESS_EVERY_ROWS rows and after the last (importProgress.ts). */
  onProgress?: ImportProgressCallback | undefined;
}

export interface DatasetImportResult extends ImportReport {
  format: 'full' | 'simple' | null;
  /** The dataset's files, built from the accepted rows; null when none was accepted. */
  files: ListedDatasetFiles | null;
}

/** A value of the file: a county, a year, the measure and the source id. */
interface Entry {
  countyIndex: number;
  year: number;
  value: number;
  sourceId: string;
}

export function importDataset(bytes: Uint8Array, options: DatasetImportOptions): DatasetImportResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ...failedReport(null, { row: null, column: null, reason: decoded.reason }), format: null, files: null };
  const { text, encoding, hasBom } = decoded.value;
  return importDatasetText(text, options, { name: encoding, hasBom });
}

export function importDatasetText(
  text: string,
  options: DatasetImportOptions,
  encoding: ImportReport['encoding'] = null,
): DatasetImportResult {
  const parsed = parseRecords(text);
  if (!parsed.ok) return { ...failedReport(encoding, parsed.problem), format: null, files: null };
  const years = options.years ?? ANY_YEAR;
  if (isFullFormatHeader(parsed.records[0]?.fields ?? [])) {
    const countyIndexByCode = new Map(options.counties.codes.map((code, i) => [code, i]));
    const { rows, sources, fileProblem, problems, warnings, summary } = importRecords(parsed.records, parsed.blank, { ...options, ...years }, encoding);
    const report: ImportReport = { encoding, fileProblem, problems, warnings, summary };
    const entries = rows.map((row) => ({
      countyIndex: countyIndexByCode.get(row.countyCode)!,
      year: row.year,
      value: row.salesYuan,
      sourceId: row.sourceId ?? FILE_SOURCE_ID,
    }));
    // The full format measures what the belt model does: online sales in yuan.
    const measure: DatasetMeasure = { ...BELT_SALES_MEASURE };
    return { ...report, format: 'full', files: entries.length === 0 ? null : buildFiles(entries, sources, measure, summary.accepted, options) };
  }
  const result = readMeasureCsv(parsed.records, parsed.blank, { counties: options.counties, ...years, measure: options.measure ?? {}, isCompleteList: options.isCompleteList, onProgress: options.onProgress }, encoding);
  const { measure, rows, headerYears, ...report } = result;
  const { sources, sourceIds } = collectSources(rows.map((row) => row.sourceText), options.fileName);
  const entries = rows.map((row, i) => ({ countyIndex: row.countyIndex, year: row.year, value: row.value, sourceId: sourceIds[i]! }));
  const files = measure === null || entries.length === 0 ? null : buildFiles(entries, sources, measure, report.summary.accepted, options, headerYears);
  return { ...report, format: 'simple', files };
}

/** The smallest value above zero, so that by default a county counts from its first value; 1 when there is none. */
export function defaultSpreadThreshold(values: Iterable<number>): number {
  let smallest = Infinity;
  for (const value of values) if (value > 0 && value < smallest) smallest = value;
  return Number.isFinite(smallest) ? smallest : 1;
}

/** `headerYears`: years a header names (the years across), spanned even where no row has a value. */
function buildFiles(
  entries: Entry[],
  fileSources: SourceRecord[],
  measure: DatasetMeasure,
  accepted: number,
  options: DatasetImportOptions,
  headerYears: readonly number[] = [],
): ListedDatasetFiles {
  const { counties } = options;
  // A loop, not Math.min(...): a national file has too many rows for a spread call.
  let firstYear = Infinity;
  let lastYear = -Infinity;
  for (const year of headerYears) {
    firstYear = Math.min(firstYear, year);
    lastYear = Math.max(lastYear, year);
  }
  for (const { year } of entries) {
    firstYear = Math.min(firstYear, year);
    lastYear = Math.max(lastYear, year);
  }
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  const countyCount = counties.codes.length;
  const reportedZero: ProvenanceCode = options.isCompleteList ? 2 : 0;
  const values = years.map(() => new Array<number>(countyCount).fill(0));
  const provenance = years.map(() => counties.regions.map((region): ProvenanceCode => (region === 'hmt' ? 0 : reportedZero)));
  const sourcesOfYear = years.map(() => new Set<string>());
  for (const { countyIndex, year, value, sourceId } of entries) {
    const y = year - firstYear;
    // Rows of several categories add up (the duplicate check let through only what may be added).
    values[y]![countyIndex]! += value;
    provenance[y]![countyIndex] = 2;
    sourcesOfYear[y]!.add(sourceId);
  }
  // A year's source: the one source all its rows cite, else the file, which lists them all.
  const yearSourceIds = sourcesOfYear.map((ids) => (ids.size === 1 ? [...ids][0]! : FILE_SOURCE_ID));
  const sources =
    yearSourceIds.includes(FILE_SOURCE_ID) && !fileSources.some((source) => source.id === FILE_SOURCE_ID)
      ? [...fileSources, fileSource(options.fileName)]
      : fileSources;
  // The smallest value of the measure: a county's in a year, after categories are added up.
  const spreadThreshold = options.spreadThreshold ?? defaultSpreadThreshold(values.flat());
  const meta: DatasetDescriptor = {
    generatedBy: options.generatedBy,
    id: options.id,
    title: options.title ?? { zh: `导入数据：${options.fileName}`, en: `Imported data: ${options.fileName}` },
    description: options.description ?? defaultDescription(options, accepted),
    isIllustrative: false,
    measure,
    words: measureWords(measure, spreadThreshold),
    years,
    categories: [],
    spreadThreshold,
    sources,
    yearSourceIds,
    nationalSeries: [],
    reportedCountyPoints: [],
    metricsFile: LISTED_METRICS_FILE,
    detailsFile: LISTED_DETAILS_FILE,
  };
  const metrics = buildListedMetrics({
    counties,
    years,
    values,
    provenance,
    towns: years.map(() => null),
    spreadThreshold,
    measureId: measure.id,
    generatedBy: options.generatedBy,
  });
  return { meta, metrics, details: { generatedBy: options.generatedBy, years, counties: {} } };
}

function defaultDescription({ fileName, isCompleteList }: DatasetImportOptions, accepted: number): LocalizedText {
  return {
    zh:
      `由 ${fileName} 导入的 ${accepted} 行数据，数值均为文件所报。` +
      (isCompleteList ? '文件为完整名单：未列出的县当年为0。' : '文件未列出的县当年为无数据。'),
    en:
      `${accepted} rows imported from ${fileName}; every value as reported by the file. ` +
      (isCompleteList ? 'The file is a complete list: a county it does not list has 0 that year.' : 'A county the file does not list has no data that year.'),
  };
}

/** The words of the views, made from the measure's name and the spread threshold written in its unit. */
export function measureWords(measure: DatasetMeasure, spreadThreshold: number): DatasetWords {
  const { zh, en } = measure.name;
  const at = { zh: formatMeasure(spreadThreshold, measure, 'zh'), en: formatMeasure(spreadThreshold, measure, 'en') };
  return {
    valueLayer: { zh, en },
    spreadLayer: { zh: `首次达到${at.zh}`, en: `First year at ${at.en}` },
    // The legend writes the unit after its title itself (亿元 for yuan, the unit label), as for the 淘宝村 list.
    valueLegend: { zh, en },
    growthLegend: { zh: `${zh}同比增速`, en: `Year-on-year growth of ${en}` },
    spreadLegend: { zh: `首次达到${at.zh}的年份`, en: `Year first at ${at.en}` },
    none: { zh: `${zh}为0`, en: `${en}: 0` },
    notYet: { zh: `尚未达到${at.zh}`, en: `Not yet at ${at.en}` },
    spreadChart: { zh: `达到${at.zh}的县级单位数`, en: `Counties at ${at.en} or more` },
  };
}
