/**
 * Loads geodata/ into the typed Atlas: the geometry, the county table and the dataset meta at
 * start-up (with the "all" metrics the first view colours by, so one progress bar covers
 * everything the first frame needs), per-category metrics and belts on demand. URLs are
 * relative, so the app works under any base path.
 */
import type { Atlas, CountyMetrics } from '../domain/atlas';
import type { BeltsFile, DatasetMeta } from '../domain/contract';
import { buildCountyIndex, decodeAtlasGeometry, decodeCountyTable, decodeMeta, decodeMetrics } from './decode';
import { combineProgress, fetchJson, LoadError, type FetchFn, type FileProgress } from './fetchJson';

export { LoadError, isAbortError, type FileProgress as LoadProgress } from './fetchJson';

export const TOPOLOGY_FILE = 'china.topo.json';
export const COUNTY_TABLE_FILE = 'index/counties.json';
export const META_FILE = 'index/meta.json';
/** The metrics loaded with the atlas: the first view shows all categories. */
export const DEFAULT_CATEGORY = 'all';

export interface LoadAtlasOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: FileProgress) => void) | undefined;
}

export interface GeodataSourceOptions {
  /** Folder of the prebuilt files, relative to the page; ends with a slash. */
  baseUrl?: string;
  fetchFn?: FetchFn;
}

/** Runs `decode`, turning its validation error into a LoadError that names the file. */
function decodeFile<T>(url: string, decode: () => T): T {
  try {
    return decode();
  } catch (error) {
    throw new LoadError(url, 'invalid', null, (error as Error).message);
  }
}

export class GeodataSource {
  readonly #baseUrl: string;
  readonly #fetchFn: FetchFn | undefined;
  #atlas: Atlas | null = null;
  /** Decoded metrics by category; only successful loads are kept, so a retry fetches again. */
  readonly #metrics = new Map<string, CountyMetrics>();
  #belts: BeltsFile | null = null;

  constructor({ baseUrl = 'geodata/', fetchFn }: GeodataSourceOptions = {}) {
    this.#baseUrl = baseUrl;
    this.#fetchFn = fetchFn;
  }

  #url(file: string): string {
    return this.#baseUrl + file;
  }

  async loadAtlas({ signal, onProgress }: LoadAtlasOptions = {}): Promise<Atlas> {
    // Index 3 is the default metrics file, known only once meta.json is in; until then the
    // combined total stays unknown rather than jumping back when that file starts.
    const progress: (FileProgress | undefined)[] = [undefined, undefined, undefined, undefined];
    const track = (slot: number) => (fileProgress: FileProgress) => {
      progress[slot] = fileProgress;
      onProgress?.(combineProgress(progress));
    };
    // One failed file stops the others: the retry starts them all again anyway.
    const failed = new AbortController();
    const fetchSignal = signal ? AbortSignal.any([signal, failed.signal]) : failed.signal;
    const get = (file: string, slot: number) =>
      fetchJson(this.#url(file), { signal: fetchSignal, onProgress: track(slot), fetchFn: this.#fetchFn }).catch(
        (error: unknown) => {
          failed.abort();
          throw error;
        },
      );

    const metaUrl = this.#url(META_FILE);
    const metaPromise = get(META_FILE, 2).then((json) => decodeFile(metaUrl, () => decodeMeta(json, metaUrl)));
    const metricsPromise = metaPromise.then((meta) =>
      get(`index/${meta.metricsFiles[DEFAULT_CATEGORY]}`, 3).then((json) => ({ meta, json })),
    );
    const [topology, countyJson, meta, defaultMetrics] = await Promise.all([
      get(TOPOLOGY_FILE, 0),
      get(COUNTY_TABLE_FILE, 1),
      metaPromise,
      metricsPromise,
    ]);

    const countyUrl = this.#url(COUNTY_TABLE_FILE);
    const counties = decodeFile(countyUrl, () => decodeCountyTable(countyJson, countyUrl));
    const topologyUrl = this.#url(TOPOLOGY_FILE);
    const geometry = decodeFile(topologyUrl, () => decodeAtlasGeometry(topology, counties, topologyUrl));
    const atlas: Atlas = { meta, counties, countyIndexByCode: buildCountyIndex(counties.codes), geometry };
    this.#atlas = atlas;
    this.#metrics.set(DEFAULT_CATEGORY, this.#decodeMetrics(meta, DEFAULT_CATEGORY, defaultMetrics.json));
    return atlas;
  }

  #decodeMetrics(meta: DatasetMeta, category: string, json: unknown): CountyMetrics {
    const url = this.#url(`index/${meta.metricsFiles[category]}`);
    const countyCount = this.#requireAtlas().counties.codes.length;
    return decodeFile(url, () => decodeMetrics(json, meta.years, countyCount, url));
  }

  #requireAtlas(): Atlas {
    if (!this.#atlas) throw new Error('GeodataSource: loadAtlas() must finish before metrics or belts are loaded');
    return this.#atlas;
  }

  /** Metrics of one category ("all" or a category id), fetched once and kept. */
  async loadMetrics(category: string, signal?: AbortSignal): Promise<CountyMetrics> {
    const cached = this.#metrics.get(category);
    if (cached) return cached;
    const { meta } = this.#requireAtlas();
    const file = meta.metricsFiles[category];
    if (!file) {
      throw new LoadError(this.#url(META_FILE), 'invalid', null, `no metrics file for category "${category}"`);
    }
    const json = await fetchJson(this.#url(`index/${file}`), { signal, fetchFn: this.#fetchFn });
    const metrics = this.#decodeMetrics(meta, category, json);
    this.#metrics.set(category, metrics);
    return metrics;
  }

  /** The belts file, for the county panel; fetched on first use and kept. */
  async loadBelts(signal?: AbortSignal): Promise<BeltsFile> {
    if (this.#belts) return this.#belts;
    const { meta } = this.#requireAtlas();
    const url = this.#url(`index/${meta.beltsFile}`);
    const json = await fetchJson(url, { signal, fetchFn: this.#fetchFn });
    this.#belts = decodeFile(url, () => {
      const belts = json as Partial<BeltsFile> | null;
      if (!belts || !Array.isArray(belts.belts) || belts.years?.join() !== meta.years.join()) {
        throw new Error(`${url}: expected { years: [${meta.years.join(', ')}], belts: [...] }`);
      }
      return belts as BeltsFile;
    });
    return this.#belts;
  }
}
