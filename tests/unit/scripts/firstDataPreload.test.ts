import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_METRICS, defaultDatasetFiles, FIRST_DATA_GLOBAL, firstDataMarkup, firstDataPreload, GEODATA_URL, NUMBER_LOCALES, SHARED_FILES, NUMBER_FORMAT_WORKER, FONT_WORKER, SHOWS_CHINESE, FIRST_PAINT_SIGNAL } from '../../../scripts/lib/firstDataPreload';
import { FIRST_DATA_GLOBAL as APP_FIRST_DATA_GLOBAL, type PrefetchedJson } from '../../../src/lib/data/firstData';
import { pickLang } from '../../../src/lib/i18n/i18n';
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
    expect(FIRST_DATA_GLOBAL).toBe(APP_FIRST_DATA_GLOBAL);
  });

  it('names the meta file and the "all" metrics of the belt model and of a listed dataset', () => {
    expect(defaultDatasetFiles('geodata', BELTS)).toEqual(['index/meta.json', 'index/metrics-all.json']);
    expect(defaultDatasetFiles('geodata', { id: 'taobao-villages', metaFile: 'datasets/taobao-villages/meta.json' })).toEqual([
      'datasets/taobao-villages/meta.json',
      'datasets/taobao-villages/metrics.json',
    ]);
  });

  it('preloads the geometry and county table, then fetches them, and the dataset files only for an address without another dataset', () => {
    const markup = firstDataMarkup('geodata', BELTS);
    expect(markup).toContain('<link rel="preload" as="fetch" crossorigin="anonymous" href="geodata/china.topo.json">');
    expect(markup).toContain('<link rel="preload" as="fetch" crossorigin="anonymous" href="geodata/index/counties.json">');
    const fetchedFor = (search: string) => Object.keys(runFirstDataScript(search, async () => new Response('{}')));
    const shared = ['geodata/china.topo.json', 'geodata/index/counties.json'];
    expect(fetchedFor('')).toEqual([...shared, 'geodata/index/meta.json', 'geodata/index/metrics-all.json']);
    expect(fetchedFor('?dataset=belts&year=2020')).toEqual([...shared, 'geodata/index/meta.json', 'geodata/index/metrics-all.json']);
    expect(fetchedFor('?dataset=taobao-villages')).toEqual(shared);
  });

  /** Runs the first data script (the async module) for an address `search` with `fetch` as the page's; returns the files it left. */
  function runFirstDataScript(search: string, fetch: (url: string) => Promise<Response>): Record<string, PrefetchedJson> {
    const script = firstDataMarkup('geodata', BELTS).match(/<script type="module" async>([\s\S]*?)<\/script>/)?.[1] ?? '';
    const self: Record<string, unknown> = {};
    new Function('location', 'self', 'fetch', script)({ search }, self, fetch);
    return self[FIRST_DATA_GLOBAL] as Record<string, PrefetchedJson>;
  }

  it('parses each file as it arrives, counting its bytes for whoever takes it, and leaves null for one it could not load or parse', async () => {
    const text = JSON.stringify({ codes: ['330102', '330782'] });
    const responses: Record<string, () => Promise<Response>> = {
      'geodata/china.topo.json': async () => new Response(new Blob([text.slice(0, 10), text.slice(10)]).stream()),
      'geodata/index/counties.json': async () => new Response('gone', { status: 404 }),
      'geodata/index/meta.json': async () => new Response('{"years": [2020,'),
      'geodata/index/metrics-all.json': () => Promise.reject(new TypeError('Failed to fetch')),
    };
    const files = runFirstDataScript('', (url) => responses[url]!());
    const topology = files['geodata/china.topo.json']!;
    const told: number[] = [];
    topology.onBytes = (bytes) => told.push(bytes);
    expect(await topology.json).toEqual({ value: { codes: ['330102', '330782'] } });
    expect(topology.loadedBytes).toBe(new TextEncoder().encode(text).length);
    expect(told.at(-1)).toBe(topology.loadedBytes);
    expect(await files['geodata/index/counties.json']!.json).toBeNull();
    expect(await files['geodata/index/meta.json']!.json).toBeNull();
    expect(await files['geodata/index/metrics-all.json']!.json).toBeNull();
  });

  /**
   * Runs the head script in a page whose body's font is system-ui, then Noto Sans CJK SC, with
   * `workerClass` as its Worker, for a browser whose languages are `languages`.
   */
  function runHeadScript(search: string, workerClass: unknown, languages: string[] = ['zh-CN']): HeadScriptPage {
    const script = firstDataMarkup('geodata', BELTS).match(/<script type="module">([\s\S]*?)<\/script>/)?.[1] ?? '';
    const page: HeadScriptPage = { signals: new Set(), observers: [] };
    const document = { body: {}, querySelector: (selector: string) => (page.signals.has(selector) ? {} : null) };
    const getComputedStyle = () => ({ fontFamily: 'system-ui, "Noto Sans CJK SC", sans-serif' });
    const URL = { createObjectURL: (blob: Blob) => blob };
    const MutationObserver = class {
      isConnected = false;
      constructor(readonly callback: () => void) {
        page.observers.push(this);
      }
      observe(target: unknown, options: { attributeFilter?: string[] }) {
        expect([target, options.attributeFilter]).toEqual([document, ['data-first-paint']]);
        this.isConnected = true;
      }
      disconnect() {
        this.isConnected = false;
      }
    };
    new Function('location', 'navigator', 'document', 'getComputedStyle', 'Worker', 'URL', 'MutationObserver', script)({ search }, { languages }, document, getComputedStyle, workerClass, URL, MutationObserver);
    return page;
  }

  /** A page the head script ran in: the selectors that match in it, and its mutation observers. */
  interface HeadScriptPage {
    signals: Set<string>;
    observers: { isConnected: boolean; callback: () => void }[];
  }

  /** The workers started for `search` and `languages` (each one's source and name), and the page the head script ran in. */
  function startWorkers(search: string, languages: string[]) {
    const started: { source: Promise<string>; name: unknown }[] = [];
    const page = runHeadScript(
      search,
      class {
        constructor(blob: Blob, options: { name?: unknown }) {
          started.push({ source: blob.text(), name: options.name });
        }
      },
      languages,
    );
    const workers = () => Promise.all(started.map(async ({ source, name }) => ({ source: await source, name })));
    return { page, workers };
  }

  async function workersStarted(search: string, languages: string[]): Promise<{ source: string; name: unknown }[]> {
    return startWorkers(search, languages).workers();
  }

  it('in a Chinese page, starts the number-format worker, then the font worker named with the body\'s font, whatever the dataset', async () => {
    for (const search of ['', '?dataset=taobao-villages', '?lang=zh']) {
      expect(await workersStarted(search, ['zh-CN'])).toEqual([
        { source: NUMBER_FORMAT_WORKER, name: '' },
        { source: FONT_WORKER, name: 'system-ui, "Noto Sans CJK SC", sans-serif' },
      ]);
    }
    expect(await workersStarted('?lang=zh', ['en-US'])).toHaveLength(2);
  });

  it('in an English page, starts only the number-format worker (its first map has no Chinese text), and the font worker once the first map is drawn', async () => {
    expect(await workersStarted('?lang=en&dataset=taobao-villages', ['zh-CN'])).toEqual([{ source: NUMBER_FORMAT_WORKER, name: '' }]);
    const { page, workers } = startWorkers('', ['en-US', 'zh-CN']);
    expect(await workers()).toEqual([{ source: NUMBER_FORMAT_WORKER, name: '' }]);
    const [observer] = page.observers;
    // The page mounts and draws: a mutation before the signal starts nothing.
    observer!.callback();
    expect(await workers()).toHaveLength(1);
    page.signals.add(`[${FIRST_PAINT_SIGNAL}]`);
    observer!.callback();
    expect(await workers()).toEqual([
      { source: NUMBER_FORMAT_WORKER, name: '' },
      { source: FONT_WORKER, name: 'system-ui, "Noto Sans CJK SC", sans-serif' },
    ]);
    expect(observer!.isConnected).toBe(false);
  });

  it('names the first paint signal the map writes (mapSignals.ts)', () => {
    expect(FIRST_PAINT_SIGNAL).toBe('data-first-paint="done"');
    expect(readFileSync('src/lib/map/mapSignals.ts', 'utf8')).toContain(` * - ${FIRST_PAINT_SIGNAL}: the complete opening choropleth is on screen`);
  });

  it('decides the page\'s language as the app does (i18n.ts pickLang), for addresses and browser languages', () => {
    const showsChinese = (search: string, languages: string[]) => new Function('location', 'navigator', `return ${SHOWS_CHINESE};`)({ search }, { languages }) as boolean;
    const cases: [string, string[], boolean][] = [
      ['', ['en-US'], false],
      ['', ['zh-TW', 'en'], true],
      ['', ['fr-FR', 'EN-GB', 'zh'], false],
      ['', ['fr-FR', 'de'], true],
      ['', [], true],
      ['?lang=zh', ['en-US'], true],
      ['?lang=en', ['zh-CN'], false],
      ['?lang=fr', ['en-US'], false],
      ['?lang=EN', ['zh-CN'], true],
      ['?year=2020&lang=en', ['zh-CN'], false],
    ];
    for (const [search, languages, expected] of cases) {
      expect(showsChinese(search, languages), `${search} ${languages.join(',')}`).toBe(expected);
      expect(pickLang(new URLSearchParams(search).get('lang'), languages) === 'zh').toBe(expected);
    }
  });

  it('loads as before when the page may not start a worker (a content security policy refusing blob: workers)', () => {
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

  it('font worker: as it starts, Chinese text measured in the font it is named after, regular then bold, then it ends (no message to wait for)', () => {
    expect(runWorker(FONT_WORKER, 'system-ui, "Noto Sans CJK SC", sans-serif')).toEqual([
      'measure 产业带地图 in 16px system-ui, "Noto Sans CJK SC", sans-serif',
      'measure 产业带地图 in bold 16px system-ui, "Noto Sans CJK SC", sans-serif',
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
