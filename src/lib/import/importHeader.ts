/**
 * The header row of an import CSV: which column holds what. Names are matched case-insensitively
 * after trimming; their order is free. A county is given by county_code, or by county (with
 * province where the name repeats), and a file may mix both forms row by row.
 */
import type { Checked, ImportWarning, MissingColumn } from './problems';
import { toHalfWidth } from './parseAmount';

export const IMPORT_COLUMNS = [
  'county_code',
  'county',
  'province',
  'year',
  'category',
  'sales',
  'merchants',
  'source',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/**
 * The names a spreadsheet made in China gives these columns, read as the English ones (after the
 * same trimming, full-width letters and brackets as half-width): a reader's file need not be
 * renamed before it is mapped. Only names that mean one column whatever the file (not 地区 or 代码).
 * A Map, not an object: a header such as "constructor" must find nothing.
 */
const CHINESE_COLUMN_NAMES: ReadonlyMap<string, ImportColumn> = new Map<string, ImportColumn>([
  ['行政区划代码', 'county_code'],
  ['区划代码', 'county_code'],
  ['县代码', 'county_code'],
  ['县', 'county'],
  ['县名', 'county'],
  ['区县', 'county'],
  ['县区', 'county'],
  ['县市区', 'county'],
  ['县级单位', 'county'],
  ['县(市、区)', 'county'],
  ['省', 'province'],
  ['省份', 'province'],
  ['省名', 'province'],
  ['省(区、市)', 'province'],
  ['年', 'year'],
  ['年份', 'year'],
  ['年度', 'year'],
  ['品类', 'category'],
  ['类别', 'category'],
  ['来源', 'source'],
  ['数据来源', 'source'],
]);

/** The column a header field names, in English (any case) or Chinese, or null for any other column. */
export function columnOf(field: string): ImportColumn | null {
  const name = toHalfWidth(field).trim().toLowerCase();
  return (IMPORT_COLUMNS as readonly string[]).includes(name) ? (name as ImportColumn) : (CHINESE_COLUMN_NAMES.get(name) ?? null);
}

/**
 * How a problem names `column`: by its header as the file writes it (县, 年份, Sales), so that the
 * reader finds it in their own file; by its own name when the file has no such column.
 */
export function writtenColumn(column: ImportColumn, positions: Partial<Record<ImportColumn, number>>, header: readonly string[]): string {
  const at = positions[column];
  return (at === undefined ? undefined : header[at]?.trim()) || column;
}

const ALWAYS_REQUIRED = ['year', 'category', 'sales', 'merchants'] as const satisfies (ImportColumn & MissingColumn)[];

export interface ImportHeader {
  /** Field position of each column the file has. */
  positions: Partial<Record<ImportColumn, number>>;
  /** Columns that are ignored, said out loud so that a misspelt name does not go unnoticed. */
  warnings: ImportWarning[];
}

export function mapHeader(fields: string[]): Checked<ImportHeader> {
  const positions: Partial<Record<ImportColumn, number>> = {};
  const warnings: ImportWarning[] = [];
  for (const [position, field] of fields.entries()) {
    const column = columnOf(field);
    if (field.trim() === '') {
      warnings.push({ code: 'unnamedColumn', position: position + 1 });
    } else if (column === null) {
      warnings.push({ code: 'unknownColumn', column: field.trim(), known: [...IMPORT_COLUMNS] });
    } else if (positions[column] !== undefined) {
      return { ok: false, reason: { code: 'duplicateColumn', column } };
    } else {
      positions[column] = position;
    }
  }

  const missing: MissingColumn[] = [
    ...(positions.county_code === undefined && positions.county === undefined ? (['county'] as const) : []),
    ...ALWAYS_REQUIRED.filter((column) => positions[column] === undefined),
  ];
  if (missing.length > 0) {
    return { ok: false, reason: { code: 'missingColumns', missing, header: fields.map((field) => field.trim()) } };
  }
  if (positions.province !== undefined && positions.county === undefined) {
    warnings.push({ code: 'provinceIgnored' });
  }
  return { ok: true, value: { positions, warnings } };
}
