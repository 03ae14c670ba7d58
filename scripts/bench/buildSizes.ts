/** The build's sizes for the bench's table: raw, gzip and brotli bytes of the JS, the CSS, the geometry and the index files. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileSizes, formatKB, type FileSizes } from '../lib/fileSizes';
import type { BenchRow } from './benchRow';
import { verdict } from './benchTable';

function listFiles(dir: string, extension: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .map((name) => join(dir, name));
}

function sumSizes(sizes: FileSizes[]): FileSizes {
  return sizes.reduce(
    (total, size) => ({ raw: total.raw + size.raw, gzip: total.gzip + size.gzip, brotli: total.brotli + size.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}

function sizeRow(figure: string, size: FileSizes, budgetGzip?: number): BenchRow {
  return {
    figure,
    value: `${formatKB(size.raw)} raw, ${formatKB(size.gzip)} gzip, ${formatKB(size.brotli)} br`,
    peer: '',
    ratio: '',
    budget: budgetGzip ? `≤ ${formatKB(budgetGzip)} gzip` : '',
    verdict: budgetGzip ? verdict(size.gzip <= budgetGzip) : '',
  };
}

/** The rows of the build in dist/ (just built). */
export function buildSizeRows(): BenchRow[] {
  const jsSizes = sumSizes(listFiles('dist/assets', '.js').map(fileSizes));
  const cssSizes = sumSizes(listFiles('dist/assets', '.css').map(fileSizes));
  const geometrySizes = fileSizes('dist/geodata/china.topo.json');
  const indexSizes = sumSizes(listFiles('dist/geodata/index', '.json').map(fileSizes));
  return [
    sizeRow('JS (all chunks, lazy ones too)', jsSizes),
    sizeRow('CSS', cssSizes),
    sizeRow('geometry china.topo.json', geometrySizes, 300 * 1024),
    sizeRow('index files (all)', indexSizes),
  ];
}
