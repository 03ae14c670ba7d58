/** What the page's shell shows beside the reader's choices (AppState): which dialogs are open, whether the map can be drawn. */
import { isWebGLAvailable } from '../lib/map/webgl';
import type { AppState } from '../lib/state/appState.svelte';

export class ShellState {
  readonly #app: Pick<AppState, 'display'>;
  /** False without WebGL, or once its context is lost: the table takes the map's place. */
  canDrawMap = $state(isWebGLAvailable());
  isExportOpen = $state(false);
  isEmbedOpen = $state(false);
  /** A story could not be opened: shown above the controls. */
  storyError = $state<string | null>(null);

  constructor(app: Pick<AppState, 'display'>) {
    this.#app = app;
  }

  /** The table shows in the map's place: chosen, or the map cannot be drawn. */
  get isTableShown(): boolean {
    return !this.canDrawMap || this.#app.display === 'table';
  }
}
