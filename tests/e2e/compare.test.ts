/**
 * Compare two years (issue 5): the switch, the difference layer's own legend, and 义乌市's change
 * in the tooltip and on the map against the difference computed here from
 * geodata/index/metrics-all.json. Screenshots of the comparison go to tests/artifacts/.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openAtlas } from './atlasPage';
import { artifactPath, launchChromium, type PageWatch } from '../../scripts/lib/chromium';
import { tooltipRowsAtCentre } from './placeOnMap';
import { readCommittedDataset } from '../unit/support/datasetFiles';
import { formatCount, formatGrowth, formatSales } from '../../src/lib/format/format';

const dataset = readCommittedDataset();
const all = dataset.metrics.get('all')!;
const years = dataset.meta.years;
const firstYear = years[0]!;
const lastYear = years[years.length - 1]!;
const YIWU = '330782';
const yiwu = dataset.counties.codes.indexOf(YIWU);
const MAP = '.map-canvas';
const salesIn = (year: number) => all.salesWan[years.indexOf(year)]![yiwu]! * 1e4;
const over100YiIn = (year: number) => all.over100YiCount[years.indexOf(year)]![yiwu]!;

let browser: Browser;
let page: Page;
let watch: PageWatch;
beforeAll(async () => {
  browser = await launchChromium();
  ({ page, watch } = await openAtlas(browser, `?county=${YIWU}`));
});
afterAll(async () => {
  await browser?.close();
});

const legend = () => page.locator('.legend');
const compareSwitch = () => page.getByRole('checkbox', { name: '比较两个年份' });

async function waitForColours(fragment: string): Promise<void> {
  await page.waitForSelector(`${MAP}[data-colour-key*="${fragment}"]`, { timeout: 60_000 });
}

/** The RGB of one screen pixel, read from a screenshot (the WebGL buffer is not kept between frames). */
async function pixelAt(x: number, y: number): Promise<number[]> {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const context = Object.assign(document.createElement('canvas'), { width: 1, height: 1 }).getContext('2d')!;
    context.drawImage(image, 0, 0);
    return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  }, png.toString('base64'));
}

describe('compare two years', () => {
  test('the switch compares the first year with the year shown, with a legend of its own', async () => {
    await compareSwitch().check();
    await waitForColours(`|${lastYear}|county|from${firstYear}`);
    expect(await legend().getAttribute('data-compare')).toBe(String(firstYear));
    expect(await legend().locator('h2').innerText()).toBe(`销售额变化 ${firstYear}→${lastYear}（%）`);
    expect(await page.getByRole('combobox', { name: '从' }).inputValue()).toBe(String(firstYear));
    expect(await page.getByRole('combobox', { name: '到' }).inputValue()).toBe(String(lastYear));
    // Diverging: falls below 0, rises above it; then new, gone, no belt and no data (Hong Kong, Macao
    // and Taiwan, outside the belt model) as swatches with words.
    const ranges = await legend().locator('li[data-kind="range"]').evaluateAll((items) => items.map((li) => li.getAttribute('data-upper')));
    expect(ranges).toEqual(['-0.2', '0', '0.2', '0.5', '1', '3', null]);
    expect(await legend().locator('.specials li').allInnerTexts()).toEqual(['新增', '消失', '无产业带', '无数据']);
    await page.screenshot({ path: artifactPath('compare.png') });
  });

  test('义乌市: the tooltip shows both years and the change computed from the index files', async () => {
    await page.getByRole('button', { name: '缩放到该地' }).click();
    const from = salesIn(firstYear);
    const to = salesIn(lastYear);
    const rows = await tooltipRowsAtCentre(page, '义乌市');
    expect(rows.get(`${firstYear}年销售额`)).toBe(formatSales(from, 'zh'));
    expect(rows.get(`${lastYear}年销售额`)).toBe(formatSales(to, 'zh'));
    expect(rows.get('变化')).toBe(`+${formatSales(to - from, 'zh')}（${formatGrowth(to / from - 1, 'zh')}）`);

    // The legend marks the swatch the change falls in, and the map paints 义乌市 in its colour.
    const active = legend().locator('li.active');
    const lower = await active.getAttribute('data-lower');
    const upper = await active.getAttribute('data-upper');
    if (lower !== null) expect(to / from - 1).toBeGreaterThanOrEqual(Number(lower));
    if (upper !== null) expect(to / from - 1).toBeLessThan(Number(upper));
    const swatch = (await active.getAttribute('data-colour'))!;
    const box = (await page.locator(MAP).boundingBox())!;
    const centre = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
    await page.mouse.move(centre.x - 250, centre.y + 150);
    await page.waitForFunction(() => !document.querySelector('[data-testid="county-tooltip"]')?.textContent?.includes('义乌市'));
    const painted = await pixelAt(centre.x, centre.y);
    const expected = [1, 3, 5].map((i) => Number.parseInt(swatch.slice(i, i + 2), 16));
    expect(Math.max(...painted.map((c, i) => Math.abs(c - expected[i]!)))).toBeLessThanOrEqual(6);
    await page.screenshot({ path: artifactPath('compare-yiwu.png') });
  });

  test('another first year, and the timeline picks the second', async () => {
    const from = years[years.length - 3]!;
    await page.getByRole('combobox', { name: '从' }).selectOption(String(from));
    await page.getByRole('combobox', { name: '到' }).selectOption(String(years[years.length - 2]));
    await waitForColours(`|${years[years.length - 2]}|county|from${from}`);
    expect(await legend().locator('h2').innerText()).toContain(`${from}→${years[years.length - 2]}`);
    expect(await page.locator('.timeline').innerText()).toContain(String(years[years.length - 2]));
    await page.keyboard.press('End').catch(() => undefined);
    await page.getByRole('combobox', { name: '到' }).selectOption(String(lastYear));
    await waitForColours(`|${lastYear}|county|from${from}`);
    const rows = await tooltipRowsAtCentre(page, '义乌市');
    const change = salesIn(lastYear) - salesIn(from);
    expect(rows.get('变化')).toBe(`+${formatSales(change, 'zh')}（${formatGrowth(salesIn(lastYear) / salesIn(from) - 1, 'zh')}）`);
  });

  test('the 百亿 layer compares counts of 百亿 belts', async () => {
    await page.locator('label').filter({ has: page.getByRole('radio', { name: '百亿产业带', exact: true }) }).click();
    await compareSwitch().uncheck();
    await compareSwitch().check();
    await waitForColours(`spread|all|${lastYear}|county|from${firstYear}`);
    expect(await legend().locator('h2').innerText()).toBe(`百亿产业带数量变化 ${firstYear}→${lastYear}（个）`);
    expect(await legend().locator('li[data-kind="range"]').allInnerTexts()).toEqual(['-1 或更少', '不变', '+1', '+2', '+3 或更多']);
    const rows = await tooltipRowsAtCentre(page, '义乌市');
    const difference = over100YiIn(lastYear) - over100YiIn(firstYear);
    expect(rows.get(`${firstYear}年百亿产业带`)).toBe(formatCount(over100YiIn(firstYear), 'zh'));
    expect(rows.get(`${lastYear}年百亿产业带`)).toBe(formatCount(over100YiIn(lastYear), 'zh'));
    expect(rows.get('变化')).toContain(difference > 0 ? `+${difference}` : String(difference));
    await page.screenshot({ path: artifactPath('compare-spread.png') });
  });

  test('switching it off brings back the layer and its legend', async () => {
    await compareSwitch().uncheck();
    await expect.poll(() => legend().getAttribute('data-compare')).toBeNull();
    expect(await legend().locator('h2').innerText()).toBe('首次拥有百亿产业带的年份');
    expect(await page.getByRole('combobox', { name: '从' }).count()).toBe(0);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});
