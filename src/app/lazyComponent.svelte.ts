/**
 * A component whose code loads when it is first asked for (a dialog, presenter mode, the table, a
 * panel), so that it is not part of the first view's download.
 */
export class LazyComponent<T> {
  /** The component once loaded, else null. */
  current = $state.raw<T | null>(null);
  readonly #load: () => Promise<{ default: T }>;
  readonly #onFailure: (error: Error) => void;
  #isRequested = false;

  /**
   * `load`: the dynamic import, e.g. `() => import('./AboutDialog.svelte')`; `onFailure`: told
   * when it fails (a dropped connection, or a new deployment that no longer has this chunk), so
   * that the page can say so rather than leave the part empty.
   */
  constructor(load: () => Promise<{ default: T }>, onFailure: (error: Error) => void) {
    this.#load = load;
    this.#onFailure = onFailure;
  }

  /** Starts loading, once; a failed load may be asked for again. */
  request(): void {
    if (this.#isRequested) return;
    this.#isRequested = true;
    this.#load().then(
      (module) => (this.current = module.default),
      (error: unknown) => {
        this.#isRequested = false;
        this.#onFailure(error instanceof Error ? error : new Error(String(error)));
      },
    );
  }
}
