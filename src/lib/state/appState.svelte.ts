/**
 * What the reader has chosen: layer, year, category, selection, language and playback. Rune
 * state, so components and the map follow it; the URL mirrors part of it (url.ts).
 */
import type { PlaceLevel } from '../domain/areas';
import type { Lang } from '../i18n/i18n';
import type { LayerId } from '../domain/layers';
import type { PlaybackSpeed, TimelineManager } from './TimelinePlayer';
import type { CameraRequest } from './camera';
import { selectionAtLevel } from './selection';
import { ALL_CATEGORIES } from '../domain/categories';
import { DEFAULT_DATASET } from '../domain/datasets';
import { defaultUrlState, type UrlState } from './url';
import type { CameraView } from './camera';
import type { PageMode, PlaceDisplay } from './pageMode';
import { otherTheme, shownTheme, type Theme } from './theme';

export class AppState implements TimelineManager {
  /** The years of the dataset shown, and the address's defaults for it (its latest year): both change with the dataset. */
  years = $state.raw<readonly number[]>([]);
  defaults = $state.raw<UrlState>(defaultUrlState(0, 'zh'));

  /** The dataset shown (DEFAULT_DATASET, the belt model unless the build made an imported one the default, until the reader chooses another). */
  dataset = $state(DEFAULT_DATASET);

  layer = $state<LayerId>('sales');
  year = $state(0);
  category = $state(ALL_CATEGORIES);
  /** Adcode of the county shown in the panel and outlined on the map. */
  selectedCode = $state<string | null>(null);
  /** Code of the place the camera should fly to next (county, prefecture or province: the code's length tells); the "zoom to" button, search and rankings set it. */
  flyToCode = $state<string | null>(null);
  /** Code of the prefecture or province selected at those levels (outlined on the map, shown in the area panel). */
  selectedAreaCode = $state<string | null>(null);
  lang = $state<Lang>('zh');
  isPlaying = $state(false);
  isLooping = $state(false);
  speed = $state<PlaybackSpeed>(1);
  isAboutOpen = $state(false);
  /** Places the map shows: counties, or prefectures/provinces aggregated from them. */
  level = $state<PlaceLevel>('county');
  /** The camera as the map last reported it after a move; null until the reader moves it (the first view fits China). */
  view = $state<CameraView | null>(null);
  /** Where the map should move next (a story step, back/forward); a new object each time, so the same place can be asked for again. */
  cameraRequest = $state<CameraRequest | null>(null);
  mode = $state<PageMode>('explore');
  display = $state<PlaceDisplay>('map');
  /** The table's province filter (2-digit code), or null for every province; it stays while the map is shown, for the table's return. */
  tableProvince = $state<string | null>(null);
  /**
   * Compare two years: the first year, while the map shows the change from it to \`year\` (the
   * timeline picks the second year, so playing shows the change growing); null = no comparison.
   */
  compareFrom = $state<number | null>(null);
  /**
   * The years shown side by side in the year grid (2 to MAX_GRID_YEARS, ascending), or null for the
   * single map. `year` is still the single map's year, shown again when the grid is left.
   */
  gridYears = $state.raw<readonly number[] | null>(null);
  /** The compact layout for an <iframe> in an article (?embed=1). */
  isEmbed = $state(false);
  /** In an embed: the timeline's buttons and slider shown (?controls=0 hides them). */
  hasEmbedControls = $state(true);
  /** In an embed: play through the years once the map is drawn (?autoplay=1). */
  isAutoplay = $state(false);
  /** Name of the story being shown (static/stories/<name>.json), or null. */
  story = $state<string | null>(null);
  /** The open story's step, 1-based (?step=); 1 while no story is open. */
  storyStep = $state(1);
  /** The reader's prefers-reduced-motion setting: colours then change without transition. */
  prefersReducedMotion = $state(false);
  /** The theme the address asks for (?theme=), or null. */
  themeInAddress = $state<Theme | null>(null);
  /** The theme the reader chose with the toggle (remembered between visits where the browser allows), or null. */
  chosenTheme = $state<Theme | null>(null);
  /** The system's prefers-color-scheme. */
  systemTheme = $state<Theme>('light');
  /** The theme the page, the map and the exports show. */
  readonly theme = $derived(shownTheme(this.themeInAddress, this.chosenTheme, this.systemTheme));

  constructor(years: readonly number[], initial: UrlState, defaults: UrlState) {
    this.years = years;
    this.defaults = defaults;
    this.applyUrlState(initial);
    // The map starts at the URL's view (MapCanvas reads `view` once), so there is nowhere to move.
    this.cameraRequest = null;
  }

  /** The part of the state that lives in the URL. */
  get urlState(): UrlState {
    return {
      dataset: this.dataset,
      lang: this.lang,
      layer: this.layer,
      year: this.year,
      category: this.category,
      level: this.level,
      county: this.selectedCode,
      area: this.selectedAreaCode,
      compare: this.compareFrom,
      display: this.display,
      province: this.tableProvince,
      view: this.view,
      mode: this.mode,
      story: this.story,
      embed: this.isEmbed,
      controls: this.hasEmbedControls,
      autoplay: this.isAutoplay,
      step: this.storyStep,
      theme: this.themeInAddress,
      years: this.gridYears,
    };
  }

  /**
   * Takes the state a URL describes (a permalink on load, back/forward later): the camera moves
   * to its view, or back to the first view without one.
   */
  applyUrlState(state: UrlState): void {
    this.dataset = state.dataset;
    this.lang = state.lang;
    this.layer = state.layer;
    this.year = state.year;
    this.category = state.category;
    this.level = state.level;
    this.selectedCode = state.county;
    this.selectedAreaCode = state.area;
    this.compareFrom = state.compare;
    this.display = state.display;
    this.tableProvince = state.province;
    this.view = state.view;
    this.cameraRequest = state.view ? { ...state.view } : { fit: 'china' };
    this.mode = state.mode;
    this.story = state.story;
    this.isEmbed = state.embed;
    this.hasEmbedControls = state.controls;
    this.isAutoplay = state.autoplay;
    this.storyStep = state.step;
    this.themeInAddress = state.theme;
    this.gridYears = state.years;
  }

  /**
   * Shows another dataset (its files are in): its years and defaults, and the state an address
   * for it names (AtlasStartup builds that, keeping what the reader had chosen that still applies).
   */
  useDataset(years: readonly number[], defaults: UrlState, state: UrlState): void {
    this.years = years;
    this.defaults = defaults;
    // The grid's years belong to a dataset: a switch to one without all of them shows the single map.
    const gridYears = state.years?.every((year) => years.includes(year)) ? state.years : null;
    this.applyUrlState({ ...state, years: gridYears });
  }

  /** The county selected before the map left the county level, to come back to (not in the URL). */
  #lastCounty: string | null = null;

  /** Shows another level; the selection widens with it (义乌 → 金华 → 浙江) rather than vanishing. */
  setLevel(level: PlaceLevel): void {
    if (this.selectedCode !== null) this.#lastCounty = this.selectedCode;
    const selection = selectionAtLevel({ county: this.selectedCode, area: this.selectedAreaCode }, level, this.#lastCounty);
    this.level = level;
    this.selectedCode = selection.county;
    this.selectedAreaCode = selection.area;
  }

  /**
   * The toggle: the other theme than the one shown, chosen by the reader; it replaces the address's
   * (which then leaves the address), since the reader's own choice is what they now see.
   */
  toggleTheme(): Theme {
    const theme = otherTheme(this.theme);
    this.chosenTheme = theme;
    this.themeInAddress = null;
    return theme;
  }

  select(code: string | null): void {
    this.selectedCode = code;
  }

  /**
   * A place picked from search or rankings: the map switches to the place's level, selects it
   * and flies to it, so choosing 浙江省 shows provinces with 浙江 outlined, and choosing 义乌市
   * shows counties with 义乌's panel open.
   */
  choosePlace(level: PlaceLevel, code: string): void {
    this.setLevel(level);
    if (level === 'county') this.select(code);
    else this.selectedAreaCode = code;
    this.flyTo(code);
  }

  /** Asks the map to fly to a place (county, prefecture or province code), again even if it flew there before. */
  flyTo(code: string): void {
    this.flyToCode = null;
    queueMicrotask(() => (this.flyToCode = code));
  }
}
