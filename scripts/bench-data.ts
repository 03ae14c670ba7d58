/**
 * npm run bench:data — runs each data build step once as a child process and times it (one run
 * each: a single wall-clock figure, not a median), then prints raw, gzip and brotli bytes of every
 * prebuilt file under geodata/. `--sizes-only` skips the builds.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileSizes, formatKB, type FileSizes } from './lib/fileSizes';

const GEODATA_DIR = 'geodata';
const TSX_CLI = 'node_modules/tsx/dist/cli.mjs';
/** The steps of `npm run build:geodata` and `npm run build:data`, in order. */
const STEPS: [name: string, script: string][] = [
  ['build:geodata', 'scripts/build-geodata.ts'],
  ['build:sample', 'scripts/build-sample.ts'],
  ['build:index', 'scripts/build-index.ts'],
];
/** What the app fetches before its first frame; the rest (per-category metrics, belts) loads on demand. */
const FIRST_LOAD = ['geodata/china.topo.json', 'geodata/index/counties.json', 'geodata/index/meta.json', 'geodata/index/metrics-all.json'];

function timeStep(script: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [TSX_CLI, script], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${script} failed (exit ${result.status ?? result.signal})`);
  return performance.now() - start;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(join(dir, entry.name)) : entry.name.startsWith('.') ? [] : [join(dir, entry.name)]))
    .sort();
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  // Text left, numbers right.
  const line = (cells: string[]) => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) console.log(line(row));
}

const sizeCells = (size: FileSizes) => [size.raw, size.gzip, size.brotli].map(formatKB);

if (!process.argv.includes('--sizes-only')) {
  const timings = STEPS.map(([name, script]) => [name, script, `${(timeStep(script) / 1000).toFixed(2)} s`]);
  printTable(['step (one run each)', 'script', 'time'], timings);
  console.log('');
}

const files = listFiles(GEODATA_DIR);
const sizes = new Map(files.map((file) => [file, fileSizes(file)]));
const total = (list: string[]) =>
  list.reduce((sum, file) => {
    const size = sizes.get(file) ?? { raw: 0, gzip: 0, brotli: 0 };
    return { raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip, brotli: sum.brotli + size.brotli };
  }, { raw: 0, gzip: 0, brotli: 0 });
printTable(
  ['file', 'raw', 'gzip', 'brotli'],
  [
    ...files.map((file) => [relative(GEODATA_DIR, file), ...sizeCells(sizes.get(file)!)]),
    [`first load (${FIRST_LOAD.filter((f) => sizes.has(f)).length} files)`, ...sizeCells(total(FIRST_LOAD))],
    [`all of geodata/ (${files.length} files)`, ...sizeCells(total(files))],
  ],
);
