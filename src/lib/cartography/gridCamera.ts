/**
 * Where each map and inset of the year grid looks and where its box lies on the screen: deck.gl's
 * views (src/lib/map/YearGridMap.ts) and the base map's 2D canvases
 * (src/lib/screenMap/gridBaseCanvases.ts) take both from here, so the land under the counties and
 * the borders over them fall on the same pixels as the counties.
 */
import { CHINA_MAIN_BOUNDS, fitBounds, SOUTH_CHINA_SEA_BOUNDS } from './camera';
import type { Rect } from './mapPaths';
import { GRID_MAP_PADDING, type GridCell } from '../view/yearGrid/gridCells';

/** Space kept around the islands in each inset (CSS pixels). */
const INSET_PADDING = 2;

export type ViewFit = { longitude: number; latitude: number; zoom: number };

/** How a map's box (China fitted into it) and an inset's box (the South China Sea fitted into it) are seen. */
export function gridFit(kind: 'map' | 'inset', box: Rect): ViewFit {
  return kind === 'map' ? fitBounds(CHINA_MAIN_BOUNDS, box.width, box.height, GRID_MAP_PADDING) : fitBounds(SOUTH_CHINA_SEA_BOUNDS, box.width, box.height, INSET_PADDING);
}

/**
 * A box moved to whole device pixels: deck.gl sets its views' GL viewports from their boxes and
 * GL drops the fractions, so the 2D canvases draw in the same whole-pixel boxes to match it.
 */
export function snapToPixels(box: Rect, pixelRatio: number): Rect {
  const snap = (value: number) => Math.round(value * pixelRatio) / pixelRatio;
  const x = snap(box.x);
  const y = snap(box.y);
  return { x, y, width: snap(box.x + box.width) - x, height: snap(box.y + box.height) - y };
}

/** A grid cell's map and inset boxes, on whole device pixels. */
export function snappedCell(cell: GridCell, pixelRatio: number): { map: Rect; inset: Rect } {
  return { map: snapToPixels(cell.map, pixelRatio), inset: snapToPixels(cell.inset, pixelRatio) };
}
