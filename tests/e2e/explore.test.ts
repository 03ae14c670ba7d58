/**
 * Explore (issue 5): place search (characters, pinyin, initials, a same-name pair, the combobox
 * keys), rankings for each layer, and the prefecture and province levels, whose totals are checked
 * against sums computed here from the committed county values. Screenshots of the search results,
 * the rankings and the province level go to tests/artifacts/.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { openAtlas } from './atlasPage';
import { artifactPath, launchChromium, waitForMapReady, watchPage, type PageWatch } from '../../scripts/lib/chromium';
import { readCommittedDataset } from '../unit/support/datasetFiles';
import { formatSales } from '../../src/lib/format/format';

/** Ends with a slash. */
const baseUrl = inject('baseUrl');
const dataset = readCommittedDataset();
const all = dataset.metrics.get('all')!;
const years = dataset.meta.years;
const last = years.length - 1;
const MAP = '.map-canvas';

/** Sales in yuan of every county whose code starts with `prefix`, summed straight from the index files. */
function salesOf(prefix: string, yearIndex: number): number {
  const salesWan = all.salesWan[yearIndex]!;
  return dataset.counties.codes.reduce((sum, code, c) => (code.startsWith(prefix) ? sum + salesWan[c]! * 1e4 : sum), 0);
}

function expectClose(actual: number, expected: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(Math.abs(expected) * 1e-9);
}

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

const searchBox = () => page.getByRole('combobox', { name: '搜索地点' });
const options = () => page.locator('#place-search-results [role="option"]');

async function search(query: string): Promise<{ name: string; level: string; context: string; code: string }[]> {
  const box = searchBox();
  await box.fill('');
  await box.fill(query);
  await expect.poll(() => box.getAttribute('aria-expanded')).toBe('true');
  return options().evaluateAll((items) =>
    items.map((item) => ({
      name: item.querySelector('.name')?.textContent ?? '',
      level: item.getAttribute('data-level') ?? '',
      context: item.querySelector('.context')?.textContent ?? '',
      code: item.getAttribute('data-code') ?? '',
    })),
  );
}

/** Clicks a segmented-control choice (the radio is visually hidden inside its label). */
async function chooseRadio(name: string): Promise<void> {
  await page.locator('label').filter({ has: page.getByRole('radio', { name, exact: true }) }).click();
}

/** Waits until the map has drawn colours whose key (layer|category|year|level) starts and ends as given. */
async function waitForColours(prefix: string, level: string): Promise<void> {
  await page.waitForSelector(`${MAP}[data-colour-key^="${prefix}"][data-colour-key$="|${level}"]`, { timeout: 60_000 });
}

async function openRankings(): Promise<Locator> {
  const rankings = page.locator('details.rankings');
  if ((await rankings.getAttribute('open')) === null) await rankings.locator('summary').click();
  await rankings.locator('tbody tr').first().waitFor();
  return rankings;
}

async function rankingRows(rankings: Locator): Promise<{ code: string; value: number; change: string; mark: string }[]> {
  return rankings.locator('tbody tr').evaluateAll((rows) =>
    rows.map((row) => ({
      code: row.getAttribute('data-code') ?? '',
      value: Number(row.getAttribute('data-value')),
      change: row.querySelector('[data-change]')?.getAttribute('data-change') ?? '',
      mark: row.querySelector('[data-change] [aria-hidden]')?.textContent ?? '',
    })),
  );
}

describe('search', () => {
  test.each([
    ['characters', '义乌'],
    ['full pinyin', 'yiwu'],
    ['initials', 'yw'],
    ['pinyin with tones and spaces', 'Yì Wū'],
  ])('finds 义乌市 by %s (%s), with its prefecture and province', async (_, query) => {
    const results = await search(query);
    const yiwu = results.find((r) => r.code === '330782');
    expect(yiwu).toEqual({ name: '义乌市', level: 'county', context: '金华市 · 浙江省', code: '330782' });
    // Pinyin also finds the same-sounding 伊吾县 in 新疆, told apart by its place.
    if (query !== '义乌') expect(results.find((r) => r.name === '伊吾县')?.context).toContain('新疆');
  });

  test('tells the two 朝阳区 apart by their province, and lists 朝阳市 as a prefecture', async () => {
    const results = await search('朝阳区');
    const districts = results.filter((r) => r.name === '朝阳区');
    expect(districts.map((r) => r.context).sort()).toEqual(['北京市', '长春市 · 吉林省'].sort());
    const byPinyin = await search('chaoyang');
    expect(byPinyin.filter((r) => r.name === '朝阳区')).toHaveLength(2);
    expect(byPinyin.find((r) => r.level === 'prefecture')?.name).toBe('朝阳市');
    await page.screenshot({ path: artifactPath('explore-search.png') });
  });

  test('follows the combobox pattern: ↓ highlights, Esc closes, Enter chooses and opens the panel', async () => {
    await search('义乌');
    const box = searchBox();
    expect(await box.getAttribute('aria-controls')).toBe('place-search-results');
    expect(await box.getAttribute('aria-activedescendant')).toBeNull();
    await box.press('ArrowDown');
    const activeId = await box.getAttribute('aria-activedescendant');
    expect(activeId).toBeTruthy();
    expect(await page.locator(`#${activeId}`).getAttribute('aria-selected')).toBe('true');
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await page.locator(`#${await box.getAttribute('aria-activedescendant')}`).getAttribute('data-code')).toBe('330782');
    await box.press('Enter');
    await page.locator('.county-panel[data-code="330782"]').waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    expect(await box.inputValue()).toBe('义乌市');
    expect(await page.locator(MAP).getAttribute('data-state')).toBe('ready');
  });

  test('choosing a prefecture shows prefectures and opens 金华市 with its summed sales', async () => {
    const results = await search('金华');
    const index = results.findIndex((r) => r.code === '3307');
    expect(results[index]).toMatchObject({ name: '金华市', level: 'prefecture', context: '浙江省' });
    await options().nth(index).click();
    const panel = page.locator('.area-panel[data-code="3307"]');
    await panel.waitFor();
    await waitForColours('sales|', 'prefecture');
    expect(await page.getByRole('radio', { name: '地级', exact: true }).isChecked()).toBe(true);
    expect(await page.locator('.county-panel').count()).toBe(0);
    const sales = await panel.locator('dt', { hasText: /^销售额$/ }).locator('xpath=following-sibling::dd[1]').innerText();
    expect(sales).toBe(formatSales(salesOf('3307', last), 'zh'));
    await page.screenshot({ path: artifactPath('explore-prefecture-level.png') });
  });
});

describe('rankings', () => {
  test.each([
    ['sales', '销售规模'],
    ['growth', '增速'],
    ['spread', '百亿产业带'],
  ] as const)('the %s layer lists places in descending order with their rank change', async (layer, label) => {
    await chooseRadio('县级');
    await chooseRadio(label);
    await waitForColours(`${layer}|all|${years[last]}`, 'county');
    const rankings = await openRankings();
    await expect.poll(() => rankings.getAttribute('data-layer')).toBe(layer);
    const rows = await rankingRows(rankings);
    expect(rows.length).toBe(10);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.value).toBeLessThanOrEqual(rows[i - 1]!.value);
    for (const row of rows) {
      expect(['up', 'down', 'same', 'new']).toContain(row.change);
      // The change reads without colour: an arrow with a number, 新, or a dash.
      expect(row.mark).toMatch(/^(▲\d+|▼\d+|新|–)$/);
    }
    if (layer === 'sales') {
      // Each value is the county's own, straight from the index files.
      for (const row of rows) expectClose(row.value, salesOf(row.code, last));
      await rankings.screenshot({ path: artifactPath('explore-rankings.png') });
    }
  });

  test('"show more" adds ten rows; a province filter keeps only its places', async () => {
    await chooseRadio('销售规模');
    const rankings = await openRankings();
    await rankings.getByRole('button', { name: '显示更多' }).click();
    await expect.poll(() => rankings.locator('tbody tr').count()).toBe(20);
    await rankings.getByRole('combobox', { name: '范围' }).selectOption('province:33');
    const rows = await rankingRows(rankings);
    expect(rows.length).toBe(10);
    expect(rows.every((row) => row.code.startsWith('33'))).toBe(true);
    await rankings.getByRole('combobox', { name: '范围' }).selectOption('all');
  });

  test('a row selects the county and flies the camera close in over it', async () => {
    const rankings = await openRankings();
    const first = rankings.locator('tbody tr').first();
    const code = (await first.getAttribute('data-code'))!;
    await first.getByRole('button').click();
    await page.locator(`.county-panel[data-code="${code}"]`).waitFor();
    // The address's view= is where the camera stopped: over the county's label point, zoomed in
    // from China's first view (zoom about 4). The panels shift the place off the map's centre by
    // up to about a degree at these zooms.
    const [lng, lat] = dataset.counties.labelPoints[dataset.counties.codes.indexOf(code)]!;
    const viewInAddress = () => page.evaluate(() => new URLSearchParams(location.search).get('view')?.split(',').map(Number) ?? null);
    await expect.poll(async () => {
      const view = await viewInAddress();
      return view !== null && Math.abs(view[0]! - lng) < 1.5 && Math.abs(view[1]! - lat) < 1 && view[2]! >= 6.5;
    }, { timeout: 30_000 }).toBe(true);
  });
});

describe('levels', () => {
  // Filtered to 浙江's region or province, so that 浙江 / 金华 are among the first ten on each layer.
  test.each([
    ['province', '省级', '33', 'region:east'],
    ['prefecture', '地级', '3307', 'province:33'],
  ] as const)('%s level: rankings give the sums of the counties, growth recomputed from them', async (level, label, code, filter) => {
    await chooseRadio('销售规模');
    await chooseRadio(label);
    await waitForColours('sales|all|', level);
    const rankings = await openRankings();
    await expect.poll(() => rankings.getAttribute('data-level')).toBe(level);
    await rankings.getByRole('combobox', { name: '范围' }).selectOption(filter);
    const sales = (await rankingRows(rankings)).find((row) => row.code === code);
    expect(sales).toBeDefined();
    expectClose(sales!.value, salesOf(code, last));

    await chooseRadio('增速');
    await waitForColours('growth|all|', level);
    await expect.poll(() => rankings.getAttribute('data-layer')).toBe('growth');
    const growth = (await rankingRows(rankings)).find((row) => row.code === code);
    expect(growth).toBeDefined();
    expectClose(growth!.value, salesOf(code, last) / salesOf(code, last - 1) - 1);
    await rankings.getByRole('combobox', { name: '范围' }).selectOption('all');
    await chooseRadio('销售规模');
  });

  test('province level: 浙江省 chosen from the rankings, its tooltip shows the summed sales', async () => {
    await chooseRadio('省级');
    await waitForColours('sales|all|', 'province');
    const rankings = await openRankings();
    await rankings.locator('tbody tr[data-code="33"]').getByRole('button').click();
    await page.locator('.area-panel[data-code="33"]').waitFor();
    // The camera fits 浙江 around the map's centre: hover there until the tooltip names it.
    const box = (await page.locator(MAP).boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const tooltip = page.getByTestId('county-tooltip');
    let text = '';
    for (let attempt = 0; attempt < 40 && !text.includes('浙江省'); attempt++) {
      await page.mouse.move(centre.x + (attempt % 2), centre.y);
      text = (await tooltip.isVisible()) ? await tooltip.innerText() : '';
      if (!text.includes('浙江省')) await page.waitForTimeout(500);
    }
    expect(text).toContain('浙江省');
    expect(text).toContain(formatSales(salesOf('33', last), 'zh'));
    // The legend's bins are those of the province totals: the top bin reaches the largest province.
    const provinceMax = Math.max(...dataset.counties.provinceTable.map((p) => salesOf(p.code, last)));
    const lowers = await page.locator('.legend li[data-kind="range"]').evaluateAll((items) => items.map((item) => Number(item.getAttribute('data-lower') ?? 0)));
    expect(Math.max(...lowers)).toBeGreaterThanOrEqual(1e10);
    expect(Math.max(...lowers)).toBeLessThanOrEqual(provinceMax);
    await page.screenshot({ path: artifactPath('explore-province-level.png') });
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test('a selected county stays selected as the level widens (义乌 → 金华 → 浙江) and comes back at counties', async () => {
    await chooseRadio('县级');
    await waitForColours('sales|all|', 'county');
    await search('义乌');
    await searchBox().press('ArrowDown');
    await searchBox().press('Enter');
    await page.locator('.county-panel[data-code="330782"]').waitFor();
    await chooseRadio('地级');
    await page.locator('.area-panel[data-code="3307"]').waitFor();
    expect(await page.evaluate(() => location.search)).toContain('area=3307');
    await chooseRadio('省级');
    await page.locator('.area-panel[data-code="33"]').waitFor();
    expect(await page.locator('.county-panel').count()).toBe(0);
    // Back at counties, 义乌 (inside 浙江) is selected again.
    await chooseRadio('县级');
    await page.locator('.county-panel[data-code="330782"]').waitFor();
    await chooseRadio('省级');
    await page.locator('.area-panel[data-code="33"]').waitFor();
  });
});

describe('accessibility and English', () => {
  test('axe-core finds no violations in the search results, the rankings and the area panel', async () => {
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    await search('浙江省');
    await page.locator('#place-search-results [role="option"][data-code="33"]').click();
    await page.locator('.area-panel[data-code="33"]').waitFor();
    await openRankings();
    await search('gulou');
    await searchBox().press('ArrowDown');
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
      const result = await axe.run({ include: [['.controls'], ['.area-panel']] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
    });
    expect(violations).toEqual([]);
    await searchBox().press('Escape');
  });

  test('the map canvas is named in the language of the page', async () => {
    expect(await page.locator(`${MAP} canvas.maplibregl-canvas`).getAttribute('aria-label')).toBe('地图');
  });

  test('in English, results and rankings name places in pinyin with their kind and province', async () => {
    const english = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    const englishWatch = watchPage(english);
    await english.goto(`${baseUrl}?lang=en`);
    await waitForMapReady(english);
    await english.getByRole('combobox', { name: 'Search places' }).fill('义乌');
    const first = english.locator('#place-search-results [role="option"]').first();
    expect(await first.locator('.name').innerText()).toBe('Yiwu City');
    expect(await first.locator('.context').innerText()).toBe('Jinhua, Zhejiang');
    // A district is a District, and the two Chaoyang Districts (朝阳区 of Beijing, 潮阳区 of Shantou) name their prefecture.
    await english.getByRole('combobox', { name: 'Search places' }).fill('chaoyang');
    const names = await english.locator('#place-search-results [role="option"][data-level="county"] .name').allInnerTexts();
    expect(names).toEqual(expect.arrayContaining(['Chaoyang District (Beijing)', 'Chaoyang District (Shantou)', 'Chaoyang District (Changchun)']));
    expect(await english.locator('.map-canvas canvas.maplibregl-canvas').getAttribute('aria-label')).toBe('Map');
    await english.locator('details.rankings summary').click();
    expect(await english.locator('details.rankings caption').innerText()).toMatch(/^\d{4} · Sales · .+ · County$/);
    expect(await english.locator('details.rankings thead').innerText()).toContain('vs. previous year');
    expect(englishWatch.consoleErrors).toEqual([]);
    await english.close();
  });
});

describe('on a 375 px phone', () => {
  test('the search box stays in view and its results fit the screen', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 }, locale: 'zh-CN' });
    const phoneWatch = watchPage(phone);
    await phone.goto(baseUrl);
    await waitForMapReady(phone);
    const box = phone.getByRole('combobox', { name: '搜索地点' });
    await box.fill('gl');
    const list = phone.locator('#place-search-results');
    await list.waitFor();
    const listBox = (await list.boundingBox())!;
    expect(listBox.x).toBeGreaterThanOrEqual(0);
    expect(listBox.x + listBox.width).toBeLessThanOrEqual(375);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await phone.screenshot({ path: artifactPath('explore-search-phone.png') });
    await box.press('ArrowDown');
    await box.press('Enter');
    await phone.locator('.county-panel, .area-panel').first().waitFor();
    expect(phoneWatch.consoleErrors).toEqual([]);
    await phone.close();
  });
});
