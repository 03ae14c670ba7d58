/**
 * The 2D map answers hover and click (issue 14, "map interactive"): from its first paint, while the
 * interactive map's code is held back, and for good without WebGL, hovering a county shows its
 * tooltip and lights it on the picture, moving off China hides both, and a click or a tap opens
 * the county's panel; at the province level the province under the pointer is lit on the 2D map;
 * once the interactive map is drawn it answers in turn. Pixels are computed
 * from the committed label points and the camera the map opens with. Screenshots (tooltip and
 * mark over the picture, desktop and phone) are saved in tests/artifacts/.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { holdInteractiveMapCode } from './atlasPage';
import { artifactPath, launchChromium, watchPage, type PageWatch } from '../../scripts/lib/chromium';
import { openingCamera } from '../../src/lib/cartography/camera';
import { screenProjection } from '../../src/lib/cartography/mapProjection';
import { COMPACT_LAYOUT_QUERY, mapPaddings } from '../../src/app/layout';
import { readCommittedDataset } from '../unit/support/datasetFiles';

const baseUrl = inject('baseUrl');
const counties = readCommittedDataset().counties;
const MAP = '.map-canvas';
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 740 };
const YIWU = '330782';
const HONGYUAN = '513233';
/** 若羌县: large enough on a phone to tap. */
const RUOQIANG = '652824';
/** A place in Mongolia, off China. */
const MONGOLIA: [number, number] = [110, 44];
/** The lit county's colour on the pointer's canvas (OVERLAY_COLOURS.light.hoverHighlight). */
const LIT = [255, 255, 255, 110];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A page whose canvases get no WebGL context: the 2D map is the map (data-state="static"). */
async function contextWithoutWebGL(options: Parameters<Browser['newContext']>[0]): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'zh-CN', reducedMotion: 'reduce', ...options });
  await context.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, kind: string, ...rest: unknown[]) {
      return /webgl/.test(kind) ? null : (original as (...args: unknown[]) => RenderingContext | null).call(this, kind, ...rest);
    } as typeof original;
  });
  return context;
}

/** A desktop page without WebGL at `query`, once its 2D map is the map and shows 2024. */
async function openWithoutWebGL(query = ''): Promise<{ page: Page; watch: PageWatch }> {
  const page = await (await contextWithoutWebGL({ viewport: DESKTOP })).newPage();
  const watch = watchPage(page);
  await page.goto(`${baseUrl}${query}`);
  await page.waitForSelector(`${MAP}[data-state="static"][data-year="2024"]`, { timeout: 60_000 });
  return { page, watch };
}

/** The page pixel of a place (a county's label point, or [lng, lat]) in the map's first view, as the 2D map draws it. */
async function pixelOf(page: Page, place: string | [number, number]): Promise<{ x: number; y: number }> {
  const box = (await page.locator(MAP).boundingBox())!;
  const isCompact = await page.evaluate((query) => matchMedia(query).matches, COMPACT_LAYOUT_QUERY);
  const { fitPadding } = mapPaddings(!isCompact, page.viewportSize()!.width);
  const camera = openingCamera(box.width, box.height, null, fitPadding ?? {});
  const projection = screenProjection({ x: 0, y: 0, width: box.width, height: box.height }, camera);
  const position = typeof place === 'string' ? (counties.labelPoints[counties.codes.indexOf(place)] as [number, number]) : place;
  const [x, y] = projection(position)!;
  return { x: Math.round(box.x + x), y: Math.round(box.y + y) };
}

/** The RGBA of the pointer's canvas (the marks over the picture) at a page pixel. */
function markAt(page: Page, point: { x: number; y: number }): Promise<number[]> {
  return page.evaluate(({ x, y }) => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.beltmap-canvas-pointer')!;
    const box = canvas.getBoundingClientRect();
    const ratio = canvas.width / box.width;
    return [...canvas.getContext('2d')!.getImageData(Math.round((x - box.x) * ratio), Math.round((y - box.y) * ratio), 1, 1).data];
  }, point);
}

/** The tooltip's title and its value row (销售额), once it names `name`. */
async function tooltipOf(page: Page, name: string): Promise<{ title: string; sales: string }> {
  const tooltip = page.getByTestId('county-tooltip');
  await expect.poll(() => tooltip.locator('.title').textContent({ timeout: 5_000 }).catch(() => null)).toBe(name);
  const sales = await tooltip.locator('dt', { hasText: '销售额' }).locator('xpath=following-sibling::dd[1]').innerText();
  return { title: name, sales };
}

describe('before the interactive map is drawn, the first paint answers', () => {
  let page: Page;
  let watch: PageWatch;
  /** Lets the interactive map's code through: held until the first paint's answers have been checked. */
  let releaseMapCode: () => void;

  beforeAll(async () => {
    page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    watch = watchPage(page);
    releaseMapCode = await holdInteractiveMapCode(page);
    await page.goto(baseUrl);
    await page.waitForSelector(`${MAP}[data-first-paint="done"]`, { timeout: 60_000 });
  });
  afterAll(async () => {
    releaseMapCode?.();
    await page?.close();
  });

  test('hovering 义乌市 shows its tooltip with its 2024 sales and lights it on the picture', async () => {
    const yiwu = await pixelOf(page, YIWU);
    await page.mouse.move(yiwu.x, yiwu.y);
    expect(await tooltipOf(page, '义乌市')).toEqual({ title: '义乌市', sales: '1,552亿元' });
    await expect.poll(() => markAt(page, yiwu)).toEqual(LIT);
    expect(await page.locator(MAP).getAttribute('data-state')).toBe('loading');
    await page.screenshot({ path: artifactPath('first-hover-desktop.png') });
  });

  test('moving off China hides the tooltip and the mark', async () => {
    const yiwu = await pixelOf(page, YIWU);
    const mongolia = await pixelOf(page, MONGOLIA);
    await page.mouse.move(mongolia.x, mongolia.y);
    await expect.poll(() => page.getByTestId('county-tooltip').count()).toBe(0);
    await expect.poll(() => markAt(page, yiwu)).toEqual([0, 0, 0, 0]);
  });

  test('clicking 义乌市 opens its panel', async () => {
    const yiwu = await pixelOf(page, YIWU);
    await page.mouse.click(yiwu.x, yiwu.y);
    await page.locator(`.county-panel[data-code="${YIWU}"]`).waitFor({ timeout: 10_000 });
    expect(new URL(page.url()).searchParams.get('county')).toBe(YIWU);
    expect(await page.locator(MAP).getAttribute('data-state')).toBe('loading');
  });

  test('once the interactive map is drawn, it answers hover itself', async () => {
    releaseMapCode();
    await page.waitForSelector(`${MAP}[data-state="ready"]`, { timeout: 90_000 });
    expect(await page.locator('canvas.beltmap-canvas-pointer').isVisible()).toBe(false);
    // 义乌市's panel now lies over 义乌市: a county clear of it, in Sichuan.
    const hongyuan = await pixelOf(page, HONGYUAN);
    const mongolia = await pixelOf(page, MONGOLIA);
    await page.mouse.move(mongolia.x, mongolia.y);
    await page.mouse.move(hongyuan.x, hongyuan.y);
    expect(await tooltipOf(page, '红原县')).toEqual({ title: '红原县', sales: '5.7亿元' });
  });

  test('has no console errors and no request to another origin', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});

describe('a pointer already over the map', () => {
  test('is answered by the picture in the task of its first paint, before any frame or further move', async () => {
    const page = await browser.newPage({ viewport: DESKTOP, locale: 'zh-CN' });
    const watch = watchPage(page);
    const releaseMapCode = await holdInteractiveMapCode(page);
    try {
      // At the first paint's mutation (a microtask of the task that drew it), a move over the middle of the map, sent once.
      await page.addInitScript(() => {
        const firstPaint = new MutationObserver(() => {
          const map = document.querySelector('.map-canvas[data-first-paint="done"]');
          if (!map) return;
          firstPaint.disconnect();
          const box = map.getBoundingClientRect();
          const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
          const target = document.elementFromPoint(x, y);
          (window as unknown as { movedOver: string }).movedOver = target?.className ?? '';
          target?.dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true }));
        });
        firstPaint.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-first-paint'] });
      });
      await page.goto(baseUrl);
      await page.waitForSelector(`${MAP}[data-first-paint="done"]`, { timeout: 60_000 });
      expect(await page.evaluate(() => (window as unknown as { movedOver: string }).movedOver)).toBe('beltmap-canvas-pointer');
      expect(await tooltipOf(page, '治多县')).toEqual({ title: '治多县', sales: '该年无产业带' });
      expect(await page.locator(MAP).getAttribute('data-state')).toBe('loading');
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      releaseMapCode();
      await page.close();
    }
  });
});

describe('without WebGL, the 2D map answers', () => {
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    ({ page, watch } = await openWithoutWebGL());
  });
  afterAll(async () => {
    await page?.context().close();
  });

  test('hover: the tooltip of 义乌市 and its mark', async () => {
    const yiwu = await pixelOf(page, YIWU);
    await page.mouse.move(yiwu.x, yiwu.y);
    expect(await tooltipOf(page, '义乌市')).toEqual({ title: '义乌市', sales: '1,552亿元' });
    await expect.poll(() => markAt(page, yiwu)).toEqual(LIT);
  });

  test('a year step while the pointer rests on 义乌市: the tooltip shows 2023', async () => {
    await page.keyboard.press('ArrowLeft');
    await page.waitForSelector(`${MAP}[data-year="2023"]`, { timeout: 30_000 });
    await expect.poll(async () => (await tooltipOf(page, '义乌市')).sales).toBe('1,320亿元');
  });

  test('a click opens the panel of the county clicked', async () => {
    const yiwu = await pixelOf(page, YIWU);
    await page.mouse.click(yiwu.x, yiwu.y);
    await page.locator(`.county-panel[data-code="${YIWU}"]`).waitFor({ timeout: 10_000 });
    expect(await page.locator(MAP).getAttribute('data-state')).toBe('static');
  });

  test('has no console errors and no request to another origin', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});

describe('without WebGL, at the province level, the 2D map outlines the province under the pointer', () => {
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    ({ page, watch } = await openWithoutWebGL('?level=province'));
  });
  afterAll(async () => {
    await page?.context().close();
  });

  test('hovering 义乌市 names 浙江省 and lights the whole of it (鹿城区 too), not 江西 (东湖区)', async () => {
    const yiwu = await pixelOf(page, YIWU);
    await page.mouse.move(yiwu.x, yiwu.y);
    const title = page.getByTestId('county-tooltip').locator('.title');
    await expect.poll(() => title.textContent({ timeout: 5_000 }).catch(() => null)).toBe('浙江省');
    await expect.poll(() => markAt(page, yiwu)).toEqual(LIT);
    expect(await markAt(page, await pixelOf(page, '330302'))).toEqual(LIT);
    expect(await markAt(page, await pixelOf(page, '360102'))).toEqual([0, 0, 0, 0]);
    await page.screenshot({ path: artifactPath('no-webgl-province-hover.png') });
  });

  test('has no console errors and no request to another origin', () => {
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });
});

describe('on a phone without WebGL', () => {
  test('the tooltip and mark follow the pointer, and a tap selects the county tapped', async () => {
    const page = await (await contextWithoutWebGL({ viewport: PHONE, hasTouch: true, isMobile: true })).newPage();
    const watch = watchPage(page);
    try {
      await page.goto(baseUrl);
      await page.waitForSelector(`${MAP}[data-state="static"]`, { timeout: 60_000 });
      const ruoqiang = await pixelOf(page, RUOQIANG);
      await page.mouse.move(ruoqiang.x, ruoqiang.y);
      expect((await tooltipOf(page, '若羌县')).title).toBe('若羌县');
      await expect.poll(() => markAt(page, ruoqiang)).toEqual(LIT);
      await page.screenshot({ path: artifactPath('first-hover-phone.png') });
      await page.touchscreen.tap(ruoqiang.x, ruoqiang.y);
      await page.locator(`.county-panel[data-code="${RUOQIANG}"]`).waitFor({ timeout: 10_000 });
      expect(new URL(page.url()).searchParams.get('county')).toBe(RUOQIANG);
      expect(watch.consoleErrors).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});
