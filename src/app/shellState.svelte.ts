/** What the page's shell shows beside the reader's choices (AppState): which dialogs are open, whether the table is shown. */
import type { AppState } from '../lib/state/appState.svelte';
import type { IgnoredParam } from '../lib/state/urlReader';
import type { UnopenedStory } from '../lib/story/storyMessages';
import { LazyComponent } from './lazyComponent.svelte';
import type TableView from './TableView.svelte';

/** The parts of the page whose code loads when first asked for (LazyComponent), by the name the page gives them. */
export type LazyPart =
  | 'table'
  | 'countyPanel'
  | 'areaPanel'
  | 'yearGrid'
  | 'gridTimeline'
  | 'about'
  | 'export'
  | 'embed'
  | 'ownData'
  | 'presenter';

/** A part whose code could not be loaded, and how to ask for it again. */
export interface FailedPart {
  part: LazyPart;
  error: Error;
  retry: () => void;
  /** Takes the notice away (it can cover the controls on a phone); the part is asked for again when next opened. */
  dismiss: () => void;
}

export class ShellState {
  readonly #app: Pick<AppState, 'display'>;
  isExportOpen = $state(false);
  isEmbedOpen = $state(false);
  /** The open-data dialog: null when closed; a file dropped on the page, or null to choose one in it. */
  ownDataRequest = $state.raw<{ file: (Blob & { name: string }) | null } | null>(null);
  /** A story could not be opened: said above the controls (in the page's language, whenever it changes). */
  storyError = $state.raw<UnopenedStory | null>(null);
  /** Parameters of the opening address the view could not use: named above the controls until the reader closes the notice. */
  ignoredParams = $state.raw<readonly IgnoredParam[]>([]);
  /** Parts whose code could not be loaded, in the order they failed: said with a retry (LazyFailureNotice). */
  failedParts = $state.raw<readonly FailedPart[]>([]);
  /** The table's code, loaded when the table is first chosen: the first view is the map. */
  readonly table: LazyComponent<typeof TableView> = this.lazy('table', () => import('./TableView.svelte'));

  constructor(app: Pick<AppState, 'display'>) {
    this.#app = app;
  }

  /** A part of the page whose code loads when first asked for; a failure is said in failedParts until retried or dismissed. */
  lazy<T>(part: LazyPart, load: () => Promise<{ default: T }>): LazyComponent<T> {
    const without = () => this.failedParts.filter((failed) => failed.part !== part);
    const lazy: LazyComponent<T> = new LazyComponent(load, (error) => {
      const retry = () => {
        this.failedParts = without();
        lazy.request();
      };
      const dismiss = () => {
        this.failedParts = without();
      };
      this.failedParts = [...without(), { part, error, retry, dismiss }];
    });
    return lazy;
  }

  /** The table shows in the map's place when chosen; without WebGL the map is a 2D picture, not the table. */
  get isTableShown(): boolean {
    return this.#app.display === 'table';
  }

  /**
   * The table is chosen and its code is in: only then does it take the map's place, so that the map
   * (and its legend) stays on screen while the table's code downloads, or if it cannot be.
   */
  get isTableOnScreen(): boolean {
    return this.isTableShown && this.table.current !== null;
  }
}
