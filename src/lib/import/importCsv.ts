/**
 * A user's CSV → a validated panel for the index build. Problems with the file as a whole
 * (encoding, quoting, header, no data) stop the import; problems with a row reject that row and
 * are all reported, each with row, column and reason, so the summary read = accepted + rejected
 * holds and nothing disappears silently. Pure: the CLI and, later, the app call it.
 */
import type { Category, CountyTableFile, PanelRow, SourceRecord } from '../domain/contract';
import { createCategoryLookup } from './categoryLookup';
import { createCountyLookup, type CountyLookup } from './countyLookup';
import { decodeText, type TextEncodingName } from './decodeText';
import { mapHeader, writtenColumn, type ImportColumn } from './importHeader';
import { rowProgress, type ImportProgressCallback } from './importProgress';
import { collectSources } from './importSources';
import { parseCount, parseYear, parseYuan } from './parseAmount';
import { parseCsv, type CsvRecord } from './parseCsv';
import type { Checked, ImportProblem, ImportWarning, ProblemReason } from './problems';

export interface ImportOptions {
  counties: CountyTableFile;
  categories: Category[];
  /** The years a row may carry, inclusive (the dataset's range, 2018–2024 by default in the CLI). */
  firstYear: number;
  lastYear: number;
  /** The file's name (no folders), for the source of rows that give none. */
  fileName: string;
  onProgress?: ImportProgressCallback | undefined;
}

export interface ImportSummary {
  /** Data rows read (blank rows not counted); read = accepted + rejected. */
  read: number;
  accepted: number;
  rejected: number;
  /** Rows with no value in any field, skipped. */
  blank: number;
}

/** What every import says about a file, whichever its format (importReport.ts prints it). */
export interface ImportReport {
  /** How the bytes were read; null when they could not be. */
  encoding: { name: TextEncodingName; hasBom: boolean } | null;
  /** A problem with the whole file: when set, nothing was imported. */
  fileProblem: ImportProblem | null;
  /** Row problems in row order; a rejected row has one or more. */
  problems: ImportProblem[];
  warnings: ImportWarning[];
  summary: ImportSummary;
}

export interface ImportResult extends ImportReport {
  /** The accepted rows, with the sources, categories and years they use. */
  rows: PanelRow[];
  sources: SourceRecord[];
  /** The categories the accepted rows use, in the order of options.categories. */
  categories: Category[];
  /** Ascending, consecutive: from the first to the last year of the accepted rows. */
  years: number[];
}

export function importCsv(bytes: Uint8Array, options: ImportOptions): ImportResult {
  const decoded = decodeText(bytes);
  if (!decoded.ok) return failed(null, { row: null, column: null, reason: decoded.reason });
  const { text, encoding, hasBom } = decoded.value;
  return importCsvText(text, options, { name: encoding, hasBom });
}

export function importCsvText(
  text: string,
  options: ImportOptions,
  encoding: ImportResult['encoding'] = null,
): ImportResult {
  const parsed = parseRecords(text);
  if (!parsed.ok) return failed(encoding, parsed.problem);
  return importRecords(parsed.records, parsed.blank, options, encoding);
}

/** The file's records without its blank ones (counted), or the CSV syntax problem that stops it. */
export function parseRecords(
  text: string,
): { ok: true; records: CsvRecord[]; blank: number } | { ok: false; problem: ImportProblem } {
  const parsed = parseCsv(text);
  if (!parsed.ok) {
    return { ok: false, problem: { row: parsed.row, column: null, reason: parsed.reason } };
  }
  const records = parsed.records.filter((record) => !isBlank(record));
  return { ok: true, records, blank: parsed.records.length - records.length };
}

/** The full format's records (header first, blank ones removed) as a validated panel. */
export function importRecords(
  records: CsvRecord[],
  blank: number,
  options: ImportOptions,
  encoding: ImportResult['encoding'] = null,
): ImportResult {
  const [headerRecord, ...dataRecords] = records;
  if (headerRecord === undefined) return failed(encoding, fileProblem({ code: 'fileEmpty' }));
  const header = mapHeader(headerRecord.fields);
  if (!header.ok) return failed(encoding, { row: headerRecord.row, column: null, reason: header.reason });
  if (dataRecords.length === 0) {
    return failed(encoding, fileProblem({ code: 'noDataRows' }), header.value.warnings);
  }

  const readRow = createRowReader(options, header.value.positions, headerRecord.fields);
  const progress = rowProgress(dataRecords.length, options.onProgress);
  const candidates = dataRecords.map((record, i) => {
    const candidate = readRow(record);
    progress(i);
    return candidate;
  });
  rejectDuplicates(candidates, 'countyCategoryYear', {
    keyOf: (values) => `${values.countyCode}|${values.category.id}|${values.year}`,
    describe: (values) => ({ county: readRow.lookup.countyRef(values.countyIndex), category: values.category.id, year: values.year }),
  });

  const accepted = candidates.flatMap((c) => (c.problems.length === 0 && c.values ? [c.values] : []));
  const { sources, sourceIds } = collectSources(
    accepted.map((values) => values.sourceText),
    options.fileName,
  );
  const rows: PanelRow[] = accepted.map((values, i) => ({
    countyCode: values.countyCode,
    year: values.year,
    categoryId: values.category.id,
    salesYuan: values.salesYuan,
    merchants: values.merchants,
    provenance: 'reported',
    sourceId: sourceIds[i],
  }));
  const usedCategories = new Set(rows.map((row) => row.categoryId));
  // A loop, not Math.min(...years): a national panel has ~200,000 rows, too many arguments.
  let firstYear = Infinity;
  let lastYear = -Infinity;
  for (const { year } of rows) {
    firstYear = Math.min(firstYear, year);
    lastYear = Math.max(lastYear, year);
  }
  return {
    encoding,
    fileProblem: null,
    problems: candidates.flatMap((c) => c.problems),
    warnings: header.value.warnings,
    summary: {
      read: candidates.length,
      accepted: accepted.length,
      rejected: candidates.length - accepted.length,
      blank,
    },
    rows,
    sources,
    categories: options.categories.filter((category) => usedCategories.has(category.id)),
    years: rows.length === 0 ? [] : Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i),
  };
}

/** The values of a row in which every field could be read. */
interface RowValues {
  countyIndex: number;
  countyCode: string;
  year: number;
  category: Category;
  salesYuan: number;
  merchants: number;
  sourceText: string;
}

/** One data row as read: its values if every field could be read, and its problems. */
interface Candidate {
  row: number;
  values: RowValues | null;
  problems: ImportProblem[];
}

function createRowReader(
  options: ImportOptions,
  positions: Partial<Record<ImportColumn, number>>,
  headerFields: readonly string[],
) {
  const headerWidth = headerFields.length;
  const lookup = createCountyLookup(options.counties);
  const findCategory = createCategoryLookup(options.categories);
  const { firstYear, lastYear } = options;

  const readRow = (record: CsvRecord): Candidate => {
    const problems: ImportProblem[] = [];
    const cell = (column: ImportColumn): string => {
      const position = positions[column];
      return position === undefined ? '' : (record.fields[position] ?? '').trim();
    };
    /** The value, or null with a problem when it cannot be read or `isInvalid` says why not. */
    const check = <T>(
      column: ImportColumn,
      result: Checked<T>,
      isInvalid: (value: T) => ProblemReason | null = () => null,
    ): T | null => {
      const reason = result.ok ? isInvalid(result.value) : result.reason;
      if (result.ok && reason === null) return result.value;
      if (reason !== null) problems.push({ row: record.row, column: writtenColumn(column, positions, headerFields), reason });
      return null;
    };
    // Spreadsheets pad rows with empty cells; only extra cells with content are a problem.
    const extra = record.fields.slice(headerWidth).some((field) => field.trim() !== '');
    if (record.fields.length < headerWidth || extra) {
      problems.push({
        row: record.row,
        column: null,
        reason: { code: 'fieldCount', fields: record.fields.length, headerFields: headerWidth },
      });
      return { row: record.row, values: null, problems };
    }
    const countyIndex = readCounty(lookup, cell, check, positions);
    const year = check('year', parseYear(cell('year')), (value) => yearOutOfRange(value, firstYear, lastYear));
    const category = check('category', findCategory(cell('category')));
    const salesYuan = check('sales', parseYuan(cell('sales')));
    const merchants = check('merchants', parseCount(cell('merchants')));
    const countyCode = countyIndex === null ? undefined : options.counties.codes[countyIndex];
    const isComplete =
      countyIndex !== null &&
      countyCode !== undefined &&
      year !== null && category !== null && salesYuan !== null && merchants !== null;
    const values = isComplete
      ? { countyIndex, countyCode, year, category, salesYuan, merchants, sourceText: cell('source') }
      : null;
    return { row: record.row, values, problems };
  };
  return Object.assign(readRow, { lookup });
}

/**
 * The county of a row: by county_code when the row has one (and then county/province, if also
 * given, must agree with it), else by county name within the row's province.
 */
export function readCounty(
  lookup: CountyLookup,
  cell: (column: ImportColumn) => string,
  check: <T>(column: ImportColumn, result: Checked<T>) => T | null,
  positions: Partial<Record<ImportColumn, number>>,
): number | null {
  const code = cell('county_code');
  const name = cell('county');
  const provinceText = positions.county === undefined ? '' : cell('province');
  const provinceCode = provinceText === '' ? null : check('province', lookup.province(provinceText));
  if (provinceText !== '' && provinceCode === null) return null;
  if (code !== '') {
    const index = check('county_code', lookup.byCode(code));
    if (index === null) return null;
    const disagrees = (value: string) => ({
      ok: false as const,
      reason: { code: 'countyMismatch' as const, value, countyCode: code, county: lookup.countyRef(index) },
    });
    if (name !== '' && !lookup.isNamed(index, name)) return check('county', disagrees(name));
    if (provinceCode !== null && lookup.provinceOf(index) !== provinceCode) {
      return check('province', disagrees(provinceText));
    }
    return index;
  }
  if (name !== '') return check('county', lookup.byName(name, provinceCode));
  const column = positions.county_code === undefined ? 'county' : 'county_code';
  return check(column, { ok: false, reason: { code: 'noCounty' } });
}

/** A year outside the range a row may have, as a problem; null when it is inside. */
export function yearOutOfRange(year: number, firstYear: number, lastYear: number): ProblemReason | null {
  return year < firstYear || year > lastYear ? { code: 'yearOutOfRange', year, firstYear, lastYear } : null;
}

type DuplicateRow = Extract<ProblemReason, { code: 'duplicateRow' }>;

/**
 * A key (county, category and year; county and year where values cannot be added up) may appear
 * once. When it appears more often, every such row is rejected: the import cannot know which value
 * is right, and keeping one would hide the clash.
 */
export function rejectDuplicates<V>(
  candidates: { row: number; values: V | null; problems: ImportProblem[] }[],
  key: DuplicateRow['key'],
  { keyOf, describe }: { keyOf: (values: V) => string; describe: (values: V) => Pick<DuplicateRow, 'county' | 'category' | 'year'> },
): void {
  const rowsByKey = new Map<string, { candidate: (typeof candidates)[number]; values: V }[]>();
  for (const candidate of candidates) {
    const { values } = candidate;
    if (values === null) continue;
    const key = keyOf(values);
    const group = rowsByKey.get(key);
    if (group === undefined) rowsByKey.set(key, [{ candidate, values }]);
    else group.push({ candidate, values });
  }
  for (const group of rowsByKey.values()) {
    if (group.length < 2) continue;
    for (const { candidate, values } of group) {
      const rows = group.filter((other) => other.candidate !== candidate).map((other) => other.candidate.row);
      candidate.problems.push({ row: candidate.row, column: null, reason: { code: 'duplicateRow', key, rows, ...describe(values) } });
    }
  }
}

function isBlank(record: CsvRecord): boolean {
  return record.fields.every((field) => field.trim() === '');
}

function fileProblem(reason: ProblemReason): ImportProblem {
  return { row: null, column: null, reason };
}

/** The report of a file that cannot be imported at all. */
export function failedReport(encoding: ImportReport['encoding'], problem: ImportProblem, warnings: ImportWarning[] = []): ImportReport {
  return { encoding, fileProblem: problem, problems: [], warnings, summary: { read: 0, accepted: 0, rejected: 0, blank: 0 } };
}

function failed(
  encoding: ImportResult['encoding'],
  problem: ImportProblem,
  warnings: ImportWarning[] = [],
): ImportResult {
  return {
    ...failedReport(encoding, problem, warnings),
    rows: [],
    sources: [],
    categories: [],
    years: [],
  };
}
