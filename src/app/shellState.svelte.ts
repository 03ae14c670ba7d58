/** What the page's shell shows beside the reader's choices (AppState): which dialogs are open, whether the table is shown. */
import type { AppState } from '../lib/state/appState.svelte';
import type { UnopenedStory } from '../lib/story/storyMessages';

export class ShellState {
  readonly #app: Pick<AppState, 'display'>;
  isExportOpen = $state(false);
  isEmbedOpen = $state(false);
  /** The open-data dialog: null when closed; a file dropped on the page, or null to choose one in it. */
  ownDataRequest = $state.raw<{ file: (Blob & { name: string }) | null } | null>(null);
  /** A story could not be opened: said above the controls (in the page's language, whenever it changes). */
  storyError = $state.raw<UnopenedStory | null>(null);

  constructor(app: Pick<AppState, 'display'>) {
    this.#app = app;
  }

  /** The table shows in the map's place when chosen; without WebGL the map is a 2D picture, not the table. */
  get isTableShown(): boolean {
    return this.#app.display === 'table';
  }
}
