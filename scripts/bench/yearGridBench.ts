/**
 * The year grid's figures for npm run bench (issue 15, item 1): the main thread's busy time per
 * year step with 6 maps against the single map's in the same browser mode (budget ≤ 3×), and
 * that the default view's first load fetches none of the grid's code (it is loaded when the grid
 * is first opened). Steps go to and fro between two years (the 6-map grid of 2018–2023 can only
 * move to 2019–2024 and back), each map of the grid recoloured at every step.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { launchChromium, MEASURE_VIEWPORT, taskDurationMs, waitForAttribute, waitForMapReady, waitForYearDrawn } from '../lib/chromium';
import { median } from '../lib/stats';
import type { BenchRow } from './benchRow';

const STEPS = 6;
const GRID_YEARS = [2018, 2019, 2020, 2021, 2022, 2023];
/** The grid's own chunks (src/components/yearGrid); deck.gl's shared chunk is the single map's too. */
const GRID_CODE = /\/(YearGridArea|GridTimelineBar)-[^/]*\.js$/;


async function openPage(browser: Browser, reducedMotion: boolean): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.newPage({ viewport: MEASURE_VIEWPORT });
  await page.emulateMedia({ reducedMotion: reducedMotion ? 'reduce' : 'no-preference' });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

/** Waits until the grid reports `years` drawn (data-years on its container). */
async function waitForGridDrawn(page: Page, years: readonly number[], timeout = 120_000): Promise<void> {
  if (!(await waitForAttribute(page, '[data-years]', 'data-years', years.join(','), timeout))) throw new Error(`years ${years.join(',')} were not drawn within ${timeout} ms`);
}

/** Main-thread ms of each step: → then ← alternately, from the key press until the step is drawn (and its fade played). */
async function stepTimes(page: Page, cdp: CDPSession, waitDrawn: (isForward: boolean) => Promise<void>, reducedMotion: boolean): Promise<number[]> {
  await page.waitForTimeout(1000);
  const times: number[] = [];
  for (let step = 0; step < STEPS; step++) {
    const isForward = step % 2 === 0;
    const busyBefore = await taskDurationMs(cdp);
    await page.keyboard.press(isForward ? 'ArrowRight' : 'ArrowLeft');
    await waitDrawn(isForward);
    if (!reducedMotion) await page.waitForTimeout(500); // the fade's frames belong to the step
    times.push((await taskDurationMs(cdp)) - busyBefore);
    await page.waitForTimeout(300);
  }
  return times;
}

async function measureMode(url: string, keepGpuProcess: boolean, reducedMotion: boolean): Promise<{ single: number[]; grid: number[] }> {
  const browser = await launchChromium({ keepGpuProcess });
  try {
    const single = await openPage(browser, reducedMotion);
    await single.page.goto(`${url}?year=2023`);
    await waitForMapReady(single.page);
    const singleTimes = await stepTimes(single.page, single.cdp, (isForward) => waitForYearDrawn(single.page, isForward ? 2024 : 2023), reducedMotion);
    await single.page.close();

    const grid = await openPage(browser, reducedMotion);
    await grid.page.goto(`${url}?years=${GRID_YEARS.join(',')}`);
    await waitForGridDrawn(grid.page, GRID_YEARS);
    const gridTimes = await stepTimes(grid.page, grid.cdp, (isForward) => waitForGridDrawn(grid.page, isForward ? GRID_YEARS.map((year) => year + 1) : GRID_YEARS), reducedMotion);
    await grid.page.close();
    return { single: singleTimes, grid: gridTimes };
  } finally {
    await browser.close();
  }
}

/** The files the default view loads, and the grid's own code among them (none expected). */
async function firstLoadGridFiles(url: string): Promise<{ gridFiles: string[]; fileCount: number; openedGridFiles: string[] }> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: MEASURE_VIEWPORT });
    await page.goto(url);
    await waitForMapReady(page);
    await page.waitForTimeout(1000);
    const names = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    await page.goto(`${url}?years=2018,2024`);
    await waitForGridDrawn(page, [2018, 2024]);
    const opened = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    const short = (name: string) => name.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '.js');
    return { gridFiles: names.filter((name) => GRID_CODE.test(name)).map(short), fileCount: names.length, openedGridFiles: opened.filter((name) => GRID_CODE.test(name)).map(short) };
  } finally {
    await browser.close();
  }
}

const CONFIGS = [
  { label: 'GPU process, no fade', keepGpuProcess: true, reducedMotion: true },
  { label: 'test flags, no fade', keepGpuProcess: false, reducedMotion: true },
];

export async function yearGridRows(url: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const config of CONFIGS) {
    const { single, grid } = await measureMode(url, config.keepGpuProcess, config.reducedMotion);
    const ratio = median(grid) / median(single);
    // As for the single map's steps, the budget is for the GPU-process mode: with the test flags
    // SwiftShader rasterises every map's frame on the main thread, which a real GPU does not.
    const hasBudget = config.keepGpuProcess;
    rows.push({
      figure: `year grid: main thread per step, 6 maps (${config.label})`,
      value: `median ${median(grid).toFixed(1)} ms (single map ${median(single).toFixed(1)} ms; ${STEPS} steps each)`,
      peer: '',
      ratio: `${ratio.toFixed(2)}× single`,
      budget: hasBudget ? '≤ 3× single map' : '',
      verdict: hasBudget ? (ratio <= 3 ? 'pass' : 'FAIL') : '',
    });
  }
  const { gridFiles, fileCount, openedGridFiles } = await firstLoadGridFiles(url);
  rows.push({
    figure: 'year grid: its code in the default first load',
    value: `${gridFiles.length} of ${fileCount} files (${openedGridFiles.join(', ')} come when the grid opens)`,
    peer: '',
    ratio: '',
    budget: 'none',
    verdict: gridFiles.length === 0 && openedGridFiles.length > 0 ? 'pass' : 'FAIL',
  });
  return rows;
}
