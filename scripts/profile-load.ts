/**
 * npm run profile: where the time between navigation and the first complete map goes, and what the
 * main thread does in one year step. Builds the app as the benchmark does, but unminified and with
 * source maps (so functions keep their names and map to their package), serves it with gzip on
 * localhost and loads it in headless Chromium, once per GPU mode (the test flags, where the page's
 * main thread waits on SwiftShader in synchronous GL calls, and SwiftShader beside the page in the
 * GPU process):
 *
 * - a load under the CDP Profiler (main thread, 200 µs samples): self time by phase in three
 *   windows (navigation → the four data files in, → data-state="ready", → the 南海诸岛 inset
 *   drawn), by package, and the top functions; then year steps (→ key, no fade) under the Profiler;
 * - a load and year steps under Tracing: busy time of every thread (page main thread, MapLibre's
 *   workers, V8's background compile threads, the GPU process) by trace event.
 *
 * Prints markdown tables (docs/performance.md keeps a dated copy). `--runs N` repeats the Profiler
 * load and prints medians; one run each by default, since the machine is shared.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CDPSession, Page } from 'playwright-core';
import { startStaticServer, type StaticServer } from './lib/staticServer';
import { median } from './lib/stats';
import { launchChromium, taskDurationMs, waitForMapReady, waitForYearDrawn } from './lib/chromium';
import { SourceMapCache } from './bench/sourceMap';

const VIEWPORT = { width: 1280, height: 800 };
const SAMPLING_INTERVAL_US = 200;
const STEP_COUNT = 4;
const DATA_FILES = ['china.topo.json', 'counties.json', 'meta.json', 'metrics-all.json'];
const ROOT = resolve('.');

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 1;

// ---------------------------------------------------------------------------------------------
// CPU profile: who each sample belongs to

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

interface Place {
  /** Package (maplibre-gl, @deck.gl/layers …), 'app' for src/, '' for natives and V8's own entries. */
  pkg: string;
  /** Path inside the package or the project. */
  file: string;
  name: string;
}

const SHADER_NATIVES = new Set([
  'compileShader',
  'linkProgram',
  'getProgramParameter',
  'getShaderParameter',
  'getShaderInfoLog',
  'getProgramInfoLog',
  'shaderSource',
  'attachShader',
  'createShader',
  'createProgram',
  'getActiveAttrib',
  'getActiveUniform',
  'getUniformLocation',
  'getAttribLocation',
]);

export const PHASES = [
  'idle (waiting: network, workers, GPU process)',
  'V8/Blink outside JS ((program): parse, compile, style, layout, paint, GL commands)',
  'garbage collection',
  'fetch body read + JSON.parse (app fetchJson)',
  'topojson decode (app data/decode, topojson-client)',
  'deck.gl tessellation',
  'shader compile/link (luma.gl, WebGL natives)',
  'shader compile/link (MapLibre Program)',
  'WebGL context creation (app webgl check, MapLibre painter)',
  'MapLibre (main thread: style, sources, render)',
  'deck.gl/luma.gl other (layers, attributes, draw, picking)',
  'the 南海诸岛 inset',
  'app + svelte (UI, state, view)',
  'other',
  'measurement (probes, CDP)',
] as const;
type Phase = (typeof PHASES)[number];

class ProfileReader {
  readonly #maps = new SourceMapCache();
  readonly #places = new Map<string, Place>();
  readonly #distDir: string;
  readonly #origin: string;

  constructor(distDir: string, origin: string) {
    this.#distDir = distDir;
    this.#origin = origin;
  }

  place(frame: CallFrame): Place {
    const key = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}:${frame.functionName}`;
    let place = this.#places.get(key);
    if (!place) {
      place = this.#resolve(frame);
      this.#places.set(key, place);
    }
    return place;
  }

  #resolve(frame: CallFrame): Place {
    const name = frame.functionName || '(anonymous)';
    if (!frame.url.startsWith(this.#origin)) return { pkg: '', file: frame.url, name };
    const builtFile = join(this.#distDir, new URL(frame.url).pathname);
    const original = this.#maps.resolve(builtFile, frame.lineNumber, frame.columnNumber);
    const source = original?.source ?? builtFile;
    const { pkg, file } = packageOf(source);
    // Unminified chunks keep names; maplibre-gl's dist is minified, its own map names its functions.
    const isMinified = pkg === 'maplibre-gl' && name.length <= 3;
    return { pkg, file: `${file}:${(original?.line ?? frame.lineNumber) + 1}`, name: isMinified && original?.name ? original.name : name };
  }

  /** The phase a sample's stack (leaf first) belongs to. */
  phase(stack: ProfileNode[]): Phase {
    const leaf = stack[0]!.callFrame.functionName;
    if (leaf === '(idle)') return PHASES[0];
    if (leaf === '(program)' || leaf === '(root)') return PHASES[1];
    if (leaf === '(garbage collector)') return PHASES[2];
    const places = stack.map((node) => this.place(node.callFrame));
    if (places.some((place) => place.file.includes('SouthChinaSeaInset'))) return 'the 南海诸岛 inset';
    if (places[0]!.file.startsWith('src/lib/data/fetchJson') || (leaf === 'parse' && places[1]?.file.startsWith('src/lib/data/fetchJson'))) {
      return 'fetch body read + JSON.parse (app fetchJson)';
    }
    // Samples with no frame of the page's own scripts: the benchmark's probes and CDP evaluations.
    if (places.every((place) => place.pkg === '')) return 'measurement (probes, CDP)';
    if (
      places.some(
        (place, i) =>
          (place.pkg === '' && SHADER_NATIVES.has(stack[i]!.callFrame.functionName)) ||
          (place.pkg.startsWith('@luma.gl') && /shader|pipeline|program|compile|link/i.test(place.name + place.file)),
      )
    ) {
      return 'shader compile/link (luma.gl, WebGL natives)';
    }
    if (places.some((place) => place.pkg === 'maplibre-gl' && place.file.startsWith('src/webgl/program.ts'))) return 'shader compile/link (MapLibre Program)';
    if (places.some((place) => place.file.startsWith('src/lib/map/webgl.ts') || (place.pkg === 'maplibre-gl' && place.name === '_setupPainter'))) {
      return 'WebGL context creation (app webgl check, MapLibre painter)';
    }
    if (places.some((place) => /tesselat|earcut|polygon\.(js|ts)/i.test(place.file))) return 'deck.gl tessellation';
    if (places.some((place) => place.pkg === 'topojson-client' || place.file.startsWith('src/lib/data/decode'))) {
      return 'topojson decode (app data/decode, topojson-client)';
    }
    const owner = places.find((place) => place.pkg !== '') ?? places[0]!;
    if (owner.pkg === 'maplibre-gl') return 'MapLibre (main thread: style, sources, render)';
    if (/^@(deck|luma|loaders|math|probe)\.gl\//.test(owner.pkg)) return 'deck.gl/luma.gl other (layers, attributes, draw, picking)';
    if (owner.pkg === 'app' || owner.pkg.startsWith('svelte') || owner.pkg.startsWith('d3-')) return 'app + svelte (UI, state, view)';
    return 'other';
  }
}

function packageOf(source: string): { pkg: string; file: string } {
  const marker = `${sep}node_modules${sep}`;
  const at = source.lastIndexOf(marker);
  if (at >= 0) {
    const rest = source.slice(at + marker.length).split(sep);
    const size = rest[0]!.startsWith('@') ? 2 : 1;
    return { pkg: rest.slice(0, size).join('/'), file: rest.slice(size).join('/') };
  }
  if (source.startsWith(ROOT + sep)) return { pkg: 'app', file: source.slice(ROOT.length + 1) };
  return { pkg: 'other', file: source.split(sep).slice(-2).join('/') };
}

interface Sample {
  /** ms from navigation. */
  at: number;
  ms: number;
  stack: ProfileNode[];
}

/** Samples with their time (ms from navigation) and weight, stacks leaf first. */
function samplesOf(profile: CpuProfile, navigationStartUs: number): Sample[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
  const stacks = new Map<number, ProfileNode[]>();
  const stackOf = (id: number): ProfileNode[] => {
    let stack = stacks.get(id);
    if (!stack) {
      stack = [];
      for (let node: ProfileNode | undefined = byId.get(id); node && node.callFrame.functionName !== '(root)'; node = parent.get(node.id)) stack.push(node);
      if (stack.length === 0) stack.push(byId.get(id)!);
      stacks.set(id, stack);
    }
    return stack;
  };
  const samples: Sample[] = [];
  let time = profile.startTime;
  const times = profile.timeDeltas.map((delta) => (time += delta));
  for (let i = 0; i < profile.samples.length; i++) {
    const next = times[i + 1] ?? profile.endTime;
    samples.push({ at: (times[i]! - navigationStartUs) / 1000, ms: Math.max(0, next - times[i]!) / 1000, stack: stackOf(profile.samples[i]!) });
  }
  return samples;
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface PageTimes {
  readyAt: number;
  insetReadyAt: number;
  /** responseEnd of each first-load data file, ms from navigation. */
  dataEnd: Record<string, number>;
  /** responseEnd of the last script chunk the document loaded. */
  scriptsEnd: number;
}

const INSET_PROBE = `
  window.__profileProbe = { readyAt: null, insetReadyAt: null };
  new MutationObserver(() => {
    const probe = window.__profileProbe;
    if (probe.readyAt === null && document.querySelector('[data-state="ready"]')) probe.readyAt = performance.now();
    if (probe.insetReadyAt === null && document.querySelector('[data-inset-state="ready"]')) probe.insetReadyAt = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-inset-state'] });
`;

async function pageTimes(page: Page): Promise<PageTimes> {
  await page.waitForSelector('[data-inset-state="ready"]', { timeout: 60_000, state: 'attached' });
  return page.evaluate((files) => {
    const probe = (window as unknown as { __profileProbe: { readyAt: number; insetReadyAt: number } }).__profileProbe;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const dataEnd: Record<string, number> = {};
    for (const entry of resources) {
      const file = files.find((name) => entry.name.endsWith(`/${name}`));
      if (file) dataEnd[file] = entry.responseEnd;
    }
    const scriptsEnd = Math.max(0, ...resources.filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js')).map((entry) => entry.responseEnd));
    return { readyAt: probe.readyAt, insetReadyAt: probe.insetReadyAt, dataEnd, scriptsEnd };
  }, DATA_FILES);
}

async function navigationStartUs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((metric) => metric.name === 'NavigationStart')?.value ?? 0) * 1e6;
}

interface ProfilerRun {
  times: PageTimes;
  samples: Sample[];
  steps: { samples: Sample[]; busyMs: number }[];
}

async function profilerRun(url: string, keepGpuProcess: boolean): Promise<ProfilerRun> {
  const browser = await launchChromium({ keepGpuProcess });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    await page.addInitScript(INSET_PROBE);
    await cdp.send('Profiler.start');
    await page.goto(url);
    await waitForMapReady(page);
    const times = await pageTimes(page);
    await page.waitForTimeout(300);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const navigationStart = await navigationStartUs(cdp);
    const samples = samplesOf(profile, navigationStart);

    // Year steps, no fade: from the key press until the map reports the year drawn, and 300 ms after.
    const slider = page.getByRole('slider');
    const min = Number(await slider.getAttribute('aria-valuemin'));
    await slider.focus();
    await page.keyboard.press('Home');
    await waitForYearDrawn(page, min);
    await page.waitForTimeout(800);
    const steps: ProfilerRun['steps'] = [];
    for (let step = 1; step <= STEP_COUNT; step++) {
      await cdp.send('Profiler.start');
      const busyBefore = await taskDurationMs(cdp);
      await page.keyboard.press('ArrowRight');
      await waitForYearDrawn(page, min + step);
      await page.waitForTimeout(300);
      const busyMs = (await taskDurationMs(cdp)) - busyBefore;
      const { profile: stepProfile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      steps.push({ samples: samplesOf(stepProfile, navigationStart), busyMs });
      await page.waitForTimeout(300);
    }
    return { times, samples, steps };
  } finally {
    await browser.close();
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: unknown };
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'toplevel',
  'gpu',
];

interface ThreadSummary {
  thread: string;
  busyMs: number;
  /** Self time by trace event name, largest first. */
  events: [string, number][];
}

interface TraceRun {
  readyAt: number;
  /** navigation → ready */
  load: ThreadSummary[];
  /** The year steps, per step: from the key press until 300 ms after the year is drawn. */
  step: ThreadSummary[];
  stepCount: number;
}

/** Busy time of each thread by trace event (self time): navigation → ready, then in year steps. */
async function traceRun(url: string, keepGpuProcess: boolean): Promise<TraceRun> {
  const browser = await launchChromium({ keepGpuProcess });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.addInitScript(INSET_PROBE);
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(url);
    await waitForMapReady(page);
    const readyAt = await page.evaluate(() => (window as unknown as { __profileProbe: { readyAt: number } }).__profileProbe.readyAt);
    await page.waitForSelector('[data-inset-state="ready"]', { timeout: 60_000, state: 'attached' });
    const slider = page.getByRole('slider');
    const min = Number(await slider.getAttribute('aria-valuemin'));
    await slider.focus();
    await page.keyboard.press('Home');
    await waitForYearDrawn(page, min);
    await page.waitForTimeout(800);
    const stepWindows: [number, number][] = [];
    for (let step = 1; step <= STEP_COUNT; step++) {
      const pressedAt = await page.evaluate(() => performance.now());
      await page.keyboard.press('ArrowRight');
      await waitForYearDrawn(page, min + step);
      await page.waitForTimeout(300);
      stepWindows.push([pressedAt, await page.evaluate(() => performance.now())]);
      await page.waitForTimeout(300);
    }
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    return {
      readyAt,
      load: summariseTrace(trace.traceEvents, [[0, readyAt]], 1),
      step: summariseTrace(trace.traceEvents, stepWindows, stepWindows.length),
      stepCount: stepWindows.length,
    };
  } finally {
    await browser.close();
  }
}

/** Self time by thread and trace event within the windows (ms from navigation), divided by `divisor`. */
function summariseTrace(events: TraceEvent[], windows: [number, number][], divisor: number): ThreadSummary[] {
  const navigation = events
    .filter((event) => event.name === 'navigationStart' && /^http/.test((event.args as { data?: { documentLoaderURL?: string } })?.data?.documentLoaderURL ?? ''))
    .sort((a, b) => a.ts - b.ts)[0];
  if (!navigation) return [];
  const ranges = windows.map(([start, end]) => [navigation.ts + start * 1000, navigation.ts + end * 1000] as const);
  const rangeOf = (ts: number) => ranges.find(([start, end]) => ts >= start && ts < end);
  const threadNames = new Map<string, string>();
  const processNames = new Map<number, string>();
  for (const event of events) {
    if (event.ph === 'M' && event.name === 'thread_name') threadNames.set(`${event.pid}:${event.tid}`, event.args?.name ?? '?');
    if (event.ph === 'M' && event.name === 'process_name') processNames.set(event.pid, event.args?.name ?? '?');
  }
  const byThread = new Map<string, TraceEvent[]>();
  for (const event of events) {
    if (event.ph !== 'X' || event.dur === undefined || !rangeOf(event.ts)) continue;
    const key = `${event.pid}:${event.tid}`;
    const list = byThread.get(key) ?? [];
    list.push(event);
    byThread.set(key, list);
  }
  const summaries = new Map<string, { busy: number; events: Map<string, number> }>();
  for (const [key, threadEvents] of byThread) {
    const pid = Number(key.split(':')[0]);
    // The headless browser's own WebUI renderer is not the page's.
    if (/webui/i.test(processNames.get(pid) ?? '')) continue;
    const thread = `${processNames.get(pid) ?? 'process'}: ${(threadNames.get(key) ?? '?').replace(/\d+$/, '')}`;
    const summary = summaries.get(thread) ?? { busy: 0, events: new Map() };
    summaries.set(thread, summary);
    threadEvents.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    const stack: { event: TraceEvent; childMs: number }[] = [];
    const close = (until: number) => {
      while (stack.length && stack[stack.length - 1]!.event.ts + stack[stack.length - 1]!.event.dur! <= until) {
        const { event, childMs } = stack.pop()!;
        // Events are cut at the end of their window.
        const ms = (Math.min(event.ts + event.dur!, rangeOf(event.ts)![1]) - event.ts) / 1000;
        summary.events.set(event.name, (summary.events.get(event.name) ?? 0) + Math.max(0, ms - childMs));
        if (stack.length) stack[stack.length - 1]!.childMs += ms;
        else summary.busy += ms;
      }
    };
    for (const event of threadEvents) {
      close(event.ts);
      stack.push({ event, childMs: 0 });
    }
    close(Infinity);
  }
  return [...summaries]
    .map(([thread, summary]) => ({
      thread,
      busyMs: summary.busy / divisor,
      events: [...summary.events].map(([name, ms]): [string, number] => [name, ms / divisor]).sort((a, b) => b[1] - a[1]),
    }))
    .filter((summary) => summary.busyMs >= 1)
    .sort((a, b) => b.busyMs - a.busyMs);
}

// ---------------------------------------------------------------------------------------------
// Tables

const fmt = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(0) : '–');

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function sumBy<K>(samples: Sample[], key: (sample: Sample) => K): Map<K, number> {
  const sums = new Map<K, number>();
  for (const sample of samples) sums.set(key(sample), (sums.get(key(sample)) ?? 0) + sample.ms);
  return sums;
}

function topFunctions(reader: ProfileReader, samples: Sample[], count: number, divisor = 1): string[][] {
  const ignored = new Set(['(idle)', '(program)', '(garbage collector)', '(root)']);
  const byFunction = new Map<string, { ms: number; place: Place }>();
  for (const sample of samples) {
    const node = sample.stack[0]!;
    if (ignored.has(node.callFrame.functionName)) continue;
    const place = reader.place(node.callFrame);
    const key = `${place.name}@${place.pkg}/${place.file}`;
    const entry = byFunction.get(key) ?? { ms: 0, place };
    entry.ms += sample.ms;
    byFunction.set(key, entry);
  }
  return [...byFunction.values()]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count)
    .map(({ ms, place }, i) => [String(i + 1), `\`${place.name}\``, place.pkg || '(native)', place.file ? `\`${place.file}\`` : '', (ms / divisor).toFixed(1)]);
}

function threadTable(threads: ThreadSummary[]): string {
  return table(
    ['thread', 'busy ms', 'largest events (self ms)'],
    threads.slice(0, 10).map((thread) => [
      thread.thread,
      thread.busyMs.toFixed(1),
      thread.events
        .slice(0, 6)
        .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
        .join(', '),
    ]),
  );
}

function report(mode: string, reader: ProfileReader, runs: ProfilerRun[], trace: TraceRun): void {
  const times = (read: (run: ProfilerRun) => number) => median(runs.map(read));
  const dataIn = (run: ProfilerRun) => Math.max(...DATA_FILES.map((file) => run.times.dataEnd[file] ?? NaN));
  const readyAt = times((run) => run.times.readyAt);
  const jsStart = (run: ProfilerRun) => run.samples.find((sample) => sample.stack.some((node) => reader.place(node.callFrame).pkg === 'app'))?.at ?? NaN;
  console.log(`\n## ${mode}\n`);
  console.log(`Profiler loads: ${runs.length}; medians. Trace load: ready at ${fmt(trace.readyAt)} ms.\n`);
  console.log(
    table(
      ['moment (ms from navigation)', 'ms'],
      [
        ['scripts in (last .js responseEnd)', fmt(times((run) => run.times.scriptsEnd))],
        ['first app code runs (first sample in src/)', fmt(times(jsStart))],
        ...DATA_FILES.map((file) => [`${file} in (responseEnd)`, fmt(times((run) => run.times.dataEnd[file] ?? NaN))]),
        ['data-state="ready"', fmt(readyAt)],
        ['南海诸岛 inset drawn', fmt(times((run) => run.times.insetReadyAt))],
      ],
    ),
  );

  // Main-thread time by phase in three windows.
  const windows: [string, (run: ProfilerRun, sample: Sample) => boolean][] = [
    ['nav → data in', (run, sample) => sample.at >= 0 && sample.at < dataIn(run)],
    ['data in → ready', (run, sample) => sample.at >= dataIn(run) && sample.at < run.times.readyAt],
    ['ready → inset drawn', (run, sample) => sample.at >= run.times.readyAt && sample.at < run.times.insetReadyAt],
  ];
  const phaseMs = windows.map(([, inWindow]) =>
    runs.map((run) => sumBy(run.samples.filter((sample) => inWindow(run, sample)), (sample) => reader.phase(sample.stack))),
  );
  console.log('\nMain thread (CDP Profiler), ms by phase:\n');
  console.log(
    table(
      ['phase', ...windows.map(([name]) => name), 'nav → ready'],
      [
        ...PHASES.map((phase) => {
          const cells = phaseMs.map((perRun) => median(perRun.map((sums) => sums.get(phase) ?? 0)));
          return [phase, ...cells.map(fmt), fmt(cells[0]! + cells[1]!)];
        }),
        ['window length', ...windows.map((_, i) => fmt(median(runs.map((run) => [dataIn(run), run.times.readyAt - dataIn(run), run.times.insetReadyAt - run.times.readyAt][i]!)))), fmt(readyAt)],
      ],
    ),
  );

  const untilReady = runs[0]!.samples.filter((sample) => sample.at >= 0 && sample.at < runs[0]!.times.readyAt);
  const byPackage = sumBy(untilReady, (sample) => {
    const owner = sample.stack.map((node) => reader.place(node.callFrame)).find((place) => place.pkg !== '');
    const leaf = sample.stack[0]!.callFrame.functionName;
    if (!owner) return leaf.startsWith('(') ? leaf : '(native, no JS caller)';
    return owner.pkg.startsWith('@deck.gl') ? '@deck.gl/*' : owner.pkg.startsWith('@luma.gl') ? '@luma.gl/*' : owner.pkg;
  });
  console.log('\nMain thread nav → ready by package (self time of the nearest JS frame; first run):\n');
  console.log(table(['package', 'ms'], [...byPackage].sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms >= 5).map(([pkg, ms]) => [pkg, fmt(ms)])));

  console.log('\nTop 10 functions by self time, nav → ready (first run):\n');
  console.log(table(['#', 'function', 'package', 'file', 'ms'], topFunctions(reader, untilReady, 10)));

  console.log('\nAll threads nav → ready (Tracing), busy ms and the largest trace events by self time:\n');
  console.log(threadTable(trace.load));

  const steps = runs.flatMap((run) => run.steps);
  const stepSamples = steps.flatMap((step) => step.samples);
  const stepPhases = sumBy(stepSamples, (sample) => reader.phase(sample.stack));
  console.log(
    `\nYear step (→ key, no fade; ${steps.length} steps): main-thread busy (Performance.TaskDuration) median ${median(steps.map((step) => step.busyMs)).toFixed(1)} ms; profiled ms per step by phase:\n`,
  );
  console.log(
    table(
      ['phase', 'ms per step'],
      PHASES.filter((phase) => !phase.startsWith('idle')).map((phase) => [phase, ((stepPhases.get(phase) ?? 0) / steps.length).toFixed(1)]),
    ),
  );
  console.log('\nYear step, top 10 functions by self time (ms per step):\n');
  console.log(table(['#', 'function', 'package', 'file', 'ms'], topFunctions(reader, stepSamples, 10, steps.length)));
  console.log(`\nYear step, all threads (Tracing, ${trace.stepCount} steps), busy ms per step by trace event:\n`);
  console.log(threadTable(trace.step));
}

function build(outDir: string): void {
  const result = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn', '--minify', 'false', '--sourcemap', '--outDir', outDir, '--emptyOutDir'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'beltmap-profile-'));
  build(outDir);
  let server: StaticServer | undefined;
  try {
    server = await startStaticServer(outDir);
    const reader = new ProfileReader(outDir, server.url.replace(/\/$/, ''));
    console.log(`# Load profile, ${new Date().toISOString().slice(0, 10)}\n`);
    console.log(`Unminified build with source maps; viewport ${VIEWPORT.width}×${VIEWPORT.height}; Profiler sampling ${SAMPLING_INTERVAL_US} µs.`);
    for (const [mode, keepGpuProcess] of [['test flags (--disable-gpu: the main thread waits on SwiftShader)', false], ['GPU process (SwiftShader in the GPU process)', true]] as const) {
      const runs: ProfilerRun[] = [];
      for (let run = 0; run < RUNS; run++) runs.push(await profilerRun(server.url, keepGpuProcess));
      const trace = await traceRun(server.url, keepGpuProcess);
      report(mode, reader, runs, trace);
    }
  } finally {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
