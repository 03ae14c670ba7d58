/**
 * Loading of the atlas and of what it needs later (per-category metrics, belts), as rune state
 * the loading indicator, the error message and the map read. Every fetch can be aborted.
 */
import type { Atlas, CountyMetrics } from '../domain/atlas';
import { GeodataSource, isAbortError, type LoadProgress } from './loadAtlas';
import type { BeltsFile } from '../domain/contract';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export class AtlasSession {
  status = $state<LoadStatus>('idle');
  progress = $state<LoadProgress | null>(null);
  error = $state.raw<Error | null>(null);
  atlas = $state.raw<Atlas | null>(null);
  /** Metrics of the category set shown; the previous set stays until the next has arrived. */
  metrics = $state.raw<CountyMetrics | null>(null);
  metricsError = $state.raw<Error | null>(null);
  belts = $state.raw<BeltsFile | null>(null);
  beltsStatus = $state<LoadStatus>('idle');
  beltsError = $state.raw<Error | null>(null);

  readonly #source: GeodataSource;
  #atlasLoad: AbortController | null = null;
  #metricsLoad: AbortController | null = null;
  #beltsLoad: AbortController | null = null;

  constructor(source = new GeodataSource()) {
    this.#source = source;
  }

  /** Loads the atlas and the metrics of `category`; called again, it is the retry. */
  async load(category: string): Promise<void> {
    this.#atlasLoad?.abort();
    const controller = new AbortController();
    this.#atlasLoad = controller;
    this.status = 'loading';
    this.error = null;
    this.progress = null;
    try {
      const atlas = await this.#source.loadAtlas({
        signal: controller.signal,
        onProgress: (progress) => (this.progress = progress),
      });
      const metrics = await this.#source.loadMetrics(category, controller.signal);
      this.atlas = atlas;
      this.metrics = metrics;
      this.status = 'ready';
    } catch (error) {
      // Only our own abort (a newer load, or teardown) is silent; any other failure is shown.
      if (controller.signal.aborted && isAbortError(error)) return;
      this.error = error as Error;
      this.status = 'error';
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
      this.metrics = await this.#source.loadMetrics(category, controller.signal);
    } catch (error) {
      if (!isAbortError(error)) this.metricsError = error as Error;
    }
  }

  /** Metrics of a category set without showing it (a story step in an export); loaded once and kept. */
  metricsOf(category: string, signal?: AbortSignal): Promise<CountyMetrics> {
    return this.#source.loadMetrics(category, signal);
  }

  /** Loads belts.json on first use (the county panel); a failed load may be tried again. */
  async loadBelts(): Promise<void> {
    if (!this.atlas || this.beltsStatus === 'loading' || this.beltsStatus === 'ready') return;
    const controller = new AbortController();
    this.#beltsLoad = controller;
    this.beltsStatus = 'loading';
    this.beltsError = null;
    try {
      this.belts = await this.#source.loadBelts(controller.signal);
      this.beltsStatus = 'ready';
    } catch (error) {
      if (isAbortError(error)) {
        this.beltsStatus = 'idle';
        return;
      }
      this.beltsError = error as Error;
      this.beltsStatus = 'error';
    }
  }

  dispose(): void {
    this.#atlasLoad?.abort();
    this.#metricsLoad?.abort();
    this.#beltsLoad?.abort();
  }
}
