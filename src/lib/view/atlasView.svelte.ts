/**
 * What follows from the reader's choices and the loaded data: the layer's colour scale (built
 * from all years), the legend of the year shown, and the model the map draws (every county's
 * colour for the year shown, computed once). Computed here so that App.svelte only composes.
 */
import { areaTable, type AreaTable } from '../domain/areas';
import { aggregateMetrics } from '../domain/levels';
import type { CountyMetrics } from '../domain/atlas';
import type { MapDrawModel, MapHover } from './drawModel';
import { compareTooltipContent } from './tooltip/compareTooltip';
import { buildCompareScale } from './compare/compareScale';
import { beltsOf } from './panel/countyBelts';
import { tooltipContent, type TooltipContent } from './tooltip/tooltipContent';
import { countyColours } from './scales/countyFill';
import { buildLayerScale, type LayerScale, type LegendBin } from './scales/layerScale';
import { scaleByCounty } from './scales/levelScale';
import type { AppState } from '../state/appState.svelte';
import type { AtlasSession } from '../data/atlasSession.svelte';
import type { Theme } from '../state/theme';

/** Colour transition between years; shorter than the fastest play interval (600 ms). */
export const TRANSITION_MS = 400;

export class AtlasView {
  readonly #app: AppState;
  readonly #session: Pick<AtlasSession, 'atlas' | 'metrics' | 'belts'>;

  /** The county under the pointer (or last tapped), as the map reports it. */
  hover = $state.raw<MapHover | null>(null);

  constructor(app: AppState, session: Pick<AtlasSession, 'atlas' | 'metrics' | 'belts'>) {
    this.#app = app;
    this.#session = session;
  }

  yearIndex = $derived.by(() => this.#session.metrics?.years.indexOf(this.#app.year) ?? -1);

  /** The year the legend speaks of: the single map's, or the last map's of the year grid (the spread layer's swatches follow it). */
  legendYear = $derived.by(() => this.#app.gridYears?.at(-1) ?? this.#app.year);

  /** The places of the level shown (counties, prefectures or provinces). */
  areas = $derived.by((): AreaTable | null => {
    const { atlas } = this.#session;
    return atlas ? areaTable(atlas.counties, this.#app.level) : null;
  });

  /** The metrics of those places: the counties' own, or summed to the level (growth recomputed). */
  levelMetrics = $derived.by((): CountyMetrics | null => {
    const { metrics } = this.#session;
    const areas = this.areas;
    return metrics && areas ? aggregateMetrics(metrics, areas) : null;
  });

  /**
   * Rebuilt when the layer, level, theme or the category's metrics change, never when the year
   * does. Its bins come from the values of the level shown; binOf reads per county (a county takes its area's bin).
   */
  scale = $derived.by((): LayerScale | null => this.#layerScaleIn(this.#app.theme));

  /**
   * The difference layer while two years are compared: the change of each place (of the level
   * shown) from AppState.compareFrom to the year shown; null when not comparing.
   */
  compareScale = $derived.by((): LayerScale | null => this.#compareScaleIn(this.#app.theme));

  /** The scales of the view in a theme's colours: those shown, or the other theme's for an export in it. */
  scalesIn(theme: Theme): { scale: LayerScale | null; compareScale: LayerScale | null } {
    if (theme === this.#app.theme) return { scale: this.scale, compareScale: this.compareScale };
    return { scale: this.#layerScaleIn(theme), compareScale: this.#compareScaleIn(theme) };
  }

  #layerScaleIn(theme: Theme): LayerScale | null {
    const metrics = this.levelMetrics;
    const areas = this.areas;
    const dataset = this.#session.atlas?.meta;
    return metrics && areas && dataset ? scaleByCounty(buildLayerScale(this.#app.layer, metrics, dataset, areas.regions, theme), areas) : null;
  }

  #compareScaleIn(theme: Theme): LayerScale | null {
    const from = this.#app.compareFrom;
    const metrics = this.levelMetrics;
    const areas = this.areas;
    const dataset = this.#session.atlas?.meta;
    // The year grid shows the layer's own colours, never the difference.
    if (from === null || this.#app.gridYears || !metrics || !areas || !dataset || !metrics.years.includes(from)) return null;
    return scaleByCounty(buildCompareScale(this.#app.layer, metrics, from, dataset, areas.regions, theme), areas);
  }

  /** What the map and legend show: the difference layer while comparing, else the layer's scale. */
  #shownScale = $derived(this.compareScale ?? this.scale);

  legendBins = $derived.by((): LegendBin[] => this.#shownScale?.bins(this.#session.metrics?.years.indexOf(this.legendYear) ?? -1) ?? []);

  /** The county shown in the county panel: a selected county, at the county level only. */
  selectedIndex = $derived.by(() => (this.#app.level === 'county' ? this.#indexOf(this.#app.selectedCode) : null));

  /** The selected place of the level shown, outlined on the map: a county, prefecture or province code. */
  selectedPlaceCode = $derived.by((): string | null => {
    const { level, selectedCode, selectedAreaCode } = this.#app;
    if (level === 'county') return selectedCode;
    return this.areas?.codes.includes(selectedAreaCode ?? '') ? selectedAreaCode : null;
  });

  /** Index of the selected area in `areas` (prefecture and province levels), for the area panel. */
  selectedAreaIndex = $derived.by((): number | null => {
    const code = this.#app.level === 'county' ? null : this.selectedPlaceCode;
    const index = code === null ? -1 : (this.areas?.codes.indexOf(code) ?? -1);
    return index < 0 ? null : index;
  });

  /**
   * The fill of every county for the year shown, computed once per colouring (layer, category,
   * level, year, compared year): a selection or language change keeps the same array.
   */
  #countyColours = $derived.by((): Uint8Array | null => {
    const { atlas } = this.#session;
    const scale = this.#shownScale;
    if (!atlas || !scale || this.yearIndex < 0) return null;
    return countyColours(scale, this.yearIndex, atlas.counties.codes.length);
  });

  drawModel = $derived.by((): MapDrawModel | null => {
    const { metrics } = this.#session;
    const colours = this.#countyColours;
    if (!metrics || !colours) return null;
    const { layer, year, lang, level, compareFrom, theme } = this.#app;
    return {
      layer,
      category: metrics.category,
      year,
      level,
      compareFrom: this.compareScale ? compareFrom : null,
      countyColours: colours,
      selectedCode: this.selectedPlaceCode,
      lang,
      spreadCentres: layer === 'spread' ? metrics.spreadCentres : null,
      transitionMs: this.#app.prefersReducedMotion ? 0 : TRANSITION_MS,
      theme,
    };
  });

  /** The legend swatch of the hovered county, which the legend marks. */
  hoveredBin = $derived.by((): LegendBin | null => {
    const scale = this.#shownScale;
    if (!this.hover || !scale || this.yearIndex < 0) return null;
    return this.legendBins[scale.binOf(this.yearIndex, this.hover.countyIndex)] ?? null;
  });

  tooltip = $derived.by((): { x: number; y: number; content: TooltipContent } | null => {
    const { atlas, belts } = this.#session;
    const { areas, levelMetrics: metrics, hover } = this;
    if (!atlas || !areas || !metrics || !hover || this.yearIndex < 0) return null;
    const placeIndex = areas.countyToArea[hover.countyIndex] ?? -1;
    const code = areas.codes[placeIndex] ?? '';
    const { compareFrom, layer, year, lang } = this.#app;
    if (this.compareScale && compareFrom !== null) {
      const content = compareTooltipContent({ places: areas, metrics, placeIndex, layer, fromYear: compareFrom, toYear: year, lang, dataset: atlas.meta });
      return { x: hover.x, y: hover.y, content };
    }
    return {
      x: hover.x,
      y: hover.y,
      content: tooltipContent({
        places: areas,
        sources: atlas.meta.sources,
        metrics,
        placeIndex,
        yearIndex: this.yearIndex,
        layer,
        lang,
        belts: belts && areas.level === 'county' ? beltsOf(belts.belts, code, metrics.category) : null,
        dataset: atlas.meta,
      }),
    };
  });

  #indexOf(code: string | null): number | null {
    if (code === null) return null;
    return this.#session.atlas?.countyIndexByCode.get(code) ?? null;
  }
}
