/**
 * The simple import format: one row per county and year (county_code, or county + province; year),
 * one or more numeric columns of which one is the measure, optional category and source. Rows are
 * checked as in the full format (importCsv.ts: the same county lookup, problems by row, column and
 * reason, duplicates rejected together) and every row read is accepted or rejected with a reason.
 */
import type { CountyTableFile } from '../domain/contract';
import type { DatasetMeasure } from '../domain/datasetContract';
import { createCountyLookup } from './countyLookup';
import { failedReport, readCounty, rejectDuplicates, yearOutOfRange, type ImportReport } from './importCsv';
import { columnOf, writtenColumn, type ImportColumn } from './importHeader';
import { rowProgress, type ImportProgressCallback } from './importProgress';
import { readMeasure, type MeasureChoice } from './measureColumn';
import { parseDecimal, parsePercent, parseYear, parseYuan, toHalfWidth } from './parseAmount';
import type { CsvRecord } from './parseCsv';
import type { Checked, ImportProblem, ImportWarning, MissingColumn, ProblemReason } from './problems';

/** Rows whose cells decide which column holds the measure when the reader has not said. */
const GUESS_SAMPLE_ROWS = 1000;

/** The measure's column as a problem names it: by its header, which is no fixed column's name. */
interface MeasureHeader {
  header: string;
}

/** The columns with a fixed meaning; every other column may hold the measure. */
const FIXED_COLUMNS = ['county_code', 'county', 'province', 'year', 'category', 'source'] as const;

export interface MeasureRow {
  row: number;
  countyIndex: number;
  year: number;
  /** '' without a category column. */
  category: string;
  value: number;
  sourceText: string;
}

export interface MeasureCsvResult extends ImportReport {
  measure: DatasetMeasure | null;
  rows: MeasureRow[];
}

export interface MeasureCsvOptions {
  counties: CountyTableFile;
  firstYear: number;
  lastYear: number;
  measure: MeasureChoice;
  onProgress?: ImportProgressCallback | undefined;
}

/** The column with a fixed meaning a header field names (in English or Chinese: columnOf), or null for one that may hold the measure. */
function fixedColumnOf(field: string): ImportColumn | null {
  const column = columnOf(field);
  return column !== null && (FIXED_COLUMNS as readonly string[]).includes(column) ? column : null;
}

/** Whether a header field names a column with a fixed meaning rather than one that may hold the measure. */
export function isFixedColumn(field: string): boolean {
  return fixedColumnOf(field) !== null;
}

/** Whether a header is in the simple format's shape rather than the full one (sales and merchants). */
export function isFullFormatHeader(fields: string[]): boolean {
  const names = new Set(fields.map((field) => toHalfWidth(field).trim().toLowerCase()));
  return names.has('sales') && names.has('merchants');
}

export function readMeasureCsv(
  records: CsvRecord[],
  blank: number,
  options: MeasureCsvOptions,
  encoding: ImportReport['encoding'],
): MeasureCsvResult {
  const fail = (problem: ImportProblem, warnings: ImportWarning[] = []) => ({ ...failedReport(encoding, problem, warnings), measure: null, rows: [] });
  const [headerRecord, ...dataRecords] = records;
  if (headerRecord === undefined) return fail({ row: null, column: null, reason: { code: 'fileEmpty' } });
  // As written, for messages and the measure's name; matched half-width and in lower case.
  const header = headerRecord.fields.map((field) => field.trim());
  const positions: Partial<Record<ImportColumn, number>> = {};
  const others: number[] = [];
  const warnings: ImportWarning[] = [];
  for (const [position, field] of header.entries()) {
    const column = fixedColumnOf(field);
    if (field === '') warnings.push({ code: 'unnamedColumn', position: position + 1 });
    else if (column !== null) {
      if (positions[column] !== undefined) {
        return fail({ row: headerRecord.row, column: null, reason: { code: 'duplicateColumn', column } });
      }
      positions[column] = position;
    } else others.push(position);
  }
  const missing: MissingColumn[] = [
    ...(positions.county_code === undefined && positions.county === undefined ? (['county'] as const) : []),
    ...(positions.year === undefined ? (['year'] as const) : []),
    ...(others.length === 0 ? (['measure'] as const) : []),
  ];
  if (missing.length > 0) return fail({ row: headerRecord.row, column: null, reason: { code: 'missingColumns', missing, header } });
  if (dataRecords.length === 0) return fail({ row: null, column: null, reason: { code: 'noDataRows' } }, warnings);

  const position = chooseMeasureColumn(header, others, dataRecords, options.measure.column);
  if (typeof position !== 'number') return fail({ row: headerRecord.row, column: null, reason: position }, warnings);
  for (const other of others) {
    if (other !== position) warnings.push({ code: 'notMeasureColumn', column: header[other]! });
  }
  const reading = readMeasure(header[position]!, position, options.measure);
  const column = header[position]!;
  const lookup = createCountyLookup(options.counties);
  const isAdditive = reading.measure.unit === 'yuan' || reading.measure.unit === 'count';

  const readRow = (record: CsvRecord) => {
    const problems: ImportProblem[] = [];
    const cell = (name: ImportColumn): string => {
      const at = positions[name];
      return at === undefined ? '' : (record.fields[at] ?? '').trim();
    };
    /** The value, or null with a problem in `name`'s column (a fixed one, or the measure's header) when it cannot be read or `isInvalid` says why not. */
    const check = <T>(name: ImportColumn | MeasureHeader, result: Checked<T>, isInvalid: (value: T) => ProblemReason | null = () => null): T | null => {
      const reason = result.ok ? isInvalid(result.value) : result.reason;
      if (result.ok && reason === null) return result.value;
      const written = typeof name === 'string' ? writtenColumn(name, positions, header) : name.header;
      if (reason !== null) problems.push({ row: record.row, column: written, reason });
      return null;
    };
    const extra = record.fields.slice(header.length).some((field) => field.trim() !== '');
    if (record.fields.length < header.length || extra) {
      problems.push({ row: record.row, column: null, reason: { code: 'fieldCount', fields: record.fields.length, headerFields: header.length } });
      return { row: record.row, problems, values: null };
    }
    const countyIndex = readCounty(lookup, cell, check, positions);
    const { firstYear, lastYear } = options;
    const year = check('year', parseYear(cell('year')), (value) => yearOutOfRange(value, firstYear, lastYear));
    const value = check({ header: column }, reading.parse(record.fields[position] ?? ''));
    const values =
      countyIndex === null || year === null || value === null
        ? null
        : { row: record.row, countyIndex, year, category: cell('category'), value, sourceText: cell('source') };
    return { row: record.row, problems, values };
  };
  const progress = rowProgress(dataRecords.length, options.onProgress);
  const candidates = dataRecords.map((record, i) => {
    const candidate = readRow(record);
    progress(i);
    return candidate;
  });
  // Counts and yuan of several categories add up to the county's; percentages and free units do not.
  if (isAdditive) {
    rejectDuplicates(candidates, 'countyCategoryYear', {
      keyOf: (values) => `${values.countyIndex}|${values.category}|${values.year}`,
      describe: (values) => ({ county: lookup.countyRef(values.countyIndex), category: values.category, year: values.year }),
    });
  } else {
    rejectDuplicates(candidates, 'countyYear', {
      keyOf: (values) => `${values.countyIndex}|${values.year}`,
      describe: (values) => ({ county: lookup.countyRef(values.countyIndex), category: '', year: values.year }),
    });
  }
  const rows = candidates.flatMap((c) => (c.problems.length === 0 && c.values ? [c.values] : []));
  return {
    encoding,
    fileProblem: null,
    problems: candidates.flatMap((c) => c.problems),
    warnings,
    summary: { read: candidates.length, accepted: rows.length, rejected: candidates.length - rows.length, blank },
    measure: reading.measure,
    rows,
  };
}

/**
 * The measure column: the one the reader named, else the first column whose filled cells are mostly
 * numbers (so a notes column before the values is passed over); otherwise the reason none fits.
 */
export function chooseMeasureColumn(
  header: string[],
  others: number[],
  records: CsvRecord[],
  chosen: string | undefined,
): number | Extract<ProblemReason, { code: 'noSuchMeasureColumn' | 'noNumericColumn' }> {
  const columns = others.map((position) => header[position]!);
  if (chosen !== undefined) {
    const wanted = toHalfWidth(chosen).trim().toLowerCase();
    const position = others.find((at) => toHalfWidth(header[at]!).toLowerCase() === wanted);
    return position ?? { code: 'noSuchMeasureColumn', chosen, columns };
  }
  const isNumber = (raw: string) => parseDecimal(raw).ok || parsePercent(raw).ok || parseYuan(raw).ok;
  // The first filled cells tell a column of numbers from one of words; every cell is checked later.
  const sample = records.slice(0, GUESS_SAMPLE_ROWS);
  const numeric = others.find((position) => {
    const filled = sample.map((record) => (record.fields[position] ?? '').trim()).filter((text) => text !== '');
    return filled.length > 0 && filled.filter(isNumber).length * 2 >= filled.length;
  });
  return numeric ?? { code: 'noNumericColumn', columns };
}
