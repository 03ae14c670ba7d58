/**
 * A layer's features projected once into d3's raw Web Mercator (x = λ, y = ln tan(π/4 + φ/2), in
 * radians), in flat typed arrays (built from the topology's arcs: topologyShapes.ts). A map at any
 * camera places them by one scale and shift (MercatorFrame, read from the map's d3 projection), so
 * the screen's 2D map draws straight from them (src/lib/screenMap/mapShapes.ts) instead of
 * streaming every vertex through d3-geo into SVG path strings that the canvas then parses again;
 * and no per-vertex arrays are made. Each feature's bounds in degrees come from the same pass (the
 * 南海诸岛 inset picks its counties with them, and a zoomed-in map skips what is out of view).
 */
import type { MapProjection } from './mapProjection';

export interface MercatorShapes {
  /** x, y of every vertex, ring after ring. */
  readonly coords: Float64Array;
  /** Index of each ring's first vertex, then the vertex count (one more entry than rings). */
  readonly ringStarts: Uint32Array;
  /** 1 for a polygon's ring (drawn closed), 0 for a line. */
  readonly ringClosed: Uint8Array;
  /** Index of each feature's first ring, then the ring count (one more entry than features). */
  readonly shapeStarts: Uint32Array;
  /** West, south, east, north of each feature in degrees; NaN for a feature without coordinates. */
  readonly bounds: Float64Array;
}

/** Where a d3 Mercator projection without rotation puts MercatorShapes' coordinates: (x0 + k·x, y0 − k·y). */
export interface MercatorFrame {
  k: number;
  x0: number;
  y0: number;
}

const RADIANS = Math.PI / 180;

/** d3-geo's raw Mercator x of a longitude in degrees (geoMercatorRaw): the longitude in radians. */
export function mercatorRawX(lng: number): number {
  return lng * RADIANS;
}

/** d3-geo's raw Mercator y of a latitude in degrees (geoMercatorRaw). */
export function mercatorRawY(lat: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (lat * RADIANS) / 2));
}

/** The frame of a map's Mercator projection (d3's geoMercator with a centre, scale and translate, no rotation). */
export function mercatorFrame(projection: MapProjection): MercatorFrame {
  const [x0, y0] = projection([0, 0]) ?? [NaN, NaN];
  return { k: projection.scale(), x0, y0 };
}

/** Whether feature `shape` reaches into `[[west, south], [east, north]]` (degrees); never for a feature without coordinates. */
export function shapeIntersects(shapes: MercatorShapes, shape: number, [[west, south], [east, north]]: readonly [readonly [number, number], readonly [number, number]]): boolean {
  const at = shape * 4;
  return shapes.bounds[at]! <= east && west <= shapes.bounds[at + 2]! && shapes.bounds[at + 1]! <= north && south <= shapes.bounds[at + 3]!;
}

/** The degrees a box of pixels covers under a frame: [[west, south], [east, north]]. */
export function frameBounds({ k, x0, y0 }: MercatorFrame, box: { x: number; y: number; width: number; height: number }): [[number, number], [number, number]] {
  const lng = (x: number) => (x - x0) / k / RADIANS;
  const lat = (y: number) => (2 * Math.atan(Math.exp((y0 - y) / k)) - Math.PI / 2) / RADIANS;
  return [
    [lng(box.x), lat(box.y + box.height)],
    [lng(box.x + box.width), lat(box.y)],
  ];
}
