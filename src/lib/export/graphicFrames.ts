/**
 * The scenes of an export: a still (one year) or the frames of an animation (a run of years, or
 * of story steps), all composed from the same layout and map paths, so that only colours, year
 * stamp, legend and caption change from frame to frame. Pure: the renderers turn the scenes into
 * pixels or SVG.
 */
import type { PlaceLevel } from '../domain/areas';
import type { AtlasGeometry } from '../domain/atlas';
import type { ProvinceRecord } from '../domain/contract';
import type { AtlasDataset, SpreadCentre } from '../domain/atlas';
import type { Lang } from '../i18n/i18n';
import { coloursAt } from '../cartography/countyColourFrames';
import { provinceLabels } from '../cartography/provinceLabels';
import { countyColours } from '../view/scales/countyFill';
import type { LayerScale } from '../view/scales/layerScale';
import type { LayerId } from '../domain/layers';
import { composeScene } from './composition';
import { graphicContent, type GraphicContent, type GraphicDataset } from './graphicContent';
import { insetMapBox, layoutGraphic, type GraphicLayout } from './graphicLayout';
import { mapOverlay, type MapOverlay } from './mapOverlayScene';
import { buildMapPaths, type ExportCamera, type MapPaths } from '../cartography/mapPaths';
import { mainProjection } from '../cartography/mapProjection';
import type { SceneItem } from './scene';
import type { Theme } from '../state/theme';

/** What an export shows: the view the reader has on screen. */
export interface ExportView {
  geometry: AtlasGeometry;
  meta: Pick<AtlasDataset, 'title' | 'isIllustrative' | 'categories'>;
  /** The dataset shown (atlas.meta): its words, measure and sources. */
  dataset: GraphicDataset;
  layer: LayerId;
  category: string;
  /** The years of the metrics the scale was built from (metrics.years). */
  years: readonly number[];
  /** The scale the map shows: the layer's, or the difference layer's while two years are compared. */
  scale: LayerScale;
  /** While two years are compared: the first year; null otherwise. */
  compareFrom: number | null;
  lang: Lang;
  /** The camera on screen, or null while the map still shows its first fit of China. */
  camera: ExportCamera | null;
  /** The places the map shows: counties, or prefectures or provinces (their borders drawn). */
  level: PlaceLevel;
  /** Code of the place selected on screen (outlined), or null. */
  selectedPlaceCode: string | null;
  /** Province table, for the province names written on the map. */
  provinces: readonly ProvinceRecord[];
  /** The yearly centre of 百亿 belts (metrics.spreadCentres), drawn on the spread layer. */
  spreadCentres: readonly SpreadCentre[];
  /** The theme the graphic is drawn in; `scale`'s colours are already in it. */
  theme: Theme;
}

/** What the animation encoder draws from: `positionCount` pictures (years or story steps), each with a fade from the one before. */
export interface FrameSource {
  readonly width: number;
  readonly height: number;
  readonly positionCount: number;
  scene(position: number, fade?: number): SceneItem[];
}

export interface GraphicTexts {
  /** A title in place of the layer's (a story's title). */
  title?: string;
  /** A caption per position (story steps), or null where there is none. */
  captions?: readonly (string | null)[];
}

export class GraphicFrames implements FrameSource {
  readonly width: number;
  readonly height: number;
  readonly layout: GraphicLayout;
  /** Index into the view's years of each year the frames show, in order. */
  readonly yearIndices: readonly number[];
  readonly #contents: GraphicContent[];
  readonly #paths: MapPaths;
  readonly #colours: Uint8Array[];
  readonly #overlays: MapOverlay[];
  readonly #theme: Theme;

  constructor(view: ExportView, width: number, height: number, yearIndices: readonly number[], texts: GraphicTexts = {}) {
    if (yearIndices.length === 0) throw new Error('GraphicFrames: no year to show');
    const missing = yearIndices.find((i) => view.years[i] === undefined);
    if (missing !== undefined) throw new Error(`GraphicFrames: year index ${missing} is outside the ${view.years.length} years`);
    this.width = width;
    this.height = height;
    this.yearIndices = yearIndices;
    const countyCount = view.geometry.counties.features.length;
    this.#contents = yearIndices.map((yearIndex, position) => {
      const content = graphicContent({ ...view, year: view.years[yearIndex]!, bins: view.scale.bins(yearIndex), caption: texts.captions?.[position] ?? null });
      return texts.title ? { ...content, title: texts.title } : content;
    });
    // Every legend label of every frame sizes the legend box, and the longest caption the caption
    // box, so that neither changes size mid-video.
    const sizingLabels = this.#contents.flatMap((c) => [...c.legend.ranges, ...c.legend.specials].map((s) => s.label));
    const longestCaption = this.#contents.reduce((a, b) => ((b.caption?.length ?? 0) > (a.caption?.length ?? 0) ? b : a));
    this.layout = layoutGraphic(width, height, { ...this.#contents[0]!, caption: longestCaption.caption }, sizingLabels);
    this.#paths = buildMapPaths(view.geometry, this.layout.map, insetMapBox(this.layout), view.camera, view);
    this.#colours = yearIndices.map((yearIndex) => countyColours(view.scale, yearIndex, countyCount));
    this.#overlays = this.#buildOverlays(view);
    this.#theme = view.theme;
  }

  /** Province names where the screen would write them at this scale, and the 百亿 path up to each frame's year. */
  #buildOverlays(view: ExportView): MapOverlay[] {
    const projection = mainProjection(this.layout.map, view.camera);
    const labels = provinceLabels(view.provinces);
    return this.yearIndices.map((yearIndex) =>
      mapOverlay(projection, this.layout.map, {
        zoom: this.#paths.zoom,
        unit: this.layout.unit,
        lang: view.lang,
        labels,
        centres: view.layer === 'spread' ? view.spreadCentres : null,
        year: view.years[yearIndex]!,
      }),
    );
  }

  get positionCount(): number {
    return this.yearIndices.length;
  }

  /** Title line for an SVG's <title>: the graphic's title and subtitle. */
  titleOf(position: number): string {
    const content = this.#contentAt(position);
    return `${content.title} · ${content.subtitle}`;
  }

  /**
   * The scene of the year at `position` (an index into yearIndices), its county colours `fade`
   * of the way over from the year before (1 = this year's colours, as in a still).
   */
  scene(position: number, fade = 1): SceneItem[] {
    const content = this.#contentAt(position);
    const to = this.#colours[position]!;
    const from = this.#colours[position - 1] ?? to;
    return composeScene(this.layout, content, this.#paths, coloursAt({ from, to, startMs: 0, durationMs: 1 }, fade), this.#overlays[position], this.#theme);
  }

  #contentAt(position: number): GraphicContent {
    const content = this.#contents[position];
    if (!content) throw new Error(`GraphicFrames: position ${position} is outside the ${this.#contents.length} years`);
    return content;
  }
}
