/**
 * npm run profile: where the time between navigation and the first complete map goes, and what the
 * main thread does in one year step. Builds the app as the benchmark does, but unminified and with
 * source maps (so functions keep their names and map to their package), serves it compressed on
 * localhost and loads it in headless Chromium, once per GPU mode (the test flags, where the page's
 * main thread waits on SwiftShader in synchronous GL calls, and SwiftShader beside the page in the
 * GPU process):
 *
 * - a load under the CDP Profiler (main thread, 200 µs samples): self time by phase in three
 *   windows (navigation → the four data files in, → the 2D first paint, data-first-paint="done",
 *   → data-state="ready"), by package, and the top functions; then year steps (→ key, no fade)
 *   under the Profiler;
 * - a load and year steps under Tracing: busy time of every thread (page main thread, MapLibre's
 *   workers, V8's background compile threads, the GPU process) by trace event.
 *
 * Prints markdown tables (docs/performance.md keeps a dated copy). `--runs N` repeats the Profiler
 * load and prints medians; one run each by default, since the machine is shared. The runs, the
 * attribution of samples and the tables are in scripts/profile/.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MEASURE_VIEWPORT } from './lib/chromium';
import { startStaticServer, type StaticServer } from './lib/staticServer';
import { viteBuild } from './lib/viteBuild';
import { ProfileReader } from './profile/attribution';
import { profilerRun, SAMPLING_INTERVAL_US, type ProfilerRun } from './profile/profilerRun';
import { report } from './profile/report';
import { traceRun } from './profile/traceRun';

const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Math.max(1, Number(process.argv[runsArg + 1]) || 1) : 1;

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'beltmap-profile-'));
  viteBuild(['--minify', 'false', '--sourcemap', '--outDir', outDir, '--emptyOutDir']);
  let server: StaticServer | undefined;
  try {
    server = await startStaticServer(outDir);
    const reader = new ProfileReader(outDir, server.url.replace(/\/$/, ''));
    console.log(`# Load profile, ${new Date().toISOString().slice(0, 10)}\n`);
    console.log(`Unminified build with source maps; viewport ${MEASURE_VIEWPORT.width}×${MEASURE_VIEWPORT.height}; Profiler sampling ${SAMPLING_INTERVAL_US} µs.`);
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

await main();
