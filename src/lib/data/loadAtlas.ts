/**
 * Loads geodata/ into the typed Atlas: the geometry and the county table once, and the chosen
 * dataset's meta with the "all" metrics the first view colours by (one progress bar covers
 * everything the first frame needs); per-category metrics, belts and listed places on demand.
 * Only the chosen dataset's files are fetched; the catalogue only when a dataset other than the
 * default is asked for or offered. URLs are relative, so the app works under any base path.
 */
import type { Atlas, AtlasDataset, CountyMetrics } from '../domain/atlas';
import type { BeltsFile, CountyTableFile, DatasetMeta } from '../domain/contract';
import type { Category } from '../domain/contract';
import type { DatasetCatalogueEntry, DatasetCatalogueFile, DatasetDescriptor, DatasetDetailsFile } from '../domain/datasetContract';
import type { ListedDatasetFiles } from '../dataset/listedFiles';
import { BELT_DATASET, BELT_META_FILE, CATALOGUE_FILE, DEFAULT_DATASET, DEFAULT_META_FILE, DEFAULT_METRICS_FILE } from '../domain/datasets';
import { ALL_CATEGORIES } from '../domain/categories';
import {
  beltDataset,
  buildCountyIndex,
  decodeAtlasGeometry,
  decodeCountyTable,
  decodeMeta,
  decodeMetrics,
} from './decode';
import { decodeCatalogue, decodeDatasetDescriptor, decodeDatasetDetails, decodeDatasetMetrics, listedDataset } from './decodeDataset';
import { combineProgress, fetchJson, LoadError, type FetchFn, type FileProgress } from './fetchJson';
import { takePrefetchedJson } from './firstData';

export { LoadError, isAbortError, isReceiving, type FileProgress as LoadProgress } from './fetchJson';

export const TOPOLOGY_FILE = 'china.topo.json';
export const COUNTY_TABLE_FILE = 'index/counties.json';

export interface LoadAtlasOptions {
  /** The dataset to show; the default (the belt model) when absent. */
  datasetId?: string | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: FileProgress) => void) | undefined;
}

export interface GeodataSourceOptions {
  /** Folder of the prebuilt files, relative to the page; ends with a slash. */
  baseUrl?: string;
  fetchFn?: FetchFn;
  /** The default dataset's "all" metrics as the build saw its meta file name them (DEFAULT_METRICS_FILE). */
  defaultMetricsFile?: string | null;
}

/** Where a dataset's files are (relative to geodata/) and which they are. */
type DatasetFiles =
  | { kind: 'belts'; folder: string; meta: DatasetMeta }
  | { kind: 'listed'; folder: string; descriptor: DatasetDescriptor }
  | { kind: 'own'; files: ListedDatasetFiles };

interface LoadedDataset {
  dataset: AtlasDataset;
  files: DatasetFiles;
}

/** Runs `decode`, turning its validation error into a LoadError that names the file. */
function decodeFile<T>(url: string, decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    throw new LoadError(url, 'invalid', null, (error as Error).message);
  }
}

function folderOf(metaFile: string): string {
  return metaFile.slice(0, metaFile.lastIndexOf('/') + 1);
}

export class GeodataSource {
  readonly #baseUrl: string;
  readonly #fetchFn: FetchFn | undefined;
  readonly #defaultMetricsFile: string | null;
  /** What every dataset shares, kept after the first successful load. */
  #shared: Omit<Atlas, 'meta'> | null = null;
  readonly #datasets = new Map<string, LoadedDataset>();
  /** Decoded metrics by `${datasetId}/${category}`; only successful loads are kept, so a retry fetches again. */
  readonly #metrics = new Map<string, CountyMetrics>();
  #catalogue: Promise<DatasetCatalogueFile> | null = null;
  readonly #belts = new Map<string, BeltsFile>();
  readonly #listed = new Map<string, DatasetDetailsFile>();
  /** The reader's own datasets, in memory (src/lib/ownData): never fetched, listed after the published ones. */
  readonly #own = new Map<string, { entry: DatasetCatalogueEntry; loaded: LoadedDataset }>();
  #beltCategories: Promise<Category[]> | null = null;

  constructor({ baseUrl = 'geodata/', fetchFn, defaultMetricsFile = DEFAULT_METRICS_FILE }: GeodataSourceOptions = {}) {
    this.#baseUrl = baseUrl;
    this.#fetchFn = fetchFn;
    this.#defaultMetricsFile = defaultMetricsFile;
  }

  #url(file: string): string {
    return this.#baseUrl + file;
  }

  /**
   * The catalogue of datasets: the published ones, fetched once (callers at the same time share the
   * one request; a failure may be tried again), then the reader's own ones in this browser.
   */
  async loadCatalogue(signal?: AbortSignal): Promise<DatasetCatalogueFile> {
    const published = await this.#loadPublished(signal);
    return { ...published, datasets: [...published.datasets, ...this.ownEntries()] };
  }

  /** The reader's own datasets as the switch lists them, in the order they were added. */
  ownEntries(): DatasetCatalogueEntry[] {
    return [...this.#own.values()].map(({ entry }) => entry);
  }

  hasOwnDataset(datasetId: string): boolean {
    return this.#own.has(datasetId);
  }

  /**
   * Holds a dataset the reader opened (its files built in this browser) so that loadAtlas shows it
   * without a fetch; a dataset of the same id is replaced (a new spread threshold).
   */
  putOwnDataset(files: ListedDatasetFiles): void {
    const { meta } = files;
    const entry: DatasetCatalogueEntry = {
      id: meta.id,
      title: meta.title,
      isIllustrative: false,
      years: [meta.years[0]!, meta.years.at(-1)!],
      metaFile: '',
      origin: 'thisBrowser',
    };
    const descriptor = decodeFile(meta.id, () => decodeDatasetDescriptor(meta, meta.id));
    this.#own.set(meta.id, { entry, loaded: { dataset: listedDataset(descriptor), files: { kind: 'own', files } } });
    this.#datasets.delete(meta.id);
    this.#metrics.delete(`${meta.id}/${ALL_CATEGORIES}`);
  }

  removeOwnDataset(datasetId: string): void {
    this.#own.delete(datasetId);
    this.#datasets.delete(datasetId);
    this.#metrics.delete(`${datasetId}/${ALL_CATEGORIES}`);
  }

  /**
   * What a reader's own file is checked against: the county table the page has, and the full
   * format's categories — the belt model's, which its build takes from the list the CLI uses
   * (scripts/data/categories.json), so the page and the CLI accept the same categories.
   */
  async importReference(signal?: AbortSignal): Promise<{ counties: CountyTableFile; categories: Category[] }> {
    const { counties } = this.#requireShared();
    if (!this.#beltCategories) {
      const loaded = this.#datasets.get(BELT_DATASET);
      const url = this.#url(BELT_META_FILE);
      this.#beltCategories =
        loaded?.files.kind === 'belts'
          ? Promise.resolve(loaded.files.meta.categories)
          : fetchJson(url, { signal, fetchFn: this.#fetchFn })
              .then((json) => decodeFile(url, () => decodeMeta(json, url)).categories)
              .catch((error: unknown) => {
                this.#beltCategories = null;
                throw error;
              });
    }
    return { counties, categories: await this.#beltCategories };
  }

  #loadPublished(signal?: AbortSignal): Promise<DatasetCatalogueFile> {
    if (!this.#catalogue) {
      const url = this.#url(CATALOGUE_FILE);
      this.#catalogue = fetchJson(url, { signal, fetchFn: this.#fetchFn })
        .then((json) => decodeFile(url, () => decodeCatalogue(json, url)))
        .catch((error: unknown) => {
          this.#catalogue = null;
          throw error;
        });
    }
    return this.#catalogue;
  }

  /** The meta file of a dataset: the default's and the belt model's are known; another's comes from the catalogue. */
  async #metaFileOf(datasetId: string, signal: AbortSignal): Promise<string> {
    if (datasetId === DEFAULT_DATASET) return DEFAULT_META_FILE;
    if (datasetId === BELT_DATASET) return BELT_META_FILE;
    const catalogue = await this.#loadPublished(signal);
    const entry = catalogue.datasets.find((dataset) => dataset.id === datasetId);
    if (!entry) {
      throw new LoadError(this.#url(CATALOGUE_FILE), 'invalid', null, `no dataset "${datasetId}" in the catalogue`);
    }
    return entry.metaFile;
  }

  #decodeDataset(metaFile: string, json: unknown): LoadedDataset {
    const url = this.#url(metaFile);
    const folder = folderOf(metaFile);
    if (metaFile === BELT_META_FILE) {
      const meta = decodeFile(url, () => decodeMeta(json, url));
      return { dataset: beltDataset(meta), files: { kind: 'belts', folder, meta } };
    }
    const descriptor = decodeFile(url, () => decodeDatasetDescriptor(json, url));
    return { dataset: listedDataset(descriptor), files: { kind: 'listed', folder, descriptor } };
  }

  #metricsFileOf({ files }: LoadedDataset, category: string): string | null {
    if (files.kind === 'own') return category === ALL_CATEGORIES ? files.files.meta.id : null;
    if (files.kind === 'listed') return category === ALL_CATEGORIES ? files.folder + files.descriptor.metricsFile : null;
    const file = files.meta.metricsFiles[category];
    return file ? files.folder + file : null;
  }

  #decodeMetrics(loaded: LoadedDataset, file: string, json: unknown): CountyMetrics {
    const url = this.#url(file);
    const countyCount = this.#requireShared().counties.codes.length;
    const { years } = loaded.dataset;
    return decodeFile(url, () =>
      loaded.files.kind === 'belts'
        ? decodeMetrics(json, years, countyCount, url)
        : decodeDatasetMetrics(json, years, countyCount, url),
    );
  }

  /**
   * The atlas showing `datasetId` with its "all" metrics: geometry and county table are fetched
   * the first time only, so switching datasets fetches the new dataset's files and nothing else.
   */
  async loadAtlas({ datasetId = DEFAULT_DATASET, signal, onProgress }: LoadAtlasOptions = {}): Promise<{
    atlas: Atlas;
    metrics: CountyMetrics;
  }> {
    // Index 3 is the metrics file, whose size is known only once it starts (after the meta file,
    // except the default dataset's early request below); until then the combined total stays
    // unknown rather than jumping back when that file starts.
    const progress: (FileProgress | undefined)[] = this.#shared
      ? [undefined, undefined]
      : [undefined, undefined, undefined, undefined];
    const track = (slot: number) => (fileProgress: FileProgress) => {
      progress[slot] = fileProgress;
      onProgress?.(combineProgress(progress));
    };
    // One failed file stops the others: the retry starts them all again anyway.
    const failed = new AbortController();
    const fetchSignal = signal ? AbortSignal.any([signal, failed.signal]) : failed.signal;
    // The first load's files were fetched and parsed by index.html's head script as they came in.
    const download = (file: string, slot: number) => {
      const url = this.#url(file);
      const prefetched = this.#fetchFn ? null : takePrefetchedJson(url);
      return fetchJson(url, { signal: fetchSignal, onProgress: track(slot), fetchFn: this.#fetchFn, prefetched });
    };
    const stopOthersOnFailure = (json: Promise<unknown>) =>
      json.catch((error: unknown) => {
        failed.abort();
        throw error;
      });
    const get = (file: string, slot: number) => stopOthersOnFailure(download(file, slot));
    const datasetSlot = this.#shared ? 0 : 2;
    const metricsKey = `${datasetId}/${ALL_CATEGORIES}`;
    // The default dataset's metrics are asked for beside its meta file rather than once it is parsed:
    // on the first load the meta file came in behind the geometry's parse, and the metrics a
    // round of tasks after it, last of all the files. Used only if the meta file names the same file.
    const earlyFile = this.#defaultMetricsFile;
    const isEarly = datasetId === DEFAULT_DATASET && earlyFile !== null && !this.#datasets.has(datasetId) && !this.#metrics.has(metricsKey);
    const early = isEarly ? { file: earlyFile, json: download(earlyFile, datasetSlot + 1) } : null;
    // Its failure counts only if the meta file names it (below).
    early?.json.catch(() => undefined);
    const own = this.#own.get(datasetId)?.loaded;
    const datasetPromise = this.#datasets.get(datasetId)
      ? Promise.resolve(this.#datasets.get(datasetId)!)
      : own
        ? Promise.resolve(own)
        : this.#metaFileOf(datasetId, fetchSignal).then((metaFile) =>
          get(metaFile, datasetSlot).then((json) => this.#decodeDataset(metaFile, json)),
        );
    const metricsPromise = datasetPromise.then((loaded) => {
      const cached = this.#metrics.get(metricsKey);
      const file = this.#metricsFileOf(loaded, ALL_CATEGORIES) ?? '';
      if (cached) return { loaded, json: null, file };
      if (loaded.files.kind === 'own') return { loaded, json: loaded.files.files.metrics as unknown, file };
      const json = early?.file === file ? stopOthersOnFailure(early.json) : get(file, datasetSlot + 1);
      return json.then((json) => ({ loaded, json, file }));
    });
    const sharedPromise = this.#shared
      ? Promise.resolve(this.#shared)
      : Promise.all([get(TOPOLOGY_FILE, 0), get(COUNTY_TABLE_FILE, 1)]).then(([topology, countyJson]) =>
          this.#decodeShared(topology, countyJson),
        );
    const [shared, loaded, metricsJson] = await Promise.all([sharedPromise, datasetPromise, metricsPromise]);
    this.#shared = shared;
    this.#datasets.set(datasetId, loaded);
    const metrics = this.#metrics.get(metricsKey) ?? this.#decodeMetrics(loaded, metricsJson.file, metricsJson.json);
    this.#metrics.set(metricsKey, metrics);
    return { atlas: { ...shared, meta: loaded.dataset }, metrics };
  }

  #decodeShared(topology: unknown, countyJson: unknown): Omit<Atlas, 'meta'> {
    const countyUrl = this.#url(COUNTY_TABLE_FILE);
    const counties: CountyTableFile = decodeFile(countyUrl, () => decodeCountyTable(countyJson, countyUrl));
    const topologyUrl = this.#url(TOPOLOGY_FILE);
    const geometry = decodeFile(topologyUrl, () => decodeAtlasGeometry(topology, counties, topologyUrl));
    return { counties, countyIndexByCode: buildCountyIndex(counties.codes), geometry };
  }

  #requireShared(): Omit<Atlas, 'meta'> {
    if (!this.#shared) throw new Error('GeodataSource: loadAtlas() must finish before metrics or details are loaded');
    return this.#shared;
  }

  #requireDataset(datasetId: string): LoadedDataset {
    const loaded = this.#datasets.get(datasetId);
    if (!loaded) throw new Error(`GeodataSource: dataset "${datasetId}" is not loaded`);
    return loaded;
  }

  /** Metrics of one category ("all" or a category id) of a loaded dataset, fetched once and kept. */
  async loadMetrics(datasetId: string, category: string, signal?: AbortSignal): Promise<CountyMetrics> {
    const key = `${datasetId}/${category}`;
    const cached = this.#metrics.get(key);
    if (cached) return cached;
    const loaded = this.#requireDataset(datasetId);
    const file = this.#metricsFileOf(loaded, category);
    if (!file) {
      const where = loaded.files.kind === 'own' ? datasetId : this.#url(loaded.files.folder);
      throw new LoadError(where, 'invalid', null, `no metrics file for category "${category}"`);
    }
    const json = await fetchJson(this.#url(file), { signal, fetchFn: this.#fetchFn });
    const metrics = this.#decodeMetrics(loaded, file, json);
    this.#metrics.set(key, metrics);
    return metrics;
  }

  /** The belt model's belts file, for the county panel; fetched on first use and kept. */
  async loadBelts(datasetId: string, signal?: AbortSignal): Promise<BeltsFile> {
    const cached = this.#belts.get(datasetId);
    if (cached) return cached;
    const { files, dataset } = this.#requireDataset(datasetId);
    if (files.kind !== 'belts') throw new Error(`GeodataSource: dataset "${datasetId}" has no belts`);
    const url = this.#url(files.folder + files.meta.beltsFile);
    const json = await fetchJson(url, { signal, fetchFn: this.#fetchFn });
    const belts = decodeFile(url, () => {
      const file = json as Partial<BeltsFile> | null;
      if (!file || !Array.isArray(file.belts) || file.years?.join() !== dataset.years.join()) {
        throw new Error(`${url}: expected { years: [${dataset.years.join(', ')}], belts: [...] }`);
      }
      return file as BeltsFile;
    });
    this.#belts.set(datasetId, belts);
    return belts;
  }

  /** A listed dataset's places by county (villages, towns), for the county panel; fetched on first use and kept. */
  async loadListedPlaces(datasetId: string, signal?: AbortSignal): Promise<DatasetDetailsFile> {
    const cached = this.#listed.get(datasetId);
    if (cached) return cached;
    const { files, dataset } = this.#requireDataset(datasetId);
    // A reader's own dataset lists no places: its details are in memory, empty.
    if (files.kind === 'own') return files.files.details;
    if (files.kind !== 'listed') throw new Error(`GeodataSource: dataset "${datasetId}" has no listed places`);
    const url = this.#url(files.folder + files.descriptor.detailsFile);
    const json = await fetchJson(url, { signal, fetchFn: this.#fetchFn });
    const details = decodeFile(url, () => decodeDatasetDetails(json, dataset.years, url));
    this.#listed.set(datasetId, details);
    return details;
  }
}
