/**
 * A layer's features projected once into d3's raw Web Mercator (x = λ, y = ln tan(π/4 + φ/2), in
 * radians), in flat typed arrays. A map at any camera places them by one scale and shift
 * (MercatorFrame, read from the map's d3 projection), so the screen's 2D map draws straight from
 * them (src/lib/screenMap/mapShapes.ts) instead of streaming every vertex through d3-geo into
 * SVG path strings that the canvas then parses again; and no per-vertex arrays are made.
 * Each feature's bounds in degrees come from the same pass (the 南海诸岛 inset picks its counties
 * with them, and a zoomed-in map skips what is out of view).
 */
import type { GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry, Position } from 'geojson';

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

/** d3-geo's raw Mercator y of a latitude in degrees (geoMercatorRaw). */
export function mercatorRawY(lat: number): number {
  return Math.log(Math.tan(Math.PI / 4 + (lat * RADIANS) / 2));
}

/** The frame of a d3 Mercator projection (geoMercator with a centre, scale and translate, no rotation). */
export function mercatorFrame(projection: GeoProjection): MercatorFrame {
  const [x0, y0] = projection([0, 0]) ?? [NaN, NaN];
  return { k: projection.scale(), x0, y0 };
}

/** The lines of a geometry: a polygon's rings (closed) or a line's parts (open). */
function linesOf(geometry: Geometry | null, visit: (line: Position[], closed: boolean) => void): void {
  if (!geometry) return;
  switch (geometry.type) {
    case 'Polygon':
      for (const ring of geometry.coordinates) visit(ring, true);
      break;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) for (const ring of polygon) visit(ring, true);
      break;
    case 'LineString':
      visit(geometry.coordinates, false);
      break;
    case 'MultiLineString':
      for (const line of geometry.coordinates) visit(line, false);
      break;
    case 'GeometryCollection':
      for (const part of geometry.geometries) linesOf(part, visit);
      break;
    // Points are not drawn as shapes: the atlas's layers have none.
  }
}

/** Projects every feature of `collection` (two passes: sizes, then coordinates). */
export function projectShapes(collection: FeatureCollection): MercatorShapes {
  const { features } = collection;
  let vertexCount = 0;
  let ringCount = 0;
  for (const feature of features) {
    linesOf(feature.geometry, (line) => {
      vertexCount += line.length;
      ringCount += 1;
    });
  }
  const coords = new Float64Array(vertexCount * 2);
  const ringStarts = new Uint32Array(ringCount + 1);
  const ringClosed = new Uint8Array(ringCount);
  const shapeStarts = new Uint32Array(features.length + 1);
  const bounds = new Float64Array(features.length * 4);
  let vertex = 0;
  let ring = 0;
  features.forEach((feature, shape) => {
    shapeStarts[shape] = ring;
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    linesOf(feature.geometry, (line, closed) => {
      ringStarts[ring] = vertex;
      ringClosed[ring] = closed ? 1 : 0;
      ring += 1;
      for (let i = 0; i < line.length; i++) {
        const position = line[i]!;
        const lng = position[0] ?? NaN;
        const lat = position[1] ?? NaN;
        west = Math.min(west, lng);
        east = Math.max(east, lng);
        south = Math.min(south, lat);
        north = Math.max(north, lat);
        coords[vertex * 2] = lng * RADIANS;
        coords[vertex * 2 + 1] = mercatorRawY(lat);
        vertex += 1;
      }
    });
    const isEmpty = !(west <= east);
    bounds[shape * 4] = isEmpty ? NaN : west;
    bounds[shape * 4 + 1] = isEmpty ? NaN : south;
    bounds[shape * 4 + 2] = isEmpty ? NaN : east;
    bounds[shape * 4 + 3] = isEmpty ? NaN : north;
  });
  shapeStarts[features.length] = ring;
  ringStarts[ringCount] = vertex;
  return { coords, ringStarts, ringClosed, shapeStarts, bounds };
}

const projected = new WeakMap<FeatureCollection, MercatorShapes>();

/** projectShapes of a collection, projected on first use and kept while the collection lives. */
export function mercatorShapes(collection: FeatureCollection): MercatorShapes {
  let shapes = projected.get(collection);
  if (!shapes) {
    shapes = projectShapes(collection);
    projected.set(collection, shapes);
  }
  return shapes;
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
