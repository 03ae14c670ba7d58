/**
 * The map as a reader meets it (issue 3): the ready signal with nothing fetched from another
 * origin, hovering 义乌市, each layer against its legend, playback, the keys, the year step's fade, and screenshots of
 * the layers, the 南海诸岛 inset and the phone layout (saved in tests/artifacts/).
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openAtlas } from './atlasPage';
import { colourDistance, decodePng, hexToRgb, mapCentre, pixelAt, tooltipAtCentre } from './mapPixels';
import { artifactPath, launchChromium, waitForMapReady, type PageWatch } from '../../scripts/lib/chromium';
import { readCommittedDataset } from '../unit/support/datasetFiles';

/** Ends with a slash. */
const baseUrl = inject('baseUrl');
const dataset = readCommittedDataset();
const YIWU = '330782';
const yiwuIndex = dataset.counties.codes.indexOf(YIWU);
const years = dataset.meta.years;
const lastYear = years[years.length - 1]!;
const MAP = '.map-canvas';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const open = (query = '', viewport?: { width: number; height: number }) => openAtlas(browser, query, viewport);

async function waitForDrawn(page: Page, colourKeyPrefix: string): Promise<void> {
  await page.waitForSelector(`${MAP}[data-colour-key^="${colourKeyPrefix}"]`, { timeout: 60_000 });
}

async function zoomToYiwu(page: Page): Promise<void> {
  await page.goto(`${baseUrl}?county=${YIWU}`);
  await waitForMapReady(page);
  await page.locator(`.county-panel[data-code="${YIWU}"]`).waitFor();
  await page.getByRole('button', { name: '缩放到该地' }).click();
}

describe('first view', () => {
  test('reaches the ready signal with no console error and no request to another origin', async () => {
    const { page, watch } = await open();
    await page.waitForSelector('.beltmap-inset[data-inset-state="ready"]', { timeout: 60_000 });
    expect(await page.locator(MAP).getAttribute('data-year')).toBe(String(lastYear));
    await expect.poll(() => page.locator('.legend li[data-kind="range"]').count()).toBeGreaterThan(3);
    await page.screenshot({ path: artifactPath('map-sales.png') });
    await page.locator('.beltmap-inset').screenshot({ path: artifactPath('map-inset.png') });
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  });

  test.each(['growth', 'spread'])('the %s layer draws from its permalink', async (layer) => {
    const { page, watch } = await open(`?layer=${layer}`);
    await waitForDrawn(page, `${layer}|`);
    expect(await page.locator('.legend').getAttribute('data-layer')).toBe(layer);
    if (layer === 'spread') await page.locator('.spread-chart').waitFor();
    await page.screenshot({ path: artifactPath(`map-${layer}.png`) });
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  test.each([
    { width: 1024, height: 768, lang: 'zh' },
    { width: 1024, height: 768, lang: 'en' },
    { width: 1280, height: 800, lang: 'zh' },
  ])('at $width×$height ($lang) the eastern provinces are named', async ({ width, height, lang }) => {
    const { page } = await open(`?lang=${lang}`, { width, height });
    const named = () => page.locator(MAP).getAttribute('data-province-labels');
    await expect.poll(named).not.toBeNull();
    // 河北 辽宁 江苏 浙江 福建 山东 广东, beside the western provinces.
    expect((await named())!.split(' ')).toEqual(expect.arrayContaining(['13', '21', '32', '33', '35', '37', '44', '65', '54']));
    if (width === 1024) await page.screenshot({ path: artifactPath(`map-labels-1024-${lang}.png`) });
    await page.close();
  });

  test('the phone layout fits China and keeps the inset', async () => {
    const { page, watch } = await open('', { width: 375, height: 740 });
    await page.waitForSelector('.beltmap-inset[data-inset-state="ready"]', { timeout: 60_000 });
    const inset = (await page.locator('.beltmap-inset').boundingBox())!;
    const map = (await page.locator(MAP).boundingBox())!;
    expect(inset.x + inset.width).toBeLessThanOrEqual(map.x + map.width + 1);
    expect(inset.y + inset.height).toBeLessThanOrEqual(map.y + map.height + 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: artifactPath('map-phone.png') });
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });
});

describe('义乌市 up close', () => {
  let page: Page;
  let watch: PageWatch;
  beforeAll(async () => {
    ({ page, watch } = await open());
    await zoomToYiwu(page);
  });
  afterAll(async () => {
    await page?.close();
  });

  test('hovering it shows its name, place and value', async () => {
    const text = await tooltipAtCentre(page, '义乌市');
    expect(text).toContain('浙江省');
    expect(text).toContain('金华市');
    expect(text).toMatch(/[\d.,]+\s*(亿元|万元)/);
    expect(text).toMatch(/示意|模型|modeled|reported|报告/);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('its highlight goes when the pointer leaves the map over the side panel, and comes back', async () => {
    const centre = await mapCentre(page);
    const panel = (await page.locator('section.controls').boundingBox())!;
    await tooltipAtCentre(page, '义乌市');
    const lit = await pixelAt(page, centre.x, centre.y);
    // Straight from the county onto the panel laid over the map: the map sees no move off the county.
    await page.mouse.move(panel.x + panel.width / 2, panel.y + panel.height / 2);
    await expect.poll(() => page.getByTestId('county-tooltip').isVisible()).toBe(false);
    await expect.poll(async () => colourDistance(await pixelAt(page, centre.x, centre.y), lit), { timeout: 10_000 }).toBeGreaterThan(20);
    await tooltipAtCentre(page, '义乌市');
    await expect.poll(async () => colourDistance(await pixelAt(page, centre.x, centre.y), lit), { timeout: 10_000 }).toBeLessThanOrEqual(2);
  });

  // For each layer: the legend swatch marked for the hovered county is the bin its value falls
  // in (computed here from the committed index files), and the map paints it in that colour.
  const salesWan = dataset.metrics.get('all')!.salesWan[years.length - 1]![yiwuIndex]!;
  const growth = dataset.metrics.get('all')!.growth[years.length - 1]![yiwuIndex]!;
  const firstYearOver100Yi = dataset.metrics.get('all')!.firstYearOver100Yi[yiwuIndex]!;

  test.each([
    ['sales', '销售规模', salesWan * 1e4],
    ['growth', '增速', growth],
    ['spread', '百亿产业带', firstYearOver100Yi],
  ] as const)('the %s layer paints 义乌市 in its legend swatch', async (layer, label, value) => {
    // The radio itself is visually hidden inside its label, as in a segmented control.
    await page.locator('label').filter({ has: page.getByRole('radio', { name: label }) }).click();
    await waitForDrawn(page, `${layer}|all|${lastYear}`);
    const centre = await mapCentre(page);
    await tooltipAtCentre(page, '义乌市');
    const active = page.locator('.legend li.active');
    expect(await active.count()).toBe(1);
    if (layer === 'spread') {
      expect(value).not.toBeNull();
      expect(await active.getAttribute('data-year')).toBe(String(value));
    } else {
      const lower = await active.getAttribute('data-lower');
      const upper = await active.getAttribute('data-upper');
      if (lower !== null) expect(value).toBeGreaterThanOrEqual(Number(lower));
      if (upper !== null) expect(value).toBeLessThan(Number(upper));
    }
    const swatch = hexToRgb((await active.getAttribute('data-colour'))!);
    // The pointer moves on to another county: 义乌市 is no longer drawn highlighted.
    await page.mouse.move(centre.x - 250, centre.y + 150);
    await page.waitForFunction(() => !document.querySelector('[data-testid="county-tooltip"]')?.textContent?.includes('义乌市'));
    const painted = await pixelAt(page, centre.x, centre.y);
    expect(colourDistance(painted, swatch)).toBeLessThanOrEqual(6);
  });
});

describe('clicks on the map', () => {
  /** 义乌市's label point at the map's centre. */
  const YIWU_VIEW = '120.0552,29.3007,7.5';
  const zoomInAddress = () => Number(new URLSearchParams(new URL(page.url()).search).get('view')?.split(',')[2]);
  let page: Page;
  let watch: PageWatch;
  beforeAll(async () => {
    ({ page, watch } = await open(`?view=${YIWU_VIEW}`));
  });
  afterAll(async () => {
    await page?.close();
  });

  test('a double click on a county zooms in and selects nothing', async () => {
    await tooltipAtCentre(page, '义乌市');
    const centre = await mapCentre(page);
    await page.mouse.dblclick(centre.x, centre.y);
    await expect.poll(zoomInAddress, { timeout: 10_000 }).toBeGreaterThan(7.5);
    // Longer than a click waits to be sure it is not the first of a double click.
    await page.waitForTimeout(1000);
    expect(await page.locator('.panel').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('county')).toBeNull();
    expect(watch.consoleErrors).toEqual([]);
  });

  test('a single click on a county selects it', async () => {
    const centre = await mapCentre(page);
    await tooltipAtCentre(page, '义乌市');
    await page.mouse.click(centre.x, centre.y);
    await page.locator(`.county-panel[data-code="${YIWU}"]`).waitFor();
    expect(new URL(page.url()).searchParams.get('county')).toBe(YIWU);
  });
});

test('zooming with the wheel writes the new zoom into the address', async () => {
  const { page, watch } = await open('?view=120.0552,29.3007,7.5');
  await tooltipAtCentre(page, '义乌市');
  const centre = await mapCentre(page);
  await page.mouse.move(centre.x, centre.y);
  await page.mouse.wheel(0, -400);
  const zoomInAddress = () => Number(new URLSearchParams(new URL(page.url()).search).get('view')?.split(',')[2]);
  await expect.poll(zoomInAddress, { timeout: 10_000 }).toBeGreaterThan(7.5);
  expect(watch.consoleErrors).toEqual([]);
  await page.close();
});

describe('timeline', () => {
  let page: Page;
  beforeAll(async () => {
    ({ page } = await open(`?year=${years[0]}`));
  });
  afterAll(async () => {
    await page?.close();
  });

  const slider = () => page.getByRole('slider');
  const drawnYear = () => page.locator(MAP).getAttribute('data-year');

  /** Years the map draws from now on, as it reports them in data-year. */
  async function recordDrawnYears(): Promise<() => Promise<number[]>> {
    await page.evaluate((selector) => {
      const element = document.querySelector(selector) as HTMLElement;
      const seen: number[] = [];
      (window as unknown as { drawnYears: number[] }).drawnYears = seen;
      new MutationObserver(() => seen.push(Number(element.dataset.year))).observe(element, {
        attributes: true,
        attributeFilter: ['data-year'],
      });
    }, MAP);
    return () => page.evaluate(() => (window as unknown as { drawnYears: number[] }).drawnYears);
  }

  test('play steps through every year and stops at the last', async () => {
    expect(await slider().getAttribute('aria-valuenow')).toBe(String(years[0]));
    const drawnYears = await recordDrawnYears();
    await page.getByRole('button', { name: '播放', exact: true }).click();
    await page.getByRole('button', { name: '暂停', exact: true }).waitFor();
    await page.getByRole('button', { name: '播放', exact: true }).waitFor({ timeout: 60_000 });
    await expect.poll(drawnYear, { timeout: 30_000 }).toBe(String(lastYear));
    expect(await drawnYears()).toEqual(years.slice(1));
    expect(await slider().getAttribute('aria-valuenow')).toBe(String(lastYear));
  });

  test('with loop on, play goes round from the last year to the first', async () => {
    const drawnYears = await recordDrawnYears();
    await page.getByRole('button', { name: '循环播放' }).click();
    await page.getByRole('button', { name: '播放', exact: true }).click();
    await expect.poll(async () => (await drawnYears()).includes(years[1]!), { timeout: 60_000 }).toBe(true);
    await page.getByRole('button', { name: '暂停', exact: true }).click();
    expect((await drawnYears()).slice(0, 2)).toEqual([years[0], years[1]]);
    await page.getByRole('button', { name: '循环播放' }).click();
  });

  test('keys: Home, End, arrows and space', async () => {
    await page.locator('h1').click();
    await page.keyboard.press('Home');
    await expect.poll(drawnYear).toBe(String(years[0]));
    await page.keyboard.press('ArrowRight');
    await expect.poll(drawnYear).toBe(String(years[1]));
    await page.keyboard.press('End');
    await expect.poll(drawnYear).toBe(String(lastYear));
    expect(await slider().getAttribute('aria-valuenow')).toBe(String(lastYear));
    await page.keyboard.press('ArrowLeft');
    await expect.poll(drawnYear).toBe(String(years[years.length - 2]));
    await page.keyboard.press('Home');
    await page.keyboard.press(' ');
    await page.getByRole('button', { name: '暂停', exact: true }).waitFor();
    await page.keyboard.press(' ');
    await page.getByRole('button', { name: '播放', exact: true }).waitFor();
    // Each year change is announced to screen readers.
    expect(await page.locator('[aria-live="polite"]').filter({ hasText: /\d{4}/ }).count()).toBeGreaterThan(0);
  });
});

/** Of the map's pixels that change by at least 40 in a channel from `before` to `after`, how many there are and how many of them are not halfway between in `halfway` (±3). */
async function halfwayPixels(page: Page, shots: { before: Buffer; halfway: Buffer; after: Buffer }) {
  const [before, halfway, after] = (await Promise.all([shots.before, shots.halfway, shots.after].map((png) => decodePng(page, png)))).map((image) => image.rgba);
  let changed = 0;
  let notHalfway = 0;
  for (let i = 0; i < before!.length; i += 4) {
    const channels = [0, 1, 2];
    if (Math.max(...channels.map((c) => Math.abs(after![i + c]! - before![i + c]!))) < 40) continue;
    changed++;
    if (channels.some((c) => Math.abs(halfway![i + c]! - (before![i + c]! + after![i + c]!) / 2) > 3)) notHalfway++;
  }
  return { changed, notHalfway };
}

test('a year step fades: halfway through, every county is halfway between the two years\' colours', async () => {
  // Not openAtlas: the fade is drawn only without reduced motion.
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  await page.goto(`${baseUrl}?year=${years[0]}`);
  await waitForMapReady(page);
  const clip = { x: 400, y: 150, width: 600, height: 450 };
  const before = await page.screenshot({ clip });
  // The page's animations stand still until the test moves them.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Animation.enable');
  await cdp.send('Animation.setPlaybackRate', { playbackRate: 0 });
  await page.getByRole('slider').focus();
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector(`${MAP}[data-year="${years[1]}"]`);
  // The copy of the old map lies over the new one, its fade started and held at its beginning.
  expect(await page.evaluate(() => document.querySelector('.beltmap-fade-copy')?.getAnimations().length)).toBe(1);
  await page.evaluate(() => {
    const animation = document.querySelector('.beltmap-fade-copy')!.getAnimations()[0]!;
    animation.currentTime = 200;
  });
  const halfway = await page.screenshot({ clip });
  await page.screenshot({ path: artifactPath('map-fade-halfway.png') });
  await page.evaluate(() => document.querySelector('.beltmap-fade-copy')!.getAnimations()[0]!.finish());
  await page.waitForSelector('.beltmap-fade-copy', { state: 'detached' });
  const after = await page.screenshot({ clip });
  await page.screenshot({ path: artifactPath('map-fade-after.png') });
  const { changed, notHalfway } = await halfwayPixels(page, { before, halfway, after });
  expect(changed).toBeGreaterThan(1000);
  expect(notHalfway).toBe(0);
  await page.close();
});

test('English: the play button is named Play and the legend unit is in English', async () => {
  const { page, watch } = await open('?lang=en');
  await page.getByRole('button', { name: 'Play', exact: true }).waitFor();
  expect(await page.locator('.legend h2').innerText()).toMatch(/yuan/i);
  expect(watch.consoleErrors).toEqual([]);
  await page.close();
});
