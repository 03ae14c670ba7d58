import { BELT_RULE } from '../../../src/lib/domain/beltRuleConfig';
import { describe, expect, it } from 'vitest';
import { bodySizeOf, combineProgress, fetchJson, isReceiving, type FileProgress } from '../../../src/lib/data/fetchJson';
import { AtlasSession } from '../../../src/lib/data/atlasSession.svelte';
import { GeodataSource, LoadError, isAbortError } from '../../../src/lib/data/loadAtlas';
import { FIRST_DATA_GLOBAL, type PrefetchedJson } from '../../../src/lib/data/firstData';
import { makeCountyTable, makeMetrics, makeTopology, YEARS } from '../fixtures/geodata';

/** A Response whose body arrives in the given chunks. */
function chunkedResponse(text: string, chunkCount: number, headers: Record<string, string> = {}): Response {
  const bytes = new TextEncoder().encode(text);
  const size = Math.ceil(bytes.length / chunkCount);
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let start = 0; start < bytes.length; start += size) controller.enqueue(bytes.slice(start, start + size));
      controller.close();
    },
  });
  return new Response(body, { headers });
}

describe('bodySizeOf', () => {
  it.each([
    [{ 'content-length': '1200' }, 1200],
    [{ 'content-length': '1200', 'content-encoding': 'identity' }, 1200],
    // gzip: the header counts compressed bytes, the stream yields decoded ones
    [{ 'content-length': '300', 'content-encoding': 'gzip' }, null],
    [{}, null],
    [{ 'content-length': 'abc' }, null],
  ])('%j gives %s', (headers, expected) => {
    expect(bodySizeOf(new Headers(headers))).toBe(expected);
  });
});

describe('combineProgress', () => {
  it.each<[(FileProgress | undefined)[], FileProgress]>([
    [[{ loadedBytes: 10, totalBytes: 100 }, { loadedBytes: 5, totalBytes: 50 }], { loadedBytes: 15, totalBytes: 150 }],
    [[{ loadedBytes: 10, totalBytes: 100 }, undefined], { loadedBytes: 10, totalBytes: null }],
    [[{ loadedBytes: 10, totalBytes: null }, { loadedBytes: 5, totalBytes: 50 }], { loadedBytes: 15, totalBytes: null }],
  ])('%j sums to %j', (files, expected) => {
    expect(combineProgress(files)).toEqual(expected);
  });
});

describe('isReceiving', () => {
  it.each<[string, FileProgress | null, boolean]>([
    ['before any file has answered', null, true],
    ['while a total is unknown (a compressed file still coming, or one not yet asked for)', { loadedBytes: 900, totalBytes: null }, true],
    ['while fewer bytes than the total are in', { loadedBytes: 900, totalBytes: 1000 }, true],
    ['once every file is in', { loadedBytes: 1000, totalBytes: 1000 }, false],
  ])('%s', (_, progress, expected) => {
    expect(isReceiving(progress)).toBe(expected);
  });
});

describe('fetchJson', () => {
  it('reports bytes as they arrive and parses the JSON', async () => {
    const text = JSON.stringify({ values: Array.from({ length: 100 }, (_, i) => i) });
    const seen: FileProgress[] = [];
    const json = await fetchJson('geodata/x.json', {
      fetchFn: async () => chunkedResponse(text, 4, { 'content-length': String(text.length) }),
      onProgress: (p) => seen.push(p),
    });
    expect((json as { values: number[] }).values).toHaveLength(100);
    expect(seen.length).toBeGreaterThanOrEqual(5);
    expect(seen.every((p) => p.totalBytes === text.length)).toBe(true);
    expect(seen.map((p) => p.loadedBytes)).toEqual([...seen.map((p) => p.loadedBytes)].sort((a, b) => a - b));
    expect(seen.at(-1)).toEqual({ loadedBytes: text.length, totalBytes: text.length });
  });

  it.each([
    ['an HTTP error', async () => new Response('gone', { status: 404, statusText: 'Not Found' }), 'http', 404, 'geodata/x.json: HTTP 404 Not Found'],
    ['a network error', async () => Promise.reject(new TypeError('Failed to fetch')), 'network', null, 'geodata/x.json: network error (Failed to fetch)'],
    ['broken JSON', async () => new Response('{"a":'), 'parse', 200, 'geodata/x.json: not valid JSON'],
  ])('turns %s into a LoadError naming the file', async (_case, fetchFn, failure, status, message) => {
    const error = await fetchJson('geodata/x.json', { fetchFn }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect(error).toMatchObject({ file: 'geodata/x.json', failure, status });
    expect((error as Error).message).toContain(message);
  });

  it('lets an abort through as an AbortError', async () => {
    const controller = new AbortController();
    controller.abort();
    const error = await fetchJson('geodata/x.json', {
      signal: controller.signal,
      fetchFn: (_url, init) => fetch('data:application/json,{}', init),
    }).catch((e: unknown) => e);
    expect(isAbortError(error)).toBe(true);
  });
});

/** A file as index.html's head script leaves it, whose bytes and JSON come when the test says. */
function prefetchedFile() {
  let settle: (parsed: { value: unknown } | null) => void = () => {};
  const file: PrefetchedJson = { loadedBytes: 0, onBytes: null, json: new Promise((resolve) => (settle = resolve)) };
  const arrive = (bytes: number) => {
    file.loadedBytes += bytes;
    file.onBytes?.(file.loadedBytes);
  };
  return { file, arrive, settle };
}

describe('fetchJson of a file the head script fetched', () => {
  it('reports its bytes as they arrive, then its size, and returns its JSON without a request of its own', async () => {
    const { file, arrive, settle } = prefetchedFile();
    arrive(100);
    const seen: FileProgress[] = [];
    const requested: string[] = [];
    const json = fetchJson('geodata/x.json', {
      prefetched: file,
      onProgress: (p) => seen.push(p),
      fetchFn: async (url) => (requested.push(url), new Response('{}')),
    });
    arrive(50);
    settle({ value: { values: [1, 2] } });
    expect(await json).toEqual({ values: [1, 2] });
    expect(seen).toEqual([
      { loadedBytes: 100, totalBytes: null },
      { loadedBytes: 150, totalBytes: null },
      { loadedBytes: 150, totalBytes: 150 },
    ]);
    expect(requested).toEqual([]);
    expect(file.onBytes).toBeNull();
  });

  it('fetches the file itself when the head script could not load it, so its error names what went wrong', async () => {
    const { file, settle } = prefetchedFile();
    settle(null);
    const error = await fetchJson('geodata/x.json', {
      prefetched: file,
      fetchFn: async () => new Response('gone', { status: 404, statusText: 'Not Found' }),
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ file: 'geodata/x.json', failure: 'http', status: 404 });
  });

  it('returns a file that holds null as it is', async () => {
    const { file, settle } = prefetchedFile();
    settle({ value: null });
    expect(await fetchJson('geodata/x.json', { prefetched: file, fetchFn: async () => new Response('{"fetched":true}') })).toBeNull();
  });

  it('lets an abort through as an AbortError while the file is still coming', async () => {
    const { file } = prefetchedFile();
    const controller = new AbortController();
    const json = fetchJson('geodata/x.json', { prefetched: file, signal: controller.signal }).catch((e: unknown) => e);
    controller.abort();
    expect(isAbortError(await json)).toBe(true);
    expect(file.onBytes).toBeNull();
  });
});

/** A fake static server over the fixture files; records requested URLs. */
function fakeServer(files: Record<string, unknown>) {
  const requested: string[] = [];
  const fetchFn = async (url: string) => {
    requested.push(url);
    if (!(url in files)) return new Response('not found', { status: 404, statusText: 'Not Found' });
    const text = JSON.stringify(files[url]);
    return chunkedResponse(text, 2, { 'content-length': String(new TextEncoder().encode(text).length) });
  };
  return { fetchFn, requested };
}

const META = {
  generatedBy: 'test',
  title: { zh: '示意', en: 'Illustrative' },
  description: { zh: '', en: '' },
  isIllustrative: true,
  categories: [],
  sources: [],
  beltRule: BELT_RULE,
  years: YEARS,
  metricsFiles: { all: 'metrics-all.json', apparel: 'metrics-apparel.json' },
  beltsFile: 'belts.json',
};

function fixtureFiles(): Record<string, unknown> {
  return {
    'data/china.topo.json': makeTopology(),
    'data/index/counties.json': makeCountyTable(),
    'data/index/meta.json': META,
    'data/index/metrics-all.json': makeMetrics(),
    'data/index/metrics-apparel.json': { ...makeMetrics(), category: 'apparel' },
    'data/index/belts.json': { years: YEARS, belts: [] },
  };
}

describe('GeodataSource', () => {
  it('loads the atlas and the default metrics with one combined progress', async () => {
    const server = fakeServer(fixtureFiles());
    const source = new GeodataSource({ baseUrl: 'data/', fetchFn: server.fetchFn });
    const seen: FileProgress[] = [];
    const { atlas, metrics: shown } = await source.loadAtlas({ onProgress: (p) => seen.push(p) });

    expect(atlas.counties.codes).toEqual(['330102', '330782']);
    expect(atlas.countyIndexByCode.get('330782')).toBe(1);
    expect(atlas.geometry.counties.features[1]?.id).toBe('330782');
    const last = seen.at(-1);
    expect(last?.totalBytes).not.toBeNull();
    expect(last?.loadedBytes).toBe(last?.totalBytes);

    const before = server.requested.length;
    const metrics = await source.loadMetrics('belts', 'all');
    expect(server.requested.length).toBe(before); // preloaded with the atlas
    expect(metrics).toBe(shown);
    expect(atlas.meta.id).toBe('belts');
    expect(atlas.meta.measure.unit).toBe('yuan');
    expect(server.requested).not.toContain('data/datasets.json'); // the default view needs no catalogue
    expect(metrics.values[1]?.[1]).toBe(25_000_000_000);
  });

  it("asks for the default dataset's metrics beside its meta file, not once the meta file is in", async () => {
    const server = fakeServer(fixtureFiles());
    // The meta file is answered only once the metrics file has been asked for: waiting for the meta file first would never finish.
    let metricsAsked: () => void = () => {};
    const isMetricsAsked = new Promise<void>((resolve) => (metricsAsked = resolve));
    const fetchFn = async (url: string) => {
      if (url === 'data/index/metrics-all.json') metricsAsked();
      if (url === 'data/index/meta.json') await isMetricsAsked;
      return server.fetchFn(url);
    };
    const source = new GeodataSource({ baseUrl: 'data/', fetchFn, defaultMetricsFile: 'index/metrics-all.json' });
    const { metrics } = await source.loadAtlas();
    expect(metrics.values[1]?.[1]).toBe(25_000_000_000);
    expect(server.requested.filter((url) => url.endsWith('metrics-all.json'))).toHaveLength(1);
  });

  it('uses the metrics file the meta file names when the build saw another, whose failure then does not count', async () => {
    const server = fakeServer(fixtureFiles());
    const source = new GeodataSource({ baseUrl: 'data/', fetchFn: server.fetchFn, defaultMetricsFile: 'index/metrics-2023.json' });
    const { metrics } = await source.loadAtlas();
    expect(metrics.values[1]?.[1]).toBe(25_000_000_000);
    expect(server.requested.filter((url) => url.includes('metrics-')).sort()).toEqual(['data/index/metrics-2023.json', 'data/index/metrics-all.json']);
  });

  it('fetches a category once and keeps it', async () => {
    const server = fakeServer(fixtureFiles());
    const source = new GeodataSource({ baseUrl: 'data/', fetchFn: server.fetchFn });
    await source.loadAtlas();
    const first = await source.loadMetrics('belts', 'apparel');
    const second = await source.loadMetrics('belts', 'apparel');
    expect(second).toBe(first);
    expect(server.requested.filter((url) => url.endsWith('metrics-apparel.json'))).toHaveLength(1);
    expect((await source.loadBelts('belts')).belts).toEqual([]);
  });

  it.each([
    ['the geometry is missing', 'data/china.topo.json', undefined, /data\/china\.topo\.json: HTTP 404/],
    ['the county table is inconsistent', 'data/index/counties.json', { ...makeCountyTable(), names: [] }, /data\/index\/counties\.json: "names" must have/],
    ['the default metrics are missing', 'data/index/metrics-all.json', undefined, /data\/index\/metrics-all\.json: HTTP 404/],
  ])('fails with a LoadError when %s', async (_case, file, content, message) => {
    const files = fixtureFiles();
    if (content === undefined) delete files[file];
    else files[file] = content;
    const source = new GeodataSource({ baseUrl: 'data/', fetchFn: fakeServer(files).fetchFn });
    const error = await source.loadAtlas().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).file).toBe(file);
    expect((error as Error).message).toMatch(message);
  });

  it('names an unknown category', async () => {
    const source = new GeodataSource({ baseUrl: 'data/', fetchFn: fakeServer(fixtureFiles()).fetchFn });
    await source.loadAtlas();
    await expect(source.loadMetrics('belts', 'tea')).rejects.toThrow(/no metrics file for category "tea"/);
  });
});

/** A listed dataset (淘宝村-like) of the two fixture counties, 2015–2016. */
const VILLAGE_WORDS = Object.fromEntries(
  ['valueLayer', 'spreadLayer', 'valueLegend', 'growthLegend', 'spreadLegend', 'none', 'notYet', 'spreadChart'].map((word) => [
    word,
    { zh: `词${word}`, en: `word ${word}` },
  ]),
);
const VILLAGE_META = {
  generatedBy: 'test',
  id: 'villages',
  title: { zh: '淘宝村', en: 'Taobao villages' },
  description: { zh: '', en: '' },
  isIllustrative: false,
  measure: { id: 'villages', name: { zh: '淘宝村数量', en: 'Taobao villages' }, unit: 'count', unitLabel: { zh: '个', en: 'villages' } },
  words: VILLAGE_WORDS,
  years: [2015, 2016],
  categories: [],
  spreadThreshold: 1,
  sources: [],
  yearSourceIds: ['s2015', 's2016'],
  nationalSeries: [],
  reportedCountyPoints: [],
  metricsFile: 'metrics.json',
  detailsFile: 'details.json',
};
const VILLAGE_METRICS = {
  generatedBy: 'test',
  measure: 'villages',
  years: [2015, 2016],
  values: [
    [0, 3],
    [2, 5],
  ],
  growth: [
    [null, null],
    ['new', 0.6667],
  ],
  provenance: [
    [2, 2],
    [2, 2],
  ],
  towns: [null, [0, 1]],
  firstYear: [2016, 2015],
  centres: [{ year: 2015, lng: 120, lat: 29, weight: 3 }],
  countiesByRegion: [],
  newCountiesByRegion: [],
};

function filesWithVillages(): Record<string, unknown> {
  return {
    ...fixtureFiles(),
    'data/datasets.json': {
      generatedBy: 'test',
      datasets: [
        { id: 'belts', title: { zh: '', en: '' }, isIllustrative: true, years: [2023, 2024], metaFile: 'index/meta.json' },
        { id: 'villages', title: VILLAGE_META.title, isIllustrative: false, years: [2015, 2016], metaFile: 'datasets/villages/meta.json' },
      ],
    },
    'data/datasets/villages/meta.json': VILLAGE_META,
    'data/datasets/villages/metrics.json': VILLAGE_METRICS,
    'data/datasets/villages/details.json': { generatedBy: 'test', years: [2015, 2016], counties: {} },
  };
}

describe('GeodataSource on a page whose head script fetched the first files', () => {
  it('takes each of them once, with their bytes as its progress, and asks the network for none of them', async () => {
    const files = {
      'geodata/china.topo.json': makeTopology(),
      'geodata/index/counties.json': makeCountyTable(),
      'geodata/index/meta.json': META,
      'geodata/index/metrics-all.json': makeMetrics(),
    };
    const prefetched: Record<string, PrefetchedJson> = {};
    for (const [url, value] of Object.entries(files)) prefetched[url] = { loadedBytes: 1000, onBytes: null, json: Promise.resolve({ value }) };
    const page = globalThis as { [FIRST_DATA_GLOBAL]?: Record<string, PrefetchedJson> };
    const requested: string[] = [];
    const realFetch = globalThis.fetch;
    page[FIRST_DATA_GLOBAL] = prefetched;
    globalThis.fetch = async (url) => (requested.push(String(url)), new Response('not found', { status: 404 }));
    try {
      const seen: FileProgress[] = [];
      const { atlas } = await new GeodataSource({ defaultMetricsFile: 'index/metrics-all.json' }).loadAtlas({ onProgress: (p) => seen.push(p) });
      expect(atlas.counties.codes).toEqual(['330102', '330782']);
      expect(requested).toEqual([]);
      expect(seen.at(-1)).toEqual({ loadedBytes: 4000, totalBytes: 4000 });
      expect(prefetched).toEqual({});
    } finally {
      globalThis.fetch = realFetch;
      delete page[FIRST_DATA_GLOBAL];
    }
  });
});

describe('GeodataSource with several datasets', () => {
  it('opens a listed dataset through the catalogue, without the belt model\'s files', async () => {
    const server = fakeServer(filesWithVillages());
    const source = new GeodataSource({ baseUrl: 'data/', fetchFn: server.fetchFn });
    const { atlas, metrics } = await source.loadAtlas({ datasetId: 'villages' });
    expect(server.requested.sort()).toEqual([
      'data/china.topo.json',
      'data/datasets.json',
      'data/datasets/villages/meta.json',
      'data/datasets/villages/metrics.json',
      'data/index/counties.json',
    ]);
    expect(atlas.meta.id).toBe('villages');
    expect(atlas.meta.measure.unit).toBe('count');
    expect(atlas.meta.detailsKind).toBe('listed');
    expect(Array.from(metrics.values[1]!)).toEqual([2, 5]);
    // "new" is what the growth layer derives from a previous 0, so it decodes to null.
    expect(metrics.growth[1]).toEqual([null, 0.6667]);
    expect(metrics.beltCount).toBeNull();
    expect(metrics.spreadFirstYear).toEqual([2016, 2015]);
  });

  it('switches datasets fetching only the new dataset\'s files, keeping the geometry', async () => {
    const server = fakeServer(filesWithVillages());
    const source = new GeodataSource({ baseUrl: 'data/', fetchFn: server.fetchFn });
    const belts = await source.loadAtlas();
    const before = server.requested.length;
    const villages = await source.loadAtlas({ datasetId: 'villages' });
    expect(server.requested.slice(before)).toEqual([
      'data/datasets.json',
      'data/datasets/villages/meta.json',
      'data/datasets/villages/metrics.json',
    ]);
    expect(villages.atlas.geometry).toBe(belts.atlas.geometry);
    const back = server.requested.length;
    const again = await source.loadAtlas();
    expect(server.requested.length).toBe(back); // both datasets are kept
    expect(again.metrics).toBe(belts.metrics);
    expect((await source.loadListedPlaces('villages')).counties).toEqual({});
  });

  it('refuses a dataset the catalogue does not list, naming it', async () => {
    const source = new GeodataSource({ baseUrl: 'data/', fetchFn: fakeServer(filesWithVillages()).fetchFn });
    await expect(source.loadAtlas({ datasetId: 'nope' })).rejects.toThrow(/no dataset "nope" in the catalogue/);
  });
});

describe('AtlasSession switching datasets', () => {
  it('going back to the dataset shown while a switch is still loading keeps it: the late switch never replaces it', async () => {
    const files = filesWithVillages();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Like a browser: the villages' meta is slow, and an aborted request rejects with an AbortError.
    const fetchFn = async (url: string, init?: { signal?: AbortSignal }) => {
      if (url === 'data/datasets/villages/meta.json') await gate;
      if (init?.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
      return new Response(JSON.stringify(files[url]));
    };
    const session = new AtlasSession(new GeodataSource({ baseUrl: 'data/', fetchFn }), { openStore: async () => null });
    await session.load('belts');
    const toVillages = session.showDataset('villages');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(session.datasetStatus).toBe('loading');
    expect(await session.showDataset('belts')).toBe(true);
    expect(session.datasetStatus).toBe('idle');
    release();
    expect(await toVillages).toBe(false);
    expect(session.atlas?.meta.id).toBe('belts');
    expect(session.datasetStatus).toBe('idle');
  });
});
