/**
 * The dark theme (issue 15, item 2): ?theme=dark paints the page, the base map and the counties
 * dark; the toggle switches the theme and is remembered after a reload; without ?theme= the
 * system's prefers-color-scheme is followed; axe finds no colour-contrast problem in either theme
 * with the county panel and a dialog open; the embed snippet carries the theme chosen; a PNG
 * exported in the dark theme has a dark paper. Screenshots of both themes go to tests/artifacts/.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, launchChromium, waitForMapReady, watchPage, type PageWatch } from '../../scripts/lib/chromium';
import { colourDistance, hexToRgb, pixelAt } from './mapPixels';

const baseUrl = inject('baseUrl');
const AXE = 'node_modules/axe-core/axe.min.js';
const YIWU = '330782';
/** Inside 改则县 (Tibet), a county without belts, far from any province name: the map's centre shows its fill. */
const NO_BELT_VIEW = 'view=84.4,33.2,7';
/** The dark and light page backgrounds, "no belt" fills and export papers (global.css, palettes.ts, scene.ts). */
const DARK = { page: 'rgb(14, 20, 26)', noBelt: '#383d45', paper: '#0e141a', panel: '#1b222a' };
const LIGHT = { page: 'rgb(223, 231, 238)', noBelt: '#e9e6e1' };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function openPage(query: string, options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {}) {
  const page = await browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 800 }, locale: 'zh-CN', acceptDownloads: true });
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: options.colorScheme ?? 'light' });
  const watch = watchPage(page);
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto(`${baseUrl}${query}`);
  await waitForMapReady(page);
  return { page, watch, warnings };
}

const shownTheme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme ?? null);
const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

async function mapCentrePixel(page: Page): Promise<[number, number, number]> {
  const box = (await page.locator('.map-canvas').boundingBox())!;
  return pixelAt(page, Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2));
}

/** Waits until the map's centre shows `hex` (the map may still be restyling), and returns what it shows. */
async function waitForCentre(page: Page, hex: string): Promise<[number, number, number]> {
  let pixel = await mapCentrePixel(page);
  for (let attempt = 0; attempt < 20 && colourDistance(pixel, hexToRgb(hex)) > 3; attempt++) {
    await page.waitForTimeout(250);
    pixel = await mapCentrePixel(page);
  }
  return pixel;
}

async function colourContrastViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: ['color-contrast'], resultTypes: ['violations'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

describe('theme=dark in the address', () => {
  let page: Page;
  let watch: PageWatch;
  beforeAll(async () => {
    ({ page, watch } = await openPage(`?theme=dark&${NO_BELT_VIEW}`));
  });
  afterAll(async () => {
    await page?.close();
  });

  test('paints the page, the controls and the land of a county without belts dark', async () => {
    expect(await shownTheme(page)).toBe('dark');
    expect(await pageBackground(page)).toBe(DARK.page);
    const controls = (await page.locator('section.controls').boundingBox())!;
    expect(colourDistance(await pixelAt(page, controls.x + 4, controls.y + 4), hexToRgb(DARK.panel))).toBeLessThanOrEqual(6);
    expect(colourDistance(await waitForCentre(page, DARK.noBelt), hexToRgb(DARK.noBelt))).toBeLessThanOrEqual(3);
    await page.screenshot({ path: artifactPath('theme-dark-map.png') });
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  test('the same place is light in the light theme', async () => {
    const light = await openPage(`?theme=light&${NO_BELT_VIEW}`, { colorScheme: 'dark' });
    expect(await shownTheme(light.page)).toBe('light');
    expect(await pageBackground(light.page)).toBe(LIGHT.page);
    expect(colourDistance(await waitForCentre(light.page, LIGHT.noBelt), hexToRgb(LIGHT.noBelt))).toBeLessThanOrEqual(3);
    await light.page.close();
  });
});

test('an invalid theme is ignored with a warning, and the system decides', async () => {
  const { page, warnings } = await openPage('?theme=blue', { colorScheme: 'dark' });
  expect(warnings.filter((w) => w.includes('"theme"'))).toEqual(['Beltmap: URL parameter "theme" ignored ("blue": expected light or dark)']);
  expect(await shownTheme(page)).toBe('dark');
  expect(new URL(page.url()).searchParams.has('theme')).toBe(false);
  await page.close();
});

test('without theme= the page follows prefers-color-scheme, also when it changes', async () => {
  const { page } = await openPage('', { colorScheme: 'dark' });
  expect(await shownTheme(page)).toBe('dark');
  expect(await pageBackground(page)).toBe(DARK.page);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect.poll(() => shownTheme(page)).toBe('light');
  expect(await pageBackground(page)).toBe(LIGHT.page);
  await page.close();
});

test('the toggle switches the theme and is remembered after a reload', async () => {
  const { page } = await openPage(`?${NO_BELT_VIEW}`);
  const toggle = page.getByRole('button', { name: '深色主题' });
  expect(await toggle.getAttribute('aria-pressed')).toBe('false');
  await toggle.click();
  expect(await shownTheme(page)).toBe('dark');
  expect(await toggle.getAttribute('aria-pressed')).toBe('true');
  expect(colourDistance(await waitForCentre(page, DARK.noBelt), hexToRgb(DARK.noBelt))).toBeLessThanOrEqual(3);
  await page.reload();
  await waitForMapReady(page);
  expect(await shownTheme(page)).toBe('dark');
  expect(await page.getByRole('button', { name: '深色主题' }).getAttribute('aria-pressed')).toBe('true');
  // Back to light, remembered too: the system (light here) is not what brings it back.
  await page.getByRole('button', { name: '深色主题' }).click();
  await page.reload();
  await waitForMapReady(page);
  expect(await page.evaluate(() => localStorage.getItem('beltmap.theme'))).toBe('light');
  expect(await shownTheme(page)).toBe('light');
  await page.close();
});

describe.each(['light', 'dark'] as const)('axe in the %s theme', (theme) => {
  test('finds no colour-contrast problem with the county panel, and with the about dialog open', async () => {
    const { page } = await openPage(`?theme=${theme}&county=${YIWU}`);
    await page.locator(`.county-panel[data-code="${YIWU}"] li`).first().waitFor();
    expect(await colourContrastViolations(page)).toEqual([]);
    await page.screenshot({ path: artifactPath(`theme-${theme}-panel.png`) });
    await page.getByRole('button', { name: '关于数据' }).click();
    await page.locator('dialog[open]').waitFor();
    expect(await colourContrastViolations(page)).toEqual([]);
    await page.screenshot({ path: artifactPath(`theme-${theme}-about.png`) });
    await page.close();
  });
});

test('the embed dialog writes the theme chosen into the snippet', async () => {
  const { page } = await openPage('?theme=dark');
  await page.locator('[data-open="embed"]').click();
  const snippet = page.locator('.embed-dialog textarea');
  await snippet.waitFor();
  // Following the reader's system by default: the page's own theme= is not carried.
  expect(await snippet.inputValue()).not.toContain('theme=');
  await page.locator('select[name="embed-theme"]').selectOption('dark');
  expect(await snippet.inputValue()).toContain('&#38;theme=dark"');
  await page.close();
});

test('a PNG exported in the dark theme from a light page has a dark paper', async () => {
  const { page } = await openPage('?theme=light');
  await page.locator('[data-open="export"]').click();
  await page.locator('select[data-option="theme"]').selectOption('dark');
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.click('[data-export="png1"]')]);
  const bytes = await import('node:fs').then(({ readFileSync }) => file.path().then((path) => readFileSync(path)));
  await import('node:fs').then(({ writeFileSync }) => writeFileSync(artifactPath('theme-dark-export.png'), bytes));
  const corner = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, -2, -2);
    return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  }, bytes.toString('base64'));
  expect(corner).toEqual(hexToRgb(DARK.paper));
  await page.close();
});
