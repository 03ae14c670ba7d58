import { describe, expect, it } from 'vitest';
import { decodeAtlasGeometry, decodeMetrics } from '../../../src/lib/data/decode';
import { LoadError } from '../../../src/lib/data/fetchJson';
import type { Atlas } from '../../../src/lib/domain/atlas';
import type { AtlasDataset } from '../../../src/lib/domain/atlas';
import type { AnimationJob } from '../../../src/lib/export/animationExport';
import { ExportController, type ExportOutput, type ExportSource } from '../../../src/lib/export/exportController.svelte';
import { buildLayerScale } from '../../../src/lib/view/scales/layerScale';
import { BELT_VIEW } from '../support/beltView';
import { makeCountyTable, makeMetrics, makeTopology, YEARS } from '../fixtures/geodata';
import { mainlandRegions } from '../support/mainlandRegions';

const counties = makeCountyTable();
const metrics = decodeMetrics(makeMetrics(), YEARS, counties.codes.length);
// The belt model's measure, words and details, as the views read them (BELT_VIEW).
const meta = { ...BELT_VIEW, id: 'belts', title: { zh: '示意', en: 'Illustrative' }, isIllustrative: true, categories: [], years: YEARS, sources: [] } as unknown as AtlasDataset;
const atlas: Atlas = { meta, counties, countyIndexByCode: new Map(counties.codes.map((c, i) => [c, i])), geometry: decodeAtlasGeometry(makeTopology(), counties) };
const source: ExportSource = {
  atlas,
  metrics,
  scale: buildLayerScale('sales', metrics, BELT_VIEW, mainlandRegions(metrics)),
  compareScale: null,
  compareFrom: null,
  theme: 'light',
  scalesIn: (theme) => ({ scale: buildLayerScale('sales', metrics, BELT_VIEW, mainlandRegions(metrics), theme), compareScale: null }),
  layer: 'sales',
  category: 'all',
  year: 2024,
  lang: 'en',
  camera: null,
  level: 'county',
  selectedPlaceCode: null,
  loadBelts: () => Promise.reject(new Error('no belts here')),
  loadMetrics: () => Promise.resolve(metrics),
};

/** An output that records what is saved; the animation encodes nothing and can be held until cancelled. */
function recorder(options: { waitForCancel?: boolean } = {}) {
  const saved: string[] = [];
  const jobs: AnimationJob[] = [];
  const output: ExportOutput = {
    png: () => Promise.resolve(new Blob(['png'])),
    animation: (job) => {
      jobs.push(job);
      job.onProgress?.(1);
      if (!options.waitForCancel) return Promise.resolve(new Blob(['video']));
      return new Promise((_, reject) => job.signal.addEventListener('abort', () => reject(new DOMException('cancelled', 'AbortError'))));
    },
    save: (_blob, name) => saved.push(name),
  };
  return { output, saved, jobs };
}

const viewport = { width: 1280, height: 720 };

describe('ExportController', () => {
  it('starts with the whole run of years, the still as large as the map on screen, and GIF until the browser answers', () => {
    const exporter = new ExportController(() => source, recorder().output, viewport);
    expect([exporter.startYear, exporter.endYear, exporter.format]).toEqual([2023, 2024, 'gif']);
    expect(exporter.still).toEqual({ width: 1280, height: 720 });
    expect(exporter.videoSupport).toEqual({ mp4: null, webm: null });
  });

  it.each<[{ mp4: boolean; webm: boolean }, string]>([
    [{ mp4: true, webm: true }, 'mp4'],
    [{ mp4: false, webm: true }, 'webm'],
    [{ mp4: false, webm: false }, 'gif'],
  ])('picks the best format the browser encodes: %j → %s', (support, format) => {
    const exporter = new ExportController(() => source, recorder().output, viewport);
    exporter.videoSupportFound(support);
    expect(exporter.format).toBe(format);
  });

  it('keeps the format the reader chose while it works, and falls back to GIF when it does not', () => {
    const exporter = new ExportController(() => source, recorder().output, viewport);
    exporter.chooseFormat('gif');
    exporter.videoSupportFound({ mp4: true, webm: true });
    expect(exporter.format).toBe('gif');
    exporter.chooseFormat('webm');
    exporter.videoSupportFound({ mp4: true, webm: false });
    expect(exporter.format).toBe('gif');
  });

  it('saves an SVG still under its file name and says so', async () => {
    const { output, saved } = recorder();
    const exporter = new ExportController(() => source, output, viewport);
    await exporter.exportStill('svg');
    expect(saved).toEqual(['beltmap-sales-2024.svg']);
    expect(exporter.status).toEqual({ kind: 'saved', text: 'Saved beltmap-sales-2024.svg' });
    expect(exporter.busyStill).toBeNull();
  });

  it('makes one still at a time: a second press while the first is made saves nothing more', async () => {
    const { output, saved } = recorder();
    const exporter = new ExportController(() => source, output, viewport);
    const first = exporter.exportStill('svg');
    await exporter.exportStill('svg');
    await first;
    expect(saved).toEqual(['beltmap-sales-2024.svg']);
  });

  // The paper is the scene's first item; the county colours come from the scale of the theme chosen.
  it.each([
    { shown: 'light', chosen: 'shown', paper: '#ffffff' },
    { shown: 'dark', chosen: 'shown', paper: '#0e141a' },
    { shown: 'light', chosen: 'dark', paper: '#0e141a' },
    { shown: 'dark', chosen: 'light', paper: '#ffffff' },
  ] as const)('draws a PNG in the theme chosen: page $shown, option $chosen → paper $paper', async ({ shown, chosen, paper }) => {
    const papers: unknown[] = [];
    const themesAsked: string[] = [];
    const output: ExportOutput = {
      ...recorder().output,
      png: (frames) => {
        papers.push(frames.scene(0)[0]);
        return Promise.resolve(new Blob(['png']));
      },
    };
    const themed: ExportSource = {
      ...source,
      theme: shown,
      scalesIn: (theme) => {
        themesAsked.push(theme);
        return source.scalesIn(theme);
      },
    };
    const exporter = new ExportController(() => themed, output, viewport);
    exporter.theme = chosen;
    await exporter.exportStill('png1');
    expect(papers).toEqual([expect.objectContaining({ kind: 'rect', fill: paper })]);
    // Only a theme other than the page's needs its scale built again.
    expect(themesAsked).toEqual(chosen === 'shown' || chosen === shown ? [] : [chosen]);
  });

  it("says why a still failed in the page's words, the browser's kept for the details", async () => {
    const exporter = new ExportController(() => source, recorder().output, viewport);
    await exporter.exportStill('csv');
    const lead = 'The export could not be made: the browser could not make the file. The map is unchanged.';
    expect(exporter.status).toEqual({
      kind: 'failed',
      text: lead,
      failure: { lead, advice: 'Try again; if it still fails, reload the page or choose another format.', detail: 'Error: no belts here' },
    });
  });

  it.each([
    [new RangeError('Array buffer allocation failed'), '无法导出：浏览器生成这个文件时内存不足。地图没有改变。', '请关闭其他标签页，或选择较小的尺寸、较短的年份范围后再试。'],
    [new LoadError('geodata/index/belts.json', 'network', null, 'network error (Failed to fetch)'), '无法导出：下载导出所需的数据时网络连接中断了。地图没有改变。', '请检查网络连接后再试。'],
  ])('in Chinese, by what went wrong: %s', async (error, lead, advice) => {
    const exporter = new ExportController(() => ({ ...source, lang: 'zh', loadBelts: () => Promise.reject(error) }), recorder().output, viewport);
    await exporter.exportStill('csv');
    expect(exporter.status).toEqual({ kind: 'failed', text: lead, failure: { lead, advice, detail: `${error.name}: ${error.message}` } });
  });

  it('refuses an animation whose years run backwards', async () => {
    const { output, jobs } = recorder();
    const exporter = new ExportController(() => source, output, viewport);
    exporter.startYear = 2024;
    exporter.endYear = 2023;
    expect(exporter.canStartAnimation).toBe(false);
    await exporter.startAnimation();
    expect(jobs).toEqual([]);
  });

  it('runs an animation of the years chosen at the size chosen and saves it', async () => {
    const { output, saved, jobs } = recorder();
    const exporter = new ExportController(() => source, output, viewport);
    exporter.videoSupportFound({ mp4: true, webm: true });
    exporter.sizeId = 'small';
    exporter.startYear = 2024;
    await exporter.startAnimation();
    expect(jobs.map((job) => [job.format, job.frames.width, job.frames.height, job.frames.positionCount])).toEqual([['mp4', 540, 540, 1]]);
    expect(saved).toEqual(['beltmap-sales-2024.mp4']);
    expect(exporter.job).toBeNull();
  });

  it('cancelling stops the job and says it was cancelled', async () => {
    const { output, saved } = recorder({ waitForCancel: true });
    const exporter = new ExportController(() => source, output, viewport);
    const running = exporter.startAnimation();
    await new Promise((resolve) => setTimeout(resolve, 10));
    // GIF at 10 frames a second: two years of 1 s, then the last held 2 s.
    expect(exporter.job).toEqual({ done: 1, total: 40 });
    exporter.cancel();
    await running;
    expect(exporter.status).toEqual({ kind: 'cancelled', text: 'Export cancelled.' });
    expect(saved).toEqual([]);
    expect(exporter.job).toBeNull();
  });
});
