/**
 * The bench's year steps: the main thread's busy time and the time until drawn for each step with
 * the → key, in each browser mode, with and without the colour fade; the longest task during
 * playback; and the peer's step (setOption with the next year's values) beside them.
 */
import { median } from '../lib/stats';
import { launchChromium, startAtFirstYear, taskDurationMs, waitForMapReady, waitForYearDrawn } from '../lib/chromium';
import { openProbedPage, readProbe, waitForProbe } from './probes';
import type { BenchRow } from './benchRow';
import { ratioCell, verdict } from './benchTable';

const PLAYBACK_LOOPS = 2;

export interface StepRun {
  stepMainThreadMs: number[];
  stepDrawnMs: number[];
  longestPlaybackTaskMs: number | null;
}

/** How Chromium runs the page for one measurement of the year steps. */
export interface StepConfig {
  label: string;
  /** Leave out --disable-gpu: SwiftShader then works in the GPU process, off the page's main thread. */
  keepGpuProcess: boolean;
  /** prefers-reduced-motion: a year step draws its colours at once instead of fading for 400 ms. */
  reducedMotion: boolean;
}

/** Loops through the years: the test-flag steps are slow (a second each) and carry no budget, so one loop there. */
const loopsOf = (keepGpuProcess: boolean) => (keepGpuProcess ? PLAYBACK_LOOPS : 1);

export const STEP_CONFIGS: StepConfig[] = [
  { label: 'test flags, no fade', keepGpuProcess: false, reducedMotion: true },
  { label: 'test flags, 400 ms fade', keepGpuProcess: false, reducedMotion: false },
  { label: 'GPU process, no fade', keepGpuProcess: true, reducedMotion: true },
  { label: 'GPU process, 400 ms fade', keepGpuProcess: true, reducedMotion: false },
];

/**
 * Steps through every year twice with the → key, measuring the main thread's busy time from the
 * key press until the map reports the new year drawn, then plays the whole timeline twice and
 * reads the longest task the browser reported meanwhile.
 */
export async function measureSteps(url: string, config: StepConfig): Promise<StepRun> {
  const browser = await launchChromium({ keepGpuProcess: config.keepGpuProcess });
  try {
    const { page, cdp } = await openProbedPage(browser);
    await page.emulateMedia({ reducedMotion: config.reducedMotion ? 'reduce' : 'no-preference' });
    await page.goto(url);
    await waitForMapReady(page);
    const { first: min, last: max } = await startAtFirstYear(page);

    const stepMainThreadMs: number[] = [];
    const stepDrawnMs: number[] = [];
    for (let loop = 0; loop < loopsOf(config.keepGpuProcess); loop++) {
      for (let year = min + 1; year <= max; year++) {
        const pressedAt = await page.evaluate(() => performance.now());
        const busyBefore = await taskDurationMs(cdp);
        await page.keyboard.press('ArrowRight');
        await waitForYearDrawn(page, year);
        if (!config.reducedMotion) await page.waitForTimeout(500); // the fade's frames belong to the step
        stepMainThreadMs.push((await taskDurationMs(cdp)) - busyBefore);
        // Read after the busy time: the probe's serialisation is the harness's work, not the step's.
        stepDrawnMs.push(((await readProbe(page)).yearDrawnAt[String(year)] ?? NaN) - pressedAt);
        await page.waitForTimeout(300);
      }
      await page.keyboard.press('Home');
      await waitForYearDrawn(page, min);
      await page.waitForTimeout(600);
    }

    // Playback: two full loops through the years with the play control.
    const playbackStart = await page.evaluate(() => performance.now());
    for (let loop = 0; loop < loopsOf(config.keepGpuProcess); loop++) {
      await page.keyboard.press('Home');
      await page.keyboard.press('Space');
      await waitForYearDrawn(page, max);
      await page.waitForTimeout(300);
      // The play button is named 暂停 / Pause while playing.
      const isStillPlaying = await page.evaluate(() =>
        ['暂停', 'Pause'].includes(document.querySelector('.timeline button.play')?.getAttribute('aria-label') ?? ''),
      );
      if (isStillPlaying) await page.keyboard.press('Space');
    }
    const { longTasks } = await readProbe(page);
    const longestPlaybackTaskMs = Math.max(0, ...longTasks.filter((task) => task.start >= playbackStart).map((task) => task.duration));
    return { stepMainThreadMs, stepDrawnMs, longestPlaybackTaskMs };
  } finally {
    await browser.close();
  }
}

/**
 * The peer's year step: setOption with the next year's values, drawn at once (no update
 * animation), until ECharts reports the frame finished.
 */
export async function measurePeerSteps(url: string, keepGpuProcess: boolean): Promise<StepRun> {
  const browser = await launchChromium({ keepGpuProcess });
  try {
    const { page, cdp } = await openProbedPage(browser);
    await page.goto(url);
    await waitForProbe(page, 'firstFrameAt', 90_000);
    const yearCount = await page.evaluate(() => (window as unknown as { __peerYears: number[] }).__peerYears.length);
    const showYear = (index: number) =>
      page.evaluate(async (i) => {
        const startedAt = performance.now();
        await (window as unknown as { __peerShowYear: (index: number) => Promise<void> }).__peerShowYear(i);
        return performance.now() - startedAt;
      }, index);
    await showYear(0);
    await page.waitForTimeout(800);
    const stepMainThreadMs: number[] = [];
    const stepDrawnMs: number[] = [];
    for (let loop = 0; loop < loopsOf(keepGpuProcess); loop++) {
      for (let index = 1; index < yearCount; index++) {
        const busyBefore = await taskDurationMs(cdp);
        stepDrawnMs.push(await showYear(index));
        stepMainThreadMs.push((await taskDurationMs(cdp)) - busyBefore);
        await page.waitForTimeout(300);
      }
      await showYear(0);
      await page.waitForTimeout(600);
    }
    return { stepMainThreadMs, stepDrawnMs, longestPlaybackTaskMs: null };
  } finally {
    await browser.close();
  }
}

export function stepRows(config: StepConfig, steps: StepRun, peer: StepRun | undefined): BenchRow[] {
  const stepMedian = median(steps.stepMainThreadMs);
  const peerMedian = peer ? median(peer.stepMainThreadMs) : NaN;
  const rows: BenchRow[] = [
    {
      figure: `main thread per year step (${config.label})`,
      value: `median ${stepMedian.toFixed(1)} ms, max ${Math.max(...steps.stepMainThreadMs).toFixed(1)} ms (${steps.stepMainThreadMs.length} steps)`,
      peer: peer ? `${peerMedian.toFixed(1)} ms` : '',
      ratio: ratioCell(stepMedian, peerMedian),
      // The budget is for the GPU-process mode; with the test flags every frame's rasterisation counts.
      budget: config.keepGpuProcess ? '≤ 8 ms median' : '',
      verdict: config.keepGpuProcess ? verdict(stepMedian <= 8) : '',
    },
    {
      figure: `key press until the year is drawn (${config.label})`,
      value: `median ${median(steps.stepDrawnMs).toFixed(0)} ms, max ${Math.max(...steps.stepDrawnMs).toFixed(0)} ms`,
      peer: peer ? `${median(peer.stepDrawnMs).toFixed(0)} ms` : '',
      ratio: peer ? ratioCell(median(steps.stepDrawnMs), median(peer.stepDrawnMs)) : '',
      budget: '',
      verdict: '',
    },
  ];
  if (steps.longestPlaybackTaskMs !== null) {
    rows.push({
      figure: `longest task during playback (${config.label}, ${loopsOf(config.keepGpuProcess)} loop(s))`,
      value: steps.longestPlaybackTaskMs > 0 ? `${steps.longestPlaybackTaskMs.toFixed(0)} ms` : 'none over 50 ms',
      peer: '',
      ratio: '',
      budget: '≤ 100 ms',
      verdict: verdict(steps.longestPlaybackTaskMs <= 100),
    });
  }
  return rows;
}
