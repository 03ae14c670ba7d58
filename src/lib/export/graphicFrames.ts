/**
 * The scenes of an export: a still (one year) or the frames of an animation (a run of years),
 * all composed from the same layout and map paths, so that only colours, year stamp and legend
 * change from frame to frame. Pure: the renderers turn the scenes into pixels or SVG.
 */
import type { AtlasGeometry } from '../data/atlas';
import type { DatasetMeta } from '../data/types';
import type { Lang } from '../i18n/i18n';
import { colourTable, coloursAt } from '../map/countyColourFrames';
import { buildCountyFill } from '../scales/countyFill';
import type { LayerId, LayerScale } from '../scales/layerScale';
import { composeScene, graphicContent, insetMapBox, layoutGraphic, type GraphicContent, type GraphicLayout } from './composition';
import { buildMapPaths, type ExportCamera, type MapPaths } from './mapPaths';
import type { SceneItem } from './scene';

/** What an export shows: the view the reader has on screen. */
export interface ExportView {
  geometry: AtlasGeometry;
  meta: Pick<DatasetMeta, 'title' | 'isIllustrative' | 'categories'>;
  layer: LayerId;
  category: string;
  /** The years of the metrics the scale was built from (metrics.years). */
  years: readonly number[];
  scale: LayerScale;
  lang: Lang;
  /** The camera on screen, or null while the map still shows its first fit of China. */
  camera: ExportCamera | null;
}

export class GraphicFrames {
  readonly width: number;
  readonly height: number;
  readonly layout: GraphicLayout;
  /** Index into the view's years of each year the frames show, in order. */
  readonly yearIndices: readonly number[];
  readonly #contents: GraphicContent[];
  readonly #paths: MapPaths;
  readonly #colours: Uint8Array[];

  constructor(view: ExportView, width: number, height: number, yearIndices: readonly number[]) {
    if (yearIndices.length === 0) throw new Error('GraphicFrames: no year to show');
    const missing = yearIndices.find((i) => view.years[i] === undefined);
    if (missing !== undefined) throw new Error(`GraphicFrames: year index ${missing} is outside the ${view.years.length} years`);
    this.width = width;
    this.height = height;
    this.yearIndices = yearIndices;
    const countyCount = view.geometry.counties.features.length;
    this.#contents = yearIndices.map((yearIndex) =>
      graphicContent({ ...view, year: view.years[yearIndex]!, bins: view.scale.bins(yearIndex) }),
    );
    // Every legend label of every frame sizes the legend box, so it does not change size mid-video.
    const sizingLabels = this.#contents.flatMap((c) => [...c.legend.ranges, ...c.legend.specials].map((s) => s.label));
    this.layout = layoutGraphic(width, height, this.#contents[0]!, sizingLabels);
    this.#paths = buildMapPaths(view.geometry, this.layout.map, insetMapBox(this.layout), view.camera);
    this.#colours = yearIndices.map((yearIndex) => colourTable(countyCount, buildCountyFill(view.scale, yearIndex, countyCount)));
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
    return composeScene(this.layout, content, this.#paths, coloursAt({ from, to, startMs: 0, durationMs: 1 }, fade));
  }

  #contentAt(position: number): GraphicContent {
    const content = this.#contents[position];
    if (!content) throw new Error(`GraphicFrames: position ${position} is outside the ${this.#contents.length} years`);
    return content;
  }
}
