/**
 * What the year grid draws and says, from the reader's choices and the atlas view: the colours of
 * every county in each year of the grid (from the layer's one scale, built from all years, so
 * the maps and the one legend agree), and the tooltip with the hovered place's value in each
 * year. A year's colours are computed once per scale and kept while that year stays in the grid,
 * so a step recolours only the maps whose year changed.
 */
import type { PlaceLevel } from '../../domain/areas';
import type { AtlasSession } from '../../data/atlasSession.svelte';
import type { AppState } from '../../state/appState.svelte';
import type { Theme } from '../../state/theme';
import { TRANSITION_MS, type AtlasView } from '../atlasView.svelte';
import type { MapHover } from '../drawModel';
import { countyColours } from '../scales/countyFill';
import type { LayerScale } from '../scales/layerScale';
import type { TooltipContent } from '../tooltip/tooltipContent';
import { gridTooltipContent } from './gridTooltip';

/** What the grid's map draws: one map per year, the same marks on each. */
export interface YearGridDrawModel {
  years: readonly number[];
  /** The fill of every county per year (as MapDrawModel.countyColours); the same array for a year while its colouring holds. */
  countyColours: readonly Uint8Array[];
  level: PlaceLevel;
  /** The selected place of the level shown, outlined on every map; null for none. */
  selectedCode: string | null;
  lang: 'zh' | 'en';
  /** The page's colour theme: the base map's colours and the maps' ground. */
  theme: Theme;
  /** Colour transition length in ms; 0 under prefers-reduced-motion. */
  transitionMs: number;
}

export class YearGridView {
  readonly #app: AppState;
  readonly #view: AtlasView;
  readonly #session: Pick<AtlasSession, 'atlas' | 'metrics'>;

  /** The county under the pointer on any of the maps, with the pointer's place in the grid. */
  hover = $state.raw<MapHover | null>(null);

  constructor(app: AppState, view: AtlasView, session: Pick<AtlasSession, 'atlas' | 'metrics'>) {
    this.#app = app;
    this.#view = view;
    this.#session = session;
  }

  /** The colours of each year computed for the current scale, by year index. */
  #coloursByYear = $derived.by(() => ({ scale: this.#view.scale, byYearIndex: new Map<number, Uint8Array>() }));

  #coloursOf(scale: LayerScale, yearIndex: number, countyCount: number): Uint8Array {
    const cache = this.#coloursByYear.byYearIndex;
    let colours = cache.get(yearIndex);
    if (!colours) {
      colours = countyColours(scale, yearIndex, countyCount);
      cache.set(yearIndex, colours);
    }
    return colours;
  }

  drawModel = $derived.by((): YearGridDrawModel | null => {
    const { atlas, metrics } = this.#session;
    const scale = this.#coloursByYear.scale;
    const years = this.#app.gridYears;
    if (!atlas || !metrics || !scale || !years) return null;
    const yearIndices = years.map((year) => metrics.years.indexOf(year));
    if (yearIndices.some((index) => index < 0)) return null;
    const countyCount = atlas.counties.codes.length;
    return {
      years,
      countyColours: yearIndices.map((index) => this.#coloursOf(scale, index, countyCount)),
      level: this.#app.level,
      selectedCode: this.#view.selectedPlaceCode,
      lang: this.#app.lang,
      theme: this.#app.theme,
      transitionMs: this.#app.prefersReducedMotion ? 0 : TRANSITION_MS,
    };
  });

  tooltip = $derived.by((): { x: number; y: number; content: TooltipContent } | null => {
    const { atlas } = this.#session;
    const { areas, levelMetrics: metrics } = this.#view;
    const { hover } = this;
    const years = this.#app.gridYears;
    if (!atlas || !areas || !metrics || !hover || !years) return null;
    const placeIndex = areas.countyToArea[hover.countyIndex] ?? -1;
    const content = gridTooltipContent({ places: areas, metrics, placeIndex, years, layer: this.#app.layer, lang: this.#app.lang, dataset: atlas.meta });
    return { x: hover.x, y: hover.y, content };
  });
}
