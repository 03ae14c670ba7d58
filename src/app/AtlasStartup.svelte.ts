/**
 * The page's start: loads the atlas (with progress, retry after an error), then reads the address
 * and builds what the page runs on: the reader's choices (AppState), what follows from them
 * (AtlasView) and the timeline's player. dispose() aborts loads and stops playback.
 */
import type { Lang } from '../lib/i18n/i18n';
import { AtlasSession } from '../lib/data/atlasSession.svelte';
import { ALL_CATEGORIES } from '../lib/domain/categories';
import { AppState } from '../lib/state/appState.svelte';
import { TimelinePlayer } from '../lib/state/TimelinePlayer';
import { urlReader, type UrlReader } from '../lib/state/urlReader';
import { AtlasView } from '../lib/view/atlasView.svelte';

/** What the page runs on once the atlas is in. */
export interface AtlasRun {
  app: AppState;
  view: AtlasView;
  player: TimelinePlayer;
  /** Reads the address again on back and forward. */
  reader: UrlReader;
  /** The story name the address gave but no story can have, or null. */
  refusedStory: string | null;
}

export class AtlasStartup {
  readonly session = new AtlasSession();
  /** Null until the atlas has loaded and the address is read. */
  run = $state.raw<AtlasRun | null>(null);
  readonly #browserLang: Lang;

  /** `browserLang`: the language the reader's browser asks for, the default of the address. */
  constructor(browserLang: Lang) {
    this.#browserLang = browserLang;
  }

  /** Loads the atlas and builds the run from the address; called again after an error, it is the retry. */
  async start(): Promise<void> {
    await this.session.load(ALL_CATEGORIES);
    const { atlas } = this.session;
    if (!atlas || this.run) return;
    const reader = urlReader(atlas, this.#browserLang);
    const { state: initial, warnings, refusedStory } = reader.read(location.search);
    for (const warning of warnings) console.warn(warning);
    const app = new AppState(atlas.meta.years, initial, reader.defaults);
    this.run = { app, view: new AtlasView(app, this.session), player: new TimelinePlayer(app), reader, refusedStory };
  }

  dispose(): void {
    this.session.dispose();
    this.run?.player.dispose();
  }
}
