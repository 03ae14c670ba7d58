/**
 * A load and year steps under Tracing: busy time of every thread (page main thread, MapLibre's
 * workers, V8's background compile threads, the GPU process) by trace event.
 */
import { launchChromium, startAtFirstYear, waitForMapReady, waitForYearDrawn } from '../lib/chromium';
import { openProfiledPage, readProfileProbe, STEP_COUNT } from './profiledPage';

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

export interface ThreadSummary {
  thread: string;
  busyMs: number;
  /** Self time by trace event name, largest first. */
  events: [string, number][];
}

export interface TraceRun {
  readyAt: number;
  /** navigation → ready */
  load: ThreadSummary[];
  /** The year steps, per step: from the key press until 300 ms after the year is drawn. */
  step: ThreadSummary[];
  stepCount: number;
}

/** Busy time of each thread by trace event (self time): navigation → ready, then in year steps. */
export async function traceRun(url: string, keepGpuProcess: boolean): Promise<TraceRun> {
  const browser = await launchChromium({ keepGpuProcess });
  try {
    const page = await openProfiledPage(browser);
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    await page.goto(url);
    await waitForMapReady(page);
    const { readyAt } = await readProfileProbe(page);
    const { first } = await startAtFirstYear(page);
    const stepWindows: [number, number][] = [];
    for (let step = 1; step <= STEP_COUNT; step++) {
      const pressedAt = await page.evaluate(() => performance.now());
      await page.keyboard.press('ArrowRight');
      await waitForYearDrawn(page, first + step);
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
