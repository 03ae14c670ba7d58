/** What the Profiler run and the Tracing run share: the page they open and what they wait for. */
import type { Browser, Page } from 'playwright-core';
import { MEASURE_VIEWPORT } from '../lib/chromium';

/** Year steps measured after each load. */
export const STEP_COUNT = 4;
/** The files the first load waits for before the map can be drawn. */
export const DATA_FILES = ['china.topo.json', 'counties.json', 'meta.json', 'metrics-all.json'];

/** Records in page time when the map reports ready and when the 南海诸岛 inset does. */
const INSET_PROBE = `
  window.__profileProbe = { readyAt: null, insetReadyAt: null };
  new MutationObserver(() => {
    const probe = window.__profileProbe;
    if (probe.readyAt === null && document.querySelector('[data-state="ready"]')) probe.readyAt = performance.now();
    if (probe.insetReadyAt === null && document.querySelector('[data-inset-state="ready"]')) probe.insetReadyAt = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-inset-state'] });
`;

export interface ProfileProbe {
  readyAt: number;
  insetReadyAt: number;
}

export const readProfileProbe = (page: Page) => page.evaluate(() => (window as unknown as { __profileProbe: ProfileProbe }).__profileProbe);

/** A page with the probe installed and reduced motion, so that a year step draws at once rather than fading. */
export async function openProfiledPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: MEASURE_VIEWPORT });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addInitScript(INSET_PROBE);
  return page;
}

export async function waitForInsetReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-inset-state="ready"]', { timeout: 60_000, state: 'attached' });
}
