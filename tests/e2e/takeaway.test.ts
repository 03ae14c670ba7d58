/**
 * Data to take away (issue 15, items 3 and 4): "Download the data" in the about dialog and the table
 * view links to the whole dataset's files at their documented addresses (data/<dataset>.csv and
 * .json beside the app), which answer 200 with the documented first lines; the Embed dialog gives a
 * PNG of the view, its code shows that PNG where scripts do not run (an article opened with
 * JavaScript off shows the image) and not where the iframe does. axe-core finds nothing in the
 * about dialog and the table's tools. Screenshots of both dialogs at 1280×800 and 375×740.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, launchChromium, waitForMapReady } from '../../scripts/lib/chromium';
import { openAtlas } from './atlasPage';

const baseUrl = inject('baseUrl');
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

/** axe-core's violations inside `selector`, as "rule (nodes)". */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run: (c: string) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    return (await axe.run(context)).violations.map((v) => `${v.id} (${v.nodes.length})`);
  }, selector);
}
const BELTS_HEADER =
  'code,name,name_pinyin,province,prefecture,region,year,category,sales_yuan,growth_percent,growth_status,belt_count,over_100yi_belt_count,first_year_over_100yi,provenance,source_ids,sources';
const TAOBAO_HEADER = 'code,name,name_pinyin,province,prefecture,region,year,category,villages_count,growth_percent,growth_status,first_year_villages,provenance,source_ids,sources';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The address a link points at, resolved against the page, and the first lines of what it answers. */
async function fetchLink(page: Page, selector: string): Promise<{ url: string; status: number; type: string; lines: string[]; text: string }> {
  const url = await page.locator(selector).evaluate((link: HTMLAnchorElement) => link.href);
  const response = await page.request.get(url);
  const text = await response.text();
  return { url, status: response.status(), type: response.headers()['content-type'] ?? '', lines: text.split(/\r?\n/).slice(0, 3), text };
}

describe('download the data', () => {
  test('the about dialog links to the belt model\'s CSV and JSON beside the app, and each downloads', async () => {
    const { page } = await openAtlas(browser, '', { width: 1280, height: 800 });
    const context = page.context();
    await page.locator('.controls').getByRole('button', { name: '关于数据', exact: true }).click();
    const links = page.getByRole('dialog').locator('[data-download-links]');
    await page.getByRole('dialog').getByRole('heading', { name: '下载数据' }).waitFor();

    const csv = await fetchLink(page, '[data-download-links] a[data-download="csv"]');
    expect(csv.url).toBe(`${baseUrl}data/belts.csv`);
    expect([csv.status, csv.type]).toEqual([200, 'text/csv; charset=utf-8']);
    expect(csv.lines).toEqual([
      `\uFEFF${BELTS_HEADER}`,
      '110101,东城区,dong cheng,北京市,北京市,east,2018,all,0,,no-belt,0,0,,,,',
      '110101,东城区,dong cheng,北京市,北京市,east,2019,all,0,,no-belt,0,0,,,,',
    ]);
    const json = await fetchLink(page, '[data-download-links] a[data-download="json"]');
    expect([json.url, json.status]).toEqual([`${baseUrl}data/belts.json`, 200]);
    expect(json.lines).toEqual(['{', '  "about": {', '    "dataset": "belts",']);
    const parsed = JSON.parse(json.text) as { columns: string[]; rows: unknown[][] };
    expect(parsed.columns.join(',')).toBe(BELTS_HEADER);
    expect(parsed.rows.find((row) => row[0] === '371721' && row[6] === 2024 && row[7] === 'hanfu')).toEqual([
      '371721', '曹县', 'cao xian', '山东省', '菏泽市', 'east', 2024, 'hanfu', 11956880000, 49.46, 'value', 1, 1, 2024, 'modeled', '', '',
    ]);

    // The link itself downloads, under a name that says where it comes from.
    const [download] = await Promise.all([page.waitForEvent('download'), links.getByRole('link', { name: 'CSV 表格' }).click()]);
    expect(download.suggestedFilename()).toBe('beltmap-belts.csv');

    await links.scrollIntoViewIfNeeded();
    expect(await axeViolations(page, 'dialog.about')).toEqual([]);
    await page.screenshot({ path: artifactPath('takeaway-about-1280.png') });
    await context.close();
  });

  test('another dataset\'s about dialog links to its own files; on a phone too', async () => {
    const { page } = await openAtlas(browser, '?dataset=taobao-villages', { width: 375, height: 740 });
    await page.getByRole('button', { name: '显示控件' }).click();
    await page.locator('.controls').getByRole('button', { name: '关于数据', exact: true }).click();
    const links = page.getByRole('dialog').locator('[data-download-links]');
    await links.waitFor();
    // 淘宝村 has no categories: the dialog does not promise them.
    expect(await page.getByRole('dialog').getByText('整个数据集：每个县、每一年的数值，附来源与出处。', { exact: false }).count()).toBe(1);
    const csv = await fetchLink(page, '[data-download-links] a[data-download="csv"]');
    expect([csv.url, csv.status]).toEqual([`${baseUrl}data/taobao-villages.csv`, 200]);
    expect(csv.lines[0]).toBe(`\uFEFF${TAOBAO_HEADER}`);
    expect(csv.text).toContain('\r\n371721,曹县,cao xian,山东省,菏泽市,east,2016,all,48,41.18,value,2014,reported,aliresearch-2016,');
    // Taiwan is not on the lists: no data, empty cells, not a 0.
    expect(csv.text).toContain('\r\n710001,高雄市,gao xiong,台湾省,台湾省,hmt,2014,all,,,no-data,,,,\r\n');
    await links.scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifactPath('takeaway-about-375.png') });
    await page.context().close();
  });

  test('the table view links to the same files', async () => {
    const { page } = await openAtlas(browser, '', { width: 1280, height: 800 });
    await page.locator('label').filter({ has: page.getByRole('radio', { name: '表格', exact: true }) }).click();
    const links = page.locator('.place-table [data-download-links]');
    await links.waitFor();
    expect(await links.evaluate((element) => element.textContent?.replace(/\s+/g, ' ').trim())).toBe('下载数据： CSV 表格 JSON（含各列说明）');
    const csv = await fetchLink(page, '.place-table a[data-download="csv"]');
    expect([csv.url, csv.status, csv.lines[0]]).toEqual([`${baseUrl}data/belts.csv`, 200, `\uFEFF${BELTS_HEADER}`]);
    const json = await fetchLink(page, '.place-table a[data-download="json"]');
    expect([json.url, json.status, json.lines[0]]).toEqual([`${baseUrl}data/belts.json`, 200, '{']);
    expect(await axeViolations(page, '.place-table .tools')).toEqual([]);
    await page.screenshot({ path: artifactPath('takeaway-table-1280.png') });
    await page.context().close();
  });
});

describe('the embed\'s fallback image', () => {
  let page: Page;
  let png: Buffer;
  let host: Server;
  let hostUrl = '';
  let article = '';

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', acceptDownloads: true });
    await page.goto(`${baseUrl}?layer=sales&year=2021`);
    await waitForMapReady(page);
    // The article: the snippet, and the PNG beside it, as the journalist would host them.
    host = createServer((request, response) => {
      if (request.url === '/beltmap-sales-2021.png') {
        response.writeHead(200, { 'content-type': 'image/png' });
        response.end(png);
        return;
      }
      response.writeHead(request.url === '/' ? 200 : 204, { 'content-type': 'text/html; charset=utf-8' });
      response.end(request.url === '/' ? article : '');
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await page?.close();
    await new Promise((resolve) => host?.close(resolve));
  });

  test('the dialog gives a PNG of the view and its code shows it, named, in a <noscript>', async () => {
    await page.getByRole('button', { name: '把本视图嵌入到文章' }).click();
    const dialog = page.getByRole('dialog', { name: '嵌入到文章' });
    await dialog.getByRole('heading', { name: '备用图片' }).waitFor();
    const snippet = () => dialog.locator('textarea').inputValue();
    expect(await snippet()).toContain(
      `\n<noscript><style>iframe[src="${baseUrl}?year=2021&embed=1"] { display: none; }</style><img src="beltmap-sales-2021.png" alt="各县级单位产业带线上销售额。销售规模 · 全部品类 · 2021年。数据：中国电商产业带 2018–2024 (示意数据) · 模型生成的示意数据，并非官方统计" width="1280" height="800" style="max-width: 100%; height: auto;"></noscript>\n<script `,
    );

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), dialog.getByRole('button', { name: '下载 PNG（1280×800）' }).click()]);
    expect(download.suggestedFilename()).toBe('beltmap-sales-2021.png');
    png = readFileSync(await download.path());
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 800]);
    await dialog.getByRole('status').filter({ hasText: '已保存 beltmap-sales-2021.png' }).waitFor();
    writeFileSync(artifactPath('takeaway-fallback.png'), png);

    // The address follows the start year until the journalist types one.
    await dialog.getByLabel('起始年份').selectOption('2019');
    expect(await dialog.getByLabel('图片地址').inputValue()).toBe('beltmap-sales-2019.png');
    await dialog.getByLabel('图片地址').fill('https://news.example.org/2025/belts/map.png');
    await dialog.getByLabel('起始年份').selectOption('2021');
    expect(await snippet()).toContain('</style><img src="https://news.example.org/2025/belts/map.png" alt="各县级单位产业带线上销售额。销售规模 · 全部品类 · 2021年。');
    await dialog.getByLabel('图片地址').fill('');
    expect(await snippet()).not.toContain('<noscript>');
    expect(await dialog.locator('.warning').innerText()).toBe('未填写图片地址：在不能运行 iframe 的地方，读者将什么也看不到。');
    await dialog.getByLabel('图片地址').fill('beltmap-sales-2021.png');
    await page.screenshot({ path: artifactPath('takeaway-embed-1280.png') });
    article = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>An article</title></head><body><p>产业带</p>${await snippet()}</body></html>`;
  });

  test('an article read without scripts shows the image and hides the empty frame; with scripts, the map and no image', async () => {
    expect(article).toContain('<img src="beltmap-sales-2021.png"');
    // A feed reader or a mail client renders HTML without running scripts: the <noscript> is content.
    const reader = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 800, height: 900 } });
    const readerPage = await reader.newPage();
    await readerPage.goto(hostUrl);
    const image = readerPage.locator('img');
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1280);
    // The iframe, which would stay an empty frame without scripts, is hidden.
    expect(await readerPage.locator('iframe').boundingBox()).toBeNull();
    expect(await image.getAttribute('alt')).toMatch(/^各县级单位产业带线上销售额。销售规模 · 全部品类 · 2021年。数据：/);
    // Scaled to the column, in its own proportions.
    expect(await image.evaluate((img: HTMLImageElement) => [img.width, img.height])).toEqual([784, 490]);
    await readerPage.screenshot({ path: artifactPath('takeaway-fallback-reader.png') });
    await reader.close();

    const browserPage = await browser.newPage({ viewport: { width: 800, height: 900 } });
    await browserPage.goto(hostUrl);
    const frame = (await (await browserPage.locator('iframe').elementHandle())!.contentFrame())!;
    await frame.waitForSelector('.map-canvas[data-state="ready"]', { timeout: 90_000 });
    expect(await browserPage.locator('img').count()).toBe(0);
    expect((await browserPage.locator('iframe').boundingBox())!.height).toBeGreaterThan(400);
    await browserPage.close();
  });

  test('the dialog on a phone', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 }, locale: 'zh-CN' });
    await phone.goto(`${baseUrl}?layer=sales&year=2021`);
    await waitForMapReady(phone);
    await phone.getByRole('button', { name: '显示控件' }).click();
    await phone.getByRole('button', { name: '把本视图嵌入到文章' }).click();
    const dialog = phone.getByRole('dialog', { name: '嵌入到文章' });
    await dialog.getByRole('heading', { name: '备用图片' }).waitFor();
    // The phone's map is as tall as the screen: the PNG has its shape, within the still's bounds.
    expect(await dialog.locator('[data-fallback-download]').innerText()).toBe('下载 PNG（480×947）');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await dialog.getByRole('heading', { name: '备用图片' }).scrollIntoViewIfNeeded();
    await phone.screenshot({ path: artifactPath('takeaway-embed-375.png') });
    await phone.close();
  });
});
