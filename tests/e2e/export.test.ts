/**
 * Still exports from the Export dialog (issue 4, item 3): PNG at 1× and 2× of the view's size,
 * SVG with one path per county, CSV with one row per county; the dialog by keyboard. Saves the
 * 2× PNG in tests/artifacts/ to look at.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { COUNTY_CSV_HEADER } from '../../src/lib/export/countyCsv';
import { artifactPath, launchChromium, waitForMapReady, watchPage, type PageWatch } from '../../scripts/lib/chromium';
import { readCommittedDataset } from '../unit/support/datasetFiles';

const baseUrl = inject('baseUrl');
const dataset = readCommittedDataset();
const countyCount = dataset.counties.codes.length;
const VIEWPORT = { width: 1280, height: 800 };

let browser: Browser;
let page: Page;
let watch: PageWatch;

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: VIEWPORT, acceptDownloads: true });
  watch = watchPage(page);
  await page.goto(`${baseUrl}?layer=sales&year=2023&lang=zh&county=330782`);
  await waitForMapReady(page);
  await page.click('[data-open="export"]');
  await page.waitForSelector('dialog.export-dialog[open]', { timeout: 30_000 });
});
afterAll(async () => {
  await browser?.close();
});

/** Clicks an export button and returns the downloaded file's name and bytes. */
async function download(button: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.click(`[data-export="${button}"]`)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('still exports', () => {
  test('PNG at 1× is a PNG of the view size, named after the view', async () => {
    const { name, bytes } = await download('png1');
    expect(name).toBe('beltmap-sales-2023.png');
    expect(pngSize(bytes)).toEqual(VIEWPORT);
  });

  test('PNG at 2× has twice the pixels each way', async () => {
    const { name, bytes } = await download('png2');
    expect(name).toBe('beltmap-sales-2023@2x.png');
    expect(pngSize(bytes)).toEqual({ width: VIEWPORT.width * 2, height: VIEWPORT.height * 2 });
    await import('node:fs').then(({ writeFileSync }) => writeFileSync(artifactPath('export-png-2x.png'), bytes));
  });

  test('SVG parses and holds one path per county, each with its code', async () => {
    const { name, bytes } = await download('svg');
    expect(name).toBe('beltmap-sales-2023.svg');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const codes = [...doc.querySelectorAll('#counties path[data-code]')].map((p) => p.getAttribute('data-code'));
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.nodeName,
        codes,
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
        // the county selected on screen (义乌市, from the URL) is outlined in the graphic too
        selectedOutlines: doc.querySelectorAll('#map path[fill="none"][stroke="rgba(17,17,17,1)"]').length,
      };
    }, bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.codes).toHaveLength(countyCount);
    expect(new Set(parsed.codes)).toEqual(new Set(dataset.counties.codes));
    expect(parsed.texts).toContain('2023');
    expect(parsed.texts).toContain('示意数据');
    expect(parsed.texts).toContain('南海诸岛');
    expect(parsed.selectedOutlines).toBe(1);
  });

  test('CSV has a byte-order mark, the header, and one row per county', async () => {
    const { name, bytes } = await download('csv');
    expect(name).toBe('beltmap-sales-2023.csv');
    // The button keeps the focus through the export (a disabled one would hand it to the page's body).
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-export'))).toBe('csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(COUNTY_CSV_HEADER.join(','));
    expect(lines).toHaveLength(countyCount + 1);
    expect(lines.slice(1).map((line) => line.slice(0, 6))).toEqual(dataset.counties.codes);
    expect(lines.find((line) => line.startsWith('330782,义乌市,'))).toMatch(/,2023,all,sales,/);
  });

  test('the dialog closes on Esc and gives the focus back to its button; nothing was fetched from elsewhere', async () => {
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.export-dialog', { state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-open'))).toBe('export');
    await page.keyboard.press('Enter');
    await page.waitForSelector('dialog.export-dialog[open]');
    // Tab stays inside the modal dialog
    for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog.export-dialog')))).toBe(true);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('axe-core finds no violations in the dialog', async () => {
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: string) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run('dialog.export-dialog');
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.screenshot({ path: artifactPath('export-dialog.png') });
  });

  test('on a 375 px phone the dialog fits the screen, and every control fits the dialog', async () => {
    const phone = await browser.newPage({ viewport: { width: 375, height: 740 } });
    await phone.goto(`${baseUrl}?lang=en`);
    await waitForMapReady(phone);
    await phone.click('button.toggle');
    await phone.click('[data-open="export"]');
    await phone.waitForSelector('dialog.export-dialog[open]');
    const box = await phone.locator('dialog.export-dialog').boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    // A select is as wide as its longest option (a story's title): none may reach past the dialog's padding.
    const overflowing = await phone.evaluate(() => {
      const dialog = document.querySelector('dialog.export-dialog')!;
      const inner = dialog.getBoundingClientRect().right - Number.parseFloat(getComputedStyle(dialog).paddingRight);
      return [...dialog.querySelectorAll('select, button')].filter((control) => control.getBoundingClientRect().right > inner + 0.5).map((control) => control.getAttribute('data-option') ?? control.textContent);
    });
    expect(overflowing).toEqual([]);
    await phone.screenshot({ path: artifactPath('export-dialog-phone.png') });
    await phone.close();
  });
});
