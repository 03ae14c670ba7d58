/** The markdown tables the profile prints for one GPU mode. */
import { median } from '../lib/stats';
import type { Sample } from './cpuProfile';
import { PHASES, type Place, type ProfileReader } from './attribution';
import { DATA_FILES } from './profiledPage';
import type { ProfilerRun } from './profilerRun';
import type { ThreadSummary, TraceRun } from './traceRun';

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

export function report(mode: string, reader: ProfileReader, runs: ProfilerRun[], trace: TraceRun): void {
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
        ['data-first-paint="done" (2D map and inset)', fmt(times((run) => run.times.firstPaintAt))],
        ['data-state="ready"', fmt(readyAt)],
      ],
    ),
  );

  // Main-thread time by phase in three windows.
  const windows: [string, (run: ProfilerRun, sample: Sample) => boolean][] = [
    ['nav → data in', (run, sample) => sample.at >= 0 && sample.at < dataIn(run)],
    ['data in → first paint', (run, sample) => sample.at >= dataIn(run) && sample.at < run.times.firstPaintAt],
    ['first paint → ready', (run, sample) => sample.at >= run.times.firstPaintAt && sample.at < run.times.readyAt],
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
          return [phase, ...cells.map(fmt), fmt(cells[0]! + cells[1]! + cells[2]!)];
        }),
        ['window length', ...windows.map((_, i) => fmt(median(runs.map((run) => [dataIn(run), run.times.firstPaintAt - dataIn(run), run.times.readyAt - run.times.firstPaintAt][i]!)))), fmt(readyAt)],
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
