/**
 * npm run bench: builds the app, serves dist/ with gzip on localhost, drives headless Chromium and
 * prints one table of figures against the budgets of the map issue. Machines here are shared and
 * noisy, so timings are medians over repeated runs, and no figure here fails a test.
 *
 * WebGL here is SwiftShader, a CPU renderer. With the browser-test flags (--disable-gpu) it
 * rasterises on the page's main thread, so every drawn frame counts as main-thread work; without
 * that flag it works in the GPU process, as a real GPU would. Timings are printed for both, and
 * year steps both with the 400 ms colour fade and without it (prefers-reduced-motion).
 */
import { spawnSync } from 'node:child_process';
import type { CDPSession, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from './lib/staticServer';
import { fileSizes, formatKB, type FileSizes } from './lib/fileSizes';
import { median } from './lib/stats';
import { launchChromium, waitForMapReady } from './lib/chromium';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const LOAD_RUNS = 3;
const PLAYBACK_LOOPS = 2;

interface Row {
  figure: string;
  value: string;
  budget: string;
  verdict: 'pass' | 'FAIL' | '';
}

function verdict(isWithin: boolean | null): Row['verdict'] {
  if (isWithin === null) return '';
  return isWithin ? 'pass' : 'FAIL';
}

function build(): void {
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function listFiles(dir: string, extension: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .map((name) => join(dir, name));
}

function sumSizes(sizes: FileSizes[]): FileSizes {
  return sizes.reduce(
    (total, size) => ({ raw: total.raw + size.raw, gzip: total.gzip + size.gzip, brotli: total.brotli + size.brotli }),
    { raw: 0, gzip: 0, brotli: 0 },
  );
}

function sizeRow(figure: string, size: FileSizes, budgetGzip?: number): Row {
  return {
    figure,
    value: `${formatKB(size.raw)} raw, ${formatKB(size.gzip)} gzip, ${formatKB(size.brotli)} br`,
    budget: budgetGzip ? `≤ ${formatKB(budgetGzip)} gzip` : '',
    verdict: budgetGzip ? verdict(size.gzip <= budgetGzip) : '',
  };
}

/** Records, inside the page, when the map first reports ready and when each year is drawn. */
const READY_PROBE = `
  window.__beltmapBench = { readyAt: null, yearDrawnAt: {}, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__beltmapBench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    const map = document.querySelector('[data-state]');
    if (!map) return;
    const bench = window.__beltmapBench;
    if (bench.readyAt === null && map.getAttribute('data-state') === 'ready') bench.readyAt = performance.now();
    const year = map.getAttribute('data-year');
    if (year) bench.yearDrawnAt[year] = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-state', 'data-year'] });
`;

async function taskDurationMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
}

async function heapUsedMB(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? 0) / 2 ** 20;
}

async function drawnYear(page: Page): Promise<string | null> {
  return page.evaluate(() => document.querySelector('[data-state]')?.getAttribute('data-year') ?? null);
}

interface LoadRun {
  firstFrameMs: number;
  /** Response bodies as sent by the server (gzipped where it gzips), until the first frame. */
  transferBytes: number;
  files: StaticServer['served'];
}

async function measureLoad(server: StaticServer, keepGpuProcess: boolean): Promise<LoadRun> {
  const browser = await launchChromium({ keepGpuProcess });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript(READY_PROBE);
    const firstServed = server.served.length;
    await page.goto(server.url);
    await waitForMapReady(page);
    const firstFrameMs = await page.evaluate(() => (window as unknown as { __beltmapBench: { readyAt: number } }).__beltmapBench.readyAt);
    const files = server.served.slice(firstServed);
    return { firstFrameMs, transferBytes: files.reduce((sum, file) => sum + file.bytes, 0), files };
  } finally {
    await browser.close();
  }
}

interface StepRun {
  stepMainThreadMs: number[];
  stepDrawnMs: number[];
  longestPlaybackTaskMs: number;
  heapMB: number;
}

/** How Chromium runs the page for one measurement of the year steps. */
interface StepConfig {
  label: string;
  /** Leave out --disable-gpu: SwiftShader then works in the GPU process, off the page's main thread. */
  keepGpuProcess: boolean;
  /** prefers-reduced-motion: a year step draws its colours at once instead of fading for 400 ms. */
  reducedMotion: boolean;
}

const STEP_CONFIGS: StepConfig[] = [
  { label: 'test flags, no fade', keepGpuProcess: false, reducedMotion: true },
  { label: 'test flags, 400 ms fade', keepGpuProcess: false, reducedMotion: false },
  { label: 'GPU process, no fade', keepGpuProcess: true, reducedMotion: true },
  { label: 'GPU process, 400 ms fade', keepGpuProcess: true, reducedMotion: false },
];

const isYearDrawn = (year: number) => document.querySelector('[data-state]')?.getAttribute('data-year') === String(year);

/**
 * Steps through every year twice with the → key, measuring the main thread's busy time from the
 * key press until the map reports the new year drawn, then plays the whole timeline twice and
 * reads the longest task the browser reported meanwhile.
 */
async function measureSteps(url: string, config: StepConfig): Promise<StepRun> {
  const browser = await launchChromium({ keepGpuProcess: config.keepGpuProcess });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.emulateMedia({ reducedMotion: config.reducedMotion ? 'reduce' : 'no-preference' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.addInitScript(READY_PROBE);
    await page.goto(url);
    await waitForMapReady(page);
    const heapMB = await heapUsedMB(cdp);
    const slider = page.getByRole('slider');
    const min = Number(await slider.getAttribute('aria-valuemin'));
    const max = Number(await slider.getAttribute('aria-valuemax'));
    await slider.focus();
    await page.keyboard.press('Home');
    await page.waitForFunction(isYearDrawn, min);
    await page.waitForTimeout(800);

    const stepMainThreadMs: number[] = [];
    const stepDrawnMs: number[] = [];
    for (let loop = 0; loop < PLAYBACK_LOOPS; loop++) {
      for (let year = min + 1; year <= max; year++) {
        const busyBefore = await taskDurationMs(cdp);
        const pressedAt = await page.evaluate(() => performance.now());
        await page.keyboard.press('ArrowRight');
        await page.waitForFunction(isYearDrawn, year);
        const drawnAt = await page.evaluate((target) => (window as unknown as { __beltmapBench: { yearDrawnAt: Record<string, number> } }).__beltmapBench.yearDrawnAt[String(target)] ?? NaN, year);
        if (!config.reducedMotion) await page.waitForTimeout(500); // the fade's frames belong to the step
        stepMainThreadMs.push((await taskDurationMs(cdp)) - busyBefore);
        stepDrawnMs.push(drawnAt - pressedAt);
        await page.waitForTimeout(300);
      }
      await page.keyboard.press('Home');
      await page.waitForFunction(isYearDrawn, min);
      await page.waitForTimeout(600);
    }

    // Playback: two full loops through the years with the play control.
    const playbackStart = await page.evaluate(() => performance.now());
    for (let loop = 0; loop < PLAYBACK_LOOPS; loop++) {
      await page.keyboard.press('Home');
      await page.keyboard.press('Space');
      await page.waitForFunction(isYearDrawn, max, { timeout: 60_000 });
      if ((await drawnYear(page)) !== String(max)) throw new Error('playback did not reach the last year');
      await page.waitForTimeout(300);
      // The play button is named 暂停 / Pause while playing.
      const isStillPlaying = await page.evaluate(() =>
        ['暂停', 'Pause'].includes(document.querySelector('.timeline button.play')?.getAttribute('aria-label') ?? ''),
      );
      if (isStillPlaying) await page.keyboard.press('Space');
    }
    const longestPlaybackTaskMs = await page.evaluate((start) => {
      const bench = (window as unknown as { __beltmapBench: { longTasks: { start: number; duration: number }[] } }).__beltmapBench;
      return Math.max(0, ...bench.longTasks.filter((task) => task.start >= start).map((task) => task.duration));
    }, playbackStart);
    return { stepMainThreadMs, stepDrawnMs, longestPlaybackTaskMs, heapMB };
  } finally {
    await browser.close();
  }
}

function stepRows(config: StepConfig, steps: StepRun): Row[] {
  const stepMedian = median(steps.stepMainThreadMs);
  return [
    {
      figure: `main thread per year step (${config.label})`,
      value: `median ${stepMedian.toFixed(1)} ms, max ${Math.max(...steps.stepMainThreadMs).toFixed(1)} ms (${steps.stepMainThreadMs.length} steps)`,
      budget: '≤ 8 ms median',
      verdict: verdict(stepMedian <= 8),
    },
    {
      figure: `key press until the year is drawn (${config.label})`,
      value: `median ${median(steps.stepDrawnMs).toFixed(0)} ms, max ${Math.max(...steps.stepDrawnMs).toFixed(0)} ms`,
      budget: '',
      verdict: '',
    },
    {
      figure: `longest task during playback (${config.label}, ${PLAYBACK_LOOPS} loops)`,
      value: steps.longestPlaybackTaskMs > 0 ? `${steps.longestPlaybackTaskMs.toFixed(0)} ms` : 'none over 50 ms',
      budget: '≤ 100 ms',
      verdict: verdict(steps.longestPlaybackTaskMs <= 100),
    },
  ];
}

function printTable(rows: Row[]): void {
  const widths = [0, 1, 2].map((column) =>
    Math.max(...rows.map((row) => [row.figure, row.value, row.budget][column]!.length), 6),
  );
  const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(['figure', 'value', 'budget']) + '  verdict');
  console.log(widths.map((width) => '-'.repeat(width)).join('  ') + '  -------');
  for (const row of rows) console.log(line([row.figure, row.value, row.budget]) + '  ' + row.verdict);
}

async function main(): Promise<void> {
  build();
  const jsSizes = sumSizes(listFiles('dist/assets', '.js').map(fileSizes));
  const cssSizes = sumSizes(listFiles('dist/assets', '.css').map(fileSizes));
  const geometrySizes = fileSizes('dist/geodata/china.topo.json');
  const indexSizes = sumSizes(listFiles('dist/geodata/index', '.json').map(fileSizes));

  const server = await startStaticServer('dist');
  try {
    const loadsByMode = new Map<string, LoadRun[]>();
    for (const [mode, keepGpuProcess] of [['test flags', false], ['GPU process', true]] as const) {
      const loads: LoadRun[] = [];
      for (let run = 0; run < LOAD_RUNS; run++) loads.push(await measureLoad(server, keepGpuProcess));
      loadsByMode.set(mode, loads);
    }
    const loads = loadsByMode.get('test flags')!;
    const stepRuns: [StepConfig, StepRun][] = [];
    for (const config of STEP_CONFIGS) stepRuns.push([config, await measureSteps(server.url, config)]);

    const transferBytes = median(loads.map((load) => load.transferBytes));
    const heapMB = stepRuns[0]![1].heapMB;
    const rows: Row[] = [
      sizeRow('JS (all chunks, lazy ones too)', jsSizes),
      sizeRow('CSS', cssSizes),
      sizeRow('geometry china.topo.json', geometrySizes, 300 * 1024),
      sizeRow('index files (all)', indexSizes),
      {
        figure: 'first-load transfer (measured)',
        value: `${formatKB(transferBytes)} on the wire`,
        budget: '≤ 950.0 KB gzip',
        verdict: verdict(transferBytes <= 950 * 1024),
      },
      ...[...loadsByMode].map(([mode, modeLoads]): Row => {
        const firstFrameMs = median(modeLoads.map((load) => load.firstFrameMs));
        return {
          figure: `first complete frame (${mode}, median of ${LOAD_RUNS})`,
          value: `${firstFrameMs.toFixed(0)} ms (runs: ${modeLoads.map((load) => load.firstFrameMs.toFixed(0)).join(', ')})`,
          budget: '≤ 1500 ms',
          verdict: verdict(firstFrameMs <= 1500),
        };
      }),
      ...stepRuns.flatMap(([config, steps]) => stepRows(config, steps)),
      {
        figure: 'JS heap after load (after GC)',
        value: `${heapMB.toFixed(1)} MB`,
        budget: '≤ 120 MB',
        verdict: verdict(heapMB <= 120),
      },
    ];
    console.log('');
    printTable(rows);
    // Where the first-load budget goes: the files of the first load, largest first.
    console.log('\nFirst load, file by file (bytes as sent):');
    for (const file of [...loads[0]!.files].sort((a, b) => b.bytes - a.bytes)) {
      console.log(`${formatKB(file.bytes).padStart(12)}  ${file.path}`);
    }
    console.log('\nHeadless Chromium renders WebGL with SwiftShader (CPU) here: GPU-bound figures are pessimistic.');
  } finally {
    await server.close();
  }
}

await main();
