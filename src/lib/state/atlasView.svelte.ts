/**
 * What follows from the reader's choices and the loaded data: the layer's colour scale (built
 * from all years), the legend of the year shown, and the state the map draws. Computed here so
 * that App.svelte only composes.
 */
import type { MapDrawState, MapHover } from '../map/types';
import { beltsOf } from '../panel/countyBelts';
import { tooltipContent, type TooltipContent } from '../tooltip/tooltipContent';
import { buildCountyFill } from '../scales/countyFill';
import { buildLayerScale, type LayerScale, type LegendBin } from '../scales/layerScale';
import type { AppState } from './appState.svelte';
import type { AtlasSession } from './atlasSession.svelte';

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

  /** Rebuilt when the layer or the category's metrics change, never when the year does. */
  scale = $derived.by((): LayerScale | null => {
    const metrics = this.#session.metrics;
    return metrics ? buildLayerScale(this.#app.layer, metrics) : null;
  });

  legendBins = $derived.by((): LegendBin[] => this.scale?.bins(this.yearIndex) ?? []);

  selectedIndex = $derived.by(() => this.#indexOf(this.#app.selectedCode));
  flyToIndex = $derived.by(() => this.#indexOf(this.#app.flyToCode));

  /** The fill of every county for the year shown; a selection or language change keeps it. */
  #countyFill = $derived.by(() => {
    const { atlas } = this.#session;
    const scale = this.scale;
    if (!atlas || !scale || this.yearIndex < 0) return null;
    return buildCountyFill(scale, this.yearIndex, atlas.counties.codes.length);
  });

  drawState = $derived.by((): MapDrawState | null => {
    const { metrics } = this.#session;
    const countyFill = this.#countyFill;
    if (!metrics || !countyFill) return null;
    const { layer, year, lang } = this.#app;
    return {
      colourKey: `${layer}|${metrics.category}|${year}`,
      countyFill,
      selectedCode: this.#app.selectedCode,
      lang,
      over100YiPath: layer === 'spread' ? metrics.over100YiCentres.filter((c) => c.year <= year) : null,
      transitionMs: this.#app.prefersReducedMotion ? 0 : TRANSITION_MS,
      year,
    };
  });

  /** The legend swatch of the hovered county, which the legend marks. */
  hoveredBin = $derived.by((): LegendBin | null => {
    if (!this.hover || !this.scale || this.yearIndex < 0) return null;
    return this.legendBins[this.scale.binOf(this.yearIndex, this.hover.countyIndex)] ?? null;
  });

  tooltip = $derived.by((): { x: number; y: number; content: TooltipContent } | null => {
    const { atlas, metrics, belts } = this.#session;
    const hover = this.hover;
    if (!atlas || !metrics || !hover || this.yearIndex < 0) return null;
    const code = atlas.counties.codes[hover.countyIndex] ?? '';
    return {
      x: hover.x,
      y: hover.y,
      content: tooltipContent({
        counties: atlas.counties,
        sources: atlas.meta.sources,
        metrics,
        countyIndex: hover.countyIndex,
        yearIndex: this.yearIndex,
        layer: this.#app.layer,
        lang: this.#app.lang,
        belts: belts ? beltsOf(belts.belts, code, metrics.category) : null,
      }),
    };
  });

  #indexOf(code: string | null): number | null {
    if (code === null) return null;
    return this.#session.atlas?.countyIndexByCode.get(code) ?? null;
  }
}
