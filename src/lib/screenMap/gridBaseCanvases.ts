/**
 * The year grid's base map on two 2D canvases, one under the deck.gl canvas (the sea, the
 * neighbouring land, China's land) and one over it (province and national borders, the South
 * China Sea lines, the selected place's outline), in every map and inset: the export's scene
 * (export/composition.ts mapGroundItems, mapLineItems) of the screen's 2D shapes
 * (screenMap/mapShapes.ts), projected as deck.gl projects each view (the same Web Mercator, the
 * same fit: cartography/gridCamera.ts). The year grid's map (map/YearGridMap.ts) is handed one by
 * the page, as drawing in 2D is this room's and not the map's. None of it changes with the year,
 * so it is drawn when the grid's size, theme or selection changes, and deck.gl draws the county
 * fills alone: each of its draws costs the main thread its uniforms and bindings whatever it
 * holds, so a frame of 12 views is 12 draws, not 36.
 */
import type { AtlasGeometry } from '../domain/atlas';
import type { PlaceLevel } from '../domain/areas';
import type { Theme } from '../state/theme';
import type { GridBase } from '../map/YearGridMap';
import type { Rect } from '../cartography/mapPaths';
import { mapGroundItems, mapLineItems } from '../export/composition';
import { SceneRenderer } from '../export/renderCanvas';
import type { SceneItem } from '../export/scene';
import type { GridArrangement } from '../view/yearGrid/gridCells';
import { gridFit, snappedCell } from '../cartography/gridCamera';
import { canvasContext, fitCanvas } from './canvas2d';
import { buildMainMapShapes, type ScreenMapShapes, type ShapePath } from './mapShapes';

/** What the canvases show; drawn again only when one of these changes. */
interface BaseDrawn {
  arrangement: GridArrangement;
  theme: Theme;
  level: PlaceLevel;
  selectedCode: string | null;
}

/** A path moved by (dx, dy). */
function moved(path: ShapePath, dx: number, dy: number): ShapePath {
  if (!path) return null;
  const copy = new Path2D();
  copy.addPath(path, { a: 1, b: 0, c: 0, d: 1, e: dx, f: dy });
  return copy;
}

export class GridBaseCanvases implements GridBase {
  readonly #geometry: AtlasGeometry;
  readonly #container: HTMLElement;
  readonly #ground: HTMLCanvasElement;
  readonly #lines: HTMLCanvasElement;
  readonly #renderer = new SceneRenderer();
  #drawn: BaseDrawn | null = null;

  /** Puts the ground canvas first in `container` and the lines canvas last: made after the deck.gl canvas, they lie under and over it. */
  constructor(container: HTMLElement, geometry: AtlasGeometry) {
    this.#geometry = geometry;
    this.#container = container;
    const canvas = (part: 'ground' | 'lines') => {
      const element = document.createElement('canvas');
      element.dataset.gridBase = part;
      element.setAttribute('aria-hidden', 'true');
      Object.assign(element.style, { position: 'absolute', inset: '0', width: '100%', height: '100%', pointerEvents: 'none' } satisfies Partial<CSSStyleDeclaration>);
      return element;
    };
    this.#ground = canvas('ground');
    this.#lines = canvas('lines');
    container.prepend(this.#ground);
    container.append(this.#lines);
  }

  /**
   * Draws the base of every map and inset of `arrangement` (in the theme, with the selected place
   * outlined), unless it is drawn so already. Border widths follow the maps' zoom, in the insets too.
   */
  draw(arrangement: GridArrangement, theme: Theme, level: PlaceLevel, selectedCode: string | null): void {
    const last = this.#drawn;
    // Each change of the container's size comes with a new arrangement; its size is not read
    // otherwise, since reading it in a year step would lay out the step's changes in that task.
    if (last && last.arrangement === arrangement && last.theme === theme && last.level === level && last.selectedCode === selectedCode) return;
    this.#drawn = { arrangement, theme, level, selectedCode };
    const width = this.#container.clientWidth;
    const height = this.#container.clientHeight;
    const pixelRatio = window.devicePixelRatio || 1;
    const ground: SceneItem<ShapePath>[] = [];
    const lines: { map: SceneItem<ShapePath>[]; inset: Rect; insetItems: SceneItem<ShapePath>[] }[] = [];
    const shapesBySize = new Map<string, ScreenMapShapes>();
    // The maps of a grid share one size, so their shapes are built once and moved into each box.
    const shapesIn = (kind: 'map' | 'inset', box: Rect) => {
      const key = `${kind} ${box.width} ${box.height}`;
      let shapes = shapesBySize.get(key);
      if (!shapes) {
        const fit = gridFit(kind, box);
        const camera = { lng: fit.longitude, lat: fit.latitude, zoom: fit.zoom, viewportWidth: box.width, viewportHeight: box.height };
        shapes = buildMainMapShapes(this.#geometry, { x: 0, y: 0, width: box.width, height: box.height }, camera, { level, selectedPlaceCode: selectedCode });
        shapesBySize.set(key, shapes);
      }
      return {
        zoom: shapes.zoom,
        level: shapes.level,
        neighbours: moved(shapes.neighbours, box.x, box.y),
        nation: moved(shapes.nation, box.x, box.y),
        provinces: moved(shapes.provinces, box.x, box.y),
        // The grid, like the single map's deck.gl layers, outlines no prefectures.
        prefectures: null,
        selectedPlace: moved(shapes.selectedPlace, box.x, box.y),
        southChinaSeaLines: moved(shapes.southChinaSeaLines, box.x, box.y),
      };
    };
    for (const cell of arrangement.cells) {
      const { map, inset } = snappedCell(cell, pixelRatio);
      const mapPaths = shapesIn('map', map);
      const insetPaths = { ...shapesIn('inset', inset), zoom: mapPaths.zoom };
      ground.push(
        { kind: 'group', id: 'map', clip: map, items: mapGroundItems(map, mapPaths, theme) },
        { kind: 'group', id: 'inset', clip: inset, items: mapGroundItems(inset, insetPaths, theme) },
      );
      lines.push({
        map: [{ kind: 'group', id: 'map', clip: map, items: mapLineItems(mapPaths, theme) }],
        inset,
        insetItems: [{ kind: 'group', id: 'inset', clip: inset, items: mapLineItems(insetPaths, theme) }],
      });
    }
    for (const canvas of [this.#ground, this.#lines]) fitCanvas(canvas, width, height, pixelRatio);
    const groundContext = canvasContext(this.#ground);
    const linesContext = canvasContext(this.#lines);
    if (!groundContext || !linesContext) return;
    // Between the maps is the page (the grid's element behind the canvases).
    groundContext.clearRect(0, 0, this.#ground.width, this.#ground.height);
    linesContext.clearRect(0, 0, this.#lines.width, this.#lines.height);
    this.#renderer.render(groundContext, ground, pixelRatio);
    for (const cell of lines) {
      this.#renderer.render(linesContext, cell.map, pixelRatio);
      // The inset lies over its map: the map's lines do not show through it.
      const { x, y, width: w, height: h } = cell.inset;
      linesContext.clearRect(x * pixelRatio, y * pixelRatio, w * pixelRatio, h * pixelRatio);
      this.#renderer.render(linesContext, cell.insetItems, pixelRatio);
    }
  }

  /** Takes the canvases out of the page; drawing afterwards draws nothing that shows. */
  destroy(): void {
    this.#ground.remove();
    this.#lines.remove();
  }
}
