/**
 * Waiting for a freshly launched Chromium to finish starting before a page load is timed.
 *
 * Each measured load gets a browser of its own, launched just before it. For its first second or
 * so that browser keeps both of this machine's cores busy with its own start-up: its GPU process
 * (SwiftShader) and a renderer building the omnibox popup's WebUI (chrome://omnibox-popup.top-chrome)
 * took ~0.7–1 s of CPU each in the launches traced here (docs/performance.md, thirteenth record).
 * A page loaded at once shares the cores with that work, which a reader's browser, open for
 * longer than a second, has long done. So the bench waits until the browser's processes together
 * have been quiet for a moment (CDP SystemInfo.getProcessInfo's CPU times), for the app and its
 * peer alike.
 */
import type { Browser } from 'playwright-core';

/** The browser's processes' CPU time summed (ms) at a moment (ms, any clock). */
export interface CpuSample {
  atMs: number;
  cpuMs: number;
}

/** When the browser counts as settled: under `maxCpuMs` of CPU in its processes over the last `windowMs`. */
export interface SettleRule {
  windowMs: number;
  maxCpuMs: number;
}

/**
 * 300 ms with under 30 ms of CPU (5 % of one core): the start-up's work uses ~2 cores until it
 * ends, then the idle browser uses 0–20 ms per 150 ms, so the two are far apart.
 */
export const SETTLE_RULE: SettleRule = { windowMs: 300, maxCpuMs: 30 };
/** Gives up waiting after this long (a busy machine): the load is timed then all the same. */
const SETTLE_TIMEOUT_MS = 10_000;
const SAMPLE_INTERVAL_MS = 100;

/**
 * Whether the samples (oldest first) show the browser quiet: they span at least the rule's window,
 * and the CPU used between the newest sample and the newest one at least a window older is under
 * the rule's limit.
 */
export function isSettled(samples: readonly CpuSample[], { windowMs, maxCpuMs }: SettleRule = SETTLE_RULE): boolean {
  const newest = samples[samples.length - 1];
  if (!newest) return false;
  for (let i = samples.length - 2; i >= 0; i--) {
    const sample = samples[i]!;
    if (sample.atMs <= newest.atMs - windowMs) return newest.cpuMs - sample.cpuMs < maxCpuMs;
  }
  return false;
}

/**
 * Waits until the browser's processes are quiet (SETTLE_RULE); returns how long it waited, and
 * whether it settled before SETTLE_TIMEOUT_MS.
 */
export async function waitForBrowserSettled(browser: Browser): Promise<{ waitedMs: number; isSettled: boolean }> {
  const cdp = await browser.newBrowserCDPSession();
  const start = performance.now();
  const samples: CpuSample[] = [];
  try {
    for (;;) {
      const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { cpuTime: number }[] };
      const atMs = performance.now();
      samples.push({ atMs, cpuMs: processInfo.reduce((sum, process) => sum + process.cpuTime * 1000, 0) });
      if (isSettled(samples)) return { waitedMs: atMs - start, isSettled: true };
      if (atMs - start > SETTLE_TIMEOUT_MS) return { waitedMs: atMs - start, isSettled: false };
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_INTERVAL_MS));
    }
  } finally {
    await cdp.detach();
  }
}
