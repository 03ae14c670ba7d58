/**
 * A component whose code loads when it is first asked for (a dialog, presenter mode), so that it
 * is not part of the first view's download.
 */
export class LazyComponent<T> {
  /** The component once loaded, else null. */
  current = $state.raw<T | null>(null);
  readonly #load: () => Promise<{ default: T }>;
  #isRequested = false;

  /** `load`: the dynamic import, e.g. `() => import('./AboutDialog.svelte')`. */
  constructor(load: () => Promise<{ default: T }>) {
    this.#load = load;
  }

  /** Starts loading, once; a failed load may be asked for again. */
  request(): void {
    if (this.#isRequested) return;
    this.#isRequested = true;
    this.#load().then(
      (module) => (this.current = module.default),
      (error: unknown) => {
        this.#isRequested = false;
        throw error;
      },
    );
  }
}
