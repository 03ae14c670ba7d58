/**
 * A reader's own dataset kept in this browser (issue 13): a file dropped on the page (a real drop
 * event carrying a DataTransfer) and mapped is, after a reload, still in the dataset switch (in its
 * own group) and on the map; a link to it in another browser opens the default map with a sentence
 * saying why, the parameter dropped; removed after a confirm step it is gone from the switch, the
 * map and IndexedDB, also after a reload. A 50,000-row file is read with no main-thread task over
 * 200 ms (a PerformanceObserver for long tasks inside the page).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, waitForMapReady, waitForYearDrawn, type PageWatch } from '../../scripts/lib/chromium';
import { LARGE_OWN_FILE_NAME, largeOwnFile } from '../../scripts/bench/ownDataFile';
import { openAtlas } from './atlasPage';
import { DIALOG, dropFile } from './ownDataPage';

const OWN_GROUP = '你的数据（仅存于本浏览器）';
const SHOPS = readFileSync('tests/fixtures/ownData/shops-utf8.csv');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Drops, reads with the form as guessed, sees the map; returns the dataset id the address names. */
async function mapOwnFile(page: Page): Promise<string> {
  await dropFile(page, 'shops-utf8.csv', SHOPS);
  await page.waitForSelector(`${DIALOG}[data-step="form"]`, { timeout: 30_000 });
  await page.getByRole('button', { name: '读取并检查' }).click();
  await page.waitForSelector(`${DIALOG}[data-step="mapped"]`, { timeout: 60_000 });
  await page.getByRole('button', { name: '查看地图' }).click();
  await page.waitForSelector(DIALOG, { state: 'detached' });
  await waitForYearDrawn(page, 2021);
  return new URL(page.url()).searchParams.get('dataset') ?? '';
}

/** The dataset switch: its value, and the labels of the options in each group (one unnamed group without own datasets). */
async function datasetSwitch(page: Page): Promise<{ value: string; groups: Record<string, string[]> }> {
  const select = page.getByLabel('数据集');
  await select.focus(); // reaching for the switch loads the catalogue, as a reader's pointer would
  await page.waitForFunction(() => (document.querySelector('.dataset-select select')?.querySelectorAll('option').length ?? 0) > 1);
  return {
    value: await select.inputValue(),
    groups: await select.evaluate((element) => {
      const groups = [...element.querySelectorAll('optgroup')];
      const texts = (parent: Element) => [...parent.querySelectorAll('option')].map((option) => option.textContent ?? '');
      return groups.length === 0 ? { '': texts(element) } : Object.fromEntries(groups.map((group) => [group.label, texts(group)]));
    }),
  };
}

const legendTitle = (page: Page) => page.locator('section.controls .legend h2').innerText();
const keptIds = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const opening = indexedDB.open('beltmap-own-data');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const keys = opening.result.transaction('datasets').objectStore('datasets').getAllKeys();
          keys.onsuccess = () => resolve(keys.result.map(String));
        };
      }),
  );

describe('an own dataset after a reload', () => {
  let page: Page;
  let id: string;
  let beforeReload: Awaited<ReturnType<typeof datasetSwitch>>;
  let afterReload: Awaited<ReturnType<typeof datasetSwitch>>;
  let titleAfterReload: string;
  let watch: PageWatch;
  beforeAll(async () => {
    const opened = await openAtlas(browser);
    page = opened.page;
    watch = opened.watch;
    id = await mapOwnFile(page);
    beforeReload = await datasetSwitch(page);
    await page.reload();
    await waitForMapReady(page);
    titleAfterReload = await legendTitle(page);
    afterReload = await datasetSwitch(page);
  });
  afterAll(async () => {
    await page?.close();
  });

  test('the address names it, and the dataset switch lists it in a group kept in this browser', () => {
    expect(id).toMatch(/^own-shops-utf8-[a-z0-9]+$/);
    expect(beforeReload).toEqual({
      value: id,
      groups: {
        已发布的数据集: ['中国电商产业带 2018–2024 (示意数据)', '淘宝村 · 2014–2016'],
        [OWN_GROUP]: ['shops-utf8 · 2019–2021'],
      },
    });
  });

  test('a reload reopens it from this browser: on the map, and in the switch', async () => {
    expect(new URL(page.url()).searchParams.get('dataset')).toBe(id);
    expect(titleAfterReload).toBe('网店数（家）');
    expect(afterReload).toEqual(beforeReload);
    expect(await keptIds(page)).toEqual([id]);
    expect(watch.consoleErrors).toEqual([]);
  });

  test('the same link in another browser: the default map, a sentence why, and no dataset parameter', async () => {
    const other = await openAtlas(browser, `?dataset=${id}&year=2020`);
    try {
      const alert = other.page.locator('.controls [role="alert"]');
      expect(await alert.innerText()).toBe(`链接中的数据集“${id}”只保存在打开它的浏览器中，本浏览器没有：现显示默认数据集。`);
      expect(new URL(other.page.url()).searchParams.get('dataset')).toBeNull();
      expect(await other.page.getByLabel('数据集').inputValue()).toBe('belts');
      // The link never asks the server for it: own datasets are looked up in this browser only.
      const fetched = await other.page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
      expect(fetched.filter((url) => url.includes(id))).toEqual([]);
      expect(other.watch.consoleErrors).toEqual([]);
    } finally {
      await other.page.close();
    }
  });
});

describe('removing an own dataset', () => {
  let page: Page;
  let id: string;
  beforeAll(async () => {
    page = (await openAtlas(browser)).page;
    id = await mapOwnFile(page);
  });
  afterAll(async () => {
    await page?.close();
  });

  test('asks first; Keep leaves it; Remove shows the default map and forgets it, also after a reload', async () => {
    await page.getByRole('button', { name: '从本浏览器删除此数据集' }).click();
    const confirm = page.getByRole('group', { name: '从本浏览器删除此数据集' });
    expect(await confirm.locator('p').innerText()).toBe('从本浏览器删除“shops-utf8”？原文件不受影响。');
    await confirm.getByRole('button', { name: '保留' }).click();
    expect(new URL(page.url()).searchParams.get('dataset')).toBe(id);
    expect(await keptIds(page)).toEqual([id]);

    await page.getByRole('button', { name: '从本浏览器删除此数据集' }).click();
    await page.getByRole('button', { name: '删除', exact: true }).click();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('dataset'));
    expect(await page.locator('.controls [role="status"]', { hasText: '已从本浏览器删除' }).innerText()).toBe('已从本浏览器删除“shops-utf8”。');
    expect(await keptIds(page)).toEqual([]);
    expect(await datasetSwitch(page)).toEqual({ value: 'belts', groups: { '': ['中国电商产业带 2018–2024 (示意数据)', '淘宝村 · 2014–2016'] } });

    await page.goto(`${new URL(page.url()).origin}/?dataset=${id}`);
    await waitForMapReady(page);
    expect(await datasetSwitch(page)).toEqual({ value: 'belts', groups: { '': ['中国电商产业带 2018–2024 (示意数据)', '淘宝村 · 2014–2016'] } });
  });
});

describe('a 50,000-row file', () => {
  let page: Page;
  let reading: { readMs: number; longestTaskMs: number; progressSeen: number; mappedMs: number };
  beforeAll(async () => {
    page = (await openAtlas(browser)).page;
    await dropFile(page, LARGE_OWN_FILE_NAME, largeOwnFile());
    await page.waitForSelector(`${DIALOG}[data-step="form"]`, { timeout: 30_000 });
    // Inside the page: long tasks and the dialog's steps, timed from the click that starts the read.
    reading = await page.evaluate(
      () =>
        new Promise<{ readMs: number; longestTaskMs: number; progressSeen: number; mappedMs: number }>((resolve) => {
          const tasks: { start: number; duration: number }[] = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
          }).observe({ type: 'longtask' });
          const dialog = document.querySelector('dialog.own-data-dialog')!;
          const progress = new Set<string>();
          let readAt = Infinity;
          const startedAt = performance.now();
          new MutationObserver(() => {
            const value = dialog.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow');
            if (value) progress.add(value);
            const step = dialog.getAttribute('data-step');
            if (readAt === Infinity && (step === 'mapping' || step === 'mapped')) readAt = performance.now();
            if (step === 'mapped') {
              const during = tasks.filter((task) => task.start >= startedAt && task.start < readAt);
              resolve({
                readMs: readAt - startedAt,
                longestTaskMs: Math.max(0, ...during.map((task) => task.duration)),
                progressSeen: progress.size,
                mappedMs: performance.now() - startedAt,
              });
            }
          }).observe(dialog, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-step', 'aria-valuenow'] });
          [...dialog.querySelectorAll('button')].find((button) => button.textContent?.trim() === '读取并检查')!.click();
        }),
    );
    console.log(`50,000-row file: read in ${reading.readMs.toFixed(0)} ms, longest main-thread task meanwhile ${reading.longestTaskMs.toFixed(0)} ms, mapped at ${reading.mappedMs.toFixed(0)} ms`);
  });
  afterAll(async () => {
    await page?.close();
  });

  test('is read in the worker: no main-thread task over 200 ms meanwhile, the progress bar moving', () => {
    expect(reading.longestTaskMs).toBeLessThanOrEqual(200);
    expect(reading.progressSeen).toBeGreaterThanOrEqual(3);
  });

  test('is mapped: every row accepted, the map at its last year', async () => {
    expect(await page.locator(DIALOG).innerText()).toContain('读取 50,000 行：接受 50,000 行，拒绝 0 行。');
    await page.getByRole('button', { name: '查看地图' }).click();
    await waitForYearDrawn(page, 2022);
    expect(await legendTitle(page)).toBe('网店数（家）');
  });
});
