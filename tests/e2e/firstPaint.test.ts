/**
 * The first map (issue 14, item 2): the 2D first paint comes before the interactive map and the
 * interactive map replaces it in place (the same county in the same colour at the same pixel);
 * without WebGL the 2D map is the map, with the legend, the timeline and the table, and stepping
 * the year recolours it; on a slow connection the page says what has arrived until the map is drawn;
 * the English page lays out no Chinese text before its first map, and its province names keep
 * their font, and the phone's main map its South China Sea islands, when the interactive map
 * replaces the first paint; the first files are fetched and parsed by the page's head script, each
 * once, and one it could not load is fetched again by the app, whose error names it.
 * Screenshots are saved in tests/artifacts/.
 */
import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { holdInteractiveMapCode } from './atlasPage';
import { decodePng, rgbAt, type DecodedPng } from './mapPixels';
import { artifactPath, launchChromium, watchPage, type PageWatch } from '../../scripts/lib/chromium';
import { openingCamera } from '../../src/lib/cartography/camera';
import { mapPaddings } from '../../src/app/layout';
import { readCommittedDataset } from '../unit/support/datasetFiles';

const baseUrl = inject('baseUrl');
const counties = readCommittedDataset().counties;
const MAP = '.map-canvas';
const VIEWPORT = { width: 1280, height: 800 };

/**
 * Counties whose label points lie well inside them at the first view, with the colour each has on
 * the sales layer in 2024 and 2023 (the legend's swatches; #e9e6e1 is "no belt").
 */
const SAMPLES = [
  { code: '230184', name: '五常市', colour2024: '#25848e', colour2023: '#25848e' },
  { code: '513233', name: '红原县', colour2024: '#21a585', colour2023: '#63cb5f' },
  { code: '330881', name: '江山市', colour2024: '#63cb5f', colour2023: '#63cb5f' },
  { code: '360827', name: '遂川县', colour2024: '#e9e6e1', colour2023: '#e9e6e1' },
  { code: '540625', name: '申扎县', colour2024: '#e9e6e1', colour2023: '#e9e6e1' },
] as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** The screen pixel of a county's label point in the first view of a desktop window (China fitted clear of the controls and timeline). */
function labelPixel(code: string): { x: number; y: number } {
  const camera = openingCamera(VIEWPORT.width, VIEWPORT.height, null, mapPaddings(true, VIEWPORT.width).fitPadding ?? {});
  const [lng, lat] = counties.labelPoints[counties.codes.indexOf(code)]!;
  const world = 512 * 2 ** camera.zoom;
  const mercatorY = (degrees: number) => {
    const sin = Math.sin((degrees * Math.PI) / 180);
    return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
  };
  return {
    x: Math.round(VIEWPORT.width / 2 + ((lng - camera.lng) / 360) * world),
    y: Math.round(VIEWPORT.height / 2 + (mercatorY(lat) - mercatorY(camera.lat)) * world),
  };
}

/** The RGB of pixels of a screenshot. */
async function pixelsOf(page: Page, png: Buffer, points: { x: number; y: number }[]): Promise<[number, number, number][]> {
  const image = await decodePng(page, png);
  return points.map(({ x, y }) => rgbAt(image, x, y));
}

function hex([r, g, b]: readonly number[]): string {
  return `#${[r, g, b].map((channel) => channel!.toString(16).padStart(2, '0')).join('')}`;
}

/** Largest difference of one channel: anti-aliasing and colour management stay within a few units. */
function colourDistance(a: readonly number[], b: readonly number[]): number {
  return Math.max(...a.map((channel, i) => Math.abs(channel - b[i]!)));
}

function rgbOf(colour: string): [number, number, number] {
  const value = Number.parseInt(colour.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

describe('the first paint', () => {
  let page: Page;
  let watch: PageWatch;
  let firstPaint: Buffer;
  /** Lets the interactive map's code through: held until the first paint has been checked. */
  let releaseMapCode: () => void;

  beforeAll(async () => {
    page = await browser.newPage({ viewport: VIEWPORT, locale: 'zh-CN' });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    watch = watchPage(page);
    releaseMapCode = await holdInteractiveMapCode(page);
    // The order and the state of the two signals as the page sees them, and the first paint's time.
    await page.addInitScript(() => {
      const signals = { seen: [] as string[], firstPaintAt: null as number | null };
      (window as unknown as { __signals: typeof signals }).__signals = signals;
      new MutationObserver(() => {
        const map = document.querySelector('.map-canvas');
        if (!map) return;
        const signal = `first-paint=${map.getAttribute('data-first-paint')} state=${map.getAttribute('data-state')}`;
        if (signals.seen.at(-1) !== signal) signals.seen.push(signal);
        if (signals.firstPaintAt === null && map.getAttribute('data-first-paint') === 'done') signals.firstPaintAt = performance.now();
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-first-paint'] });
    });
    await page.goto(baseUrl);
    await page.waitForSelector(`${MAP}[data-first-paint="done"]`, { timeout: 60_000 });
  });
  afterAll(async () => {
    await page?.close();
  });

  test('shows the whole opening view before the interactive map has loaded: counties, inset, legend, year', async () => {
    expect(await page.locator(MAP).getAttribute('data-state')).toBe('loading');
    expect(await page.locator('canvas.beltmap-canvas-map').isVisible()).toBe(true);
    expect(await page.locator('.beltmap-inset').getAttribute('data-inset-state')).toBe('ready');
    expect(await page.locator('.legend li[data-kind="range"]').count()).toBe(7);
    expect(await page.getByRole('slider', { name: '年份' }).getAttribute('aria-valuenow')).toBe('2024');
    firstPaint = await page.screenshot({ path: artifactPath('first-paint.png') });
    const pixels = await pixelsOf(page, firstPaint, SAMPLES.map((sample) => labelPixel(sample.code)));
    expect(pixels.map(hex)).toEqual(SAMPLES.map((sample) => sample.colour2024));
  });

  test('the interactive map replaces it in place: the same county in the same colour at the same pixel', async () => {
    releaseMapCode();
    await page.waitForSelector(`${MAP}[data-state="ready"]`, { timeout: 90_000 });
    expect(await page.locator('canvas.beltmap-canvas-map').isVisible()).toBe(false);
    const ready = await page.screenshot({ path: artifactPath('first-paint-replaced.png') });
    const points = SAMPLES.map((sample) => labelPixel(sample.code));
    const [before, after] = [await pixelsOf(page, firstPaint, points), await pixelsOf(page, ready, points)];
    SAMPLES.forEach((sample, i) => {
      expect(colourDistance(after[i]!, before[i]!), `${sample.name}: ${hex(before[i]!)} then ${hex(after[i]!)}`).toBeLessThanOrEqual(3);
      expect(colourDistance(after[i]!, rgbOf(sample.colour2024)), sample.name).toBeLessThanOrEqual(3);
    });
  });

  test('signals the first paint before the interactive map, and ready only once that is drawn', async () => {
    const { seen, firstPaintAt } = await page.evaluate(() => (window as unknown as { __signals: { seen: string[]; firstPaintAt: number } }).__signals);
    // The container appears with its first paint drawn: nothing is shown before it.
    expect(seen).toEqual(['first-paint=done state=loading', 'first-paint=done state=ready']);
    // MapLibre and deck.gl (the MapView chunk, its CSS, MapLibre's worker) are asked for only after the first paint.
    const mapCode = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => /MapView-|maplibre-gl-worker/.test(entry.name))
        .map((entry) => ({ name: entry.name.replace(/^.*\//, ''), startTime: entry.startTime })),
    );
    expect(mapCode.map((entry) => entry.name.replace(/-[\w-]{8}\.(js|css)$/, '.$1')).sort()).toEqual(['MapView.css', 'MapView.js', 'maplibre-gl-worker.js']);
    for (const entry of mapCode) expect(entry.startTime, entry.name).toBeGreaterThan(firstPaintAt);
  });

  test('has no console errors and no request to another origin', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});

describe('the English first paint', () => {
  test('lays out no Chinese text (the first Chinese glyph makes the page wait while the whole CJK font is copied), and the language switch still reads 中文', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT, locale: 'en-US' });
    try {
      await page.goto(baseUrl);
      await page.waitForSelector(`${MAP}[data-first-paint="done"]`, { timeout: 60_000 });
      const chineseLaidOut = await page.evaluate(() => {
        const found: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement;
          // Text with a box is laid out (and shaped); noscript's and closed parts' text is not.
          if (element && element.getClientRects().length > 0 && /\p{Script=Han}/u.test(node.textContent ?? '')) found.push(node.textContent!.trim());
        }
        return found;
      });
      expect(chineseLaidOut).toEqual([]);
      const languageSwitch = page.getByRole('button', { name: '切换到中文' });
      expect(await languageSwitch.locator('svg').getAttribute('data-label')).toBe('中文');
      const box = await languageSwitch.locator('svg').boundingBox();
      // Two ideographs at the row's font size (0.85rem = 13.6 px): 27.2 × 13.6 px, plus its 1 px underline.
      expect([box?.width, box?.height]).toEqual([27.1875, 14.59375]);
    } finally {
      await page.close();
    }
  });
});

/** The box of the pixels darker than the labels' halo and the land (the names' ink) in a decoded screenshot. */
function inkBox({ width, height, rgba }: DecodedPng): { left: number; top: number; width: number; height: number } | null {
  let [left, top, right, bottom] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      if (Math.max(rgba[at]!, rgba[at + 1]!, rgba[at + 2]!) >= 120) continue;
      [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
    }
  }
  return right < 0 ? null : { left, top, width: right - left + 1, height: bottom - top + 1 };
}

/** How many pixels of a decoded screenshot are dark: borders, outlines and names drawn at sea or on land. */
function darkPixels({ rgba }: DecodedPng): number {
  let count = 0;
  for (let at = 0; at < rgba.length; at += 4) if (Math.max(rgba[at]!, rgba[at + 1]!, rgba[at + 2]!) < 120) count += 1;
  return count;
}

/** Pixels in `clip` at the first paint and once the interactive map has replaced it (the map's code held back until the first is taken). */
async function firstPaintThenReplaced(page: Page, clip: { x: number; y: number; width: number; height: number }, artifact: string): Promise<[DecodedPng, DecodedPng]> {
  const releaseMapCode = await holdInteractiveMapCode(page);
  await page.goto(baseUrl);
  await page.waitForSelector(`${MAP}[data-first-paint="done"]`, { timeout: 60_000 });
  const firstPaint = await decodePng(page, await page.screenshot({ clip }));
  releaseMapCode();
  await page.waitForSelector(`${MAP}[data-state="ready"]`, { timeout: 90_000 });
  return [firstPaint, await decodePng(page, await page.screenshot({ clip, path: artifactPath(artifact) }))];
}

describe('the first paint replaced by the interactive map', () => {
  test('writes the province names in the same font: "Xinjiang" keeps its place and its width in the English page', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT, locale: 'en-US' });
    try {
      // Around the name of Xinjiang, on land with no border near: its only dark pixels are the name's.
      const pictures = await firstPaintThenReplaced(page, { x: 470, y: 270, width: 110, height: 45 }, 'first-paint-replaced-en-label.png');
      const [firstPaint, replaced] = [inkBox(pictures[0]), inkBox(pictures[1])];
      expect(firstPaint).not.toBeNull();
      expect(replaced).not.toBeNull();
      // Canvas text and deck.gl's distance-field glyphs differ by a pixel of anti-aliasing at most.
      for (const side of ['left', 'top', 'width', 'height'] as const) {
        expect(Math.abs(replaced![side] - firstPaint![side]), `${side}: ${firstPaint![side]} then ${replaced![side]}`).toBeLessThanOrEqual(1);
      }
    } finally {
      await page.close();
    }
  });

  test("keeps the South China Sea's small islands on a phone, where the main map reaches them", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
    try {
      // Around the Nansha islands: their outlines and the dashed line, the only dark pixels at sea.
      const pictures = await firstPaintThenReplaced(page, { x: 200, y: 530, width: 100, height: 100 }, 'first-paint-replaced-phone-islands.png');
      const [firstPaint, replaced] = [darkPixels(pictures[0]), darkPixels(pictures[1])];
      expect(firstPaint).toBeGreaterThan(200);
      // MapLibre's default simplification dropped most islands: less than half of the first paint's pixels were left.
      expect(replaced, `${firstPaint} dark pixels, then ${replaced}`).toBeGreaterThanOrEqual(firstPaint * 0.75);
    } finally {
      await page.close();
    }
  });
});

describe('without WebGL', () => {
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN', reducedMotion: 'reduce' });
    await context.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
        return /webgl/.test(kind) ? null : (original as (...args: unknown[]) => RenderingContext | null).call(this, kind, ...rest);
      } as typeof original;
    });
    page = await context.newPage();
    watch = watchPage(page);
    await page.goto(baseUrl);
    await page.waitForSelector(`${MAP}[data-state="static"][data-year="2024"]`, { timeout: 60_000 });
  });
  afterAll(async () => {
    await page?.context().close();
  });

  /** Pixels of the 2D map's own canvas at the sample counties' label points. */
  function canvasPixels(): Promise<string[]> {
    const points = SAMPLES.map((sample) => labelPixel(sample.code));
    return page.evaluate((points) => {
      const canvas = document.querySelector<HTMLCanvasElement>('canvas.beltmap-canvas-map')!;
      const context = canvas.getContext('2d')!;
      const ratio = canvas.width / canvas.clientWidth;
      return points.map(({ x, y }) => {
        const [r, g, b] = context.getImageData(Math.round(x * ratio), Math.round(y * ratio), 1, 1).data;
        return `#${[r!, g!, b!].map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
      });
    }, points);
  }

  test('shows the 2D map with the legend, the timeline and a note, and the table on demand', async () => {
    expect(await page.locator('canvas.beltmap-canvas-map').isVisible()).toBe(true);
    expect(await page.locator('.beltmap-inset').getAttribute('data-inset-state')).toBe('ready');
    expect(await page.locator('.static-note').innerText()).toContain('地图只能静态显示');
    expect(await page.locator('.legend li[data-kind="range"]').count()).toBe(7);
    expect(await page.getByRole('slider', { name: '年份' }).getAttribute('aria-valuenow')).toBe('2024');
    expect(await canvasPixels()).toEqual(SAMPLES.map((sample) => sample.colour2024));
    await page.screenshot({ path: artifactPath('no-webgl-map.png') });

    await page.locator('label').filter({ has: page.getByRole('radio', { name: '表格', exact: true }) }).click();
    await page.locator('.place-table tbody tr').first().waitFor();
    expect(await page.locator('.place-table tbody tr').count()).toBe(100);
    await page.screenshot({ path: artifactPath('no-webgl-table.png') });
    await page.locator('label').filter({ has: page.getByRole('radio', { name: '地图', exact: true }) }).click();
    await page.locator('.place-table').waitFor({ state: 'detached' });
    expect(await page.locator('canvas.beltmap-canvas-map').isVisible()).toBe(true);
  });

  test('stepping the year recolours the 2D map', async () => {
    const before = await page.locator('canvas.beltmap-canvas-map').evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());
    await page.getByRole('button', { name: '上一年' }).click();
    await page.waitForSelector(`${MAP}[data-year="2023"]`, { timeout: 30_000 });
    expect(await page.locator(MAP).getAttribute('data-colour-key')).toBe('sales|all|2023|county');
    expect(await canvasPixels()).toEqual(SAMPLES.map((sample) => sample.colour2023));
    const after = await page.locator('canvas.beltmap-canvas-map').evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());
    expect(after).not.toBe(before);
    await page.screenshot({ path: artifactPath('no-webgl-2023.png') });
  });

  test('has no console errors and no request to another origin', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});

describe('the first files', () => {
  const FIRST_FILES = ['geodata/china.topo.json', 'geodata/index/counties.json', 'geodata/index/meta.json', 'geodata/index/metrics-all.json'];

  /** The page's requests for geodata/ files, by path from the site's root. */
  function countGeodataRequests(page: Page): Map<string, number> {
    const requests = new Map<string, number>();
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname.slice(1);
      if (path.startsWith('geodata/')) requests.set(path, (requests.get(path) ?? 0) + 1);
    });
    return requests;
  }

  test("are asked for once each (the head script's fetch takes over the preload), and the app takes every one the script parsed", async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const watch = watchPage(page);
    const requests = countGeodataRequests(page);
    await page.goto(baseUrl);
    await page.waitForSelector(`${MAP}[data-first-paint="done"]`, { timeout: 60_000 });
    expect(Object.fromEntries(requests)).toEqual(Object.fromEntries(FIRST_FILES.map((file) => [file, 1])));
    // Taken out once used: none is left for a second parse or a later load.
    expect(await page.evaluate(() => Object.keys((window as unknown as { __beltmapFirstData: object }).__beltmapFirstData))).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  test('one the head script could not load is fetched again by the app, and the map is drawn when it comes', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const watch = watchPage(page);
    const requests = countGeodataRequests(page);
    let isFirst = true;
    await page.route(/\/geodata\/index\/counties\.json$/, async (route) => {
      if (!isFirst) return route.continue();
      isFirst = false;
      await route.fulfill({ status: 503, body: 'busy' });
    });
    await page.goto(baseUrl);
    await page.waitForSelector(`${MAP}[data-first-paint="done"]`, { timeout: 60_000 });
    expect(requests.get('geodata/index/counties.json')).toBe(2);
    expect(watch.consoleErrors.filter((error) => !/503/.test(error))).toEqual([]);
    await page.close();
  });

  test('one that cannot be loaded at all is named in the error the page shows, with a retry', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT, locale: 'en-US' });
    await page.route(/\/geodata\/index\/counties\.json$/, (route) => route.fulfill({ status: 404, body: 'Not Found' }));
    await page.goto(baseUrl);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 60_000 });
    expect(await alert.locator('.detail').innerText()).toBe('geodata/index/counties.json: HTTP 404 Not Found');
    expect(await alert.getByRole('button').count()).toBe(1);
    await page.close();
  });
});

describe('on a slow connection', () => {
  test('the page says it is loading and how much has arrived while the geometry is on its way, then draws the map and says no more', async () => {
    const page = await browser.newPage({ viewport: VIEWPORT, locale: 'zh-CN' });
    const watch = watchPage(page);
    let release: () => void = () => {};
    const isReleased = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/geodata\/china\.topo\.json$/, async (route) => {
      await isReleased;
      await route.continue();
    });
    await page.goto(baseUrl);
    const status = page.getByRole('status').filter({ hasText: '正在加载地图数据…' });
    await status.waitFor({ timeout: 30_000 });
    expect(await status.locator('progress').count()).toBe(1);
    // Every other first file is in: the county table, the dataset's meta and its metrics, counted as decoded.
    const otherFiles = ['geodata/index/counties.json', 'geodata/index/meta.json', 'geodata/index/metrics-all.json'];
    const receivedKb = Math.round(otherFiles.reduce((sum, file) => sum + statSync(file).size, 0) / 1e3);
    await expect.poll(() => status.locator('.bytes').innerText()).toBe(`已接收 ${receivedKb} KB`);
    expect(await page.locator(`${MAP}[data-first-paint]`).count()).toBe(0);
    await page.screenshot({ path: artifactPath('loading-slow.png') });

    release();
    await page.waitForSelector(`${MAP}[data-first-paint="done"]`, { timeout: 60_000 });
    expect(await page.getByRole('status').filter({ hasText: '正在加载地图数据…' }).count()).toBe(0);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });
});
