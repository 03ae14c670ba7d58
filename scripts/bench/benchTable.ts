/**
 * The bench's table: a row's verdict against its budget, the ratio and run cells, the units, and
 * the table printed to the console. One look for every figure (scripts/bench.ts and its modules).
 */
import { formatKB } from '../lib/fileSizes';
import { median } from '../lib/stats';
import type { BenchRow } from './benchRow';

export function verdict(isWithin: boolean | null): BenchRow['verdict'] {
  if (isWithin === null) return '';
  return isWithin ? 'pass' : 'FAIL';
}

export function ratioCell(value: number, peer: number): string {
  return Number.isFinite(value) && Number.isFinite(peer) && peer > 0 ? `${(value / peer).toFixed(2)}×` : '';
}

export const runsCell = (values: number[], format: (value: number) => string) =>
  `${format(median(values))} (runs: ${values.map(format).join(', ')})`;

export const ms = (value: number) => `${value.toFixed(0)} ms`;
export const kb = (value: number) => formatKB(value);
export const mb = (value: number) => `${value.toFixed(1)} MB`;

export function printTable(rows: BenchRow[]): void {
  const header: BenchRow = { figure: 'figure', value: 'Beltmap', peer: 'ECharts peer', ratio: 'ratio', budget: 'budget', verdict: '' };
  const columns = ['figure', 'value', 'peer', 'ratio', 'budget'] as const;
  const widths = columns.map((column) => Math.max(...[header, ...rows].map((row) => row[column].length), 5));
  const line = (row: BenchRow) => columns.map((column, i) => row[column].padEnd(widths[i] ?? 0)).join('  ') + '  ' + (row === header ? 'verdict' : row.verdict);
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  ') + '  -------');
  for (const row of rows) console.log(line(row));
}
