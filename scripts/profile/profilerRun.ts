/** A load and year steps under the CDP Profiler: the page's main thread, sampled every 200 µs. */
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, startAtFirstYear, taskDurationMs, waitForMapReady, waitForYearDrawn } from '../lib/chromium';
import { samplesOf, type CpuProfile, type Sample } from './cpuProfile';
import { DATA_FILES, openProfiledPage, STEP_COUNT, type ProfileProbe } from './profiledPage';

export const SAMPLING_INTERVAL_US = 200;

interface PageTimes {
  firstPaintAt: number;
  readyAt: number;
  /** responseEnd of each first-load data file, ms from navigation. */
  dataEnd: Record<string, number>;
  /** responseEnd of the last script chunk the document loaded. */
  scriptsEnd: number;
}

export interface ProfilerRun {
  times: PageTimes;
  samples: Sample[];
  steps: { samples: Sample[]; busyMs: number }[];
}

async function pageTimes(page: Page): Promise<PageTimes> {
  return page.evaluate((files) => {
    const probe = (window as unknown as { __profileProbe: ProfileProbe }).__profileProbe;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const dataEnd: Record<string, number> = {};
    for (const entry of resources) {
      const file = files.find((name) => entry.name.endsWith(`/${name}`));
      if (file) dataEnd[file] = entry.responseEnd;
    }
    const scriptsEnd = Math.max(0, ...resources.filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js')).map((entry) => entry.responseEnd));
    return { firstPaintAt: probe.firstPaintAt, readyAt: probe.readyAt, dataEnd, scriptsEnd };
  }, DATA_FILES);
}

async function navigationStartUs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'NavigationStart')?.value ?? 0) * 1e6;
}

async function stopProfiler(cdp: CDPSession): Promise<CpuProfile> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  return profile;
}

export async function profilerRun(url: string, keepGpuProcess: boolean): Promise<ProfilerRun> {
  const browser = await launchChromium({ keepGpuProcess });
  try {
    const page = await openProfiledPage(browser);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    await cdp.send('Profiler.start');
    await page.goto(url);
    await waitForMapReady(page);
    const times = await pageTimes(page);
    await page.waitForTimeout(300);
    const profile = await stopProfiler(cdp);
    const navigationStart = await navigationStartUs(cdp);
    const samples = samplesOf(profile, navigationStart);

    // Year steps, no fade: from the key press until the map reports the year drawn, and 300 ms after.
    const { first } = await startAtFirstYear(page);
    const steps: ProfilerRun['steps'] = [];
    for (let step = 1; step <= STEP_COUNT; step++) {
      await cdp.send('Profiler.start');
      const busyBefore = await taskDurationMs(cdp);
      await page.keyboard.press('ArrowRight');
      await waitForYearDrawn(page, first + step);
      await page.waitForTimeout(300);
      const busyMs = (await taskDurationMs(cdp)) - busyBefore;
      steps.push({ samples: samplesOf(await stopProfiler(cdp), navigationStart), busyMs });
      await page.waitForTimeout(300);
    }
    return { times, samples, steps };
  } finally {
    await browser.close();
  }
}
