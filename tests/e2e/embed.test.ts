/**
 * Share and embed (issue 4): the copy-link button (and its fallback when the clipboard is
 * refused); the Embed dialog's snippet and options, under axe-core; the snippet pasted into an
 * article served from a second localhost port loads the map, and the host script makes the
 * iframe as tall as the embed says, at 800 and at 320 px wide (screenshots of both); the compact
 * layout without controls (under axe-core too), autoplay, and an embed that never adds history entries.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { artifactPath, launchChromium, waitForMapReady, watchPage } from '../../scripts/lib/chromium';
import type { DatasetMeta } from '../../src/lib/domain/contract';

/** Ends with a slash. */
const baseUrl = inject('baseUrl');
const { years } = JSON.parse(readFileSync('geodata/index/meta.json', 'utf8')) as DatasetMeta;
const firstYear = years[0]!;
const lastYear = years[years.length - 1]!;
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run: (c: string) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const result = await axe.run(context);
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  }, selector);
}

describe('copy link and the Embed dialog', () => {
  let page: Page;
  beforeAll(async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    page = await context.newPage();
    await page.goto(`${baseUrl}?layer=spread&county=330782`);
    await waitForMapReady(page);
  });
  afterAll(async () => {
    await page?.context().close();
  });

  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

  test('copy link puts the address of the view on the clipboard and says so', async () => {
    await page.getByRole('button', { name: '复制链接（本视图的地址）' }).click();
    // The copy is asynchronous: the status appears once the clipboard has taken the link.
    const copied = page.getByRole('status').filter({ hasText: '链接已复制' });
    await copied.waitFor({ timeout: 10_000 });
    expect(await copied.count()).toBe(1);
    expect(await clipboard()).toBe(`${baseUrl}?layer=spread&county=330782`);
  });

  test('the snippet embeds the view and follows the options', async () => {
    await page.getByRole('button', { name: '把本视图嵌入到文章' }).click();
    const dialog = page.getByRole('dialog', { name: '嵌入到文章' });
    await dialog.waitFor();
    const code = dialog.locator('textarea');
    const snippet = () => code.inputValue();
    const src = async () => (await snippet()).match(/src="([^"]+)"/)![1]!.replaceAll('&#38;', '&');
    expect(await src()).toBe(`${baseUrl}?layer=spread&county=330782&year=${lastYear}&embed=1`);
    expect(await snippet()).toContain(`<script src="${baseUrl}embed.js" async></script>`);
    expect(await snippet()).toContain(`title="产业带地图：百亿产业带，${lastYear}年"`);

    await dialog.getByLabel('显示时间轴按钮').uncheck();
    await dialog.getByLabel('自动播放').check();
    await dialog.getByLabel('起始年份').selectOption(String(firstYear));
    expect(await src()).toBe(`${baseUrl}?layer=spread&county=330782&year=${firstYear}&embed=1&controls=0&autoplay=1`);

    await dialog.getByLabel('固定高度').check();
    await dialog.getByLabel('高度（像素）').fill('700');
    expect(await snippet()).toContain('height="700" style="width: 100%; height: 700px; border: 0;"');
    expect(await snippet()).not.toContain('<script');

    expect(await axeViolations(page, 'dialog.embed-dialog')).toEqual([]);
    await dialog.getByRole('button', { name: '复制代码' }).click();
    await dialog.getByRole('status').filter({ hasText: '代码已复制' }).waitFor();
    expect(await clipboard()).toBe(await snippet());

    // Esc closes it and gives the focus back to the Embed button.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-open'))).toBe('embed');
  });

  test('Tab stays inside the dialog', async () => {
    await page.getByRole('button', { name: '把本视图嵌入到文章' }).click();
    const dialog = page.getByRole('dialog', { name: '嵌入到文章' });
    await dialog.waitFor();
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog.embed-dialog')))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });
});

test('when the browser refuses the clipboard, the link is shown selected to copy by hand', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) } });
  });
  await page.goto(`${baseUrl}?year=2020`);
  await waitForMapReady(page);
  await page.getByRole('button', { name: '复制链接（本视图的地址）' }).click();
  const field = page.getByRole('textbox', { name: '本视图的链接' });
  await field.waitFor();
  expect(await field.inputValue()).toBe(`${baseUrl}?year=2020`);
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.selectionEnd)).toBe(`${baseUrl}?year=2020`.length);
  await page.close();
});

describe('the snippet in an article on another origin', () => {
  let host: Server;
  let hostUrl = '';
  let snippet = '';

  beforeAll(async () => {
    // The snippet as the dialog writes it for the 百亿 layer in 2021, responsive height.
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    await page.goto(`${baseUrl}?layer=spread&year=2021`);
    await waitForMapReady(page);
    await page.getByRole('button', { name: '把本视图嵌入到文章' }).click();
    snippet = await page.locator('dialog.embed-dialog textarea').inputValue();
    await page.close();
    const article = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>An article</title><style>body{margin:0;font-family:sans-serif}p{margin:1rem}</style></head>
<body><p>产业带正在从东部沿海向中部扩散。</p>${snippet}<p id="after">（文章继续）</p></body></html>`;
    // The article, and nothing else (the browser's favicon request gets an empty answer, not a 404 in the console).
    host = createServer((request, response) => {
      response.writeHead(request.url === '/' ? 200 : 204, { 'content-type': 'text/html; charset=utf-8' });
      response.end(request.url === '/' ? article : '');
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}/`;
    expect(new URL(hostUrl).origin).not.toBe(new URL(baseUrl).origin);
  });
  afterAll(async () => {
    await new Promise((resolve) => host?.close(resolve));
  });

  /** The height the embed needs, computed inside it as its own code does not: from its parts. */
  function naturalHeightIn(frame: Frame): Promise<number> {
    return frame.evaluate(() => {
      const main = document.querySelector<HTMLElement>('main.app')!;
      const stretch = document.querySelector<HTMLElement>('.map')!.offsetHeight - document.querySelector<HTMLElement>('.map-probe')!.offsetHeight;
      return Math.ceil(main.offsetHeight - stretch);
    });
  }

  test('loads the map, and the iframe is as tall as its content at 800 and at 320 px', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 }, locale: 'zh-CN' });
    const watch = watchPage(page);
    await page.goto(hostUrl);
    const iframe = page.locator('iframe');
    const frame = (await (await iframe.elementHandle())!.contentFrame())!;
    await frame.waitForSelector('.map-canvas[data-state="ready"]', { timeout: 90_000 });
    expect(await frame.evaluate(() => location.search)).toBe('?layer=spread&year=2021&embed=1');

    const heightOf = async () => (await iframe.boundingBox())!.height;
    await page.waitForFunction(() => document.querySelector('iframe')!.style.height !== '560px');
    const wide = await heightOf();
    expect(Math.abs(wide - (await naturalHeightIn(frame)))).toBeLessThanOrEqual(1);
    // Nothing inside needs scrolling, and the article goes on below the map.
    expect(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1)).toBe(true);
    expect((await page.locator('#after').boundingBox())!.y).toBeGreaterThanOrEqual(wide);
    await frame.waitForSelector('.beltmap-inset[data-inset-state="ready"]', { timeout: 60_000 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: artifactPath('embed-800.png'), fullPage: true });

    await page.setViewportSize({ width: 320, height: 900 });
    await page.waitForFunction((before) => Math.abs(document.querySelector('iframe')!.getBoundingClientRect().height - before) > 20, wide);
    await page.waitForTimeout(1000);
    const narrow = await heightOf();
    expect(narrow).toBeLessThan(wide);
    expect(Math.abs(narrow - (await naturalHeightIn(frame)))).toBeLessThanOrEqual(1);
    expect(await frame.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
    await page.screenshot({ path: artifactPath('embed-320.png'), fullPage: true });

    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  });

  test('a fixed-height iframe taller than the content gives the extra height to the map', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 1000 }, locale: 'zh-CN' });
    await page.setContent(`<iframe src="${baseUrl}?embed=1" style="width:100%;height:900px;border:0" title="t"></iframe>`);
    const frame = (await (await page.locator('iframe').elementHandle())!.contentFrame())!;
    await frame.waitForSelector('.map-canvas[data-state="ready"]', { timeout: 90_000 });
    const sizes = await frame.evaluate(() => ({
      page: document.querySelector<HTMLElement>('main.app')!.offsetHeight,
      map: document.querySelector<HTMLElement>('.map')!.offsetHeight,
      natural: document.querySelector<HTMLElement>('.map-probe')!.offsetHeight,
    }));
    expect(sizes.page).toBe(900);
    expect(sizes.map).toBeGreaterThan(sizes.natural);
    await page.close();
  });
});

describe('the compact layout', () => {
  test('controls=0: the year without the timeline; no history entries; the full-map link opens the same view', async () => {
    const page = await browser.newPage({ viewport: { width: 480, height: 700 }, locale: 'zh-CN' });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${baseUrl}?layer=growth&year=2020&embed=1&controls=0`);
    await waitForMapReady(page);
    const entries = await page.evaluate(() => history.length);
    expect(await page.locator('.timeline').count()).toBe(0);
    expect(await page.locator('.embed-year').textContent()).toBe('2020');
    for (const hidden of ['.panel', '.place-search', 'fieldset[data-choice="layer"]', '.links']) {
      expect(await page.locator(hidden).count(), hidden).toBe(0);
    }
    for (const shown of ['.legend', '.source-line', '.badge']) expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
    expect(await page.getByRole('link', { name: '打开完整地图' }).getAttribute('href')).toBe(`${baseUrl}?layer=growth&year=2020`);
    expect(await axeViolations(page, 'main')).toEqual([]);
    // A click on the map opens no panel, and nothing is pushed onto the article's history.
    const box = (await page.locator('.map-canvas').boundingBox())!;
    await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.6);
    await page.waitForTimeout(500);
    expect(await page.locator('.panel').count()).toBe(0);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await page.close();
  });

  test('autoplay plays from the start year to the last, with the timeline shown', async () => {
    const page = await browser.newPage({ viewport: { width: 640, height: 800 }, locale: 'zh-CN' });
    await page.goto(`${baseUrl}?year=${firstYear}&embed=1&autoplay=1`);
    const entries = await page.evaluate(() => history.length);
    await waitForMapReady(page);
    await page.waitForSelector(`.map-canvas[data-year="${lastYear}"]`, { timeout: 60_000 });
    expect(await page.locator('.timeline [role="slider"]').getAttribute('aria-valuenow')).toBe(String(lastYear));
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await page.close();
  });
});
