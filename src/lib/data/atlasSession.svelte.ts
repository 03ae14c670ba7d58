/**
 * Loading of the atlas and of what it needs later (another dataset, per-category metrics, the
 * county panel's details), as rune state the loading indicator, the error message and the map
 * read. Every fetch can be aborted.
 */
import type { Atlas, CountyMetrics } from '../domain/atlas';
import type { BeltsFile } from '../domain/contract';
import type { DatasetCatalogueEntry, DatasetCatalogueFile, DatasetDetailsFile } from '../domain/datasetContract';
import { DEFAULT_DATASET, isOwnDatasetId } from '../domain/datasets';
// Own datasets' code (the importer, the IndexedDB store) is loaded when first needed: after the
// first paint, or for an address naming one; a page that never meets one never downloads it.
import type { OwnImportChoices, OwnImportOutcome, OwnImportProgress } from '../ownData/ownDataImporter';
import type { OwnDataStore, OwnStoreStatus } from '../ownData/ownDataStore';
import type { ListedDatasetFiles } from '../dataset/listedFiles';
import { GeodataSource, isAbortError, type LoadProgress } from './loadAtlas';

export interface AtlasSessionOptions {
  /**
   * Shows a dataset the way the dataset switch does (the address and the reader's choices follow);
   * the session's own showDataset when the page gives none.
   */
  chooseDataset?: (datasetId: string) => Promise<void>;
  /** Where own datasets are kept; this browser's IndexedDB unless given (a test gives one in memory). */
  openStore?: () => Promise<OwnDataStore | null>;
}

/** This browser's IndexedDB store of own datasets (null where there is none). */
async function openBrowserStore(): Promise<OwnDataStore | null> {
  return (await import('../ownData/ownDataStore')).openOwnDataStore();
}

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export class AtlasSession {
  status = $state<LoadStatus>('idle');
  progress = $state<LoadProgress | null>(null);
  error = $state.raw<Error | null>(null);
  /** The atlas with the dataset shown; a new object (same geometry) when the dataset changes. */
  atlas = $state.raw<Atlas | null>(null);
  /** Metrics of the category set shown; the previous set stays until the next has arrived. */
  metrics = $state.raw<CountyMetrics | null>(null);
  metricsError = $state.raw<Error | null>(null);
  /** The datasets the switch offers; null until loadCatalogue() has it. */
  catalogue = $state.raw<DatasetCatalogueFile | null>(null);
  /** A dataset being switched to (the one shown stays until it is in), and why a switch failed. */
  datasetStatus = $state<LoadStatus>('idle');
  datasetError = $state.raw<Error | null>(null);
  /** The county panel's details: the belts of the belt model, or a list's villages and towns. */
  belts = $state.raw<BeltsFile | null>(null);
  listedPlaces = $state.raw<DatasetDetailsFile | null>(null);
  detailsStatus = $state<LoadStatus>('idle');
  detailsError = $state.raw<Error | null>(null);
  /** The reader's own datasets kept in this browser, for the dataset switch before the catalogue is loaded. */
  ownDatasets = $state.raw<DatasetCatalogueEntry[]>([]);
  /** Whether own datasets are kept after the page closes: 'unavailable' where IndexedDB is (a private window). */
  ownStoreStatus = $state<OwnStoreStatus>('unknown');
  /** A dataset the address named that cannot be shown here (the page says so), or null: see findDataset. */
  missingDataset = $state<string | null>(null);

  readonly #source: GeodataSource;
  readonly #chooseDataset: (datasetId: string) => Promise<void>;
  readonly #openStore: () => Promise<OwnDataStore | null>;
  #store: Promise<OwnDataStore> | null = null;
  #restored: Promise<void> | null = null;
  #atlasLoad: AbortController | null = null;
  #metricsLoad: AbortController | null = null;
  #detailsLoad: AbortController | null = null;

  constructor(source = new GeodataSource(), { chooseDataset, openStore = openBrowserStore }: AtlasSessionOptions = {}) {
    this.#source = source;
    this.#chooseDataset = chooseDataset ?? (async (datasetId) => void (await this.showDataset(datasetId)));
    this.#openStore = openStore;
  }

  get datasetId(): string {
    return this.atlas?.meta.id ?? DEFAULT_DATASET;
  }

  /** Loads the atlas with `datasetId` and its "all" metrics; called again, it is the retry. */
  async load(datasetId: string = DEFAULT_DATASET): Promise<void> {
    this.#atlasLoad?.abort();
    const controller = new AbortController();
    this.#atlasLoad = controller;
    this.status = 'loading';
    this.error = null;
    this.progress = null;
    try {
      const { atlas, metrics } = await this.#source.loadAtlas({
        datasetId,
        signal: controller.signal,
        onProgress: (progress) => (this.progress = progress),
      });
      this.#show(atlas, metrics);
      this.status = 'ready';
    } catch (error) {
      // Only our own abort (a newer load, or teardown) is silent; any other failure is shown.
      if (controller.signal.aborted && isAbortError(error)) return;
      this.error = error as Error;
      this.status = 'error';
    }
  }

  #show(atlas: Atlas, metrics: CountyMetrics): void {
    this.#metricsLoad?.abort();
    this.#detailsLoad?.abort();
    this.atlas = atlas;
    this.metrics = metrics;
    this.metricsError = null;
    this.belts = null;
    this.listedPlaces = null;
    this.detailsStatus = 'idle';
    this.detailsError = null;
  }

  /** The catalogue of datasets (for the switch, and to check a dataset id); null if it cannot be loaded. */
  async loadCatalogue(): Promise<DatasetCatalogueFile | null> {
    try {
      this.catalogue = await this.#source.loadCatalogue();
    } catch (error) {
      this.datasetError = error as Error;
    }
    return this.catalogue;
  }

  /**
   * Shows another dataset once its meta and metrics are in (the geometry stays); the one shown
   * stays on screen meanwhile and after a failure. `whenShown` runs at once after (the reader's
   * choices follow the dataset). True when the dataset is shown.
   */
  async showDataset(datasetId: string, whenShown?: () => void): Promise<boolean> {
    if (!this.atlas) return false;
    if (this.atlas.meta.id === datasetId) {
      // Back to the dataset shown before a switch has arrived: the switch must not land after it.
      if (this.datasetStatus === 'loading') {
        this.#atlasLoad?.abort();
        this.datasetStatus = 'idle';
      }
      return true;
    }
    this.#atlasLoad?.abort();
    const controller = new AbortController();
    this.#atlasLoad = controller;
    this.datasetStatus = 'loading';
    this.datasetError = null;
    try {
      const { atlas, metrics } = await this.#source.loadAtlas({ datasetId, signal: controller.signal });
      this.#show(atlas, metrics);
      // In the same task as the new dataset, so that no view sees it with the previous dataset's
      // year (a year it may not have: the map would be taken down and built again).
      whenShown?.();
      this.datasetStatus = 'ready';
      this.missingDataset = null;
      return true;
    } catch (error) {
      if (controller.signal.aborted && isAbortError(error)) return false;
      this.datasetError = error as Error;
      this.datasetStatus = 'error';
      return false;
    }
  }

  /** Shows another category set once its metrics file is in. */
  async showCategory(category: string): Promise<void> {
    if (!this.atlas || this.metrics?.category === category) return;
    this.#metricsLoad?.abort();
    const controller = new AbortController();
    this.#metricsLoad = controller;
    this.metricsError = null;
    try {
      this.metrics = await this.#source.loadMetrics(this.datasetId, category, controller.signal);
    } catch (error) {
      if (!isAbortError(error)) this.metricsError = error as Error;
    }
  }

  /** Metrics of a category set without showing it (a story step in an export); loaded once and kept. */
  metricsOf(category: string, signal?: AbortSignal): Promise<CountyMetrics> {
    return this.#source.loadMetrics(this.datasetId, category, signal);
  }

  /** The belt model's belts (exports list them), loaded once. */
  beltsOf(signal?: AbortSignal): Promise<BeltsFile> {
    return this.#source.loadBelts(this.datasetId, signal);
  }

  /** Loads the county panel's details on first use: belts or listed places; a failed load may be tried again. */
  async loadPlaceDetails(): Promise<void> {
    const atlas = this.atlas;
    if (!atlas || this.detailsStatus === 'loading' || this.detailsStatus === 'ready') return;
    const controller = new AbortController();
    this.#detailsLoad = controller;
    this.detailsStatus = 'loading';
    this.detailsError = null;
    const datasetId = atlas.meta.id;
    try {
      if (atlas.meta.detailsKind === 'belts') this.belts = await this.#source.loadBelts(datasetId, controller.signal);
      else this.listedPlaces = await this.#source.loadListedPlaces(datasetId, controller.signal);
      this.detailsStatus = 'ready';
    } catch (error) {
      // An abort comes from a newer dataset, which has set the status afresh.
      if (isAbortError(error)) return;
      this.detailsError = error as Error;
      this.detailsStatus = 'error';
    }
  }

  /** True when the shown dataset lives only in this browser (the share and embed dialogs say so). */
  get isOwnDatasetShown(): boolean {
    return this.atlas !== null && this.#source.hasOwnDataset(this.atlas.meta.id);
  }

  /**
   * The store, opened once; one in memory where this browser keeps nothing, so a dataset still maps
   * (and can be rebuilt) for this visit, with ownStoreStatus saying it will not be kept.
   */
  #ownStore(): Promise<OwnDataStore> {
    this.#store ??= this.#openStore().then(async (store) => {
      this.ownStoreStatus = store === null ? 'unavailable' : 'available';
      return store ?? (await import('../ownData/ownDataStore')).memoryOwnDataStore();
    });
    return this.#store;
  }

  /**
   * Puts the datasets kept in this browser in the catalogue, once (later calls wait for the first).
   * The page calls it after its first paint, or before loading when the address names an own dataset.
   */
  restoreOwnDatasets(): Promise<void> {
    this.#restored ??= (async () => {
      const store = await this.#ownStore();
      for (const record of await store.list()) {
        try {
          this.#source.putOwnDataset(record.files);
        } catch (error) {
          // A record this version cannot read (from another version of the page) is left, and said.
          console.warn(`Beltmap: own dataset "${record.id}" kept in this browser cannot be shown (${(error as Error).message})`);
        }
      }
      this.#ownListChanged();
    })();
    return this.#restored;
  }

  /**
   * Whether the dataset an address (or a story) names can be shown: the default; an own dataset this
   * browser keeps (looked up here, never fetched); or one the catalogue lists. When it cannot (an own
   * dataset from another browser or removed, a name no dataset has), missingDataset names it for the
   * page to say so. Null when the catalogue could not be loaded: that failure is said instead.
   */
  async findDataset(datasetId: string): Promise<boolean | null> {
    let isFound: boolean | null = true;
    if (isOwnDatasetId(datasetId)) {
      await this.restoreOwnDatasets();
      isFound = this.#source.hasOwnDataset(datasetId);
    } else if (datasetId !== DEFAULT_DATASET) {
      // Not `this.catalogue ?? …`: the page starts in an effect, which would re-run when the catalogue arrives.
      const catalogue = await this.loadCatalogue();
      isFound = catalogue && catalogue.datasets.some((dataset) => dataset.id === datasetId);
    }
    this.missingDataset = isFound === false ? datasetId : null;
    return isFound;
  }

  /**
   * Imports a reader's file in a Web Worker (refusals of size and type come back as a result with
   * fileProblem set, never as a throw), against the county table and categories the page has.
   */
  async importOwnFile(
    file: Blob & { name: string },
    choices: OwnImportChoices,
    onProgress: (progress: OwnImportProgress) => void,
    signal?: AbortSignal,
  ): Promise<OwnImportOutcome> {
    const [reference, { importOwnFile, ownDatasetId }] = await Promise.all([this.#source.importReference(signal), import('../ownData/ownDataImporter')]);
    const taken = new Set(this.#source.ownEntries().map((entry) => entry.id));
    return importOwnFile(file, choices, { datasetId: ownDatasetId(choices.title, Date.now(), taken), reference }, onProgress, signal);
  }

  /**
   * Maps an imported file: registers its files (no fetch), keeps them in this browser with the
   * file's bytes and the choices, lists it in the catalogue and shows it (the address gets dataset=<id>).
   */
  async addOwnDataset(outcome: OwnImportOutcome, original: { file: Blob & { name: string }; choices: OwnImportChoices }): Promise<void> {
    const { files } = outcome.result;
    if (files === null) throw new Error('addOwnDataset: the import accepted no rows, so there is nothing to map');
    await this.restoreOwnDatasets();
    this.#source.putOwnDataset(files);
    this.#ownListChanged();
    await this.#keep(files, original.file.name, original.choices, await original.file.arrayBuffer());
    await this.#chooseDataset(files.meta.id);
  }

  /** Rebuilds an own dataset with another spread threshold (same id, same file), shows the result and keeps it. */
  async setOwnSpreadThreshold(datasetId: string, threshold: number): Promise<void> {
    const store = await this.#ownStore();
    const kept = await store.original(datasetId);
    if (kept === null) throw new Error(`setOwnSpreadThreshold: no own dataset "${datasetId}" in this browser`);
    const { record, bytes } = kept;
    const choices = { ...record.choices, spreadThreshold: threshold };
    const file = Object.assign(new Blob([bytes]), { name: record.fileName });
    const [reference, { importOwnFile }] = await Promise.all([this.#source.importReference(), import('../ownData/ownDataImporter')]);
    const outcome = await importOwnFile(file, choices, { datasetId, reference }, () => {});
    const { files } = outcome.result;
    if (files === null) throw new Error(`setOwnSpreadThreshold: "${datasetId}" no longer imports: ${outcome.result.fileProblem?.reason.code ?? ''}`);
    this.#source.putOwnDataset(files);
    await this.#keep(files, record.fileName, choices, bytes, record.savedAt);
    if (this.atlas?.meta.id === datasetId) {
      const { atlas, metrics } = await this.#source.loadAtlas({ datasetId });
      this.#show(atlas, metrics);
    }
    this.#ownListChanged();
  }

  /** Removes an own dataset from this browser and the catalogue; if it is shown, the default dataset is shown. */
  async removeOwnDataset(datasetId: string): Promise<void> {
    if (this.atlas?.meta.id === datasetId) await this.#chooseDataset(DEFAULT_DATASET);
    this.#source.removeOwnDataset(datasetId);
    this.#ownListChanged();
    await (await this.#ownStore()).remove(datasetId);
  }

  /** Saves to the store; a store that refuses (quota, a private window closing it) leaves the dataset mapped for this visit. */
  async #keep(files: ListedDatasetFiles, fileName: string, choices: OwnImportChoices, bytes: ArrayBuffer, savedAt = Date.now()): Promise<void> {
    const store = await this.#ownStore();
    try {
      await store.save({ id: files.meta.id, title: choices.title, savedAt, fileName, files, choices }, bytes);
    } catch (error) {
      console.warn(`Beltmap: own dataset "${files.meta.id}" cannot be kept in this browser (${(error as Error).message})`);
      this.ownStoreStatus = 'unavailable';
    }
  }

  #ownListChanged(): void {
    this.ownDatasets = this.#source.ownEntries();
    if (this.catalogue) {
      const published = this.catalogue.datasets.filter((entry) => entry.origin !== 'thisBrowser');
      this.catalogue = { ...this.catalogue, datasets: [...published, ...this.ownDatasets] };
    }
  }

  dispose(): void {
    this.#atlasLoad?.abort();
    this.#metricsLoad?.abort();
    this.#detailsLoad?.abort();
  }
}
