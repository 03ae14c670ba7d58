/**
 * Accessibility (issue 5): axe-core, run inside the page, reports no violation on the main view
 * with the county panel (in Chinese and in English), the year comparison, the rankings, the table,
 * each dialog (about, export), a 375 px phone and 200 % zoom (640×400 CSS px at device scale 2);
 * every control reached with Tab has an accessible name, in the order the page reads; every legend
 * swatch has words beside its colour. Screenshots of the zoomed and phone pages go to tests/artifacts/.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, launchChromium, waitForMapReady, watchPage, type PageWatch } from '../../scripts/lib/chromium';

/** Ends with a slash. */
const baseUrl = inject('baseUrl');
const AXE = 'node_modules/axe-core/axe.min.js';
const YIWU = '330782';

interface Violation {
  id: string;
  help: string;
  targets: string[];
}

/** axe-core's violations for the page (or the part matching `include`), with the elements each concerns. */
async function injectAxe(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
}

async function axeViolations(page: Page, include?: string): Promise<Violation[]> {
  await injectAxe(page);
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(selector ? { include: [selector] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, include);
}

/** The parts of axe-core's API that compute an element's accessible name. */
interface AxeNames {
  setup: (root: Node) => unknown;
  teardown: () => void;
  utils: { getNodeFromTree: (element: Element) => unknown };
  commons: { text: { accessibleTextVirtual: (node: unknown) => string } };
}

async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`${baseUrl}${query}`);
  await waitForMapReady(page);
  await page.waitForSelector('.beltmap-inset[data-inset-state="ready"]', { timeout: 60_000 });
}

async function chooseRadio(page: Page, name: string): Promise<void> {
  await page.locator('label').filter({ has: page.getByRole('radio', { name, exact: true }) }).click();
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('desktop', () => {
  let page: Page;
  let watch: PageWatch;
  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    watch = watchPage(page);
    await open(page, `?county=${YIWU}`);
    await page.locator(`.county-panel[data-code="${YIWU}"] li`).first().waitFor();
  });
  afterAll(async () => {
    await page?.close();
  });
  // What each test does on the shared page must not log an error either; the test that did it fails.
  afterEach(() => {
    const errors = watch.consoleErrors.splice(0);
    expect(errors).toEqual([]);
  });

  test('the main view with the county panel', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  test('with two years compared and the rankings open', async () => {
    await page.getByRole('checkbox', { name: '比较两个年份' }).check();
    await page.locator('details.rankings summary').click();
    await page.locator('details.rankings tbody tr').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('checkbox', { name: '比较两个年份' }).uncheck();
    await page.locator('details.rankings summary').click();
  });

  test('every control reached with Tab has a name, in the order the page reads', async () => {
    await injectAxe(page);
    // A click on the title starts sequential focus navigation at the top of the page.
    await page.getByRole('heading', { level: 1 }).click();
    const zones = ['controls', 'map', 'panel', 'bottom'];
    const stops: { zone: string; name: string; html: string }[] = [];
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const element = document.activeElement;
        if (!element || element === document.body) return null;
        // axe-core's own accessible-name computation, over a fresh copy of its tree of the page.
        const axe = (window as unknown as { axe: AxeNames }).axe;
        axe.setup(document);
        const name = axe.commons.text.accessibleTextVirtual(axe.utils.getNodeFromTree(element)).trim();
        axe.teardown();
        const zone = ['controls', 'map', 'panel', 'bottom'].find((part) => element.closest(`.app > .${part}`)) ?? 'other';
        return { zone, name, html: element.outerHTML.slice(0, 120) };
      });
      if (stop === null) break;
      stops.push(stop);
    }
    expect(stops.length, JSON.stringify(stops.map((s) => `${s.zone}: ${s.name}`))).toBeGreaterThan(15);
    expect(stops.filter((s) => s.name === '')).toEqual([]);
    expect(stops.filter((s) => s.zone === 'other')).toEqual([]);
    // Title and controls, then the map, the county panel, the timeline: never back to an earlier part.
    const order = stops.map((s) => zones.indexOf(s.zone));
    expect(order.every((zone, i) => i === 0 || zone >= order[i - 1]!), stops.map((s) => s.zone).join(' ')).toBe(true);
    expect(new Set(stops.map((s) => s.zone))).toEqual(new Set(zones));
  });

  test('every legend swatch says in words what its colour means', async () => {
    for (const [layer, compare] of [['销售规模', false], ['增速', false], ['百亿产业带', false], ['销售规模', true], ['百亿产业带', true]] as const) {
      await chooseRadio(page, layer);
      await page.getByRole('checkbox', { name: '比较两个年份' }).setChecked(compare);
      const texts = await page.locator('.legend li').evaluateAll((items) => items.map((li) => li.textContent?.trim() ?? ''));
      expect(texts.length, `${layer}${compare ? ' compared' : ''}`).toBeGreaterThan(3);
      expect(texts.filter((text) => text === ''), `${layer}${compare ? ' compared' : ''}`).toEqual([]);
    }
    await page.getByRole('checkbox', { name: '比较两个年份' }).uncheck();
    await chooseRadio(page, '销售规模');
  });

  test('the table', async () => {
    await chooseRadio(page, '表格');
    await page.locator('.place-table tbody tr').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await chooseRadio(page, '地图');
  });

  test('the area panel of a province', async () => {
    await page.getByRole('combobox', { name: '搜索地点' }).fill('浙江省');
    await page.locator('#place-search-results [role="option"][data-code="33"]').click();
    await page.locator('.app > .panel').getByText('浙江省').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await chooseRadio(page, '县级');
    await page.locator(`.county-panel[data-code="${YIWU}"]`).waitFor();
  });

  test('presenter mode', async () => {
    await page.locator('.controls').getByRole('button', { name: '进入演示模式（P）' }).click();
    await page.getByRole('region', { name: '演示模式' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('region', { name: '演示模式' }).waitFor({ state: 'detached' });
  });

  test.each([
    ['about', '关于数据'],
    ['export', '导出'],
  ])('the %s dialog: no violation, focus kept inside, Esc closes it and focus returns', async (_, opener) => {
    const button = page.locator('.controls').getByRole('button', { name: opener, exact: true });
    await button.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await page.waitForTimeout(300);
    expect(await axeViolations(page)).toEqual([]);
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog, [role="dialog"]')))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
  });
});

test('the English page with the county panel: no violation, so each control\'s name holds its visible words', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  await open(page, `?lang=en&county=${YIWU}`);
  await page.locator(`.county-panel[data-code="${YIWU}"] li`).first().waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.close();
});

test('a page opened on 义乌 logs no console error while it loads the map, the inset and the county panel', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const watch = watchPage(page);
  await open(page, `?county=${YIWU}`);
  await page.locator(`.county-panel[data-code="${YIWU}"] li`).first().waitFor();
  expect(watch.consoleErrors).toEqual([]);
  await page.close();
});

describe('small screens', () => {
  test('200 % zoom (640×400 CSS px): no violation, no sideways scroll, every part reachable, the map and its inset whole', async () => {
    const page = await browser.newPage({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2, locale: 'zh-CN' });
    await open(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    // The page may scroll down (not sideways): each part fits the width and can be scrolled into view.
    for (const locator of [
      page.getByRole('heading', { level: 1 }),
      page.getByRole('combobox', { name: '搜索地点' }),
      page.locator('.map-canvas'),
      page.getByRole('button', { name: '播放', exact: true }),
      page.getByRole('combobox', { name: '速度' }),
    ]) {
      await locator.scrollIntoViewIfNeeded();
      const box = (await locator.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(641);
      expect(box.y).toBeGreaterThanOrEqual(-1);
      expect(box.y + box.height).toBeLessThanOrEqual(401);
    }
    // The map keeps a useful height, and the 南海诸岛 inset sits inside it, clear of the timeline.
    const map = (await page.locator('.map-canvas').boundingBox())!;
    const inset = (await page.locator('.beltmap-inset').boundingBox())!;
    const timeline = (await page.locator('.app > .bottom').boundingBox())!;
    expect(map.height).toBeGreaterThanOrEqual(300);
    expect(inset.y).toBeGreaterThanOrEqual(map.y);
    expect(inset.y + inset.height).toBeLessThanOrEqual(Math.min(map.y + map.height, timeline.y) + 1);
    await page.locator('.map-canvas').scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifactPath('a11y-zoom-200.png') });
    await page.getByRole('button', { name: '显示控件' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: artifactPath('a11y-zoom-200-controls.png') });
    await page.close();
  });

  test('a 375 px phone: no violation with the controls open or closed, nor in the table', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 }, locale: 'zh-CN' });
    await open(page, `?county=${YIWU}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: '显示控件' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await chooseRadio(page, '表格');
    await page.locator('.place-table tbody tr').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: artifactPath('a11y-phone-table.png') });
    await page.close();
  });
});
