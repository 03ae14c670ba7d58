/**
 * Presenter mode and stories (issue 4): P enters presenter mode; the keys a presentation clicker
 * sends step through the years on the map; B blanks and un-blanks; Esc leaves; the shipped story
 * runs from its first step to its last; a story that does not exist, a file that is not JSON, or a name
 * that cannot be a story's (?story=../../etc), leaves a message (re-worded when the language is switched) and a working map. Screenshots of presenter mode and of a story step go to tests/artifacts/.
 */
import { readFileSync } from 'node:fs';
import { pixelAt } from './mapPixels';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, launchChromium, waitForMapReady, watchPage, type PageWatch } from '../../scripts/lib/chromium';
import type { DatasetMeta } from '../../src/lib/domain/contract';
import type { Story } from '../../src/lib/story/story';

/** Ends with a slash. */
const baseUrl = inject('baseUrl');
const { years } = JSON.parse(readFileSync('geodata/index/meta.json', 'utf8')) as DatasetMeta;
const firstYear = years[0]!;
const lastYear = years[years.length - 1]!;
const story = JSON.parse(readFileSync('static/stories/bai-yi-spread.json', 'utf8')) as Story;
const MAP = '.map-canvas';
const PRESENTER = 'section.presenter';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(query: string, viewport = { width: 1280, height: 720 }): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.newPage({ viewport, locale: 'zh-CN' });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const watch = watchPage(page);
  await page.goto(`${baseUrl}${query}`);
  await waitForMapReady(page);
  return { page, watch };
}

/** Waits until the map has drawn `year` (its container's data-year). */
async function expectDrawnYear(page: Page, year: number): Promise<void> {
  await page.waitForSelector(`${MAP}[data-year="${year}"]`, { timeout: 30_000 });
  expect(await page.locator(`${PRESENTER} .year`).textContent()).toBe(String(year));
}

async function isBlackAt(page: Page, x: number, y: number): Promise<boolean> {
  const [r, g, b] = await pixelAt(page, x, y);
  return r === 0 && g === 0 && b === 0;
}

describe('presenter mode', () => {
  test('P enters; clicker keys step the years; space plays; B blanks; Esc leaves', async () => {
    const { page, watch } = await open('?layer=spread');
    await expect(page.locator('.timeline').count()).resolves.toBe(1);

    await page.keyboard.press('p');
    await page.waitForSelector(PRESENTER, { timeout: 30_000 });
    // The explorer's panels and timeline are gone; the source line and the illustrative badge stay.
    await expect(page.locator('section.controls').isVisible()).resolves.toBe(false);
    await expect(page.locator('.timeline').count()).resolves.toBe(0);
    await expect(page.locator(`${PRESENTER} .source-line`).isVisible()).resolves.toBe(true);
    await expect(page.locator(`${PRESENTER} .badge`).isVisible()).resolves.toBe(true);
    await expect(page.locator(`${PRESENTER} .legend`).isVisible()).resolves.toBe(true);
    await expectDrawnYear(page, lastYear);
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: string) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run('section.presenter');
      return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => (n as { target: unknown }).target))}`);
    });
    expect(violations).toEqual([]);

    const steps: [string, number][] = [
      ['Home', firstYear],
      ['ArrowRight', firstYear + 1],
      ['PageDown', firstYear + 2],
      ['ArrowLeft', firstYear + 1],
      ['PageUp', firstYear],
      // Stepping back from the first year stays there.
      ['PageUp', firstYear],
      ['End', lastYear],
      ['Home', firstYear],
    ];
    for (const [key, year] of steps) {
      await page.keyboard.press(key);
      await expectDrawnYear(page, year);
    }

    // With the map focused (where arrows would pan it), the clicker still steps the years.
    await page.focus('.maplibregl-canvas');
    await page.keyboard.press('ArrowRight');
    await expectDrawnYear(page, firstYear + 1);

    // Space plays: the years move on by themselves; space again pauses.
    await page.keyboard.press(' ');
    await page.waitForSelector(`${MAP}[data-year="${firstYear + 2}"]`, { timeout: 30_000 });
    await page.keyboard.press(' ');
    const paused = Number(await page.locator(MAP).getAttribute('data-year'));
    await page.waitForTimeout(2000);
    expect(Number(await page.locator(MAP).getAttribute('data-year'))).toBe(paused);

    await page.keyboard.press('End');
    await expectDrawnYear(page, lastYear);
    await page.waitForTimeout(500);
    await page.screenshot({ path: artifactPath('presenter-mode.png') });

    // B blanks the screen, B brings it back; a step key also brings it back, without stepping.
    await page.keyboard.press('b');
    await page.waitForSelector(`${PRESENTER}[data-blank="true"]`);
    expect(await isBlackAt(page, 640, 360)).toBe(true);
    await page.keyboard.press('b');
    await page.waitForSelector(`${PRESENTER}[data-blank="false"]`);
    expect(await isBlackAt(page, 640, 360)).toBe(false);
    await page.keyboard.press('b');
    await page.waitForSelector(`${PRESENTER}[data-blank="true"]`);
    await page.keyboard.press('ArrowLeft');
    await page.waitForSelector(`${PRESENTER}[data-blank="false"]`);
    await expectDrawnYear(page, lastYear);

    // Esc leaves: the explorer comes back on the same year.
    await page.keyboard.press('Escape');
    await page.waitForSelector(PRESENTER, { state: 'detached' });
    await expect(page.locator('section.controls').isVisible()).resolves.toBe(true);
    await page.waitForSelector('.timeline');
    expect(await page.locator(MAP).getAttribute('data-year')).toBe(String(lastYear));

    // The button in the controls enters too; its accessible name says which key does it.
    await page.getByRole('button', { name: '进入演示模式（P）' }).click();
    await page.waitForSelector(PRESENTER);
    await page.getByRole('button', { name: '退出演示（Esc）' }).click();
    await page.waitForSelector(PRESENTER, { state: 'detached' });
    // Keyboard focus comes back to the button that entered.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('进入演示模式（P）');

    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  });

  test('P typed into the search box is text, not a command', async () => {
    const { page } = await open('');
    const search = page.locator('input').first();
    await search.focus();
    await page.keyboard.type('p');
    await expect(search.inputValue()).resolves.toBe('p');
    await expect(page.locator(PRESENTER).count()).resolves.toBe(0);
    await page.close();
  });

  test.each<[string, boolean]>([
    ['<input type="text">', false],
    ['<input type="search">', false],
    ['<input>', false],
    ['<textarea></textarea>', false],
    ['<select><option>a</option></select>', false],
    ['<div contenteditable tabindex="0"></div>', false],
    ['<input type="radio">', true],
    ['<input type="checkbox">', true],
    ['<input type="range">', true],
    ['<button type="button">b</button>', true],
  ])('P with the focus in %s enters presenter mode: %s', async (markup, isCommand) => {
    const { page } = await open('');
    await page.evaluate((html) => {
      const holder = document.createElement('div');
      holder.innerHTML = html;
      document.body.append(holder);
      (holder.firstElementChild as HTMLElement).focus();
    }, markup);
    await page.keyboard.press('p');
    if (isCommand) {
      await page.waitForSelector(PRESENTER);
    } else {
      await page.waitForTimeout(500);
      await expect(page.locator(PRESENTER).count()).resolves.toBe(0);
    }
    await page.close();
  });

  test('from the table view, presenter mode shows the map, and leaving brings the table back', async () => {
    const { page } = await open('?layer=spread');
    await page.locator('label').filter({ has: page.getByRole('radio', { name: '表格', exact: true }) }).click();
    await page.locator('.place-table').waitFor();
    await page.keyboard.press('p');
    await page.waitForSelector(PRESENTER);
    await page.waitForSelector('.place-table', { state: 'detached' });
    await expect(page.locator('.map').getAttribute('inert')).resolves.toBeNull();
    await page.keyboard.press('Home');
    await expectDrawnYear(page, firstYear);
    await page.keyboard.press('Escape');
    await page.locator('.place-table').waitFor();
    await page.close();
  });

  test.each([
    { width: 1024, height: 768 },
    { width: 1280, height: 800 },
    { width: 1920, height: 1080 },
  ])('at $width×$height the legend leaves north-western Xinjiang in sight', async (viewport) => {
    const { page } = await open('?mode=present&layer=spread', viewport);
    const legend = (await page.locator(`${PRESENTER} .legend-box`).boundingBox())!;
    await page.screenshot({ path: artifactPath(`presenter-legend-${viewport.width}.png`) });
    // Under the legend, with the presenter's boxes hidden, no stretch of China's national border (#2b2e33).
    await page.locator(PRESENTER).evaluate((element) => ((element as HTMLElement).style.visibility = 'hidden'));
    const png = await page.screenshot({ clip: legend });
    const darkPixels = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      let count = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i]! < 90 && data[i + 1]! < 90 && data[i + 2]! < 90) count++;
      return count;
    }, png.toString('base64'));
    expect(darkPixels).toBe(0);
    await page.close();
  });

  test('on a phone the year, legend and source line fit on the screen', async () => {
    const viewport = { width: 375, height: 667 };
    const { page } = await open('?layer=spread', viewport);
    await page.keyboard.press('p');
    await page.waitForSelector(PRESENTER);
    for (const selector of ['.year', '.legend-box', '.source-line', '.badge']) {
      const box = (await page.locator(`${PRESENTER} ${selector}`).boundingBox())!;
      expect(box.x, selector).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, selector).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height, selector).toBeLessThanOrEqual(viewport.height);
    }
    await page.waitForTimeout(500);
    await page.screenshot({ path: artifactPath('presenter-phone.png') });
    await page.close();
  });
});

describe('stories', () => {
  test('?story=bai-yi-spread runs from the first step to the last', async () => {
    const { page, watch } = await open('?story=bai-yi-spread');
    await page.waitForSelector(`${PRESENTER}[data-story-state="ready"]`, { timeout: 30_000 });
    const count = story.steps.length;
    const captions: string[] = [];
    for (let i = 0; i < count; i++) {
      const step = story.steps[i]!;
      await page.waitForSelector(`${PRESENTER} .caption-box[data-step="${i + 1}"]`);
      expect(await page.locator(`${PRESENTER} .story-counter`).textContent()).toContain(`${i + 1} / ${count}`);
      const caption = (await page.locator(`${PRESENTER} .story-caption`).textContent()) ?? '';
      expect(caption).toBe(step.caption.zh);
      captions.push(caption);
      await expectDrawnYear(page, step.year);
      await expect(page.locator(`${PRESENTER} section.legend`).getAttribute('data-layer')).resolves.toBe(step.layer);
      if (i === 6) {
        await page.waitForTimeout(800);
        await page.screenshot({ path: artifactPath('presenter-story-step.png') });
      }
      expect(await page.locator(`${PRESENTER} .story-end`).count()).toBe(i === count - 1 ? 1 : 0);
      if (i < count - 1) await page.keyboard.press(i % 2 === 0 ? 'ArrowRight' : 'PageDown');
    }
    // Every step says something new.
    expect(new Set(captions).size).toBe(count);
    // Past the end it stays at the end; back steps back; Home goes to the first step.
    await page.keyboard.press('ArrowRight');
    await page.waitForSelector(`${PRESENTER} .caption-box[data-step="${count}"]`);
    await page.keyboard.press('PageUp');
    await page.waitForSelector(`${PRESENTER} .caption-box[data-step="${count - 1}"]`);
    await page.keyboard.press('Home');
    await page.waitForSelector(`${PRESENTER} .caption-box[data-step="1"]`);
    await expectDrawnYear(page, story.steps[0]!.year);
    // The first caption says the data are illustrative.
    expect(await page.locator(`${PRESENTER} .story-caption`).textContent()).toContain('示意数据');

    await page.keyboard.press('Escape');
    await page.waitForSelector(PRESENTER, { state: 'detached' });
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  });

  test('a story that does not exist: a clear message, and the map keeps working', async () => {
    const { page } = await open('?story=no-such-story');
    const alert = page.locator('section.controls [role="alert"]');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toBe('找不到故事“no-such-story”。');
    await expect(page.locator(PRESENTER).count()).resolves.toBe(0);
    await page.waitForSelector('.timeline');
    await page.keyboard.press('Home');
    await page.waitForSelector(`${MAP}[data-year="${firstYear}"]`);
    // The message follows the language switch like every other word.
    await page.locator('section.controls .links button[lang]').click();
    await expect.poll(() => alert.textContent()).toBe('There is no story named "no-such-story".');
    await page.close();
  });

  test('a story file that is not JSON: a Chinese notice with what to try, the browser\'s English only under the closed technical details', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'zh-CN' });
    await page.route('**/stories/broken.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '<html>' }));
    await page.goto(`${baseUrl}?story=broken`);
    await waitForMapReady(page);
    const notice = page.locator('section.controls [role="alert"][data-failure="story"]');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.locator('p').allTextContents()).toEqual(['故事文件“broken”已损坏：它不是有效的 JSON。', '请告知故事的作者；地图仍可照常使用。']);
    expect(await notice.locator('summary').textContent()).toBe('技术细节');
    await expect(notice.locator('details').getAttribute('open')).resolves.toBeNull();
    expect(await notice.locator('code').textContent()).toMatch(/^SyntaxError: .*JSON/);
    await page.screenshot({ path: artifactPath('story-not-json.png'), clip: (await page.locator('section.controls').boundingBox()) ?? undefined });
    await expect(page.locator(PRESENTER).count()).resolves.toBe(0);
    // The notice follows the language switch like every other word; the browser's words stay as they were.
    await page.locator('section.controls .links button[lang]').click();
    await expect.poll(() => notice.locator('p').allTextContents()).toEqual(['The story file "broken" is damaged: it is not valid JSON.', "Tell the story's author; the map works as before."]);
    expect(await notice.locator('summary').textContent()).toBe('Technical details');
    expect(await notice.locator('code').textContent()).toMatch(/^SyntaxError: .*JSON/);
    await page.close();
  });

  test.each([
    ['zh-CN', '无法打开地址中 story 参数所指的故事“../../etc”：故事名称只能包含小写字母、数字和连字符。'],
    ['en-GB', 'The story "../../etc" named by the address\'s story parameter cannot be opened: story names use lowercase letters, digits and hyphens only.'],
  ])('?story=../../etc in %s: a sentence naming the parameter and why, one console warning, no request for it, a working map', async (locale, sentence) => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale });
    const warnings: string[] = [];
    // Chromium's own GPU notes ("[.WebGL-…] GL Driver Message …") are not the page's.
    page.on('console', (message) => {
      if (message.type() === 'warning' && !message.text().startsWith('[.WebGL-')) warnings.push(message.text());
    });
    const paths: string[] = [];
    // A blob: URL is the page's own memory, not a request that leaves it (the start-up's warm-up worker).
    page.on('request', (request) => {
      if (!request.url().startsWith('blob:')) paths.push(request.url().replace(baseUrl, ''));
    });
    await page.goto(`${baseUrl}?story=../../etc`);
    await waitForMapReady(page);
    const alert = page.locator('section.controls [role="alert"]');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toBe(sentence);
    expect(warnings).toEqual(['Beltmap: URL parameter "story" ignored ("../../etc": expected a story name (a-z, 0-9 and -))']);
    // The page, its code and the geodata: nothing under stories/, nothing outside the page's folder.
    expect(paths.filter((path) => !/^(\?story=|assets\/|geodata\/)/.test(path))).toEqual([]);
    await expect(page.locator(PRESENTER).count()).resolves.toBe(0);
    await page.locator('.timeline [role="slider"]').focus();
    await page.keyboard.press('Home');
    await page.waitForSelector(`${MAP}[data-year="${firstYear}"]`);
    await page.close();
  });
});
