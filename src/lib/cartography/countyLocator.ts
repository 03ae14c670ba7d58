/**
 * Which county is drawn at a place on the map: how the 2D map (src/lib/screenMap), which has no
 * GPU picking, answers hover and click. Counties are tested in Web Mercator, where the 2D map
 * (mapPaths.ts: d3-geo without resampling), MapLibre and deck.gl all draw an edge as a straight
 * line, so a point beside a long edge is given to the county drawn on its side. A point is in a
 * county by the even–odd rule over all of the county's rings: a hole (an enclave, a lake) is not
 * the county's, every part of a multipolygon is. Where two counties overlap, the one drawn last
 * (the higher index, drawn over the other) is the one seen.
 *
 * Built once from the geometry in one pass over its ~45,000 vertices: the counties' bounding boxes
 * in a grid, so that a query tests only the few counties whose box holds the point. The vertices
 * are left as they are: Mercator is monotonic in latitude, so only the few edges that cross the
 * point's parallel need their ends in Mercator, at query time.
 */
import type { Position } from 'geojson';
import type { AtlasGeometry } from '../domain/atlas';
import type { MapProjection } from './mapProjection';
import { mercatorY } from './camera';

/** Cells per side of the grid over the counties' extent (in degrees): a cell meets a few counties' boxes. */
const GRID_SIZE = 64;

function polygonsOf(geometry: AtlasGeometry['counties']['features'][number]['geometry']): Position[][][] {
  if (geometry?.type === 'Polygon') return [geometry.coordinates];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates;
  return [];
}

export class CountyLocator {
  /** Each county's polygons, by county index. */
  readonly #polygons: Position[][][][];
  /** Each county's bounding box in degrees: west, south, east, north. */
  readonly #boxes: Float64Array;
  readonly #grid: { west: number; south: number; cellWidth: number; cellHeight: number };
  /** The counties whose box meets cell c (row-major) are #cellCounties[#cellStarts[c] … #cellStarts[c + 1]], ascending. */
  readonly #cellStarts: Int32Array;
  readonly #cellCounties: Int32Array;

  /** `counties` in county-table order (feature i has index i), as data/decode.ts builds them. */
  constructor(counties: AtlasGeometry['counties']) {
    const countyCount = counties.features.length;
    this.#polygons = counties.features.map((county) => polygonsOf(county.geometry));
    const boxes = new Float64Array(countyCount * 4);
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let index = 0; index < countyCount; index++) {
      let [minLng, minLat, maxLng, maxLat] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const polygon of this.#polygons[index]!) {
        // The outer ring holds the holes: their vertices cannot widen the box.
        const ring = polygon[0] ?? [];
        for (let i = 0; i < ring.length; i++) {
          const lng = ring[i]![0]!;
          const lat = ring[i]![1]!;
          if (lng < minLng) minLng = lng;
          if (lng > maxLng) maxLng = lng;
          if (lat < minLat) minLat = lat;
          if (lat > maxLat) maxLat = lat;
        }
      }
      boxes[index * 4] = minLng;
      boxes[index * 4 + 1] = minLat;
      boxes[index * 4 + 2] = maxLng;
      boxes[index * 4 + 3] = maxLat;
      west = Math.min(west, minLng);
      south = Math.min(south, minLat);
      east = Math.max(east, maxLng);
      north = Math.max(north, maxLat);
    }
    this.#boxes = boxes;
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
    const boxes = this.#boxes;
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
   * an odd number of times. Mercator x is longitude scaled, Mercator y a monotonic function of
   * latitude: whether an edge crosses the point's parallel is read from the latitudes, and only
   * where it does is the crossing's longitude found along the edge's straight line in Mercator.
   */
  #contains(index: number, lng: number, lat: number): boolean {
    const y = mercatorY(lat);
    let isInside = false;
    for (const polygon of this.#polygons[index] ?? []) {
      for (const ring of polygon) {
        for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
          const [lngI = 0, latI = 0] = ring[i]!;
          const [lngJ = 0, latJ = 0] = ring[j]!;
          if (latI > lat === latJ > lat) continue;
          const yI = mercatorY(latI);
          const yJ = mercatorY(latJ);
          if (lng < ((lngJ - lngI) * (y - yI)) / (yJ - yI) + lngI) isInside = !isInside;
        }
      }
    }
    return isInside;
  }
}
