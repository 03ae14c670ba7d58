/**
 * What the benchmark records inside a page, in page time (performance.now(), from navigation):
 * the first complete choropleth, the interactive map drawn, the first hover answered, when each
 * year was drawn, and long tasks. One shape for the app and for the ECharts peer: the app reports
 * through its map container's data-first-paint / data-state / data-year and its tooltip element;
 * the peer page writes the fields itself (its first frame is interactive at once). The app's
 * first hover counts whichever map answers it: the 2D first paint answers hover before the
 * interactive WebGL map is drawn.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { MEASURE_VIEWPORT } from '../lib/chromium';

export interface BenchProbe {
  /** The first complete choropleth on screen (the app: its 2D first paint, data-first-paint="done"). */
  firstFrameAt: number | null;
  /** The interactive map drawn (the app: data-state="ready"; the peer: its first frame). */
  readyAt: number | null;
  /** The first hover answered (the app: its county tooltip appears). */
  hoverAt: number | null;
  yearDrawnAt: Record<string, number>;
  longTasks: { start: number; duration: number }[];
}

/** The probe's moments the harness waits for. */
export type ProbeMoment = 'firstFrameAt' | 'readyAt' | 'hoverAt';

/**
 * Installed before the page's own scripts. Each moment is written once, by `__benchProbeMark`, and
 * answers the harness's `__benchProbeWhen` at once: the harness waits without polling the page,
 * because a predicate polled at every animation frame asks the page for a frame 60 times a second
 * from the navigation on, and those frames compete with the load being measured.
 */
export const PROBE_SCRIPT = `(() => {
  const waiting = { firstFrameAt: [], readyAt: [], hoverAt: [] };
  let yearShown = null;
  window.__benchProbe = { firstFrameAt: null, readyAt: null, hoverAt: null, yearDrawnAt: {}, longTasks: [] };
  window.__benchProbeMark = (moment) => {
    if (window.__benchProbe[moment] !== null) return;
    window.__benchProbe[moment] = performance.now();
    for (const resolve of waiting[moment].splice(0)) resolve(true);
  };
  window.__benchProbeWhen = (moment, timeout) => new Promise((resolve) => {
    if (window.__benchProbe[moment] !== null) return resolve(true);
    waiting[moment].push(resolve);
    setTimeout(() => resolve(false), timeout);
  });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchProbe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    const probe = window.__benchProbe;
    const map = document.querySelector('[data-state]');
    if (!map) return;
    if (map.getAttribute('data-first-paint') === 'done') window.__benchProbeMark('firstFrameAt');
    if (map.getAttribute('data-state') === 'ready') window.__benchProbeMark('readyAt');
    // When data-year took its value: later mutations anywhere in the page (a fade's) leave that time as it is.
    const year = map.getAttribute('data-year');
    if (year && year !== yearShown) {
      yearShown = year;
      probe.yearDrawnAt[year] = performance.now();
    }
    if (document.querySelector('[data-testid="county-tooltip"]')) window.__benchProbeMark('hoverAt');
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-first-paint', 'data-state', 'data-year'] });
})();`;

/** Waits until the page has recorded `moment`; throws after `timeout` ms. */
export async function waitForProbe(page: Page, moment: ProbeMoment, timeout: number): Promise<void> {
  // Source text: a function would carry the script runner's helpers into the page.
  const isRecorded = await page.evaluate(`window.__benchProbeWhen(${JSON.stringify(moment)}, ${timeout})`);
  if (!isRecorded) throw new Error(`the page recorded no ${moment} within ${timeout} ms`);
}

export const readProbe = (page: Page) => page.evaluate(() => (window as unknown as { __benchProbe: BenchProbe }).__benchProbe);

/** A page at the measuring size with the bench's probe installed and CDP's Performance domain on (for main-thread time). */
export async function openProbedPage(browser: Browser): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.newPage({ viewport: MEASURE_VIEWPORT });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(PROBE_SCRIPT);
  return { page, cdp };
}
