/**
 * A dataset that cannot be loaded (its file missing on the server, or not JSON) is explained under
 * the dataset switch in the page's language, by what went wrong and what to try; the browser's
 * words sit under a closed 技术细节 / Technical details; the dataset shown stays on the map and
 * usable. Screenshots (Chinese light, English dark) go to tests/artifacts/.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openAtlas } from './atlasPage';
import { artifactPath, launchChromium } from '../../scripts/lib/chromium';

const VILLAGES = 'taobao-villages';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const notice = (page: Page) => page.locator('.dataset-failure [role="alert"]');

async function chooseBrokenDataset(page: Page, label: string): Promise<void> {
  const datasetSwitch = page.getByLabel(label);
  await datasetSwitch.focus();
  await datasetSwitch.selectOption(VILLAGES);
  await notice(page).waitFor();
}

/** The belt dataset is still the one shown and still answers: its layer switch repaints the map. */
async function expectBeltsUsable(page: Page, label: string, growthLabel: string): Promise<void> {
  // The switch names the dataset shown again, and the address keeps it.
  await expect.poll(() => page.getByLabel(label).inputValue()).toBe('belts');
  expect(await page.evaluate(() => location.search)).not.toContain('taobao');
  expect(await page.locator('[data-state]').getAttribute('data-state')).toBe('ready');
  await page.locator('label').filter({ has: page.getByRole('radio', { name: growthLabel, exact: true }) }).click();
  await page.waitForFunction(() => location.search.includes('layer=growth'));
  expect(await page.locator('[data-state]').getAttribute('data-state')).toBe('ready');
}

describe('a dataset that cannot be loaded', () => {
  test('its file missing (404), in Chinese: what happened and what to try, the detail closed, the belts still usable', async () => {
    const { page } = await openAtlas(browser);
    await page.route(`**/datasets/${VILLAGES}/meta.json`, (route) => route.fulfill({ status: 404, body: 'Not Found' }));
    await chooseBrokenDataset(page, '数据集');
    expect(await notice(page).getAttribute('data-failure')).toBe('missing');
    expect(await notice(page).locator('p').allInnerTexts()).toEqual([
      '无法载入该数据集：服务器上找不到它的文件。地图仍显示原数据集，可以照常使用。',
      '请刷新页面后再选一次；如果仍然不行，请选择其他数据集。',
    ]);
    expect(await notice(page).locator('details').getAttribute('open')).toBeNull();
    expect(await notice(page).locator('summary').innerText()).toBe('技术细节');
    expect(await notice(page).locator('code').textContent()).toMatch(new RegExp(`^LoadError: .*datasets/${VILLAGES}/meta\\.json: HTTP 404`));
    await page.locator('.app > .controls').screenshot({ path: artifactPath('dataset-failure-zh.png') });
    await expectBeltsUsable(page, '数据集', '增速');
    await page.close();
  });

  test('its file not JSON, in English with the dark theme: damaged, the belts still usable', async () => {
    const { page } = await openAtlas(browser, '?lang=en');
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await page.route(`**/datasets/${VILLAGES}/meta.json`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"years": [2020,' }));
    await chooseBrokenDataset(page, 'Dataset');
    expect(await notice(page).getAttribute('data-failure')).toBe('damaged');
    expect(await notice(page).locator('p').allInnerTexts()).toEqual([
      'The dataset could not be loaded: its files are damaged or incomplete. The map still shows the previous dataset, which works as before.',
      'Reload the page and choose it again; if it still fails, choose another dataset.',
    ]);
    expect(await notice(page).locator('summary').innerText()).toBe('Technical details');
    expect(await notice(page).locator('code').textContent()).toContain('not valid JSON');
    await page.locator('.app > .controls').screenshot({ path: artifactPath('dataset-failure-en-dark.png') });
    await expectBeltsUsable(page, 'Dataset', 'Growth');
    await page.close();
  });
});
