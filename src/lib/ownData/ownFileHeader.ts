/**
 * What the short form asks about a file, read from its first bytes before the whole file is
 * imported: its format, its encoding, its columns, which of them can be the measure, and the
 * measure's guessed name and unit. Every guess is the import's own (src/lib/import: decodeText,
 * the CSV reader, readMeasureCsv's choice of column, measureColumn's reading of the header), so the
 * form shows what the import will do when the reader changes nothing.
 */
import type { MeasureUnit } from '../domain/datasetContract';
import { BELT_SALES_MEASURE } from '../domain/datasets';
import { decodeText } from '../import/decodeText';
import { parseRecords } from '../import/importCsv';
import { readMeasure } from '../import/measureColumn';
import type { Checked } from '../import/problems';
import { chooseMeasureColumn, isFixedColumn, isFullFormatHeader, yearColumns, yearsAcrossMeasure } from '../import/readMeasureCsv';

/** The measure as the form shows it: one name and one free unit label for both languages. */
export interface OwnMeasure {
  /** The column's header as written; null in the full format, whose measure is its sales. */
  column: string | null;
  name: string;
  unit: MeasureUnit;
  /** The unit written after a count or a number (家, 吨); the app's own for yuan (元) and percent (%). */
  unitLabel: string;
}

export interface OwnFileHeader {
  format: 'full' | 'simple';
  encoding: 'utf-8' | 'gbk';
  /** Header names as written. */
  columns: string[];
  /** Simple format: the columns that can be the measure (all but county, year, category, source …); none with the years across. */
  measureColumns: string[];
  /** Simple format with the years across (no year column, a column per year): those years, in the header's order; else empty. */
  yearsAcross: number[];
  /** From the header and the first rows, as the import would guess with no choice made. */
  guess: OwnMeasure;
}

const LINE_FEED = 0x0a;

export function readOwnFileHeader(head: Uint8Array): Checked<OwnFileHeader> {
  // The head may end inside a character; a line feed is never part of one in UTF-8 or GBK.
  const lastLine = head.lastIndexOf(LINE_FEED);
  const decoded = decodeText(lastLine > 0 ? head.subarray(0, lastLine + 1) : head);
  if (!decoded.ok) return decoded;
  const parsed = parseRecords(decoded.value.text);
  if (!parsed.ok) return { ok: false, reason: parsed.problem.reason };
  const [headerRecord, ...rows] = parsed.records;
  if (headerRecord === undefined) return { ok: false, reason: { code: 'fileEmpty' } };
  const columns = headerRecord.fields.map((field) => field.trim());
  const encoding = decoded.value.encoding;
  if (isFullFormatHeader(columns)) {
    const { name, unit, unitLabel } = BELT_SALES_MEASURE;
    return { ok: true, value: { format: 'full', encoding, columns, measureColumns: [], yearsAcross: [], guess: { column: null, name: name.zh, unit, unitLabel: unitLabel.zh } } };
  }
  const across = yearColumns(columns);
  if (across.length > 0) {
    const { measure } = yearsAcrossMeasure(across, {});
    const guess: OwnMeasure = { column: null, name: measure.name.zh, unit: measure.unit, unitLabel: measure.unitLabel.zh };
    return { ok: true, value: { format: 'simple', encoding, columns, measureColumns: [], yearsAcross: across.map((column) => column.year), guess } };
  }
  const positions = columns.flatMap((column, position) => (column === '' || isFixedColumn(column) ? [] : [position]));
  const measureColumns = positions.map((position) => columns[position]!);
  const chosen = positions.length === 0 ? null : chooseMeasureColumn(columns, positions, rows, undefined);
  const position = typeof chosen === 'number' ? chosen : positions[0];
  const guess: OwnMeasure =
    position === undefined
      ? { column: null, name: '', unit: 'number', unitLabel: '' }
      : toOwnMeasure(columns[position]!, position);
  return { ok: true, value: { format: 'simple', encoding, columns, measureColumns, yearsAcross: [], guess } };
}

function toOwnMeasure(column: string, position: number): OwnMeasure {
  const { measure } = readMeasure(column, position, {});
  return { column, name: measure.name.zh, unit: measure.unit, unitLabel: measure.unitLabel.zh };
}
