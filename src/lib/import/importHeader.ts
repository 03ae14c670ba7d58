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
  const known = new Set<string>(IMPORT_COLUMNS);
  for (const [position, field] of fields.entries()) {
    const name = toHalfWidth(field).trim().toLowerCase();
    if (name === '') {
      warnings.push({ code: 'unnamedColumn', position: position + 1 });
    } else if (!known.has(name)) {
      warnings.push({ code: 'unknownColumn', column: field.trim(), known: [...IMPORT_COLUMNS] });
    } else if (positions[name as ImportColumn] !== undefined) {
      return { ok: false, reason: { code: 'duplicateColumn', column: name } };
    } else {
      positions[name as ImportColumn] = position;
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
