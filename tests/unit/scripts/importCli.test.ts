/** End to end: scripts/import-data.ts as a user runs it, on small CSVs, into temporary folders. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DatasetMeta } from '../../../src/lib/domain/contract';
import type { DatasetCatalogueFile, DatasetDescriptor } from '../../../src/lib/domain/datasetContract';
import { IMPORT_COUNTIES_PATH } from '../fixtures/importFixtures';

const work = mkdtempSync(join(tmpdir(), 'beltmap-import-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HEADER = 'county_code,county,province,year,category,sales,merchants,source';
const GOOD = [HEADER, '330782,,,2020,apparel,120亿,3500,', ',朝阳区,北京,2021,食品饮料,"2,500万",150,报道 https://example.org/x'];
const BAD_ROW = ',朝阳区,,2021,food,1亿,100,';

function writeCsv(name: string, lines: string[]): string {
  const path = join(work, name);
  writeFileSync(path, lines.join('\r\n') + '\r\n');
  return path;
}

function runImport(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/import-data.ts', ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Every file of a folder (and its subfolders) with its content, to see that a failed import changed nothing. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dir.length), readFileSync(path, 'utf8')];
      }),
  );
}

describe('npm run data:import', { timeout: 60_000 }, () => {
  const out = join(work, 'out');
  const withFixture = ['--counties', IMPORT_COUNTIES_PATH, '--out', out];

  it('imports a good CSV, prints the summary and writes a non-illustrative dataset', () => {
    const run = runImport(writeCsv('good.csv', GOOD), ...withFixture, '--title', '测试数据');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('data:import: good.csv (UTF-8)');
    expect(run.stdout).toContain('Rows read: 2; accepted: 2; rejected: 0.');
    expect(readdirSync(out).sort()).toEqual(['belts.json', 'meta.json', 'metrics-all.json', 'metrics-apparel.json', 'metrics-food.json']);
    const meta = JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8')) as DatasetMeta;
    expect(meta).toMatchObject({
      isIllustrative: false,
      years: [2020, 2021],
      title: { zh: '测试数据', en: '测试数据' },
      generatedBy: 'scripts/import-data.ts (from good.csv)',
      sources: [
        { id: 'import-1', title: '报道', url: 'https://example.org/x' },
        { id: 'import-file', title: 'good.csv (imported CSV)' },
      ],
    });
  });

  it('with a rejected row: exits 1, names the row, and leaves the existing dataset unchanged', () => {
    const before = snapshot(out);
    const run = runImport(writeCsv('bad.csv', [...GOOD, BAD_ROW]), ...withFixture);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Rows read: 3; accepted: 2; rejected: 1.');
    expect(run.stderr).toContain('row 4, column "county": county "朝阳区" is ambiguous');
    expect(run.stderr).toContain('nothing written');
    expect(snapshot(out)).toEqual(before);
  });

  it('with a rejected row and a new --out folder: creates nothing', () => {
    const fresh = join(work, 'fresh');
    expect(runImport(writeCsv('bad.csv', [...GOOD, BAD_ROW]), '--counties', IMPORT_COUNTIES_PATH, '--out', fresh).status).toBe(1);
    expect(existsSync(fresh)).toBe(false);
  });

  it('with a bad file (missing column): exits 1 and leaves the dataset unchanged', () => {
    const before = snapshot(out);
    const run = runImport(writeCsv('no-sales.csv', ['county_code,year,category,merchants', '330782,2020,food,1']), ...withFixture);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('row 1: required columns missing: "sales"');
    expect(snapshot(out)).toEqual(before);
  });

  it('with --allow-rejects: imports the accepted rows and still lists the rejected', () => {
    const run = runImport(writeCsv('bad.csv', [...GOOD, BAD_ROW]), ...withFixture, '--allow-rejects');
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('row 4, column "county"');
    const meta = JSON.parse(readFileSync(join(out, 'meta.json'), 'utf8')) as DatasetMeta;
    expect(meta.generatedBy).toBe('scripts/import-data.ts (from bad.csv)');
    expect(meta.description.en).toBe('2 rows imported from bad.csv; every value as reported by the file.');
  });

  it('gives the same bytes for the same file', () => {
    const again = join(work, 'again');
    expect(runImport(writeCsv('bad.csv', [...GOOD, BAD_ROW]), '--counties', IMPORT_COUNTIES_PATH, '--out', again, '--allow-rejects').status).toBe(0);
    expect(snapshot(again)).toEqual(snapshot(out));
  });

  it('imports the shipped example against the real county table', () => {
    const run = runImport('docs/examples/import-example.csv', '--out', join(work, 'example'));
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Rows read: (\d+); accepted: \1; rejected: 0\./);
  });

  it.each([
    [[], 2, /give exactly one CSV file/],
    [['a.csv', 'b.csv'], 2, /give exactly one CSV file/],
    [['a.csv', '--years', '2024-2018'], 2, /--years "2024-2018" is not a range/],
    [['a.csv', '--bogus'], 2, /Unknown option '--bogus'/],
    [['does-not-exist.csv'], 1, /cannot read does-not-exist.csv/],
  ])('usage %j exits %d', (args, status, message) => {
    const run = runImport(...args);
    expect(run.status).toBe(status);
    expect(run.stderr).toMatch(message);
  });

  it('prints help', () => {
    const run = runImport('--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('usage: npm run data:import -- <file.csv>');
  });
});

describe('npm run data:import -- --dataset: one more dataset in geodata/', { timeout: 60_000 }, () => {
  const geodata = join(work, 'geodata');
  mkdirSync(join(geodata, 'index'), { recursive: true });
  cpSync('geodata/index/meta.json', join(geodata, 'index/meta.json'));
  cpSync('geodata/datasets.json', join(geodata, 'datasets.json'));
  const args = (...more: string[]) => ['--counties', IMPORT_COUNTIES_PATH, '--geodata', geodata, ...more];
  const catalogue = () => JSON.parse(readFileSync(join(geodata, 'datasets.json'), 'utf8')) as DatasetCatalogueFile;

  it('adds the dataset and lists it in the catalogue; --default makes it the default', () => {
    const shops = writeCsv('shops.csv', ['county_code,county,province,year,网店数（家）,source', '330782,,,2020,1200,报告 https://example.org/a', '330782,,,2021,1500,', ',东阳,浙江,2021,300,']);
    const run = runImport(shops, ...args('--dataset', 'shops', '--title', '网店数', '--default'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Rows read: 3; accepted: 3; rejected: 0.');
    expect(run.stdout).toContain('the default is "shops"');
    expect(readdirSync(join(geodata, 'datasets/shops')).sort()).toEqual(['details.json', 'meta.json', 'metrics.json']);
    const meta = JSON.parse(readFileSync(join(geodata, 'datasets/shops/meta.json'), 'utf8')) as DatasetDescriptor;
    expect(meta).toMatchObject({ id: 'shops', title: { zh: '网店数', en: '网店数' }, spreadThreshold: 300, measure: { unit: 'count', unitLabel: { zh: '家' } } });
    expect(catalogue()).toMatchObject({ defaultDataset: 'shops', datasets: [{ id: 'belts' }, { id: 'shops', metaFile: 'datasets/shops/meta.json' }] });
  });

  it('gives the same bytes for the same file, with --replace', () => {
    const before = snapshot(join(geodata, 'datasets/shops'));
    const shops = join(work, 'shops.csv');
    expect(runImport(shops, ...args('--dataset', 'shops', '--title', '网店数', '--replace')).status).toBe(0);
    expect(snapshot(join(geodata, 'datasets/shops'))).toEqual(before);
    // The default stays the one the catalogue named.
    expect(catalogue().defaultDataset).toBe('shops');
  });

  it.each([
    [['--dataset', 'shops'], /dataset "shops" exists .*pass --replace/],
    [['--dataset', 'belts'], /"belts" is the belt model's id/],
    [['--dataset', '../x'], /"\.\.\/x" is not a dataset id/],
    [['--dataset', 'x', '--threshold', '0'], /--threshold "0" is not a number above zero/],
    [['--dataset', 'x', '--out', 'y'], /give --dataset or --out, not both/],
    [[], /give --dataset ID/],
  ])('refuses %j (exit 2, nothing written)', (more, message) => {
    const before = snapshot(geodata);
    const run = runImport(join(work, 'shops.csv'), ...args(...more));
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(snapshot(geodata)).toEqual(before);
  });

  it('with a rejected row: exits 1 and writes nothing', () => {
    const before = snapshot(geodata);
    const run = runImport(writeCsv('bad-shops.csv', ['county_code,year,shops', '330782,2020,12', '999999,2020,3']), ...args('--dataset', 'bad'));
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('row 3, column "county_code": no county has the code 999999');
    expect(existsSync(join(geodata, 'datasets/bad'))).toBe(false);
    expect(snapshot(geodata)).toEqual(before);
  });
});
