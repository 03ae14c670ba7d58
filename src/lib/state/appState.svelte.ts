/**
 * What the reader has chosen: layer, year, category, selection, language and playback. Rune
 * state, so components and the map follow it; the URL mirrors part of it (url.ts).
 */
import type { PlaceLevel } from '../aggregate/areas';
import type { Lang } from '../i18n/i18n';
import type { LayerId } from '../scales/layerScale';
import type { PlaybackSpeed, TimelineManager } from '../timeline/TimelinePlayer';
import { ALL_CATEGORIES, type UrlState } from './url';

/** A camera position: centre and zoom (north up, no tilt). */
export interface CameraView {
  lng: number;
  lat: number;
  zoom: number;
}

/** The places shown as the map, or as the sortable table (also all there is without WebGL). */
export type PlaceDisplay = 'map' | 'table';

/** How the page is laid out: the full explorer, or presenter mode (full screen, large type). */
export type PageMode = 'explore' | 'present';

export class AppState implements TimelineManager {
  readonly years: readonly number[];
  readonly defaults: UrlState;

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
  /** A camera position the map should move to next (a permalink's view, a story step, back/forward). */
  cameraRequest = $state<CameraView | null>(null);
  mode = $state<PageMode>('explore');
  display = $state<PlaceDisplay>('map');
  /**
   * Compare two years: the first year, while the map shows the change from it to \`year\` (the
   * timeline picks the second year, so playing shows the change growing); null = no comparison.
   */
  compareFrom = $state<number | null>(null);
  /** The compact layout for an <iframe> in an article (?embed=1). */
  isEmbed = $state(false);
  /** Name of the story being shown (static/stories/<name>.json), or null. */
  story = $state<string | null>(null);
  /** The reader's prefers-reduced-motion setting: colours then change without transition. */
  prefersReducedMotion = $state(false);

  constructor(years: readonly number[], initial: UrlState, defaults: UrlState) {
    this.years = years;
    this.defaults = defaults;
    this.layer = initial.layer;
    this.year = initial.year;
    this.category = initial.category;
    this.selectedCode = initial.county;
    this.lang = initial.lang;
  }

  /** The part of the state that lives in the URL. */
  get urlState(): UrlState {
    return { lang: this.lang, layer: this.layer, year: this.year, category: this.category, county: this.selectedCode };
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
    this.level = level;
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
