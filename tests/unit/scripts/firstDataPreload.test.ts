import { describe, expect, it } from 'vitest';
import { ALL_METRICS, defaultDatasetFiles, firstDataMarkup, firstDataPreload, GEODATA_URL, NUMBER_LOCALES, SHARED_FILES, NUMBER_FORMAT_WORKER, FONT_WORKER } from '../../../scripts/lib/firstDataPreload';
import { LOCALES } from '../../../src/lib/format/format';
import { COUNTY_TABLE_FILE, TOPOLOGY_FILE } from '../../../src/lib/data/loadAtlas';
import { ALL_CATEGORIES } from '../../../src/lib/domain/categories';

const BELTS = { id: 'belts', metaFile: 'index/meta.json' };

describe('the first data preload in index.html', () => {
  it('preloads what the app fetches first (its names are written out for the Vite config)', () => {
    expect(SHARED_FILES).toEqual([TOPOLOGY_FILE, COUNTY_TABLE_FILE]);
    expect(ALL_METRICS).toBe(ALL_CATEGORIES);
    expect(GEODATA_URL).toBe('geodata/');
    expect(NUMBER_LOCALES).toEqual(Object.values(LOCALES));
  });

  it('names the meta file and the "all" metrics of the belt model and of a listed dataset', () => {
    expect(defaultDatasetFiles('geodata', BELTS)).toEqual(['index/meta.json', 'index/metrics-all.json']);
    expect(defaultDatasetFiles('geodata', { id: 'taobao-villages', metaFile: 'datasets/taobao-villages/meta.json' })).toEqual([
      'datasets/taobao-villages/meta.json',
      'datasets/taobao-villages/metrics.json',
    ]);
  });

  it('preloads the geometry and county table always, the dataset files only for an address without another dataset', () => {
    const markup = firstDataMarkup('geodata', BELTS);
    expect(markup).toContain('<link rel="preload" as="fetch" crossorigin="anonymous" href="geodata/china.topo.json">');
    expect(markup).toContain('<link rel="preload" as="fetch" crossorigin="anonymous" href="geodata/index/counties.json">');
    const script = markup.match(/<script type="module">([\s\S]*)<\/script>/)?.[1] ?? '';
    const preloadsFor = (search: string) => {
      const added: string[] = [];
      const document = { head: { append: (link: { href: string }) => added.push(link.href) }, createElement: () => ({}) };
      new Function('location', 'document', 'getComputedStyle', 'Worker', script)({ search }, document, () => ({ fontFamily: 'serif' }), class {});
      return added;
    };
    expect(preloadsFor('')).toEqual(['geodata/index/meta.json', 'geodata/index/metrics-all.json']);
    expect(preloadsFor('?dataset=belts&year=2020')).toEqual(['geodata/index/meta.json', 'geodata/index/metrics-all.json']);
    expect(preloadsFor('?dataset=taobao-villages')).toEqual([]);
  });

  /** Runs the head script in a page whose body's font is system-ui, then Noto Sans CJK SC, with `workerClass` as its Worker. */
  function runHeadScript(search: string, workerClass: unknown) {
    const script = firstDataMarkup('geodata', BELTS).match(/<script type="module">([\s\S]*)<\/script>/)?.[1] ?? '';
    const document = { head: { append: () => undefined }, createElement: () => ({}), body: {} };
    const getComputedStyle = () => ({ fontFamily: 'system-ui, "Noto Sans CJK SC", sans-serif' });
    const URL = { createObjectURL: (blob: Blob) => blob };
    new Function('location', 'document', 'getComputedStyle', 'Worker', 'URL', script)({ search }, document, getComputedStyle, workerClass, URL);
  }

  it('starts the number-format worker, then the font worker named with the body\'s font, whatever the dataset', async () => {
    for (const search of ['', '?dataset=taobao-villages']) {
      const started: { source: Promise<string>; name: unknown }[] = [];
      runHeadScript(
        search,
        class {
          constructor(blob: Blob, options: { name?: unknown }) {
            started.push({ source: blob.text(), name: options.name });
          }
        },
      );
      expect(started).toHaveLength(2);
      expect(await started[0]!.source).toBe(NUMBER_FORMAT_WORKER);
      expect(started[0]!.name).toBe('');
      expect(await started[1]!.source).toBe(FONT_WORKER);
      expect(started[1]!.name).toBe('system-ui, "Noto Sans CJK SC", sans-serif');
    }
  });

  it('still preloads when the page may not start a worker (a content security policy refusing blob: workers)', () => {
    expect(() =>
      runHeadScript('', class {
        constructor() {
          throw new Error('Refused to create a worker');
        }
      }),
    ).not.toThrow();
  });

  /** Runs a worker's `source` in a scope named `name` that records its calls, and returns the calls. */
  function runWorker(source: string, name: string): string[] {
    const calls: string[] = [];
    const scope = { name, close: () => calls.push('close') };
    const Intl = { NumberFormat: class { constructor(locale: string) { calls.push(`number format ${locale}`); } format() { return ''; } } };
    const OffscreenCanvas = class {
      getContext() {
        const context = { font: '', measureText: (text: string) => calls.push(`measure ${text} in ${context.font}`) };
        return context;
      }
    };
    new Function('self', 'Intl', 'OffscreenCanvas', source)(scope, Intl, OffscreenCanvas);
    return calls;
  }

  it('number-format worker: as it starts, a number format of each page locale, then it ends', () => {
    expect(runWorker(NUMBER_FORMAT_WORKER, '')).toEqual(['number format zh-CN', 'number format en-US', 'close']);
  });

  it('font worker: as it starts, Chinese text measured in the font it is named after, then it ends (no message to wait for)', () => {
    expect(runWorker(FONT_WORKER, 'system-ui, "Noto Sans CJK SC", sans-serif')).toEqual([
      'measure 产业带地图 in 16px system-ui, "Noto Sans CJK SC", sans-serif',
      'close',
    ]);
  });

  it('goes right after the charset, before the stylesheet', () => {
    const html = '<head>\n    <meta charset="utf-8" />\n    <link rel="stylesheet" href="a.css">\n</head>';
    const out = firstDataPreload('geodata', BELTS).transformIndexHtml(html);
    expect(out.indexOf('china.topo.json')).toBeGreaterThan(out.indexOf('charset'));
    expect(out.indexOf('<script type="module">')).toBeLessThan(out.indexOf('a.css'));
    expect(() => firstDataPreload('geodata', BELTS).transformIndexHtml('<head></head>')).toThrow('index.html: <meta charset="utf-8" /> not found');
  });
});
