import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for this machine's closed network, plus SwiftShader so WebGL renders without a GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/**
 * With `keepGpuProcess`, --disable-gpu is left out: SwiftShader then rasterises in Chromium's GPU
 * process, as a real GPU would work beside the page, instead of on the page's main thread (the
 * benchmark measures both; the tests use the flags as given).
 */
export function launchChromium({ keepGpuProcess = false } = {}): Promise<Browser> {
  const args = keepGpuProcess ? CHROMIUM_ARGS.filter((arg) => arg !== '--disable-gpu') : CHROMIUM_ARGS;
  return chromium.launch({ executablePath: CHROMIUM_PATH, args, headless: true });
}

export const ARTIFACTS_DIR = 'tests/artifacts';

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return `${ARTIFACTS_DIR}/${name}`;
}

export interface PageWatch {
  consoleErrors: string[];
  foreignRequests: string[];
}

/** Records console errors, uncaught exceptions and any request that leaves localhost. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { consoleErrors: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (/^(data|blob|about):/.test(url)) return;
    const { hostname } = new URL(url);
    if (hostname !== '127.0.0.1' && hostname !== 'localhost') watch.foreignRequests.push(url);
  });
  return watch;
}

/** The window the benchmark and the profile load the app in. */
export const MEASURE_VIEWPORT = { width: 1280, height: 800 };

/** Waits until the map reports its first complete frame (the ready signal). */
export async function waitForMapReady(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForSelector('[data-state="ready"]', { timeout });
}

/** The renderer main thread's busy time so far (ms), from the Performance domain (enable it first). */
export async function taskDurationMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

/** The JS heap in use (MB) after a forced garbage collection (Performance domain enabled first). */
export async function heapUsedMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
}

/**
 * Waits until the first element matching `selector` has `attribute` equal to `value`, watching the
 * attribute rather than polling: a polled predicate runs on every animation frame and its cost
 * would be counted as the page's own main-thread time. False when `timeout` ms pass first.
 */
export async function waitForAttribute(page: Page, selector: string, attribute: string, value: string, timeout: number): Promise<boolean> {
  // Written as source text: the function would otherwise carry the script runner's helpers into the page.
  return page.evaluate(`new Promise((resolve) => {
    const isDone = () => document.querySelector(${JSON.stringify(selector)})?.getAttribute(${JSON.stringify(attribute)}) === ${JSON.stringify(value)};
    if (isDone()) return resolve(true);
    const observer = new MutationObserver(() => {
      if (!isDone()) return;
      clearTimeout(timer);
      observer.disconnect();
      resolve(true);
    });
    const timer = setTimeout(() => { observer.disconnect(); resolve(false); }, ${timeout});
    observer.observe(document, { subtree: true, attributes: true, attributeFilter: [${JSON.stringify(attribute)}] });
  })`);
}

/** Waits until the map reports `year` drawn (data-year on its container, the element with data-state). */
export async function waitForYearDrawn(page: Page, year: number, timeout = 60_000): Promise<void> {
  if (!(await waitForAttribute(page, '[data-state]', 'data-year', String(year), timeout))) throw new Error(`year ${year} was not drawn within ${timeout} ms`);
}

/**
 * Focuses the year slider and goes to the first year, then waits for its frames to settle, so that
 * the year steps measured next start from a quiet page. Returns the first and last year.
 */
export async function startAtFirstYear(page: Page): Promise<{ first: number; last: number }> {
  const slider = page.getByRole('slider');
  const first = Number(await slider.getAttribute('aria-valuemin'));
  const last = Number(await slider.getAttribute('aria-valuemax'));
  await slider.focus();
  await page.keyboard.press('Home');
  await waitForYearDrawn(page, first);
  await page.waitForTimeout(800);
  return { first, last };
}
