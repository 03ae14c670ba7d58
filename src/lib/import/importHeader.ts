/**
 * The header row of an import CSV: which column holds what. Names are matched case-insensitively
 * after trimming; their order is free. A county is given by county_code, or by county (with
 * province where the name repeats), and a file may mix both forms row by row.
 */
import type { Checked } from './problems';
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

const ALWAYS_REQUIRED: ImportColumn[] = ['year', 'category', 'sales', 'merchants'];

export interface ImportHeader {
  /** Field position of each column the file has. */
  positions: Partial<Record<ImportColumn, number>>;
  /** Columns that are ignored, said out loud so that a misspelt name does not go unnoticed. */
  warnings: string[];
}

export function mapHeader(fields: string[]): Checked<ImportHeader> {
  const positions: Partial<Record<ImportColumn, number>> = {};
  const warnings: string[] = [];
  const known = new Set<string>(IMPORT_COLUMNS);
  for (const [position, field] of fields.entries()) {
    const name = toHalfWidth(field).trim().toLowerCase();
    if (name === '') {
      warnings.push(`column ${position + 1} has no name and is ignored`);
    } else if (!known.has(name)) {
      warnings.push(
        `unknown column ${JSON.stringify(field.trim())} is ignored (known columns: ${IMPORT_COLUMNS.join(', ')})`,
      );
    } else if (positions[name as ImportColumn] !== undefined) {
      return { ok: false, reason: `the header names the column "${name}" twice` };
    } else {
      positions[name as ImportColumn] = position;
    }
  }

  const missing: string[] = ALWAYS_REQUIRED.filter((column) => positions[column] === undefined).map(
    (column) => `"${column}"`,
  );
  if (positions.county_code === undefined && positions.county === undefined) {
    missing.unshift('"county_code" (or "county" with "province")');
  }
  if (missing.length > 0) {
    const found = fields.map((field) => JSON.stringify(field.trim())).join(', ');
    return {
      ok: false,
      reason: `missing required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; the header has ${found}`,
    };
  }
  if (positions.province !== undefined && positions.county === undefined) {
    warnings.push('column "province" is used only with "county" and is ignored');
  }
  return { ok: true, value: { positions, warnings } };
}
