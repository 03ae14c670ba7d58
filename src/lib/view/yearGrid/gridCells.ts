/**
 * Where each map of the year grid sits in a box (the screen's map region, or the export's grid
 * area): the number of columns that gives each map of China the most room, each cell with its
 * year title above its map and the 南海诸岛 inset in the map's lower right, over the sea east of
 * Taiwan, where China's extent leaves open water. Pure: the screen's deck.gl views, the titles laid
 * over them and the export graphic all place their parts from the same arrangement.
 */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface GridCell {
  year: number;
  /** The year title's strip above the map, `titleHeight` high. */
  title: Box;
  map: Box;
  /** The 南海诸岛 inset, inside `map`. */
  inset: Box;
}

export interface GridArrangement {
  columns: number;
  rows: number;
  cells: GridCell[];
}

export interface GridSizes {
  /** Space between cells. */
  gap: number;
  /** Height of the year title above each map. */
  titleHeight: number;
  /** China's main extent as drawn in Web Mercator: width over height (mercatorAspect). */
  mapAspect: number;
}

/** Space kept around China in each map on screen (CSS pixels): the maps are fitted to China with it. */
export const GRID_MAP_PADDING = 4;

/** The inset's width as a share of China's drawn width, and its height over its width (the export's inset shape). */
const INSET_SHARE = 0.15;
const INSET_ASPECT = 1.36;

/** Width over height of a lng/lat extent in Web Mercator, as MapLibre and deck.gl draw it. */
export function mercatorAspect([[west, south], [east, north]]: readonly [readonly [number, number], readonly [number, number]]): number {
  const y = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
  return ((east - west) * Math.PI) / 180 / (y(north) - y(south));
}

/** China's drawn width in a map box: the box's width, or less where its height is what limits China. */
function chinaWidthIn(width: number, height: number, aspect: number): number {
  return Math.max(0, Math.min(width, height * aspect));
}

/**
 * The arrangement of `years` in `box`: every column count is tried and the one where China is
 * drawn largest wins (fewer rows on a tie, so a wide screen lays the maps side by side).
 */
export function arrangeGrid(years: readonly number[], box: Box, sizes: GridSizes): GridArrangement {
  const count = years.length;
  let best = { columns: 1, rows: count, chinaWidth: -1 };
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns);
    const cellWidth = (box.width - sizes.gap * (columns - 1)) / columns;
    const cellHeight = (box.height - sizes.gap * (rows - 1)) / rows;
    const chinaWidth = chinaWidthIn(cellWidth, cellHeight - sizes.titleHeight, sizes.mapAspect);
    if (chinaWidth > best.chinaWidth + 0.5) best = { columns, rows, chinaWidth };
  }
  const { columns, rows } = best;
  const cellWidth = (box.width - sizes.gap * (columns - 1)) / columns;
  const cellHeight = (box.height - sizes.gap * (rows - 1)) / rows;
  const cells = years.map((year, i): GridCell => {
    const x = box.x + (i % columns) * (cellWidth + sizes.gap);
    const y = box.y + Math.floor(i / columns) * (cellHeight + sizes.gap);
    const map = { x, y: y + sizes.titleHeight, width: cellWidth, height: Math.max(1, cellHeight - sizes.titleHeight) };
    // China is centred in its map box; the inset sits in the lower right corner of China's extent.
    const chinaWidth = chinaWidthIn(map.width, map.height, sizes.mapAspect);
    const chinaHeight = chinaWidth / sizes.mapAspect;
    const insetWidth = chinaWidth * INSET_SHARE;
    const insetHeight = insetWidth * INSET_ASPECT;
    const inset = {
      x: map.x + (map.width + chinaWidth) / 2 - insetWidth,
      y: map.y + (map.height + chinaHeight) / 2 - insetHeight,
      width: insetWidth,
      height: insetHeight,
    };
    return { year, title: { x, y, width: cellWidth, height: sizes.titleHeight }, map, inset };
  });
  return { columns, rows, cells };
}

/**
 * Whether two arrangements place their maps and insets in the same boxes, whatever their years: a
 * year step gives the grid a new arrangement with new years in the same places, and the map's
 * views (set again only when their places change) then stay as they are.
 */
export function isSamePlacement(a: GridArrangement, b: GridArrangement): boolean {
  const sameBox = (p: Box, q: Box) => p.x === q.x && p.y === q.y && p.width === q.width && p.height === q.height;
  return a.cells.length === b.cells.length && a.cells.every((cell, i) => sameBox(cell.map, b.cells[i]!.map) && sameBox(cell.inset, b.cells[i]!.inset));
}
