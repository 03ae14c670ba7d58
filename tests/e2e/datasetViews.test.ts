/**
 * The 淘宝村 dataset in every view a reader meets (issue 12): counts in 个, never yuan, in the
 * tooltip, the county panel (with its villages), the rankings, the table, a comparison of two years,
 * the legend, and the SVG and CSV exports, each naming AliResearch's list as the source.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium';
import { openAtlas } from './atlasPage';
import { tooltipAtCentre } from './mapPixels';

/** 曹县's label point (geodata/index/counties.json) at the map's centre. */
const CAOXIAN_VIEW = '?dataset=taobao-villages&year=2016&county=371721&view=115.566,34.8258,8';
const NOT_YUAN = /亿元|万元|\d元/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the 淘宝村 dataset counts villages in every view', () => {
  test('tooltip and county panel: 曹县 has 48个 in 2016, from the 2016 list, with its villages', async () => {
    const { page, watch } = await openAtlas(browser, CAOXIAN_VIEW);
    const tooltip = await tooltipAtCentre(page, '曹县');
    expect(tooltip).toContain('48个');
    expect(tooltip).toContain('阿里研究院《中国淘宝村研究报告(2016)》');
    expect(tooltip).not.toMatch(NOT_YUAN);
    const panel = page.locator('.panel');
    await expect.poll(() => panel.innerText(), { timeout: 30_000 }).toContain('安才楼村');
    const panelText = await panel.innerText();
    expect(panelText).toContain('48个');
    expect(panelText).toContain('74个'); // the 2017 figure, a reported point beside the map's years
    expect(panelText).not.toMatch(NOT_YUAN);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  test('legend and rankings: whole-count steps, and 义乌市 first with 65个', async () => {
    const { page } = await openAtlas(browser, '?dataset=taobao-villages');
    const controls = page.locator('section.controls');
    await page.locator('details', { hasText: '排行' }).locator('summary').click();
    const text = await controls.innerText();
    expect(text).toContain('淘宝村数量（个）');
    expect(text).toContain('无淘宝村');
    expect(text).not.toMatch(NOT_YUAN);
    const firstRow = await controls.locator('tbody tr').first().innerText();
    expect(firstRow).toContain('义乌市');
    expect(firstRow).toContain('65个');
    await page.close();
  });

  test('table: the value column in 个, 曹县 at 48个 with the 2016 list as source', async () => {
    const { page } = await openAtlas(browser, '?dataset=taobao-villages');
    await page.locator('label').filter({ has: page.getByRole('radio', { name: '表格', exact: true }) }).click();
    const table = page.locator('section.place-table table');
    await expect.poll(() => table.innerText(), { timeout: 30_000 }).toContain('曹县');
    const header = await table.locator('thead').innerText();
    expect(header).toContain('淘宝村数量');
    expect(header).not.toMatch(NOT_YUAN);
    const row = await table.locator('tbody tr', { hasText: '曹县' }).innerText();
    expect(row).toContain('48个');
    expect(row).toContain('阿里研究院');
    await page.close();
  });

  test('comparison: 曹县 from 2014 to 2016 is 7个 → 48个, a difference in villages', async () => {
    const { page } = await openAtlas(browser, `${CAOXIAN_VIEW}&compare=2014`);
    const tooltip = await tooltipAtCentre(page, '曹县');
    expect(tooltip).toContain('7个');
    expect(tooltip).toContain('48个');
    expect(tooltip).toContain('+41个');
    expect(tooltip).not.toMatch(NOT_YUAN);
    await page.close();
  });
});

describe('exports of the 淘宝村 dataset', () => {
  let page: Page;
  beforeAll(async () => {
    page = (await openAtlas(browser, '?dataset=taobao-villages&county=371721')).page;
    await page.click('[data-open="export"]');
    await page.waitForSelector('dialog.export-dialog[open]', { timeout: 30_000 });
  });
  afterAll(async () => {
    await page?.close();
  });

  async function download(button: string): Promise<{ name: string; text: string }> {
    const [file] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.click(`[data-export="${button}"]`)]);
    const { readFileSync } = await import('node:fs');
    return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
  }

  test('CSV: a villages_count column, 曹县 with 48 and the 2016 list, no yuan column', async () => {
    const { name, text } = await download('csv');
    expect(name).toBe('beltmap-taobao-villages-sales-2016.csv');
    const [header, ...rows] = text.replace(/^\uFEFF/, '').split('\r\n');
    const columns = header!.split(',');
    expect(columns).toContain('villages_count');
    expect(columns).not.toContain('sales_yuan');
    const caoxian = rows.find((row) => row.startsWith('371721,'))!.split(',');
    expect(caoxian[columns.indexOf('villages_count')]).toBe('48');
    expect(caoxian[columns.indexOf('source_ids')]).toBe('aliresearch-2016');
  });

  test('SVG: the legend in 个 and the source line naming AliResearch, no 示意数据', async () => {
    const { name, text } = await download('svg');
    expect(name).toBe('beltmap-taobao-villages-sales-2016.svg');
    const texts = await page.evaluate((svg) => {
      const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
      return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
    }, text);
    const all = texts.join('\n');
    expect(all).toContain('个');
    expect(all).toContain('阿里研究院');
    expect(all).not.toContain('示意数据');
    expect(all).not.toMatch(NOT_YUAN);
  });
});
