/**
 * What the page says when a link or a story names a dataset no one has: the default map, drawn
 * and working, with the reader's other choices kept; one sentence above the controls naming the
 * dataset asked for and the one shown (visible on a phone with the controls collapsed), re-worded
 * when the reader switches language; never the dataset failure notice ("damaged files").
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, launchChromium, waitForMapReady, watchPage, type PageWatch } from '../../scripts/lib/chromium';

/** Ends with a slash. */
const baseUrl = inject('baseUrl');
const YIWU = '330782';
const NOTICE = 'section.controls p[role="alert"]';
const ZH_NOTICE = '没有名为“nosuch”的数据集：现显示“中国电商产业带 2018–2024 (示意数据)”，可在“数据集”中换一个。';
const EN_NOTICE = "There is no dataset named “nosuch”: “China's e-commerce industrial belts 2018–2024 (illustrative data)” is shown instead; choose another under Dataset.";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(query: string, viewport: { width: number; height: number }, locale = 'zh-CN'): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.newPage({ viewport, locale });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const watch = watchPage(page);
  await page.goto(`${baseUrl}${query}`);
  await waitForMapReady(page);
  return { page, watch };
}

describe('a link naming a dataset no one has', () => {
  test('desktop, Chinese: the default map with the layer and county kept, a sentence naming both datasets, English after the switch', async () => {
    const { page, watch } = await open(`?dataset=nosuch&layer=growth&county=${YIWU}`, { width: 1280, height: 800 });
    const notice = page.locator(NOTICE);
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.innerText()).toBe(ZH_NOTICE);
    // Not the notice of a dataset whose files failed.
    expect(await page.locator('[data-failure]').count()).toBe(0);
    // The map is the belt map with the reader's layer and county; the address says what is shown.
    await page.waitForSelector(`.map-canvas[data-colour-key^="growth|all|2024|county"]`, { timeout: 60_000 });
    expect(await page.getByLabel('数据集').inputValue()).toBe('belts');
    expect(await page.locator('.panel h2').innerText()).toBe('义乌市');
    expect(await page.evaluate(() => location.search)).toBe(`?layer=growth&county=${YIWU}`);

    await page.locator('section.controls .links button[lang]').click();
    await expect.poll(() => notice.innerText()).toBe(EN_NOTICE);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  test('phone, English: the sentence is on screen with the controls collapsed', async () => {
    const { page, watch } = await open('?dataset=nosuch', { width: 390, height: 844 }, 'en-GB');
    const notice = page.locator(NOTICE);
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.innerText()).toBe(EN_NOTICE);
    expect(await page.getByLabel('Dataset').isVisible()).toBe(false);
    const box = (await notice.boundingBox())!;
    expect(box.y >= 0 && box.y + box.height <= 844).toBe(true);
    await page.screenshot({ path: artifactPath('missing-dataset-phone.png') });
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });
});

test('a story about a dataset no one has: the story\'s sentence and the missing dataset\'s, no "damaged files" notice', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const story = {
    title: { zh: '无', en: 'None' },
    dataset: 'nosuch',
    steps: [{ year: 2016, layer: 'sales', category: 'all', caption: { zh: '说明', en: 'Caption' } }],
  };
  await page.route('**/stories/elsewhere.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(story) }));
  await page.goto(`${baseUrl}?story=elsewhere`);
  await waitForMapReady(page);
  const alerts = page.locator(NOTICE);
  await expect.poll(() => alerts.allInnerTexts(), { timeout: 30_000 }).toEqual(['故事“elsewhere”所讲的数据集“nosuch”无法显示。', ZH_NOTICE]);
  expect(await page.locator('[data-failure]').count()).toBe(0);
  expect(await page.getByLabel('数据集').inputValue()).toBe('belts');
  await page.close();
});
