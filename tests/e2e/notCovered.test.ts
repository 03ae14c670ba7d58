/**
 * A place a dataset does not cover is "no data" on the map (src/lib/domain/coverage.ts), never a
 * county without belts: Taipei in the belt model, whose sources cover the mainland, says 无数据 (the
 * legend's word) with why below it, and marks the legend's no-data swatch, a light cool grey apart
 * from the no-belt one; the 淘宝村 lists, which cover the mainland too, say the same of it.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium';
import { openAtlas } from './atlasPage';
import { tooltipAtCentre } from './mapPixels';

/** 台北市's label point (geodata/index/counties.json) at the map's centre. */
const TAIPEI_VIEW = 'view=121.5521,25.0871,8';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('Taipei is not covered, in the belt model and in 淘宝村', () => {
  test('belt model: the tooltip says 无数据 and why, and the legend marks its no-data swatch', async () => {
    const { page, watch } = await openAtlas(browser, `?${TAIPEI_VIEW}`);
    const tooltip = await tooltipAtCentre(page, '台北市');
    expect(tooltip).toMatch(/销售额\s*无数据/);
    expect(tooltip).toContain('该数据集未覆盖此地');
    expect(tooltip).not.toContain('无产业带');
    const noData = page.locator('.legend .specials li[data-kind="no-data"]');
    await expect.poll(() => noData.getAttribute('class'), { timeout: 10_000 }).toContain('active');
    expect(await noData.getAttribute('data-colour')).toBe('#a2aaa8');
    expect(await noData.innerText()).toBe('无数据');
    expect(await page.locator('.legend .specials li[data-kind="no-belt"]').getAttribute('data-colour')).toBe('#e9e6e1');
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  test('淘宝村: the tooltip says 无数据 and why, not 0个', async () => {
    const { page } = await openAtlas(browser, `?dataset=taobao-villages&year=2016&${TAIPEI_VIEW}`);
    const tooltip = await tooltipAtCentre(page, '台北市');
    expect(tooltip).toContain('无数据');
    expect(tooltip).toContain('该数据集未覆盖此地');
    expect(tooltip).not.toContain('0个');
    await expect.poll(() => page.locator('.legend .specials li[data-kind="no-data"]').getAttribute('class'), { timeout: 10_000 }).toContain('active');
    await page.close();
  });

  test('the county panels: 中西区 (belt model) and 台北市 (淘宝村) are not covered, with no list cited for them', async () => {
    const belts = (await openAtlas(browser, '?county=810101')).page;
    const beltPanel = belts.locator('.county-panel[data-code="810101"]');
    await expect.poll(() => beltPanel.innerText(), { timeout: 30_000 }).toContain('2024年: 无数据');
    expect(await beltPanel.innerText()).not.toContain('没有产业带');
    expect(await beltPanel.innerText()).toContain('该数据集未覆盖此地');
    await belts.close();
    const villages = (await openAtlas(browser, '?dataset=taobao-villages&county=710009')).page;
    const villagePanel = villages.locator('.county-panel[data-code="710009"]');
    await expect.poll(() => villagePanel.innerText(), { timeout: 30_000 }).toContain('2016年: 无数据');
    const text = await villagePanel.innerText();
    expect(text).toContain('该数据集未覆盖此地');
    expect(text).not.toContain('阿里研究院');
    expect(text).not.toContain('未列入');
    await villages.close();
  });
});
