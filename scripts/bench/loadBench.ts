/**
 * The bench's page loads: one load of the app or its peer, timed inside the page from navigation
 * (the first complete choropleth, the first hover answered, the interactive map drawn), with the
 * bytes the server sent before the first choropleth and before the first hover (as sent, and as
 * they weigh in gzip, the budgets' unit), and the JS heap.
 */
import type { StaticServer } from '../lib/staticServer';
import { median } from '../lib/stats';
import { heapUsedMB, launchChromium } from '../lib/chromium';
import { waitForBrowserSettled } from '../lib/browserSettle';
import { openProbedPage, readProbe, waitForProbe } from './probes';
import type { BenchRow } from './benchRow';
import { ratioCell, runsCell, verdict } from './benchTable';

/** Where the pointer hovers to find when the map first answers: the middle of the screen, inland China in both pages. */
const HOVER_POINTS = [
  { x: 640, y: 400 },
  { x: 646, y: 404 },
];
const HOVER_INTERVAL_MS = 50;

/** The two pages of each run: the app and its peer, each on its own server so that bytes are counted apart. */
export interface BenchPage {
  name: 'Beltmap' | 'ECharts';
  server: StaticServer;
}

export interface LoadRun {
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
  /** The bodies of the requests before the first frame, each as it weighs gzipped (StaticServer.gzipBytes): the unit of the budget. */
  transferFirstFrameGzipBytes: number;
  /** The same, before the first hover was answered. */
  transferInteractiveGzipBytes: number;
  heapMB: number;
  files: StaticServer['served'];
  /** How long the browser took to settle after its launch before the navigation (browserSettle.ts), or null when not waited for. */
  settleMs: number | null;
}

/**
 * When the page is loaded: in a browser that has finished starting (browserSettle.ts), as a
 * reader's is, or at once after the launch, as the bench did until its thirteenth record (the
 * browser's start-up then shares the cores with the load).
 */
export type LoadStart = 'settled browser' | 'just-launched browser';

const sumBytes = (files: StaticServer['served']) => files.reduce((sum, file) => sum + file.bytes, 0);
/** The encodings the server sent `files` in, e.g. "br" or "br, gzip": what the transfer figures count. */
export const encodingsOf = (files: StaticServer['served']) => [...new Set(files.map((file) => file.encoding))].sort().join(', ');

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
export async function measureLoad(target: BenchPage, keepGpuProcess: boolean, start: LoadStart = 'settled browser'): Promise<LoadRun> {
  const browser = await launchChromium({ keepGpuProcess });
  try {
    const { page, cdp } = await openProbedPage(browser);
    const settle = start === 'settled browser' ? await waitForBrowserSettled(browser) : null;
    if (settle && !settle.isSettled) console.warn(`the browser was still busy ${settle.waitedMs.toFixed(0)} ms after its launch; timing the load all the same`);
    const served = target.server.served;
    const firstServed = served.length;
    await page.goto(target.server.url, { waitUntil: 'commit' });
    await waitForProbe(page, 'firstFrameAt', 90_000);
    let isHovering = true;
    const hovering = (async () => {
      for (let move = 0; isHovering; move++) {
        const point = HOVER_POINTS[move % HOVER_POINTS.length]!;
        await page.mouse.move(point.x, point.y).catch(() => undefined);
        await page.waitForTimeout(HOVER_INTERVAL_MS).catch(() => undefined);
      }
    })();
    try {
      await waitForProbe(page, 'hoverAt', 60_000);
    } finally {
      isHovering = false;
      await hovering;
    }
    await waitForProbe(page, 'readyAt', 90_000);
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
    const servedBeforeHover = await servedBefore(probe.hoverAt);
    /** The files' bodies as they weigh gzipped: asked after the load, so that no gzip made here held it up. */
    const gzipSum = async (files: StaticServer['served']) => {
      let sum = 0;
      for (const file of files) sum += (await target.server.gzipBytes(file.path)) ?? file.bytes;
      return sum;
    };
    return {
      firstFrameMs: probe.firstFrameAt ?? NaN,
      interactiveMs: probe.hoverAt ?? NaN,
      readyMs: probe.readyAt ?? NaN,
      transferFirstFrameBytes: sumBytes(servedBeforeFirstFrame),
      transferInteractiveBytes: sumBytes(servedBeforeHover),
      transferFirstFrameGzipBytes: await gzipSum(servedBeforeFirstFrame),
      transferInteractiveGzipBytes: await gzipSum(servedBeforeHover),
      heapMB: await heapUsedMB(cdp),
      files: servedBeforeFirstFrame,
      settleMs: settle?.waitedMs ?? null,
    };
  } finally {
    await browser.close();
  }
}

/** One load figure: the app's median beside the peer's, their ratio, and the budget on one of them. */
export function loadRow(
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
