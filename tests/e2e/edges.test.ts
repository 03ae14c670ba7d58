/**
 * Rough edges a new reader met on a phone and a small laptop (issue 15, item 5): the 南海诸岛 inset
 * clear of Taiwan at 375 px; the county sheet leaving the map in view; the legend on screen with
 * the controls expanded; a story's step in the address; the 百亿 path's years clear of 江西 and 福建;
 * the sources cited in English; no empty chart for a place without data; the dataset switch's
 * whole title on hover. Screenshots of each go to tests/artifacts/edges-*.png.
 */
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Geometry, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, launchChromium } from '../../scripts/lib/chromium';
import { openAtlas } from './atlasPage';
import { dropFile } from './ownDataPage';
import { standardTopology } from '../../src/lib/data/topologyFile';

const PHONE = { width: 375, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The lng/lat box of each polygon of Taiwan's counties (code 71…): the main island, Penghu and each islet on its own. */
function taiwanPolygonBoxes(): [number, number, number, number][] {
  const topology = standardTopology(JSON.parse(readFileSync('geodata/china.topo.json', 'utf8')) as Topology);
  const counties = feature(topology, topology.objects.counties!) as unknown as { features: { id: string; geometry: Geometry }[] };
  const boxes: [number, number, number, number][] = [];
  for (const county of counties.features.filter((f) => String(f.id).startsWith('71'))) {
    const geometry = county.geometry as { type: string; coordinates: Position[][] | Position[][][] };
    const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Position[][][];
    for (const polygon of polygons) {
      const points = polygon[0]!;
      const lngs = points.map((p) => p[0]!);
      const lats = points.map((p) => p[1]!);
      boxes.push([Math.min(...lngs), Math.min(...lats), Math.max(...lngs), Math.max(...lats)]);
    }
  }
  return boxes;
}

/** The camera the page shows, read from the address after a drag that comes back to where it started. */
async function shownCamera(page: Page): Promise<{ lng: number; lat: number; zoom: number }> {
  const box = (await page.locator('.map-canvas').boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 30, y, { steps: 5 });
  await page.mouse.move(x, y, { steps: 5 });
  // Still before letting go: no inertia carries the map on.
  await page.waitForTimeout(400);
  await page.mouse.up();
  await expect.poll(() => new URL(page.url()).searchParams.get('view'), { timeout: 10_000 }).not.toBeNull();
  const [lng, lat, zoom] = new URL(page.url()).searchParams.get('view')!.split(',').map(Number) as [number, number, number];
  return { lng, lat, zoom };
}

/** Page pixels of [lng, lat] on a Web Mercator map (MapLibre's 512 px tiles) centred in `box`. */
function projector(camera: { lng: number; lat: number; zoom: number }, box: Box) {
  const size = 512 * 2 ** camera.zoom;
  const world = (lng: number, lat: number): [number, number] => {
    const sin = Math.sin((lat * Math.PI) / 180);
    return [((lng + 180) / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
  };
  const [cx, cy] = world(camera.lng, camera.lat);
  return (lng: number, lat: number): [number, number] => {
    const [wx, wy] = world(lng, lat);
    return [box.x + box.width / 2 + wx - cx, box.y + box.height / 2 + wy - cy];
  };
}

/** Whether the point is on screen and not covered: the topmost element there is `selector`'s or inside it. */
async function isUncovered(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const points = [
      [rect.left + rect.width / 2, rect.top + 4],
      [rect.left + rect.width / 2, rect.bottom - 4],
    ] as const;
    return points.every(([x, y]) => {
      if (x < 0 || y < 0 || x > innerWidth || y > innerHeight) return false;
      const top = document.elementFromPoint(x, y);
      return top !== null && element.contains(top);
    });
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the 南海诸岛 inset', () => {
  test.each([
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const)('on a %s, the first view keeps every island of Taiwan clear of the inset', async (name, viewport) => {
    const { page, watch } = await openAtlas(browser, '?layer=spread', viewport);
    await page.waitForSelector('.beltmap-inset[data-inset-state="ready"]');
    await page.screenshot({ path: artifactPath(`edges-inset-${name}.png`) });
    const inset = (await page.locator('.beltmap-inset').boundingBox())!;
    const project = projector(await shownCamera(page), (await page.locator('.map-canvas').boundingBox())!);
    const covered = taiwanPolygonBoxes().filter(([west, south, east, north]) => {
      const [x0, y0] = project(west, north);
      const [x1, y1] = project(east, south);
      return intersects({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, inset);
    });
    expect(covered).toEqual([]);
    // The projection is the page's: Taiwan's main island is where it says.
    const [x, y] = project(120.95, 23.75);
    const tooltip = page.getByTestId('county-tooltip');
    await page.mouse.move(x, y);
    await expect.poll(async () => ((await tooltip.isVisible()) ? await tooltip.innerText() : ''), { timeout: 10_000 }).toContain('台湾');
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('on a phone (375×740)', () => {
  test('the county sheet takes a quarter of the screen, the map above it shows the county, and the sheet expands', async () => {
    const { page, watch } = await openAtlas(browser, '?county=371721', PHONE);
    await page.waitForSelector('.county-panel');
    // The map fits China again in its smaller box.
    await page.waitForTimeout(1000);
    await page.screenshot({ path: artifactPath('edges-sheet-phone.png') });
    const sheet = (await page.locator('.app > .panel').boundingBox())!;
    const map = (await page.locator('.map-canvas').boundingBox())!;
    expect(sheet.height).toBeLessThanOrEqual(PHONE.height * 0.26);
    expect(map.height).toBeGreaterThanOrEqual(PHONE.height * 0.3);
    expect(intersects(map, sheet)).toBe(false);
    // 曹县 (115.54° E, 34.83° N) lies inside the map's box, clear of the inset.
    const [x, y] = projector(await shownCamera(page), map)(115.54, 34.83);
    expect([x > map.x && x < map.x + map.width, y > map.y && y < map.y + map.height]).toEqual([true, true]);
    const expand = page.locator('.county-panel .expand');
    await expand.click();
    await expect.poll(async () => (await page.locator('.app > .panel').boundingBox())!.height).toBeGreaterThan(PHONE.height * 0.5);
    expect(await expand.getAttribute('aria-expanded')).toBe('true');
    await page.screenshot({ path: artifactPath('edges-sheet-expanded-phone.png') });
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('the legend with the controls expanded', () => {
  test.each([
    ['phone', PHONE],
    ['laptop', { width: 1280, height: 640 }],
  ] as const)('on a %s the legend stays on screen, uncovered', async (name, viewport) => {
    const { page, watch } = await openAtlas(browser, '?layer=spread', viewport);
    const toggle = page.locator('.controls .toggle');
    if (await toggle.isVisible()) await toggle.click();
    await page.screenshot({ path: artifactPath(`edges-legend-${name}.png`) });
    const legend = (await page.locator('.controls .legend').boundingBox())!;
    expect(legend.y).toBeGreaterThanOrEqual(0);
    expect(legend.y + legend.height).toBeLessThanOrEqual(viewport.height);
    expect(await isUncovered(page, '.controls .legend')).toBe(true);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('a place the dataset does not cover', () => {
  test('高雄市 (no belt data in any year) gets one line for its years, not an empty chart; 义乌市 keeps its chart of 7 years', async () => {
    const { page, watch } = await openAtlas(browser, '?county=710001');
    const values = page.locator('.county-panel[data-code="710001"] section').first();
    await expect.poll(() => values.innerText(), { timeout: 30_000 }).toContain('2018–2024: 无数据');
    expect(await values.locator('svg.sparkline').count()).toBe(0);
    expect(await values.locator('.axis').count()).toBe(0);
    await page.screenshot({ path: artifactPath('edges-not-covered-panel.png') });
    await page.goto(page.url().replace('county=710001', 'county=330782'));
    const yiwu = page.locator('.county-panel[data-code="330782"] section').first();
    await expect.poll(() => yiwu.locator('svg.sparkline circle').count(), { timeout: 30_000 }).toBe(7);
    expect(await yiwu.locator('.axis span').allInnerTexts()).toEqual(['2018', '2024']);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  test('义乌市 in a file that lists it in 2019 and 2021, not 2020, keeps its chart of those 2 years', async () => {
    const { page, watch } = await openAtlas(browser, '?year=2021&view=120.0552,29.3007,7.5');
    await dropFile(page, 'gap.csv', Buffer.from('county_code,year,网店数（家）\n330782,2019,100\n330782,2021,300\n371721,2020,50\n'));
    await page.getByRole('button', { name: '读取并检查' }).click();
    await page.getByRole('button', { name: '查看地图' }).click();
    await page.waitForSelector('dialog.own-data-dialog', { state: 'detached' });
    const box = (await page.locator('.map-canvas').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const values = page.locator('.county-panel[data-code="330782"] section').first();
    await expect.poll(() => values.locator('svg.sparkline circle').count(), { timeout: 30_000 }).toBe(2);
    expect(await values.locator('.axis span').allInnerTexts()).toEqual(['2019', '2021']);
    expect(await values.locator('.sparkline-empty').count()).toBe(0);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('the dataset switch names its whole title', () => {
  test.each([
    ['zh', '中国电商产业带 2018–2024 (示意数据)'],
    ['en', "China's e-commerce industrial belts 2018–2024 (illustrative data)"],
  ] as const)('in %s, in the title attribute of its one-line box', async (lang, title) => {
    const { page, watch } = await openAtlas(browser, `?lang=${lang}`, DESKTOP);
    expect(await page.locator('.dataset-select select').getAttribute('title')).toBe(title);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe("a story's step in the address", () => {
  test('?story=bai-yi-spread&step=3 opens at step 3, and the next step writes step=4', async () => {
    const { page, watch } = await openAtlas(browser, '?story=bai-yi-spread&step=3', DESKTOP);
    await page.waitForSelector('section.presenter[data-story-state="ready"]', { timeout: 30_000 });
    await page.waitForSelector('section.presenter .caption-box[data-step="3"]');
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector('section.presenter .caption-box[data-step="4"]');
    await expect.poll(() => new URL(page.url()).searchParams.get('step')).toBe('4');
    await page.screenshot({ path: artifactPath('edges-story-step-desktop.png') });
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('the 百亿 path beside the province names', () => {
  test.each([
    ['desktop', DESKTOP, '?layer=spread'],
    ['phone', PHONE, '?layer=spread&view=117.2,27.3,5.5'],
    ['desktop-zoomed', DESKTOP, '?layer=spread&view=117.2,27.3,6'],
  ] as const)('on a %s the names of 江西 and 福建 stay written beside the path and its years', async (name, viewport, query) => {
    const { page, watch } = await openAtlas(browser, query, viewport);
    const named = () => page.locator('.map-canvas').getAttribute('data-province-labels');
    await expect.poll(named).not.toBeNull();
    await page.waitForTimeout(800);
    await page.screenshot({ path: artifactPath(`edges-path-labels-${name}.png`) });
    expect((await named())!.split(' ')).toEqual(expect.arrayContaining(['36', '35']));
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('sources in English', () => {
  test.each([
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const)('on a %s the English source line cites the 淘宝村 reports in English', async (name, viewport) => {
    const { page, watch } = await openAtlas(browser, '?lang=en&dataset=taobao-villages', viewport);
    const line = page.locator('.bottom .source-line');
    await expect.poll(() => line.innerText()).toContain('AliResearch, China Taobao Village Research Report 2014–2016');
    expect(await line.innerText()).not.toMatch(/\p{Script=Han}/u);
    await page.screenshot({ path: artifactPath(`edges-sources-en-${name}.png`) });
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });
});
