/**
 * The year grid (issue 15, item 1): ?years= opens maps of those years side by side in one canvas,
 * each titled with its year and coloured as the single map colours that year; hovering a county
 * marks it in every map and the tooltip gives its value in each year; a click selects it; the
 * timeline moves every map; PNG and SVG exports are one graphic with the year titles; the phone
 * layout fits; an invalid ?years= falls back to the single map with a warning. Screenshots of the
 * desktop and phone grid are saved in tests/artifacts/.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { CHINA_MAIN_BOUNDS, fitBounds } from '../../src/lib/cartography/camera';
import { GRID_MAP_PADDING } from '../../src/lib/view/yearGrid/gridCells';
import { artifactPath, launchChromium } from '../../scripts/lib/chromium';
import { openAtlas } from './atlasPage';
import { colourDistance, decodePng, mapCentre, pixelAt, rgbAt } from './mapPixels';

const baseUrl = inject('baseUrl');
/** 竹山县 (Hubei): large enough to be several pixels wide in a small map; its label point (geodata/index/counties.json). */
const ZHUSHAN = { code: '420323', name: '竹山县', lng: 110.1131, lat: 32.3632 };
const YEARS = [2018, 2021, 2024];
const GRID = '.year-grid';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Web Mercator, the world 1 wide. */
const mercatorX = (lng: number) => (lng + 180) / 360;
const mercatorY = (lat: number) => (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;

/** The page pixel of a place in each map of the grid, from the map's box and its fit of China (YearGridMap). */
async function placeInMaps(page: Page, lng: number, lat: number): Promise<{ year: number; x: number; y: number }[]> {
  const origin = (await page.locator(GRID).boundingBox())!;
  const titles = await page.locator(`${GRID} .year-title`).evaluateAll((elements) =>
    elements.map((element) => ({ year: Number(element.getAttribute('data-year')), box: element.getAttribute('data-map-box')!.split(',').map(Number) })),
  );
  return titles.map(({ year, box }) => {
    const [x, y, width, height] = box as [number, number, number, number];
    const fit = fitBounds(CHINA_MAIN_BOUNDS, width, height, GRID_MAP_PADDING);
    const world = 512 * 2 ** fit.zoom;
    return {
      year,
      x: Math.round(origin.x + x + width / 2 + (mercatorX(lng) - mercatorX(fit.longitude)) * world),
      y: Math.round(origin.y + y + height / 2 + (mercatorY(lat) - mercatorY(fit.latitude)) * world),
    };
  });
}

describe('?years=2018,2021,2024 on a desktop', () => {
  let page: Page;
  let consoleErrors: string[];

  beforeAll(async () => {
    const opened = await openAtlas(browser, `?years=${YEARS.join(',')}`);
    page = opened.page;
    consoleErrors = opened.watch.consoleErrors;
    await page.waitForSelector(`${GRID} [data-years="${YEARS.join(',')}"]`, { timeout: 60_000 });
  });
  afterAll(async () => {
    await page?.close();
  });

  test('shows 3 maps titled with their years in one canvas, and the year switches pressed', async () => {
    expect(await page.locator(`${GRID} .year-title`).allInnerTexts()).toEqual(['2018年', '2021年', '2024年']);
    // One deck.gl canvas for all maps, between the base map's two 2D canvases (land under it, borders over it).
    expect(await page.locator(`${GRID} canvas:not([data-grid-base])`).count()).toBe(1);
    expect(await page.locator(`${GRID} canvas[data-grid-base]`).evaluateAll((canvases) => canvases.map((canvas) => canvas.getAttribute('data-grid-base')))).toEqual(['ground', 'lines']);
    // The single map is not there: one WebGL context.
    expect(await page.locator('.map-canvas').count()).toBe(0);
    const pressed = await page.locator('.year-grid-control button[aria-pressed="true"]').allInnerTexts();
    expect(pressed.map((text) => text.trim())).toEqual(['2018', '2021', '2024']);
    await page.screenshot({ path: artifactPath('year-grid-desktop.png') });
  });

  test('colours 竹山县 in each map as the single map colours it in that year', async () => {
    const places = await placeInMaps(page, ZHUSHAN.lng, ZHUSHAN.lat);
    const inGrid = await Promise.all(places.map(({ x, y }) => pixelAt(page, x, y)));
    for (const [i, year] of YEARS.entries()) {
      const single = await openAtlas(browser, `?year=${year}&view=${ZHUSHAN.lng},${ZHUSHAN.lat},7`);
      const centre = await mapCentre(single.page);
      const expected = await pixelAt(single.page, centre.x, centre.y);
      await single.page.close();
      expect(colourDistance(inGrid[i]!, expected), `${year}: grid ${inGrid[i]} single ${expected}`).toBeLessThanOrEqual(3);
    }
    // The three years differ on this county, so the maps are not one map drawn three times.
    expect(colourDistance(inGrid[0]!, inGrid[2]!)).toBeGreaterThan(20);
  });

  test('hovering 竹山县 in one map lights it in every map, and the tooltip gives its value in each year', async () => {
    const places = await placeInMaps(page, ZHUSHAN.lng, ZHUSHAN.lat);
    const before = await Promise.all(places.map(({ x, y }) => pixelAt(page, x, y)));
    await page.mouse.move(places[1]!.x, places[1]!.y);
    const tooltip = page.getByTestId('county-tooltip');
    await expect.poll(async () => ((await tooltip.isVisible()) ? await tooltip.locator('.title').innerText() : ''), { timeout: 20_000 }).toBe(ZHUSHAN.name);
    const rows = await tooltip.locator('dt').allInnerTexts();
    expect(rows).toEqual(['2018年', '2021年', '2024年']);
    const values = await tooltip.locator('dd').allInnerTexts();
    for (const value of values) expect(value).toMatch(/^[\d,.]+(亿|万)元$/);
    // Lit everywhere, also in the maps the pointer is not over (the pointer sits over the middle one).
    for (const [i, { x, y }] of places.entries()) {
      await expect.poll(async () => colourDistance(await pixelAt(page, x, y), before[i]!), { timeout: 10_000 }).toBeGreaterThan(15);
    }
    await page.mouse.move(5, 795);
  });

  test('a click on 竹山县 selects it as on the single map: its panel opens and the address names it', async () => {
    const places = await placeInMaps(page, ZHUSHAN.lng, ZHUSHAN.lat);
    await page.mouse.click(places[2]!.x, places[2]!.y);
    await page.locator(`.county-panel[data-code="${ZHUSHAN.code}"]`).waitFor({ timeout: 20_000 });
    await expect.poll(() => page.evaluate(() => location.search)).toContain(`county=${ZHUSHAN.code}`);
    expect(await page.evaluate(() => location.search)).toContain('years=2018,2021,2024');
    await page.getByRole('button', { name: '关闭' }).first().click();
  });

  test('exports PNG and SVG as one graphic with the three year titles, the maps and an inset each', async () => {
    await page.click('[data-open="export"]');
    await page.waitForSelector('dialog.export-dialog[open]', { timeout: 30_000 });
    const download = async (button: string) => {
      const [file] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.click(`[data-export="${button}"]`)]);
      return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
    };
    const svg = await download('svg');
    expect(svg.name).toBe('beltmap-sales-2018-2024.svg');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const texts = [...doc.querySelectorAll('text')].map((t) => ({ text: t.textContent, x: Number(t.getAttribute('x')), y: Number(t.getAttribute('y')), size: Number(t.getAttribute('font-size')) }));
      return {
        years: texts.filter((t) => /^\d{4}年$/.test(t.text ?? '')),
        maps: [...doc.querySelectorAll('g[id^="map-"]')].map((g) => g.id),
        insets: doc.querySelectorAll('g[id^="south-china-sea-inset-"]').length,
        counties: doc.querySelectorAll('g[id="counties-2021"] path[data-code]').length,
        subtitle: texts[1]?.text,
      };
    }, svg.bytes.toString('utf8'));
    expect(parsed.years.map((t) => t.text)).toEqual(['2018年', '2021年', '2024年']);
    expect(parsed.maps).toEqual(['map-2018', 'map-2021', 'map-2024']);
    expect(parsed.insets).toBe(3);
    expect(parsed.counties).toBeGreaterThan(2800);
    expect(parsed.subtitle).toContain('2018年、2021年、2024年');

    const png = await download('png1');
    expect(png.name).toBe('beltmap-sales-2018-2024.png');
    writeFileSync(artifactPath('year-grid-export.png'), png.bytes);
    // The same scene: where the SVG writes each year title, the PNG has dark text pixels.
    const image = await decodePng(page, png.bytes);
    const darkPixels = parsed.years.map(({ x, y, size }) => {
      const [left, top] = [Math.round(x), Math.round(y - size)];
      let dark = 0;
      for (let row = top; row < top + Math.round(size); row++) {
        for (let column = left; column < left + Math.round(size * 3); column++) {
          const [r, g, b] = rgbAt(image, column, row);
          if (r + g + b < 200) dark++;
        }
      }
      return dark;
    });
    for (const dark of darkPixels) expect(dark).toBeGreaterThan(20);
    await page.keyboard.press('Escape');
  });

  test('the timeline moves every map by a year, up to the data’s last year, and writes the address', async () => {
    await page.locator('.year-grid-control button', { hasText: '2024' }).click();
    await page.waitForSelector(`${GRID} [data-years="2018,2021"]`, { timeout: 30_000 });
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector(`${GRID} [data-years="2019,2022"]`, { timeout: 30_000 });
    expect(await page.locator(`${GRID} .year-title`).allInnerTexts()).toEqual(['2019年', '2022年']);
    await page.keyboard.press('End');
    await page.waitForSelector(`${GRID} [data-years="2021,2024"]`, { timeout: 30_000 });
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => location.search)).toContain('years=2021,2024');
  });

  test('leaving the grid shows the single map at the year it had', async () => {
    await page.getByRole('checkbox', { name: '年份对比' }).uncheck();
    await page.waitForSelector('.map-canvas[data-state="ready"]', { timeout: 90_000 });
    expect(await page.locator(GRID).count()).toBe(0);
    expect(await page.evaluate(() => location.search)).not.toContain('years=');
    expect(consoleErrors).toEqual([]);
  });
});

test('the grid is said drawn only once it was drawn at the size it is shown, not at the canvas default 300×150', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  // Reads the canvas in the same task that writes data-years (a mutation observer's microtask), before any later frame.
  await page.addInitScript(() => {
    new MutationObserver((records, observer) => {
      const grid = records.map((record) => record.target as Element).find((target) => target.hasAttribute('data-years'));
      const canvas = grid?.querySelector<HTMLCanvasElement>('canvas:not([data-grid-base])');
      if (!canvas) return;
      observer.disconnect();
      (window as unknown as { gridFirstDrawn: number[] }).gridFirstDrawn = [canvas.width, canvas.height, canvas.clientWidth, canvas.clientHeight];
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-years'] });
  });
  await page.goto(`${baseUrl}?years=${YEARS.join(',')}`);
  await page.waitForSelector(`${GRID} [data-years="${YEARS.join(',')}"]`, { timeout: 60_000 });
  const [width, height, shownWidth, shownHeight] = await page.evaluate(() => (window as unknown as { gridFirstDrawn: [number, number, number, number] }).gridFirstDrawn);
  // The tests' device pixel ratio is 1: the buffer is the shown box, give or take a rounded pixel.
  expect(Math.abs(width - shownWidth)).toBeLessThanOrEqual(2);
  expect(Math.abs(height - shownHeight)).toBeLessThanOrEqual(2);
  expect(shownWidth).toBeGreaterThan(300);
  await page.close();
});

test('at a device pixel ratio of 2 the grid is said drawn too, in the years asked for', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 2, locale: 'zh-CN' });
  await page.goto(`${baseUrl}?years=${YEARS.join(',')}`);
  await page.waitForSelector(`${GRID} [data-years="${YEARS.join(',')}"]`, { timeout: 60_000 });
  expect(await page.locator(`${GRID} [data-years="${YEARS.join(',')}"]`).getAttribute('data-state')).toBe('ready');
  await page.close();
});

test('淘宝村 2014–2016 opens in the grid with all three of its years, and offers no more', async () => {
  const { page, watch } = await openAtlas(browser, '?dataset=taobao-villages&years=2014,2015,2016');
  await page.waitForSelector(`${GRID} [data-years="2014,2015,2016"]`, { timeout: 60_000 });
  expect(await page.locator(`${GRID} .year-title`).allInnerTexts()).toEqual(['2014年', '2015年', '2016年']);
  expect(await page.locator('.year-grid-control button').count()).toBe(3);
  expect(watch.consoleErrors).toEqual([]);
  await page.close();
});

test('on a phone (375×740) the maps fit the width, titles readable, without overlapping', async () => {
  const { page, watch } = await openAtlas(browser, `?years=${YEARS.join(',')}`, { width: 375, height: 740 });
  await page.waitForSelector(`${GRID} [data-years="${YEARS.join(',')}"]`, { timeout: 60_000 });
  const boxes = await page.locator(`${GRID} .year-title`).evaluateAll((elements) => elements.map((element) => element.getAttribute('data-map-box')!.split(',').map(Number)));
  const grid = (await page.locator(GRID).boundingBox())!;
  for (const [x, y, width, height] of boxes as [number, number, number, number][]) {
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x + width).toBeLessThanOrEqual(grid.width + 0.5);
    expect(y + height).toBeLessThanOrEqual(grid.height + 0.5);
    expect(width).toBeGreaterThan(150);
  }
  // Side by side or one under another, never on top of each other.
  const [a, b] = boxes as [number, number, number, number][];
  expect(a![0] + a![2] <= b![0] || a![1] + a![3] <= b![1]).toBe(true);
  const fontSize = await page.locator(`${GRID} .year-title`).first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(14);
  await page.screenshot({ path: artifactPath('year-grid-phone.png') });
  expect(watch.consoleErrors).toEqual([]);
  await page.close();
});

test('an invalid ?years= falls back to the single map, with a warning naming it', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(`${baseUrl}?years=2018,2030&year=2020`);
  await page.waitForSelector('.map-canvas[data-state="ready"]', { timeout: 90_000 });
  expect(await page.locator(GRID).count()).toBe(0);
  expect(warnings).toContain('Beltmap: URL parameter "years" ignored ("2018,2030": no data for 2030 (2018–2024))');
  await expect.poll(() => page.evaluate(() => location.search)).toBe('?year=2020');
  await page.close();
});

test('without WebGL the grid says why it cannot be drawn, and its button brings back the single map', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
      return /webgl/.test(kind) ? null : (original as (...args: unknown[]) => RenderingContext | null).call(this, kind, ...rest);
    } as typeof original;
  });
  const page = await context.newPage();
  await page.goto(`${baseUrl}?years=2018,2024`);
  const alert = page.locator(`${GRID} .grid-error[role="alert"]`);
  await alert.waitFor({ timeout: 90_000 });
  expect(await alert.locator('p').innerText()).toMatch(/^无法绘制年份对比（.+）：它需要 WebGL，而此浏览器不支持或已关闭 WebGL。单幅地图仍可使用。$/);
  // No land and borders without their counties, which would read as a map of no data.
  expect(await page.locator(`${GRID} canvas[data-grid-base]`).count()).toBe(0);
  await page.screenshot({ path: artifactPath('year-grid-no-webgl.png') });
  await alert.getByRole('button', { name: '回到单幅地图' }).click();
  await page.waitForSelector('.map-canvas[data-state="static"]', { timeout: 60_000 });
  expect(await page.locator(GRID).count()).toBe(0);
  await expect.poll(() => page.evaluate(() => location.search)).toBe('');
  await context.close();
});
