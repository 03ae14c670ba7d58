/**
 * A reader's own datasets in the loader and the session: held in memory and shown without a fetch,
 * listed after the published ones, kept in a store (here in memory, as on a page without IndexedDB)
 * and found again by a new session, removed from both; a page that cannot keep them says so. The
 * session finding the dataset an address names (own, listed, or no dataset at all).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BELT_RULE } from '../../../src/lib/domain/beltRuleConfig';
import { AtlasSession } from '../../../src/lib/data/atlasSession.svelte';
import { GeodataSource } from '../../../src/lib/data/loadAtlas';
import { importDatasetText } from '../../../src/lib/import/importDataset';
import type { OwnImportChoices, OwnImportOutcome } from '../../../src/lib/ownData/ownDataImporter';
import { memoryOwnDataStore, type OwnDataStore } from '../../../src/lib/ownData/ownDataStore';
import { makeCountyTable, makeMetrics, makeTopology, YEARS } from '../fixtures/geodata';

const CATEGORIES = [{ id: 'apparel', zh: '服饰鞋包', en: 'Apparel, shoes & bags', isNewConsumption: false }];
const CATALOGUE = {
  generatedBy: 'test',
  defaultDataset: 'belts',
  datasets: [{ id: 'belts', title: { zh: '示意', en: 'Illustrative' }, isIllustrative: true, years: [2023, 2024], metaFile: 'index/meta.json' }],
};

function fakeServer() {
  const files: Record<string, unknown> = {
    'data/china.topo.json': makeTopology(),
    'data/index/counties.json': makeCountyTable(),
    'data/index/meta.json': {
      generatedBy: 'test',
      title: { zh: '示意', en: 'Illustrative' },
      description: { zh: '', en: '' },
      isIllustrative: true,
      categories: CATEGORIES,
      sources: [],
      beltRule: BELT_RULE,
      years: YEARS,
      metricsFiles: { all: 'metrics-all.json' },
      beltsFile: 'belts.json',
    },
    'data/index/metrics-all.json': makeMetrics(),
    'data/datasets.json': CATALOGUE,
  };
  const requested: string[] = [];
  const fetchFn = async (url: string) => {
    requested.push(url);
    return url in files ? new Response(JSON.stringify(files[url])) : new Response('not found', { status: 404 });
  };
  return { fetchFn, requested };
}

const CHOICES: OwnImportChoices = { title: '网店', isCompleteList: false };

/** What the worker would give for a small file of the fixture's two counties. */
function outcome(datasetId = 'own-shops-1'): OwnImportOutcome {
  const text = 'county_code,year,网店数（家）\n330782,2022,120\n330782,2023,150\n330102,2023,30\n';
  const result = importDatasetText(text, { counties: makeCountyTable(), categories: CATEGORIES, fileName: 'shops.csv', id: datasetId, title: { zh: '网店', en: '网店' }, generatedBy: 'test' });
  return { datasetId, result, refusal: null };
}

const file = () => Object.assign(new Blob(['county_code,year,网店数（家）\n']), { name: 'shops.csv' });

function session(store: OwnDataStore | null, server = fakeServer()) {
  return new AtlasSession(new GeodataSource({ baseUrl: 'data/', fetchFn: server.fetchFn }), { openStore: async () => store });
}

describe('GeodataSource with an own dataset', () => {
  it('shows it without a fetch, lists it after the published ones, gives the import its reference', async () => {
    const server = fakeServer();
    const source = new GeodataSource({ baseUrl: 'data/', fetchFn: server.fetchFn });
    await source.loadAtlas();
    source.putOwnDataset(outcome().result.files!);
    const before = server.requested.length;
    const { atlas, metrics } = await source.loadAtlas({ datasetId: 'own-shops-1' });
    expect(server.requested.length).toBe(before);
    expect([atlas.meta.id, atlas.meta.years, atlas.meta.measure.unitLabel.zh]).toEqual(['own-shops-1', [2022, 2023], '家']);
    expect([...metrics.values[1]!]).toEqual([30, 150]);
    expect(await source.loadListedPlaces('own-shops-1')).toEqual({ generatedBy: 'test', years: [2022, 2023], counties: {} });
    const catalogue = await source.loadCatalogue();
    expect(catalogue.datasets.map((entry) => [entry.id, entry.origin ?? 'published', entry.years])).toEqual([
      ['belts', 'published', [2023, 2024]],
      ['own-shops-1', 'thisBrowser', [2022, 2023]],
    ]);
    // The belt model is loaded: its categories (the CLI's list) need no second request.
    const reference = await source.importReference();
    expect([reference.counties.codes, reference.categories]).toEqual([['330102', '330782'], CATEGORIES]);
    expect(server.requested.filter((url) => url === 'data/index/meta.json')).toHaveLength(1);
  });

  it('forgets a removed one: an address naming it is looked up in the catalogue and not found', async () => {
    const source = new GeodataSource({ baseUrl: 'data/', fetchFn: fakeServer().fetchFn });
    await source.loadAtlas();
    source.putOwnDataset(outcome().result.files!);
    await source.loadAtlas({ datasetId: 'own-shops-1' });
    source.removeOwnDataset('own-shops-1');
    expect(source.hasOwnDataset('own-shops-1')).toBe(false);
    await expect(source.loadAtlas({ datasetId: 'own-shops-1' })).rejects.toThrow('no dataset "own-shops-1" in the catalogue');
  });
});

describe('AtlasSession: own datasets', () => {
  it('adds, shows and keeps one; a new session finds it; removing shows the default and forgets it', async () => {
    const store = memoryOwnDataStore();
    const first = session(store);
    await first.load();
    await first.addOwnDataset(outcome(), { file: file(), choices: CHOICES });
    expect([first.datasetId, first.isOwnDatasetShown, first.ownStoreStatus]).toEqual(['own-shops-1', true, 'available']);
    expect(first.ownDatasets.map((entry) => entry.id)).toEqual(['own-shops-1']);
    expect((await store.list()).map(({ id, title, fileName, choices }) => ({ id, title, fileName, choices }))).toEqual([
      { id: 'own-shops-1', title: '网店', fileName: 'shops.csv', choices: CHOICES },
    ]);
    expect(new TextDecoder().decode((await store.original('own-shops-1'))!.bytes)).toBe('county_code,year,网店数（家）\n');

    // After a reload: the address names it, so the page looks it up before loading.
    const second = session(store);
    expect(await second.findDataset('own-shops-1')).toBe(true);
    await second.load('own-shops-1');
    expect([second.datasetId, second.isOwnDatasetShown, second.missingDataset]).toEqual(['own-shops-1', true, null]);

    await second.removeOwnDataset('own-shops-1');
    expect([second.datasetId, second.isOwnDatasetShown, second.ownDatasets]).toEqual(['belts', false, []]);
    expect(await store.list()).toEqual([]);
  });

  it('a link to an own dataset this browser does not keep: not found, and named for the page', async () => {
    const other = session(memoryOwnDataStore());
    expect(await other.findDataset('own-shops-1')).toBe(false);
    expect(other.missingDataset).toBe('own-shops-1');
  });

  it('lists own datasets in the loaded catalogue too, after the published ones', async () => {
    const shown = session(memoryOwnDataStore());
    await shown.load();
    await shown.loadCatalogue();
    await shown.addOwnDataset(outcome(), { file: file(), choices: CHOICES });
    expect(shown.catalogue!.datasets.map((entry) => entry.id)).toEqual(['belts', 'own-shops-1']);
    await shown.removeOwnDataset('own-shops-1');
    expect(shown.catalogue!.datasets.map((entry) => entry.id)).toEqual(['belts']);
  });

  it('without IndexedDB the dataset still maps, and the session says it will not be kept', async () => {
    const unkept = session(null);
    await unkept.load();
    await unkept.addOwnDataset(outcome(), { file: file(), choices: CHOICES });
    expect([unkept.datasetId, unkept.ownStoreStatus]).toEqual(['own-shops-1', 'unavailable']);
  });

  it('a store that refuses to save (quota) leaves the dataset mapped and says it is not kept', async () => {
    const refusing: OwnDataStore = { ...memoryOwnDataStore(), save: async () => Promise.reject(new Error('QuotaExceededError')) };
    const full = session(refusing);
    await full.load();
    await full.addOwnDataset(outcome(), { file: file(), choices: CHOICES });
    expect([full.datasetId, full.ownStoreStatus]).toEqual(['own-shops-1', 'unavailable']);
  });

  it('refuses to add an import that accepted no rows', async () => {
    const empty = session(memoryOwnDataStore());
    await empty.load();
    const nothing = { ...outcome(), result: { ...outcome().result, files: null } };
    await expect(empty.addOwnDataset(nothing, { file: file(), choices: CHOICES })).rejects.toThrow('the import accepted no rows');
  });
});

describe('AtlasSession.findDataset: the dataset an address names', () => {
  it.each([
    { what: 'the default', id: 'belts', found: true, missing: null, fetched: [] },
    { what: 'a listed one (through the catalogue)', id: 'belts-copy', found: true, missing: null, fetched: ['data/datasets.json'] },
    { what: 'a name the catalogue does not list', id: 'nosuch', found: false, missing: 'nosuch', fetched: ['data/datasets.json'] },
  ])('$what: $found, missingDataset $missing', async ({ id, found, missing, fetched }) => {
    const server = fakeServer();
    const listed = { ...CATALOGUE, datasets: [...CATALOGUE.datasets, { ...CATALOGUE.datasets[0]!, id: 'belts-copy' }] };
    const fetchFn = async (url: string) => (url === 'data/datasets.json' ? (server.requested.push(url), new Response(JSON.stringify(listed))) : server.fetchFn(url));
    const shown = new AtlasSession(new GeodataSource({ baseUrl: 'data/', fetchFn }), { openStore: async () => null });
    expect(await shown.findDataset(id)).toBe(found);
    expect(shown.missingDataset).toBe(missing);
    expect(server.requested).toEqual(fetched);
  });

  it('a catalogue that cannot be loaded: not known (null), its failure kept, and no dataset named missing', async () => {
    const server = fakeServer();
    const fetchFn = async (url: string) => (url === 'data/datasets.json' ? new Response('', { status: 503 }) : server.fetchFn(url));
    const shown = new AtlasSession(new GeodataSource({ baseUrl: 'data/', fetchFn }), { openStore: async () => null });
    expect(await shown.findDataset('nosuch')).toBeNull();
    expect(shown.missingDataset).toBeNull();
    expect(shown.datasetError?.message).toBe('data/datasets.json: HTTP 503');
  });

  it('a dataset shown after a switch clears the name of the one missing', async () => {
    const shown = session(memoryOwnDataStore());
    await shown.load();
    expect(await shown.findDataset('own-shops-1')).toBe(false);
    await shown.addOwnDataset(outcome(), { file: file(), choices: CHOICES });
    expect([shown.datasetId, shown.missingDataset]).toEqual(['own-shops-1', null]);
  });
});

describe('the categories the page checks a full-format file against', () => {
  it("are the CLI's list: the belt model's meta (which the page has) carries scripts/data/categories.json", () => {
    const cli = JSON.parse(readFileSync('scripts/data/categories.json', 'utf8')) as unknown[];
    const meta = JSON.parse(readFileSync('geodata/index/meta.json', 'utf8')) as { categories: unknown[] };
    expect(meta.categories).toEqual(cli);
    expect(cli).toHaveLength(15);
  });
});
