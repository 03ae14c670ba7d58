/** What the Profiler run and the Tracing run share: the page they open and what they wait for. */
import type { Browser, Page } from 'playwright-core';
import { MEASURE_VIEWPORT } from '../lib/chromium';
import { waitForBrowserSettled } from '../lib/browserSettle';

/** Year steps measured after each load. */
export const STEP_COUNT = 4;
/** The files the first load waits for before the map can be drawn. */
export const DATA_FILES = ['china.topo.json', 'counties.json', 'meta.json', 'metrics-all.json'];

/** Records in page time when the 2D first paint is on screen and when the interactive map reports ready. */
const MAP_PROBE = `
  window.__profileProbe = { firstPaintAt: null, readyAt: null };
  new MutationObserver(() => {
    const probe = window.__profileProbe;
    if (probe.firstPaintAt === null && document.querySelector('[data-first-paint="done"]')) probe.firstPaintAt = performance.now();
    if (probe.readyAt === null && document.querySelector('[data-state="ready"]')) probe.readyAt = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-first-paint', 'data-state'] });
`;

export interface ProfileProbe {
  firstPaintAt: number;
  readyAt: number;
}

export const readProfileProbe = (page: Page) => page.evaluate(() => (window as unknown as { __profileProbe: ProfileProbe }).__profileProbe);

/**
 * A page with the probe installed and reduced motion, so that a year step draws at once rather than
 * fading, in a browser that has finished starting (as the bench loads pages: lib/browserSettle.ts).
 */
export async function openProfiledPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: MEASURE_VIEWPORT });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addInitScript(MAP_PROBE);
  await waitForBrowserSettled(browser);
  return page;
}

