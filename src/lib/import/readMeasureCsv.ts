/**
 * The simple import format: one row per county and year (county_code, or county + province; year),
 * one or more numeric columns of which one is the measure, optional category and source. Or, as a
 * statistical yearbook lays a table out, the years across: no year column, one row per county and a
 * column per year (2019, 2019年), each holding that year's value of the one measure. Rows are
 * checked as in the full format (importCsv.ts: the same county lookup, problems by row, column and
 * reason, duplicates rejected together) and every row read is accepted or rejected with a reason.
 */
import type { CountyTableFile } from '../domain/contract';
import type { DatasetMeasure } from '../domain/datasetContract';
import { createCountyLookup } from './countyLookup';
import { failedReport, readCounty, rejectDuplicates, yearOutOfRange, type ImportReport } from './importCsv';
import { columnOf, writtenColumn, type ImportColumn } from './importHeader';
import { rowProgress, type ImportProgressCallback } from './importProgress';
import { readMeasure, splitHeader, type MeasureChoice, type MeasureReading } from './measureColumn';
import { parseDecimal, parsePercent, parseYear, parseYuan, toHalfWidth } from './parseAmount';
import type { CsvRecord } from './parseCsv';
import type { LocalizedText } from '../domain/contract';
import type { Checked, CountyRef, ImportProblem, ImportWarning, MissingColumn, ProblemReason } from './problems';

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
  /** The years the header names with the years across (the dataset spans them, even one whose cells are all empty); else empty. */
  headerYears: number[];
}

export interface MeasureCsvOptions {
  counties: CountyTableFile;
  firstYear: number;
  lastYear: number;
  measure: MeasureChoice;
  /** The file is declared a complete list: an empty year cell is then a county not listed that year, with 0 (importDataset). */
  isCompleteList?: boolean | undefined;
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

/** A column of a table with the years across: its position, its year and the unit its header gives in brackets (2019 (万元)). */
export interface YearColumn {
  position: number;
  year: number;
  unitText: string | null;
}

/** The year a header names as a yearbook writes it across its columns (2019, 2019年, 2019年度, 2019 (万元)), or null. */
function yearColumnOf(field: string, position: number): YearColumn | null {
  const { name, unitText } = splitHeader(field);
  const match = /^(\d{4})\s*(?:年|年度)?$/.exec(name);
  return match === null ? null : { position, year: Number(match[1]), unitText };
}

/** The year columns of a header with the years across; empty when the header has a year column (one row per county and year). */
export function yearColumns(header: readonly string[]): YearColumn[] {
  if (header.some((field) => fixedColumnOf(field) === 'year')) return [];
  return header.flatMap((field, position) => yearColumnOf(field, position) ?? []);
}

/** With the years across the measure has no header of its own: the reader names it, else it is this. */
const YEARS_ACROSS_MEASURE_NAME: LocalizedText = { zh: '数值', en: 'Value' };

/** The measure of a table with the years across: the reader's name and unit, else guessed from the name and the years' unit in brackets. */
export function yearsAcrossMeasure(columns: readonly YearColumn[], choice: MeasureChoice): MeasureReading {
  const name = choice.name ?? YEARS_ACROSS_MEASURE_NAME;
  const unitText = columns.find((column) => column.unitText !== null)?.unitText;
  return readMeasure(unitText ? `${name.zh} (${unitText})` : name.zh, columns[0]?.position ?? 0, { ...choice, name });
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
  const fail = (problem: ImportProblem, warnings: ImportWarning[] = []) => ({ ...failedReport(encoding, problem, warnings), measure: null, rows: [], headerYears: [] });
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
  const acrossColumns = yearColumns(header);
  const missing: MissingColumn[] = [
    ...(positions.county_code === undefined && positions.county === undefined ? (['county'] as const) : []),
    ...(positions.year === undefined && acrossColumns.length === 0 ? (['years'] as const) : []),
    ...(others.length === 0 ? (['measure'] as const) : []),
  ];
  if (missing.length > 0) return fail({ row: headerRecord.row, column: null, reason: { code: 'missingColumns', missing, header } });
  if (dataRecords.length === 0) return fail({ row: null, column: null, reason: { code: 'noDataRows' } }, warnings);

  const layout = valueLayout(header, others, acrossColumns, dataRecords, options, warnings);
  if ('reason' in layout) return fail({ row: headerRecord.row, ...layout }, warnings);
  const { reading } = layout;
  const lookup = createCountyLookup(options.counties);
  const isAdditive = reading.measure.unit === 'yuan' || reading.measure.unit === 'count';
  /** Cells left empty in a table with the years across: no row for that county and year. */
  let emptyCells = 0;

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
    const values: MeasureRow[] = [];
    let isComplete = countyIndex !== null;
    for (const measureCell of layout.cells) {
      const raw = (record.fields[measureCell.position] ?? '').trim();
      if (measureCell.year !== null && raw === '') {
        emptyCells++;
        continue;
      }
      const year = measureCell.year ?? check('year', parseYear(cell('year')), (value) => yearOutOfRange(value, firstYear, lastYear));
      const value = check(measureCell, reading.parse(raw));
      if (countyIndex === null || year === null || value === null) isComplete = false;
      else values.push({ row: record.row, countyIndex, year, category: cell('category'), value, sourceText: cell('source') });
    }
    return { row: record.row, problems, values: isComplete ? values : null };
  };
  const progress = rowProgress(dataRecords.length, options.onProgress);
  const candidates = dataRecords.map((record, i) => {
    const candidate = readRow(record);
    progress(i);
    return candidate;
  });
  rejectDuplicateValues(candidates, isAdditive, lookup.countyRef);
  if (emptyCells > 0) warnings.push({ code: 'emptyYearCells', count: emptyCells, isCompleteList: options.isCompleteList === true });
  const rows = candidates.flatMap((c) => (c.problems.length === 0 && c.values ? c.values : []));
  const accepted = candidates.filter((c) => c.problems.length === 0 && c.values).length;
  return {
    encoding,
    fileProblem: null,
    problems: candidates.flatMap((c) => c.problems),
    warnings,
    summary: { read: candidates.length, accepted, rejected: candidates.length - accepted, blank },
    measure: reading.measure,
    rows,
    headerYears: acrossColumns.map((column) => column.year),
  };
}

/** A cell that holds a value: in the measure's column (its year in the year column), or in a year's column. */
interface ValueCell extends MeasureHeader {
  position: number;
  /** The column's year with the years across; null where the row's year column gives it. */
  year: number | null;
}

/**
 * Where each row's values are and how they read: one measure column (the year in its own column), or
 * a column per year; or, with the column it is about, why the header cannot be read so. Adds the
 * warnings about the columns it leaves aside.
 */
function valueLayout(
  header: readonly string[],
  others: readonly number[],
  acrossColumns: readonly YearColumn[],
  records: CsvRecord[],
  options: MeasureCsvOptions,
  warnings: ImportWarning[],
): { reading: MeasureReading; cells: ValueCell[] } | { column: string | null; reason: ProblemReason } {
  if (acrossColumns.length === 0) {
    const position = chooseMeasureColumn(header, others, records, options.measure.column);
    if (typeof position !== 'number') return { column: null, reason: position };
    for (const other of others) {
      if (other !== position) warnings.push({ code: 'notMeasureColumn', column: header[other]! });
    }
    return { reading: readMeasure(header[position]!, position, options.measure), cells: [{ header: header[position]!, position, year: null }] };
  }
  const cells = acrossColumns.map(({ position, year }) => ({ header: header[position]!, position, year }));
  // The values are in the years' columns: a measure column asked for (--measure-column) is none of them.
  const chosen = options.measure.column;
  if (chosen !== undefined) return { column: null, reason: { code: 'noSuchMeasureColumn', chosen, columns: cells.map((cell) => cell.header) } };
  for (const cell of cells) {
    const sameYear = cells.filter((other) => other.year === cell.year);
    if (sameYear.length > 1) return { column: null, reason: { code: 'duplicateYearColumn', year: cell.year, columns: sameYear.map((other) => other.header) } };
    const outOfRange = yearOutOfRange(cell.year, options.firstYear, options.lastYear);
    if (outOfRange !== null) return { column: cell.header, reason: outOfRange };
  }
  for (const other of others) {
    if (!cells.some((cell) => cell.position === other)) warnings.push({ code: 'notYearColumn', column: header[other]! });
  }
  return { reading: yearsAcrossMeasure(acrossColumns, options.measure), cells };
}

/**
 * Rejects every row holding a value whose key another row's value has too (county, category and
 * year; county and year where values cannot be added up). A row is told of its first clash only: with
 * the years across, two rows of one county clash in every year both fill.
 */
function rejectDuplicateValues(
  candidates: { row: number; problems: ImportProblem[]; values: MeasureRow[] | null }[],
  isAdditive: boolean,
  countyRef: (countyIndex: number) => CountyRef,
): void {
  const cells = candidates.flatMap((candidate) =>
    (candidate.values ?? []).map((values) => ({ row: candidate.row, values, problems: [] as ImportProblem[], candidate })),
  );
  if (isAdditive) {
    rejectDuplicates(cells, 'countyCategoryYear', {
      keyOf: (values) => `${values.countyIndex}|${values.category}|${values.year}`,
      describe: (values) => ({ county: countyRef(values.countyIndex), category: values.category, year: values.year }),
    });
  } else {
    rejectDuplicates(cells, 'countyYear', {
      keyOf: (values) => `${values.countyIndex}|${values.year}`,
      describe: (values) => ({ county: countyRef(values.countyIndex), category: '', year: values.year }),
    });
  }
  const told = new Set<object>();
  for (const cell of cells) {
    const [clash] = cell.problems;
    if (clash === undefined || told.has(cell.candidate)) continue;
    told.add(cell.candidate);
    cell.candidate.problems.push(clash);
  }
}

/**
 * The measure column: the one the reader named, else the first column whose filled cells are mostly
 * numbers (so a notes column before the values is passed over); otherwise the reason none fits.
 */
export function chooseMeasureColumn(
  header: readonly string[],
  others: readonly number[],
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
