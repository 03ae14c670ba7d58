/**
 * The page's start: loads the atlas with the dataset the address names (with progress, retry after
 * an error), then reads the address and builds what the page runs on: the reader's choices
 * (AppState), what follows from them (AtlasView) and the timeline's player. Later it switches
 * datasets, for the dataset switch and for back and forward. dispose() aborts loads and stops playback.
 */
import type { Lang } from '../lib/i18n/i18n';
import { AtlasSession } from '../lib/data/atlasSession.svelte';
import { DEFAULT_DATASET } from '../lib/domain/datasets';
import { AppState } from '../lib/state/appState.svelte';
import { TimelinePlayer } from '../lib/state/TimelinePlayer';
import type { UrlState } from '../lib/state/url';
import { requestedDataset, urlReader, type IgnoredParam, type UrlReader, type UrlReading } from '../lib/state/urlReader';
import { AtlasView } from '../lib/view/atlasView.svelte';

/** What a dataset switch keeps that it would otherwise close: the story that asked for the dataset. */
export interface DatasetSwitchKeep {
  story?: string;
}

/** What the page runs on once the atlas is in. */
export interface AtlasRun {
  app: AppState;
  view: AtlasView;
  player: TimelinePlayer;
  /** The story name the address gave but no story can have, or null. */
  refusedStory: string | null;
  /** The parameters of the address the view could not use, named to the reader (urlReader). */
  ignoredParams: readonly IgnoredParam[];
}

/** An address read by Back or Forward, with the years and defaults of the dataset it names. */
export interface AddressReading {
  reading: UrlReading;
  years: readonly number[];
  defaults: UrlState;
}

export class AtlasStartup {
  /** Adding or removing an own dataset switches datasets as the dataset switch does, so the address follows. */
  readonly session = new AtlasSession(undefined, { chooseDataset: (datasetId) => this.chooseDataset(datasetId) });
  /** Null until the atlas has loaded and the address is read. */
  run = $state.raw<AtlasRun | null>(null);
  readonly #browserLang: Lang;
  #reader: UrlReader | null = null;

  /** `browserLang`: the language the reader's browser asks for, the default of the address. */
  constructor(browserLang: Lang) {
    this.#browserLang = browserLang;
  }

  /** Loads the atlas and builds the run from the address; called again after an error, it is the retry. */
  async start(): Promise<void> {
    await this.session.load(await this.#datasetToLoad(location.search));
    const { atlas } = this.session;
    if (!atlas || this.run) return;
    const { state: initial, warnings, ignored, refusedStory } = this.#read(location.search);
    for (const warning of warnings) console.warn(warning);
    const app = new AppState(atlas.meta.years, initial, this.#readerNow().defaults);
    this.run = { app, view: new AtlasView(app, this.session), player: new TimelinePlayer(app), refusedStory, ignoredParams: ignored };
    // The reader's own datasets join the dataset switch after the first paint: a link to a published
    // dataset never waits for IndexedDB (a link to an own one waited above, in #datasetToLoad).
    requestAnimationFrame(() => setTimeout(() => void this.session.restoreOwnDatasets()));
  }

  /**
   * The dataset to load for an address: the one it names when the catalogue (or this browser, for
   * an own dataset) has it, else the default, said on the page. A name that is not a dataset id is
   * never fetched; the reader warns about it once.
   */
  async #datasetToLoad(search: string): Promise<string> {
    const requested = requestedDataset(search) ?? DEFAULT_DATASET;
    return (await this.session.findDataset(requested)) ? requested : DEFAULT_DATASET;
  }

  #readerNow(): UrlReader {
    const atlas = this.session.atlas;
    if (!atlas) throw new Error('AtlasStartup: no atlas to read the address against');
    if (this.#reader?.datasetId !== atlas.meta.id) this.#reader = urlReader(atlas, this.#browserLang);
    return this.#reader;
  }

  #read(search: string): UrlReading {
    return this.#readerNow().read(search);
  }

  /**
   * The dataset switch: shows `datasetId` keeping what still applies (layer, level, selection,
   * camera, language, display, mode), at the dataset's latest year and all categories. A story
   * open is closed, unless it is the one asking for its dataset (`keep.story`).
   */
  async chooseDataset(datasetId: string, keep: DatasetSwitchKeep = {}): Promise<void> {
    const run = this.run;
    // A dataset no one has (a story may name one) is said as such, not as a load that failed.
    if (!run || (await this.session.findDataset(datasetId)) === false) return;
    await this.session.showDataset(datasetId, () => {
      const reader = this.#readerNow();
      const kept = run.app.urlState;
      run.player.pause();
      run.app.useDataset(this.session.atlas!.meta.years, reader.defaults, {
        ...kept,
        dataset: datasetId,
        year: reader.defaults.year,
        category: reader.defaults.category,
        compare: null,
        story: keep.story ?? null,
        step: keep.story ? kept.step : reader.defaults.step,
      });
    });
  }

  /**
   * Back and forward: reads the address, after loading its dataset if it names another one, and
   * hands the reading (with the dataset's years and defaults) to `apply` — in the same task as the
   * new dataset, so that no view sees it with the previous address's year (a year it may not have:
   * the map would be taken down and built again). Nothing is applied when the dataset could not
   * be shown or a newer address arrived meanwhile.
   */
  async readAddress(search: string, apply: (read: AddressReading) => void): Promise<void> {
    if (!this.run) return;
    const datasetId = await this.#datasetToLoad(search);
    let isApplied = false;
    const applyReading = () => {
      isApplied = true;
      if (location.search !== search) return;
      const reader = this.#readerNow();
      apply({ reading: reader.read(search), years: this.session.atlas!.meta.years, defaults: reader.defaults });
    };
    // showDataset calls applyReading itself when it switches; for the dataset already shown it is called here.
    if ((await this.session.showDataset(datasetId, applyReading)) && !isApplied) applyReading();
  }

  dispose(): void {
    this.session.dispose();
    this.run?.player.dispose();
  }
}
