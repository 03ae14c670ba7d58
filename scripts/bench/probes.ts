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

export const PROBE_SCRIPT = `
  window.__benchProbe = { firstFrameAt: null, readyAt: null, hoverAt: null, yearDrawnAt: {}, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchProbe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    const probe = window.__benchProbe;
    const map = document.querySelector('[data-state]');
    if (!map) return;
    if (probe.firstFrameAt === null && map.getAttribute('data-first-paint') === 'done') probe.firstFrameAt = performance.now();
    if (probe.readyAt === null && map.getAttribute('data-state') === 'ready') probe.readyAt = performance.now();
    const year = map.getAttribute('data-year');
    if (year) probe.yearDrawnAt[year] = performance.now();
    if (probe.hoverAt === null && document.querySelector('[data-testid="county-tooltip"]')) {
      probe.hoverAt = performance.now();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-first-paint', 'data-state', 'data-year'] });
`;

export const readProbe = (page: Page) => page.evaluate(() => (window as unknown as { __benchProbe: BenchProbe }).__benchProbe);

/** A page at the measuring size with the bench's probe installed and CDP's Performance domain on (for main-thread time). */
export async function openProbedPage(browser: Browser): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.newPage({ viewport: MEASURE_VIEWPORT });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(PROBE_SCRIPT);
  return { page, cdp };
}
