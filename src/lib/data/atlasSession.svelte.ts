/**
 * Loading of the atlas and of what it needs later (another dataset, per-category metrics, the
 * county panel's details), as rune state the loading indicator, the error message and the map
 * read. Every fetch can be aborted.
 */
import type { Atlas, CountyMetrics } from '../domain/atlas';
import type { BeltsFile } from '../domain/contract';
import type { DatasetCatalogueFile, DatasetDetailsFile } from '../domain/datasetContract';
import { DEFAULT_DATASET } from '../domain/datasets';
import { GeodataSource, isAbortError, type LoadProgress } from './loadAtlas';

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

  readonly #source: GeodataSource;
  #atlasLoad: AbortController | null = null;
  #metricsLoad: AbortController | null = null;
  #detailsLoad: AbortController | null = null;

  constructor(source = new GeodataSource()) {
    this.#source = source;
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
   * stays on screen meanwhile and after a failure. True when the dataset is shown.
   */
  async showDataset(datasetId: string): Promise<boolean> {
    if (!this.atlas) return false;
    if (this.atlas.meta.id === datasetId) return true;
    this.#atlasLoad?.abort();
    const controller = new AbortController();
    this.#atlasLoad = controller;
    this.datasetStatus = 'loading';
    this.datasetError = null;
    try {
      const { atlas, metrics } = await this.#source.loadAtlas({ datasetId, signal: controller.signal });
      this.#show(atlas, metrics);
      this.datasetStatus = 'ready';
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

  dispose(): void {
    this.#atlasLoad?.abort();
    this.#metricsLoad?.abort();
    this.#detailsLoad?.abort();
  }
}
