/**
 * Which county is drawn at a place on the map: how the 2D map (src/lib/screenMap), which has no
 * GPU picking, answers hover and click. Counties are tested in Web Mercator, where the 2D map,
 * MapLibre and deck.gl all draw an edge as a straight line, so a point beside a long edge is given
 * to the county drawn on its side. A point is in a county by the even–odd rule over all of the
 * county's rings: a hole (an enclave, a lake) is not the county's, every part of a multipolygon
 * is. Where two counties overlap, the one drawn last (the higher index, drawn over the other) is
 * the one seen.
 *
 * Built from the counties' MercatorShapes (topologyShapes.ts layerShapes: the same projected
 * vertices the 2D map draws, made for its first paint), not from their GeoJSON, whose decode took
 * 20–60 ms in the task after the first paint (Node): only their bounds are read, into a grid, so
 * that a query tests only the few counties whose box holds the point.
 */
import type { MapProjection } from './mapProjection';
import { mercatorRawX, mercatorRawY, type MercatorShapes } from './mercatorShapes';

/** Cells per side of the grid over the counties' extent (in degrees): a cell meets a few counties' boxes. */
const GRID_SIZE = 64;

export class CountyLocator {
  /** The counties in county-table order (shape i is county i). */
  readonly #shapes: MercatorShapes;
  readonly #grid: { west: number; south: number; cellWidth: number; cellHeight: number };
  /** The counties whose box meets cell c (row-major) are #cellCounties[#cellStarts[c] … #cellStarts[c + 1]], ascending. */
  readonly #cellStarts: Int32Array;
  readonly #cellCounties: Int32Array;

  constructor(counties: MercatorShapes) {
    this.#shapes = counties;
    const boxes = counties.bounds;
    const countyCount = counties.shapeStarts.length - 1;
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let index = 0; index < countyCount; index++) {
      // NaN (a county without coordinates) fails every comparison.
      if (!(boxes[index * 4]! <= boxes[index * 4 + 2]!)) continue;
      west = Math.min(west, boxes[index * 4]!);
      south = Math.min(south, boxes[index * 4 + 1]!);
      east = Math.max(east, boxes[index * 4 + 2]!);
      north = Math.max(north, boxes[index * 4 + 3]!);
    }
    this.#grid = { west, south, cellWidth: (east - west) / GRID_SIZE || 1, cellHeight: (north - south) / GRID_SIZE || 1 };
    // The cells each box meets; then counted, then filled, into one flat array (~10,000 entries, no array per cell).
    const ranges = new Int32Array(countyCount * 4).fill(-1);
    for (let i = 0; i < countyCount; i++) {
      if (!(boxes[i * 4]! <= boxes[i * 4 + 2]!)) continue;
      ranges[i * 4] = this.#column(boxes[i * 4]!);
      ranges[i * 4 + 1] = this.#row(boxes[i * 4 + 1]!);
      ranges[i * 4 + 2] = this.#column(boxes[i * 4 + 2]!);
      ranges[i * 4 + 3] = this.#row(boxes[i * 4 + 3]!);
    }
    const cellStarts = new Int32Array(GRID_SIZE * GRID_SIZE + 1);
    for (let i = 0; i < countyCount; i++) {
      for (let row = ranges[i * 4 + 1]!; row <= ranges[i * 4 + 3]! && row >= 0; row++) {
        for (let column = ranges[i * 4]!; column <= ranges[i * 4 + 2]!; column++) cellStarts[row * GRID_SIZE + column + 1]!++;
      }
    }
    for (let cell = 0; cell < GRID_SIZE * GRID_SIZE; cell++) cellStarts[cell + 1]! += cellStarts[cell]!;
    const cellCounties = new Int32Array(cellStarts[GRID_SIZE * GRID_SIZE]!);
    const filled = cellStarts.slice(0, -1);
    for (let i = 0; i < countyCount; i++) {
      for (let row = ranges[i * 4 + 1]!; row <= ranges[i * 4 + 3]! && row >= 0; row++) {
        for (let column = ranges[i * 4]!; column <= ranges[i * 4 + 2]!; column++) cellCounties[filled[row * GRID_SIZE + column]!++] = i;
      }
    }
    this.#cellStarts = cellStarts;
    this.#cellCounties = cellCounties;
  }

  /** The index of the county drawn at a longitude and latitude, or null (sea, a neighbour, a lake). */
  countyAt(lng: number, lat: number): number | null {
    const { west, south, cellWidth, cellHeight } = this.#grid;
    const column = Math.floor((lng - west) / cellWidth);
    const row = Math.floor((lat - south) / cellHeight);
    if (!(column >= 0 && column < GRID_SIZE && row >= 0 && row < GRID_SIZE)) return null;
    const cell = row * GRID_SIZE + column;
    const boxes = this.#shapes.bounds;
    // Highest index first: the county drawn last is the one seen where two overlap.
    for (let k = this.#cellStarts[cell + 1]! - 1; k >= this.#cellStarts[cell]!; k--) {
      const index = this.#cellCounties[k]!;
      if (lng < boxes[index * 4]! || lat < boxes[index * 4 + 1]! || lng > boxes[index * 4 + 2]! || lat > boxes[index * 4 + 3]!) continue;
      if (this.#contains(index, lng, lat)) return index;
    }
    return null;
  }

  /** The county drawn at pixel (x, y) of a map drawn with `projection` (mapPaths.ts mainProjection), or null. */
  countyAtPixel(projection: MapProjection, x: number, y: number): number | null {
    const [lng, lat] = projection.invert([x, y]);
    return this.countyAt(lng, lat);
  }

  /** The grid column of a longitude, and the row of a latitude, within the grid. */
  #column(lng: number): number {
    return Math.min(GRID_SIZE - 1, Math.max(0, Math.floor((lng - this.#grid.west) / this.#grid.cellWidth)));
  }

  #row(lat: number): number {
    return Math.min(GRID_SIZE - 1, Math.max(0, Math.floor((lat - this.#grid.south) / this.#grid.cellHeight)));
  }

  /**
   * Even–odd: a ray east from the point crosses the county's rings (outer rings and holes alike)
   * an odd number of times, each edge a straight line between its projected ends. A ring ends on
   * its first vertex, so its closing edge is the last one.
   */
  #contains(index: number, lng: number, lat: number): boolean {
    const { coords, ringStarts, shapeStarts } = this.#shapes;
    const x = mercatorRawX(lng);
    const y = mercatorRawY(lat);
    let isInside = false;
    for (let ring = shapeStarts[index]!; ring < shapeStarts[index + 1]!; ring++) {
      const first = ringStarts[ring]!;
      const end = ringStarts[ring + 1]!;
      for (let i = first, j = end - 1; i < end; j = i++) {
        const xI = coords[i * 2]!;
        const yI = coords[i * 2 + 1]!;
        const xJ = coords[j * 2]!;
        const yJ = coords[j * 2 + 1]!;
        if (yI > y === yJ > y) continue;
        if (x < ((xJ - xI) * (y - yI)) / (yJ - yI) + xI) isInside = !isInside;
      }
    }
    return isInside;
  }
}
