/**
 * Publishing your own atlas (issue 13): a CSV imported with `npm run data:import -- … --default`
 * into a copy of geodata/, a site built from that copy (BELTMAP_GEODATA) and served as it is by a
 * plain static server. A link without dataset= opens the imported dataset, fetching its files and
 * neither the catalogue nor the belt model's. The site is built here, beside the one run-e2e.ts
 * builds for the other tests, so the project's geodata/ stays untouched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, waitForMapReady, watchPage, type PageWatch } from '../../scripts/lib/chromium';
import { startStaticServer, type StaticServer } from '../../scripts/lib/staticServer';
import type { DatasetCatalogueFile, DatasetDescriptor } from '../../src/lib/domain/datasetContract';

const ID = 'shops-test';
const TITLE = '网店数（测试数据）';
/** 义乌市, 曹县 and 东阳市 over three years; made-up values, as the source column says. */
const CSV = [
  'county_code,year,网店数（家）,source',
  '330782,2019,1200,测试数据，非真实',
  '330782,2020,1500,测试数据，非真实',
  '330782,2021,1800,测试数据，非真实',
  '371721,2020,300,测试数据，非真实',
  '371721,2021,900,测试数据，非真实',
  '330783,2021,150,测试数据，非真实',
].join('\n');

const work = mkdtempSync(join(tmpdir(), 'beltmap-published-'));
const geodata = join(work, 'geodata');
const dist = join(work, 'dist');

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
}

let server: StaticServer;
let browser: Browser;
let page: Page;
let watch: PageWatch;
const requests: string[] = [];

beforeAll(async () => {
  cpSync('geodata', geodata, { recursive: true });
  writeFileSync(join(work, 'shops.csv'), CSV);
  run('npx', ['tsx', 'scripts/import-data.ts', join(work, 'shops.csv'), '--dataset', ID, '--title', TITLE, '--default', '--geodata', geodata]);
  run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', dist, '--emptyOutDir'], { BELTMAP_GEODATA: geodata });
  server = await startStaticServer(dist);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  watch = watchPage(page);
  page.on('request', (request) => {
    if (request.url().startsWith(server.url)) requests.push(new URL(request.url()).pathname.slice(new URL(server.url).pathname.length));
  });
  await page.goto(server.url);
  await waitForMapReady(page);
}, 400_000);

afterAll(async () => {
  await page?.close();
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('a site published with an imported dataset as the default', () => {
  const catalogue = () => JSON.parse(readFileSync(join(dist, 'geodata/datasets.json'), 'utf8')) as DatasetCatalogueFile;
  const meta = () => JSON.parse(readFileSync(join(dist, `geodata/datasets/${ID}/meta.json`), 'utf8')) as DatasetDescriptor;

  test('ships the imported dataset, named the default in its catalogue', () => {
    expect(catalogue().defaultDataset).toBe(ID);
    expect(meta()).toMatchObject({ years: [2019, 2020, 2021], measure: { unit: 'count', unitLabel: { zh: '家' } }, spreadThreshold: 150 });
  });

  test('a link without dataset= opens it: its title, its years, its colours drawn', async () => {
    expect(await page.evaluate(() => location.search)).toBe('');
    expect(await page.locator('body').innerText()).toContain(TITLE);
    // Named in the page's title as any dataset other than the belt model is, though it is the default.
    expect(await page.title()).toContain(TITLE);
    const slider = page.getByRole('slider');
    expect([await slider.getAttribute('aria-valuemin'), await slider.getAttribute('aria-valuemax')]).toEqual(['2019', '2021']);
    await page.waitForSelector('.map-canvas[data-year="2021"][data-colour-key^="sales|all|2021|county"]', { timeout: 60_000 });
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test("the first load fetches the dataset's own files, not the catalogue nor the belt model's", () => {
    const files = requests.filter((path) => path.startsWith('geodata/')).map((path) => path.slice('geodata/'.length)).sort();
    expect(files).toEqual(['china.topo.json', `datasets/${ID}/meta.json`, `datasets/${ID}/metrics.json`, 'index/counties.json']);
  });
});
