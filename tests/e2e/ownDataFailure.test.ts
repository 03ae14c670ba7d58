/**
 * When the import worker itself fails (not a problem in the reader's file), the open-data dialog
 * says so in the page's language: what happened, that the file is untouched and nothing was sent,
 * what to try, with the browser's own words behind a closed "technical details". The worker is
 * made to fail by the test: its script answered with a 404 (it cannot load), or replaced by a
 * module that runs out of memory when asked to read. Screenshots go to tests/artifacts/.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, launchChromium } from '../../scripts/lib/chromium';
import { openAtlas } from './atlasPage';
import { DIALOG, dropFile } from './ownDataPage';

const WORKER_SCRIPT = /\/assets\/importWorker-[^/]*\.js$/;
const FILE = readFileSync('tests/fixtures/ownData/sales-and-shops.csv');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Drops the fixture on the page and reads it with the form as the header filled it. */
async function dropAndRead(page: Page, readLabel: string): Promise<void> {
  await dropFile(page, 'sales-and-shops.csv', FILE);
  await page.waitForSelector(`${DIALOG}[data-step="form"]`, { timeout: 30_000 });
  await page.getByRole('button', { name: readLabel, exact: true }).click();
  await page.waitForSelector(`${DIALOG}[data-step="readFailed"]`, { timeout: 30_000 });
}

describe('the worker script does not load (404)', () => {
  test('says in Chinese that reading could not start, the file is safe, what to try; Try again reads it once the script loads', async () => {
    const { page } = await openAtlas(browser);
    await page.route(WORKER_SCRIPT, (route) => route.fulfill({ status: 404, body: 'not found' }));
    await dropAndRead(page, '读取并检查');
    const alert = page.locator(`${DIALOG} [role="alert"]`);
    expect(await alert.getAttribute('data-failure')).toBe('start');
    // The technical detail is there, closed: the visible text is the page's language only.
    expect(await alert.locator('details').evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    expect(await alert.locator('details code').textContent()).toBe('the worker script did not load');
    expect(await alert.innerText()).toBe(
      '无法开始读取：浏览器没有载入本页读取文件的程序。你的文件没有被改动，也没有发送到任何地方。\n\n' +
        '请刷新页面后再试；如果仍然不行，请换用新版的 Chrome、Edge、Firefox 或 Safari。\n\n' +
        '技术细节',
    );
    await page.screenshot({ path: artifactPath('own-data-worker-failed-zh.png') });
    await page.unroute(WORKER_SCRIPT);
    await page.getByRole('button', { name: '再试一次', exact: true }).click();
    await page.waitForSelector(`${DIALOG}[data-step="mapped"]`, { timeout: 60_000 });
    await page.close();
  });
});

describe('the worker runs out of memory', () => {
  test('says in English that the browser ran out of memory, with the browser’s words under Technical details', async () => {
    const { page } = await openAtlas(browser, '?lang=en');
    await page.route(WORKER_SCRIPT, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/javascript',
        body: "self.addEventListener('message', () => { throw new RangeError('Array buffer allocation failed'); });",
      }),
    );
    await dropAndRead(page, 'Read and check');
    const alert = page.locator(`${DIALOG} [role="alert"]`);
    expect(await alert.getAttribute('data-failure')).toBe('memory');
    await alert.locator('summary').click();
    expect(await alert.locator('details code').textContent()).toBe('Uncaught RangeError: Array buffer allocation failed');
    expect(await alert.innerText()).toBe(
      'Reading stopped: the browser ran out of memory reading this file. Your file is unchanged, and nothing was sent anywhere.\n\n' +
        'Close other tabs and try again, or split the file into smaller ones (one per year, for example).\n\n' +
        'Technical details\n' +
        'Uncaught RangeError: Array buffer allocation failed',
    );
    expect(await page.getByRole('button', { name: 'Try again', exact: true }).count()).toBe(1);
    await page.screenshot({ path: artifactPath('own-data-worker-failed-en.png') });
    await page.close();
  });
});
