/**
 * npm run bench: builds the app, serves dist/ compressed on localhost (its precompressed .br/.gz), drives headless Chromium and
 * prints one table of figures against the budgets of the map issues. Machines here are shared and
 * noisy, so timings are medians over repeated runs, each beside a peer measured in the same run: a
 * plain ECharts page drawing the same counties (scripts/bench/peerPage.ts), loaded alternately
 * with the app. Budgets on load times are ratios to that peer. No figure here fails a test.
 *
 * WebGL here is SwiftShader, a CPU renderer. With the browser-test flags (--disable-gpu) the page's
 * main thread waits on it in synchronous GL round trips (CommandBufferProxyImpl::WaitForGetOffset in
 * a trace), so every drawn frame counts as main-thread work; without that flag it works beside the
 * page in the GPU process, as a real GPU would. Timings are printed for both, and
 * year steps both with the 400 ms colour fade and without it (prefers-reduced-motion).
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from './lib/staticServer';
import { fileSizes, formatKB, type FileSizes } from './lib/fileSizes';
import { median } from './lib/stats';
import { heapUsedMB, launchChromium, MEASURE_VIEWPORT, startAtFirstYear, taskDurationMs, waitForMapReady, waitForYearDrawn } from './lib/chromium';
import { viteBuild } from './lib/viteBuild';
import { precompressFolder } from './lib/precompress';
import { writePeerPage } from './bench/peerPage';
import { PROBE_SCRIPT, type BenchProbe } from './bench/probes';
import type { BenchRow } from './bench/benchRow';
import { yearGridRows } from './bench/yearGridBench';
import { measureOwnDataDrop, type OwnDataRun } from './bench/ownDataFigure';

const LOAD_RUNS = 3;
const PLAYBACK_LOOPS = 2;
/** Where the pointer hovers to find when the map first answers: the middle of the screen, inland China in both pages. */
const HOVER_POINTS = [
  { x: 640, y: 400 },
  { x: 646, y: 404 },
];
const HOVER_INTERVAL_MS = 50;


function verdict(isWithin: boolean | null): BenchRow['verdict'] {
  if (isWithin === null) return '';
  return isWithin ? 'pass' : 'FAIL';
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

function sizeRow(figure: string, size: FileSizes, budgetGzip?: number): BenchRow {
  return {
    figure,
    value: `${formatKB(size.raw)} raw, ${formatKB(size.gzip)} gzip, ${formatKB(size.brotli)} br`,
    peer: '',
    ratio: '',
    budget: budgetGzip ? `≤ ${formatKB(budgetGzip)} gzip` : '',
    verdict: budgetGzip ? verdict(size.gzip <= budgetGzip) : '',
  };
}

const readProbe = (page: Page) => page.evaluate(() => (window as unknown as { __benchProbe: BenchProbe }).__benchProbe);

/** The two pages of each run: the app and its peer, each on its own server so that bytes are counted apart. */
interface BenchPage {
  name: 'Beltmap' | 'ECharts';
  server: StaticServer;
}

interface LoadRun {
  /** First complete choropleth on screen, ms from navigation (for the app: its 2D first paint, data-first-paint="done"). */
  firstFrameMs: number;
  /** First hover answered (the app's tooltip, whichever map answered; the peer's mouseover), ms from navigation. */
  interactiveMs: number;
  /** The interactive WebGL map drawn (the app's data-state="ready"; the peer's first frame), ms from navigation. */
  readyMs: number;
  /** Response bodies as sent by the server (compressed, see `files` for the encoding) of the requests the page made before its first frame. */
  transferFirstFrameBytes: number;
  /** The same, for the requests made before the first hover was answered. */
  transferInteractiveBytes: number;
  heapMB: number;
  files: StaticServer['served'];
}

const sumBytes = (files: StaticServer['served']) => files.reduce((sum, file) => sum + file.bytes, 0);
/** The encodings the server sent `files` in, e.g. "br" or "br, gzip": what the transfer figures count. */
const encodingsOf = (files: StaticServer['served']) => [...new Set(files.map((file) => file.encoding))].sort().join(', ');

/** A page at the measuring size with the bench's probe installed and CDP's Performance domain on (for main-thread time). */
async function openProbedPage(browser: Browser): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.newPage({ viewport: MEASURE_VIEWPORT });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(PROBE_SCRIPT);
  return { page, cdp };
}

/**
 * Loads a page once. Once the first complete choropleth is on screen, the pointer moves to and fro
 * in the middle of the screen every 50 ms, as a reader would point at the map; the first hover the
 * page answers (for the app: its 2D first paint or the interactive map, whichever answers) marks
 * when it became interactive, and the pointer stops. Then the load goes on until the interactive
 * map is drawn (data-state="ready"; the peer's first frame is that). (Not from navigation on: the
 * pointer has nothing to answer it before the first frame, and moves over the app's interactive
 * map while it loads once delayed it by seconds.)
 * The transfers count the files the page asked for before the first frame, and before the first
 * hover answered (resource timing), not those served by the time the harness notices either,
 * which may already include what the page asks for right after it.
 */
async function measureLoad(target: BenchPage, keepGpuProcess: boolean): Promise<LoadRun> {
  const browser = await launchChromium({ keepGpuProcess });
  try {
    const { page, cdp } = await openProbedPage(browser);
    const served = target.server.served;
    const firstServed = served.length;
    await page.goto(target.server.url, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as unknown as { __benchProbe?: BenchProbe }).__benchProbe?.firstFrameAt != null, null, { timeout: 90_000 });
    let isHovering = true;
    const hovering = (async () => {
      for (let move = 0; isHovering; move++) {
        const point = HOVER_POINTS[move % HOVER_POINTS.length]!;
        await page.mouse.move(point.x, point.y).catch(() => undefined);
        await page.waitForTimeout(HOVER_INTERVAL_MS).catch(() => undefined);
      }
    })();
    try {
      await page.waitForFunction(() => (window as unknown as { __benchProbe: BenchProbe }).__benchProbe.hoverAt !== null, null, { timeout: 60_000 });
    } finally {
      isHovering = false;
      await hovering;
    }
    await page.waitForFunction(() => (window as unknown as { __benchProbe: BenchProbe }).__benchProbe.readyAt !== null, null, { timeout: 90_000 });
    const servedInLoad = served.slice(firstServed);
    const probe = await readProbe(page);
    /** The files the page asked for before `time` (ms from navigation), the document first. */
    const servedBefore = async (time: number | null) => {
      const paths = new Set(
        await page.evaluate(
          (before) => [
            location.pathname,
            ...performance
              .getEntriesByType('resource')
              .filter((entry) => entry.startTime < before)
              .map((entry) => new URL(entry.name).pathname),
          ],
          time ?? Infinity,
        ),
      );
      return servedInLoad.filter((file) => paths.has(file.path));
    };
    const servedBeforeFirstFrame = await servedBefore(probe.firstFrameAt);
    return {
      firstFrameMs: probe.firstFrameAt ?? NaN,
      interactiveMs: probe.hoverAt ?? NaN,
      readyMs: probe.readyAt ?? NaN,
      transferFirstFrameBytes: sumBytes(servedBeforeFirstFrame),
      transferInteractiveBytes: sumBytes(await servedBefore(probe.hoverAt)),
      heapMB: await heapUsedMB(cdp),
      files: servedBeforeFirstFrame,
    };
  } finally {
    await browser.close();
  }
}

interface StepRun {
  stepMainThreadMs: number[];
  stepDrawnMs: number[];
  longestPlaybackTaskMs: number | null;
}

/** How Chromium runs the page for one measurement of the year steps. */
interface StepConfig {
  label: string;
  /** Leave out --disable-gpu: SwiftShader then works in the GPU process, off the page's main thread. */
  keepGpuProcess: boolean;
  /** prefers-reduced-motion: a year step draws its colours at once instead of fading for 400 ms. */
  reducedMotion: boolean;
}

/** Loops through the years: the test-flag steps are slow (a second each) and carry no budget, so one loop there. */
const loopsOf = (keepGpuProcess: boolean) => (keepGpuProcess ? PLAYBACK_LOOPS : 1);

const STEP_CONFIGS: StepConfig[] = [
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
async function measureSteps(url: string, config: StepConfig): Promise<StepRun> {
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
        const busyBefore = await taskDurationMs(cdp);
        const pressedAt = await page.evaluate(() => performance.now());
        await page.keyboard.press('ArrowRight');
        await waitForYearDrawn(page, year);
        const drawnAt = (await readProbe(page)).yearDrawnAt[String(year)] ?? NaN;
        if (!config.reducedMotion) await page.waitForTimeout(500); // the fade's frames belong to the step
        stepMainThreadMs.push((await taskDurationMs(cdp)) - busyBefore);
        stepDrawnMs.push(drawnAt - pressedAt);
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
async function measurePeerSteps(url: string, keepGpuProcess: boolean): Promise<StepRun> {
  const browser = await launchChromium({ keepGpuProcess });
  try {
    const { page, cdp } = await openProbedPage(browser);
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __benchProbe: BenchProbe }).__benchProbe.firstFrameAt !== null, null, { timeout: 90_000 });
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

function ratioCell(value: number, peer: number): string {
  return Number.isFinite(value) && Number.isFinite(peer) && peer > 0 ? `${(value / peer).toFixed(2)}×` : '';
}

function stepRows(config: StepConfig, steps: StepRun, peer: StepRun | undefined): BenchRow[] {
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

const runsCell = (values: number[], format: (value: number) => string) =>
  `${format(median(values))} (runs: ${values.map(format).join(', ')})`;

/** One load figure: the app's median beside the peer's, their ratio, and the budget on one of them. */
function loadRow(
  figure: string,
  loads: LoadRun[],
  peerLoads: LoadRun[],
  read: (load: LoadRun) => number,
  format: (value: number) => string,
  budget: { text: string; isWithin: (value: number, ratio: number) => boolean } | null,
): BenchRow {
  const value = median(loads.map(read));
  const peer = median(peerLoads.map(read));
  return {
    figure,
    value: runsCell(loads.map(read), format),
    peer: format(peer),
    ratio: ratioCell(value, peer),
    budget: budget?.text ?? '',
    verdict: budget ? verdict(budget.isWithin(value, value / peer)) : '',
  };
}

const ms = (value: number) => `${value.toFixed(0)} ms`;

/** A dropped 50,000-row file until its map is drawn (scripts/bench/ownDataFigure.ts), with the longest task while it was read. */
function ownDataRow(mode: string, drops: OwnDataRun[]): BenchRow {
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
const kb = (value: number) => formatKB(value);
const mb = (value: number) => `${value.toFixed(1)} MB`;

function printTable(rows: BenchRow[]): void {
  const header: BenchRow = { figure: 'figure', value: 'Beltmap', peer: 'ECharts peer', ratio: 'ratio', budget: 'budget', verdict: '' };
  const columns = ['figure', 'value', 'peer', 'ratio', 'budget'] as const;
  const widths = columns.map((column) => Math.max(...[header, ...rows].map((row) => row[column].length), 5));
  const line = (row: BenchRow) => columns.map((column, i) => row[column].padEnd(widths[i] ?? 0)).join('  ') + '  ' + (row === header ? 'verdict' : row.verdict);
  console.log(line(header));
  console.log(widths.map((width) => '-'.repeat(width)).join('  ') + '  -------');
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<void> {
  viteBuild();
  const jsSizes = sumSizes(listFiles('dist/assets', '.js').map(fileSizes));
  const cssSizes = sumSizes(listFiles('dist/assets', '.css').map(fileSizes));
  const geometrySizes = fileSizes('dist/geodata/china.topo.json');
  const indexSizes = sumSizes(listFiles('dist/geodata/index', '.json').map(fileSizes));

  const peerDir = await writePeerPage();
  // The peer is served as the app is: precompressed, so that both transfers count the same encoding.
  precompressFolder(peerDir);
  const appServer = await startStaticServer('dist');
  const peerServer = await startStaticServer(peerDir);
  const pages: BenchPage[] = [
    { name: 'Beltmap', server: appServer },
    { name: 'ECharts', server: peerServer },
  ];
  try {
    // npm run bench -- --year-grid: the year grid's figures alone.
    if (process.argv.includes('--year-grid')) {
      printTable(await yearGridRows(appServer.url));
      return;
    }
    const rows: BenchRow[] = [
      sizeRow('JS (all chunks, lazy ones too)', jsSizes),
      sizeRow('CSS', cssSizes),
      sizeRow('geometry china.topo.json', geometrySizes, 300 * 1024),
      sizeRow('index files (all)', indexSizes),
    ];
    let firstAppLoad: LoadRun | undefined;
    const heaps: { app: number[]; peer: number[] } = { app: [], peer: [] };
    for (const [mode, keepGpuProcess] of [['test flags', false], ['GPU process', true]] as const) {
      const loads: Record<BenchPage['name'], LoadRun[]> = { Beltmap: [], ECharts: [] };
      // Alternating, so that a slow spell on the shared machine falls on both pages.
      for (let run = 0; run < LOAD_RUNS; run++) {
        for (const page of pages) loads[page.name].push(await measureLoad(page, keepGpuProcess));
      }
      firstAppLoad ??= loads.Beltmap[0];
      heaps.app.push(...loads.Beltmap.map((load) => load.heapMB));
      heaps.peer.push(...loads.ECharts.map((load) => load.heapMB));
      rows.push(
        loadRow(`first complete choropleth from navigation (${mode})`, loads.Beltmap, loads.ECharts, (load) => load.firstFrameMs, ms, {
          text: '≤ 0.5× peer',
          isWithin: (_, ratio) => ratio <= 0.5,
        }),
        loadRow(`map interactive, first hover answered (${mode})`, loads.Beltmap, loads.ECharts, (load) => load.interactiveMs, ms, {
          text: '≤ 1.0× peer',
          isWithin: (_, ratio) => ratio <= 1,
        }),
        // Not the figure above: the 2D first paint answers hover before this. The peer's is its first frame.
        loadRow(`interactive WebGL map drawn, data-state=ready (${mode})`, loads.Beltmap, loads.ECharts, (load) => load.readyMs, ms, null),
      );
      if (!keepGpuProcess) {
        const encodings = encodingsOf([...loads.Beltmap, ...loads.ECharts].flatMap((load) => load.files));
        rows.push(
          loadRow(`transfer before the first choropleth (server-counted, ${encodings})`, loads.Beltmap, loads.ECharts, (load) => load.transferFirstFrameBytes, kb, {
            text: '≤ 350.0 KB',
            isWithin: (value) => value <= 350 * 1024,
          }),
          loadRow(`transfer until interactive, first hover (server-counted, ${encodings})`, loads.Beltmap, loads.ECharts, (load) => load.transferInteractiveBytes, kb, {
            text: '≤ 900.0 KB',
            isWithin: (value) => value <= 900 * 1024,
          }),
        );
      }
    }
    const heapMB = median(heaps.app);
    const peerHeapMB = median(heaps.peer);
    rows.push({
      figure: `JS heap after load (after GC, median of ${heaps.app.length})`,
      value: mb(heapMB),
      peer: mb(peerHeapMB),
      ratio: ratioCell(heapMB, peerHeapMB),
      budget: '≤ 40 MB',
      verdict: verdict(heapMB <= 40),
    });

    const peerSteps = new Map<boolean, StepRun>();
    for (const keepGpuProcess of [false, true]) peerSteps.set(keepGpuProcess, await measurePeerSteps(peerServer.url, keepGpuProcess));
    for (const config of STEP_CONFIGS) {
      const steps = await measureSteps(appServer.url, config);
      rows.push(...stepRows(config, steps, config.reducedMotion ? peerSteps.get(config.keepGpuProcess) : undefined));
    }
    rows.push(...(await yearGridRows(appServer.url)));

    for (const [mode, keepGpuProcess] of [['test flags', false], ['GPU process', true]] as const) {
      const drops: OwnDataRun[] = [];
      for (let run = 0; run < LOAD_RUNS; run++) drops.push(await measureOwnDataDrop(appServer.url, keepGpuProcess));
      rows.push(ownDataRow(mode, drops));
    }

    console.log('');
    printTable(rows);
    console.log(
      `\nLoads: ${LOAD_RUNS} of each page per mode, alternating; medians. Ratios are Beltmap ÷ the ECharts peer in the same run.` +
        '\nThe peer\'s year step is setOption with the next year\'s values, without animation, until ECharts\' "finished";' +
        ' it is set beside the app\'s steps without the fade. Test-flag steps: one loop through the years; GPU-process steps: two.',
    );
    // Where the first-choropleth budget goes: the files of the first load, largest first.
    console.log('\nFirst load until the first choropleth, file by file (bytes as sent, and their encoding):');
    for (const file of [...(firstAppLoad?.files ?? [])].sort((a, b) => b.bytes - a.bytes)) {
      console.log(`${formatKB(file.bytes).padStart(12)}  ${file.encoding.padEnd(8)}  ${file.path}`);
    }
    console.log('\nHeadless Chromium renders WebGL with SwiftShader (CPU) here: GPU-bound figures are pessimistic.');
  } finally {
    await appServer.close();
    await peerServer.close();
    rmSync(peerDir, { recursive: true, force: true });
  }
}

await main();
