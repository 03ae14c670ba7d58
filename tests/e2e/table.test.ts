/**
 * The table view (issue 5): opened from the Map/Table switch, every county with the values the
 * map shows; sorting by column headers (aria-sort), filtering by province, paging, following the
 * level; 义乌市's row against the numbers in the index files and against the map's tooltip.
 * Screenshots of the table (desktop and phone) go to tests/artifacts/.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openAtlas } from './atlasPage';
import { artifactPath, launchChromium, waitForMapReady, type PageWatch } from '../../scripts/lib/chromium';
import { tooltipRowsAtCentre } from './placeOnMap';
import { readCommittedDataset } from '../unit/support/datasetFiles';
import { formatCount, formatGrowth, formatSales, formatYear } from '../../src/lib/format/format';

/** Ends with a slash. */
const baseUrl = inject('baseUrl');
const dataset = readCommittedDataset();
const all = dataset.metrics.get('all')!;
const codes = dataset.counties.codes;
const last = dataset.meta.years.length - 1;
const YIWU = '330782';
const yiwu = codes.indexOf(YIWU);
const salesYuan = (c: number) => all.salesWan[last]![c]! * 1e4;

let browser: Browser;
let page: Page;
let watch: PageWatch;
beforeAll(async () => {
  browser = await launchChromium();
  ({ page, watch } = await openAtlas(browser, '', { width: 1280, height: 900 }));
});
afterAll(async () => {
  await browser?.close();
});

const table = () => page.locator('.place-table');
const rowCodes = () => table().locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code') ?? ''));
const header = (column: string) => table().locator(`thead th[data-column="${column}"]`);

async function chooseRadio(name: string): Promise<void> {
  await page.locator('label').filter({ has: page.getByRole('radio', { name, exact: true }) }).click();
}

async function cellText(code: string, column: string): Promise<string> {
  return table().locator(`tr[data-code="${code}"] [data-column="${column}"]`).innerText();
}

describe('the table view', () => {
  test('opens from the Map/Table switch with every county, largest sales first', async () => {
    await chooseRadio('表格');
    await table().locator('tbody tr').first().waitFor();
    expect(await page.locator('.map').getAttribute('inert')).not.toBeNull();
    await expect.poll(() => table().locator('.count').innerText()).toBe(`共 ${formatCount(codes.length, 'zh')} 个地点`);
    expect(await table().locator('tbody tr').count()).toBe(100);
    expect(await header('sales').getAttribute('aria-sort')).toBe('descending');
    expect(await table().locator('thead th[aria-sort]').count()).toBe(1);
    // Every header is a button, so each sort is reachable by keyboard.
    expect(await table().locator('thead th[data-column] button').count()).toBe(7);
    const bySales = codes.map((_, c) => c).sort((a, b) => salesYuan(b) - salesYuan(a) || (codes[a]! < codes[b]! ? -1 : 1));
    expect((await rowCodes()).slice(0, 20)).toEqual(bySales.slice(0, 20).map((c) => codes[c]));
    await page.screenshot({ path: artifactPath('table.png') });
  });

  test('clicking a header sorts by it and flips the direction', async () => {
    await header('sales').getByRole('button').click();
    expect(await header('sales').getAttribute('aria-sort')).toBe('ascending');
    const withSales = codes.map((_, c) => c).filter((c) => salesYuan(c) > 0);
    const smallest = withSales.sort((a, b) => salesYuan(a) - salesYuan(b) || (codes[a]! < codes[b]! ? -1 : 1));
    expect((await rowCodes()).slice(0, 10)).toEqual(smallest.slice(0, 10).map((c) => codes[c]));

    await header('growth').getByRole('button').click();
    expect(await header('growth').getAttribute('aria-sort')).toBe('descending');
    expect(await header('sales').getAttribute('aria-sort')).toBeNull();
    const growthOf = (c: number) => all.growth[last]![c] ?? null;
    const fastest = codes.map((_, c) => c).filter((c) => growthOf(c) !== null && salesYuan(c) > 0);
    fastest.sort((a, b) => growthOf(b)! - growthOf(a)! || (codes[a]! < codes[b]! ? -1 : 1));
    expect((await rowCodes()).slice(0, 10)).toEqual(fastest.slice(0, 10).map((c) => codes[c]));

    // Names sort as a Chinese index does, by pinyin.
    await header('name').getByRole('button').click();
    expect(await header('name').getAttribute('aria-sort')).toBe('ascending');
    const names = await table().locator('tbody [data-column="name"]').allInnerTexts();
    const collator = new Intl.Collator('zh-CN-u-co-pinyin');
    expect(names.every((name, i) => i === 0 || collator.compare(names[i - 1]!, name) <= 0)).toBe(true);
    await header('name').getByRole('button').press('Enter');
    expect(await header('name').getAttribute('aria-sort')).toBe('descending');
  });

  test('pages through the rows', async () => {
    const first = await rowCodes();
    await table().getByRole('button', { name: '下一页' }).click();
    const second = await rowCodes();
    expect(second).toHaveLength(100);
    expect(second.some((code) => first.includes(code))).toBe(false);
    expect(await table().locator('.pages span').innerText()).toBe(`第 2 / ${Math.ceil(codes.length / 100)} 页`);
  });

  test('filters by province: every county of 浙江省 and no other', async () => {
    await table().getByLabel('省份').selectOption('33');
    const zhejiang = codes.filter((code) => code.startsWith('33'));
    await expect.poll(() => table().locator('.count').innerText()).toBe(`共 ${zhejiang.length} 个地点`);
    await header('sales').getByRole('button').click();
    const shown = await rowCodes();
    expect([...shown].sort()).toEqual([...zhejiang].sort());
    expect(shown[0]).toBe(zhejiang.reduce((best, code) => (salesYuan(codes.indexOf(code)) > salesYuan(codes.indexOf(best)) ? code : best)));
    await page.screenshot({ path: artifactPath('table-zhejiang.png') });
  });

  test('义乌市 reads as in the index files, with its provenance', async () => {
    const growth = all.growth[last]![yiwu]!;
    expect(await cellText(YIWU, 'name')).toBe('义乌市');
    expect(await cellText(YIWU, 'place')).toBe('金华市 · 浙江省');
    expect(await cellText(YIWU, 'sales')).toBe(formatSales(salesYuan(yiwu), 'zh'));
    expect(await cellText(YIWU, 'growth')).toBe(formatGrowth(growth, 'zh'));
    expect(await cellText(YIWU, 'belts')).toBe(formatCount(all.beltCount[last]![yiwu]!, 'zh'));
    expect(await cellText(YIWU, 'over100Yi')).toBe(formatCount(all.over100YiCount[last]![yiwu]!, 'zh'));
    expect(await cellText(YIWU, 'firstOver100Yi')).toBe(formatYear(all.firstYearOver100Yi[yiwu]!, 'zh'));
    const provenance = all.provenance[last]![yiwu]!;
    const cell = table().locator(`tr[data-code="${YIWU}"] [data-column="provenance"]`);
    expect(await cell.getAttribute('data-provenance')).toBe(String(provenance));
    expect(await cell.innerText()).toMatch(provenance === 1 ? /^模型估计$/ : /报告值/);
  });

  test('its name opens it on the map, where the tooltip says the same', async () => {
    const tableSales = await cellText(YIWU, 'sales');
    const tableGrowth = await cellText(YIWU, 'growth');
    await table().locator(`tr[data-code="${YIWU}"]`).getByRole('button', { name: '义乌市' }).click();
    await table().waitFor({ state: 'detached' });
    await page.locator(`.county-panel[data-code="${YIWU}"]`).waitFor();
    expect(await page.getByRole('radio', { name: '地图', exact: true }).isChecked()).toBe(true);
    const tooltip = await tooltipRowsAtCentre(page, '义乌市');
    expect(tooltip.get('销售额')).toBe(tableSales);
    expect(tooltip.get('同比')).toBe(tableGrowth);
  });

  test('follows the level: 34 provinces, their sums, no province filter', async () => {
    await page.locator('.county-panel').getByRole('button', { name: '关闭' }).click();
    await chooseRadio('省级');
    await chooseRadio('表格');
    await expect.poll(() => table().getAttribute('data-level')).toBe('province');
    const provinceCodes = [...new Set(codes.map((code) => code.slice(0, 2)))];
    await expect.poll(() => table().locator('tbody tr').count()).toBe(provinceCodes.length);
    expect(await table().getByLabel('省份').count()).toBe(0);
    const zhejiang = codes.reduce((sum, code, c) => (code.startsWith('33') ? sum + salesYuan(c) : sum), 0);
    expect(await cellText('33', 'sales')).toBe(formatSales(zhejiang, 'zh'));
    await chooseRadio('县级');
  });

  test('comparing two years adds the change column, sorted by it', async () => {
    await page.getByRole('checkbox', { name: '比较两个年份' }).check();
    const first = dataset.meta.years[0]!;
    const change = table().locator('thead th[data-column="change"]');
    await change.waitFor();
    expect(await change.innerText()).toContain(`变化 ${first}→${dataset.meta.years[last]}`);
    expect(await change.getAttribute('aria-sort')).toBe('descending');
    await table().getByLabel('省份').selectOption('33');
    const from = all.salesWan[0]![yiwu]! * 1e4;
    const to = salesYuan(yiwu);
    expect(await cellText(YIWU, 'change')).toBe(`+${formatSales(to - from, 'zh')}（${formatGrowth(to / from - 1, 'zh')}）`);
    await page.screenshot({ path: artifactPath('table-compare.png') });
    await page.getByRole('checkbox', { name: '比较两个年份' }).uncheck();
    await change.waitFor({ state: 'detached' });
    expect(await header('sales').getAttribute('aria-sort')).toBe('descending');
  });

  test('has no console errors', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});

describe('the table on a phone', () => {
  test('a 375 px phone shows the table without sideways page scroll', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 }, locale: 'zh-CN' });
    await phone.goto(baseUrl);
    await waitForMapReady(phone);
    await phone.getByRole('button', { name: '显示控件' }).click();
    await phone.locator('label').filter({ has: phone.getByRole('radio', { name: '表格', exact: true }) }).click();
    await phone.getByRole('button', { name: '收起控件' }).click();
    await phone.locator('.place-table tbody tr').first().waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await phone.screenshot({ path: artifactPath('table-phone.png') });
    await phone.close();
  });
});

describe('the table when its code cannot be downloaded', () => {
  test('says so at the top of the page with a retry, the map staying on screen, and the retry shows the table once the connection is back', async () => {
    const opened = await openAtlas(browser, '', { width: 1280, height: 800 });
    const offline = opened.page;
    const tableCode = /\/assets\/TableView-[^/]+\.js$/;
    await offline.route(tableCode, (route) => route.abort('internetdisconnected'));
    await offline.locator('label').filter({ has: offline.getByRole('radio', { name: '表格', exact: true }) }).click();
    const notice = offline.locator('[data-failed-part="table"]');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.locator('p').allInnerTexts()).toEqual(['表格未能载入：下载时网络连接中断了，或网站刚刚更新过。', '请重试；如果仍然不行，请刷新页面。']);
    expect(await offline.locator('.place-table').count()).toBe(0);
    // Without the table, the map stays on screen with its legend, and answers the pointer: the
    // county under the map's centre in the opening view is named.
    expect(await offline.locator('.map').getAttribute('inert')).toBeNull();
    expect(await offline.locator('.map').isVisible()).toBe(true);
    expect(await offline.locator('section.controls .legend').count()).toBe(1);
    const mapBox = (await offline.locator('.map').boundingBox())!;
    await offline.mouse.move(mapBox.x + mapBox.width / 2, mapBox.y + mapBox.height / 2);
    const tooltip = offline.getByTestId('county-tooltip');
    await tooltip.waitFor({ timeout: 30_000 });
    expect(await tooltip.locator('.title').innerText()).toBe('治多县');
    await offline.screenshot({ path: artifactPath('table-code-failed.png') });

    await offline.unroute(tableCode);
    await notice.getByRole('button', { name: '重试' }).click();
    await offline.locator('.place-table tbody tr').first().waitFor({ timeout: 30_000 });
    expect(await offline.locator('[data-failed-part]').count()).toBe(0);
    expect(await offline.locator('.map').getAttribute('inert')).not.toBeNull();
    // The aborted download is the one console error.
    expect(opened.watch.consoleErrors.filter((error) => !error.includes('ERR_INTERNET_DISCONNECTED'))).toEqual([]);
    await offline.close();
  });

  test('on a phone, where it lies over the controls, it closes, and choosing the table again asks for its code again', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 }, locale: 'zh-CN' });
    const tableCode = /\/assets\/TableView-[^/]+\.js$/;
    let tableCodeRequests = 0;
    await phone.route(tableCode, (route) => {
      tableCodeRequests++;
      return route.abort('internetdisconnected');
    });
    await phone.goto(baseUrl);
    await waitForMapReady(phone);
    await phone.getByRole('button', { name: '显示控件' }).click();
    const tableChoice = phone.locator('label').filter({ has: phone.getByRole('radio', { name: '表格', exact: true }) });
    await tableChoice.click();
    const notice = phone.locator('[data-failed-part="table"]');
    await notice.waitFor({ timeout: 30_000 });
    await phone.screenshot({ path: artifactPath('table-code-failed-phone.png') });
    // The notice covers the controls' header, its hide button among them.
    const toggle = phone.locator('section.controls button.toggle');
    expect(await toggle.innerText()).toBe('收起控件');
    const [noticeBox, toggleBox] = [await notice.boundingBox(), await toggle.boundingBox()];
    expect(noticeBox!.y + noticeBox!.height).toBeGreaterThan(toggleBox!.y);

    // Closed, the notice asks for nothing: the table's code is asked for again only when the table is.
    const requestsOfFirstTry = tableCodeRequests;
    await notice.getByRole('button', { name: '关闭' }).click();
    expect(await phone.locator('[data-failed-part]').count()).toBe(0);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(tableCodeRequests).toBe(requestsOfFirstTry);

    await toggle.click();
    await phone.locator('label').filter({ has: phone.getByRole('radio', { name: '地图', exact: true }) }).click();
    await tableChoice.click();
    await notice.waitFor({ timeout: 30_000 });
    expect(tableCodeRequests).toBeGreaterThan(requestsOfFirstTry);
    await phone.close();
  });
});
