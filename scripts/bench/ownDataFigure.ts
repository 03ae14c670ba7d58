/**
 * The benchmark's own-data figure: a 50,000-row file (ownDataFile.ts) dropped on the page, read with
 * the form's guesses (the page clicks 读取并检查 the moment the form shows, as a reader accepting them
 * would), until the map has drawn it (data-year turns to the file's last year). Timed inside the
 * page with performance.now(), with the longest main-thread task from the drop to the map drawn.
 */
import type { Page } from 'playwright-core';
import { launchChromium, MEASURE_VIEWPORT, waitForMapReady } from '../lib/chromium';
import { median } from '../lib/stats';
import type { BenchRow } from './benchRow';
import { ms, runsCell, verdict } from './benchTable';
import { LARGE_OWN_FILE_NAME, LARGE_OWN_FILE_YEARS, largeOwnFile } from './ownDataFile';

export interface OwnDataRun {
  /** From the drop until the map has drawn the dataset. */
  drawnMs: number;
  /** From the drop until the file was read and checked (the dialog moves on to mapping it). */
  readMs: number;
  /** The longest main-thread task while the file was read, and until the map had drawn it. */
  longestReadTaskMs: number;
  longestTaskMs: number;
}

/** Inside the page: drop, read, wait for the map. Written as source text so that no bundler helper leaks into the page. */
function dropAndTime(page: Page, base64: string): Promise<OwnDataRun> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const tasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask' });
    const bytes = Uint8Array.from(atob(${JSON.stringify(base64)}), (char) => char.charCodeAt(0));
    let readAt = null;
    let isClicked = false;
    const timer = setTimeout(() => reject(new Error('the dropped file was not drawn within 60 s')), 60000);
    const droppedAt = performance.now();
    new MutationObserver(() => {
      const dialog = document.querySelector('dialog.own-data-dialog');
      const step = dialog?.getAttribute('data-step');
      if (step === 'form' && !isClicked) {
        isClicked = true;
        [...dialog.querySelectorAll('button')].find((button) => button.textContent.trim() === '读取并检查').click();
      }
      if (readAt === null && (step === 'mapping' || step === 'mapped')) readAt = performance.now();
      // Looked up each time: the dataset switch may give the map a new container.
      if (document.querySelector('[data-state]')?.getAttribute('data-year') === ${JSON.stringify(String(LARGE_OWN_FILE_YEARS[1]))} && readAt !== null) {
        clearTimeout(timer);
        const drawnAt = performance.now();
        const longest = (until) => Math.max(0, ...tasks.filter((task) => task.start >= droppedAt && task.start < until).map((task) => task.duration));
        resolve({ drawnMs: drawnAt - droppedAt, readMs: readAt - droppedAt, longestReadTaskMs: longest(readAt), longestTaskMs: longest(drawnAt) });
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-step', 'data-year'] });
    const data = new DataTransfer();
    data.items.add(new File([bytes], ${JSON.stringify(LARGE_OWN_FILE_NAME)}, { type: 'text/csv' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  })`);
}

/** One run in a fresh browser: the default view of the site in `distDir` loaded and ready, then the file dropped. */
export async function measureOwnDataDrop(url: string, keepGpuProcess: boolean, distDir = 'dist'): Promise<OwnDataRun> {
  const base64 = largeOwnFile(`${distDir}/geodata/index/counties.json`).toString('base64');
  const browser = await launchChromium({ keepGpuProcess });
  try {
    const page = await browser.newPage({ viewport: MEASURE_VIEWPORT, locale: 'zh-CN' });
    await page.goto(url);
    await waitForMapReady(page);
    return await dropAndTime(page, base64);
  } finally {
    await browser.close();
  }
}

/** A dropped 50,000-row file until its map is drawn (measureOwnDataDrop), with the longest task while it was read. */
export function ownDataRow(mode: string, drops: OwnDataRun[]): BenchRow {
  const drawn = median(drops.map((drop) => drop.drawnMs));
  const read = median(drops.map((drop) => drop.readMs));
  const longestRead = Math.max(...drops.map((drop) => drop.longestReadTaskMs));
  const longest = Math.max(...drops.map((drop) => drop.longestTaskMs));
  return {
    figure: `dropped 50,000-row file until its map is drawn (${mode})`,
    value:
      `${runsCell(drops.map((drop) => drop.drawnMs), ms)}; read in ${ms(read)}, ` +
      `longest task while read ${longestRead > 0 ? ms(longestRead) : 'none over 50 ms'}, until drawn ${longest > 0 ? ms(longest) : 'none over 50 ms'}`,
    peer: '',
    ratio: '',
    budget: '≤ 2 s median',
    verdict: verdict(drawn <= 2000),
  };
}
