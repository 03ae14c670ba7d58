/**
 * The 2D map's shapes straight from the topology's arcs (geodata/china.topo.json), without its
 * GeoJSON: each arc is decoded and projected once (a border between two counties, and the province
 * and nation borders on it, is one arc: ~33,500 points against ~75,000 positions in the layers'
 * GeoJSON), then every ring is the copy of its arcs' projected points. The result is the same
 * MercatorShapes, to the bit, as topojson-client's features projected position by position (a
 * unit test holds the two together), so the first paint is the picture the GeoJSON would give.
 */
import type { GeoJsonProperties } from 'geojson';
import type { GeometryObject } from 'topojson-specification';
import type { ArcLayer, AtlasArcs, AtlasGeometry } from '../domain/atlas';
import { mercatorRawY, type MercatorShapes } from './mercatorShapes';

const RADIANS = Math.PI / 180;

/** Every arc's points in raw Web Mercator, arc after arc, with each arc's bounds in degrees. */
export interface ProjectedArcs {
  /** x, y of every point. */
  readonly coords: Float64Array;
  /** Index of each arc's first point, then the point count. */
  readonly starts: Uint32Array;
  /** West, south, east, north of each arc in degrees. */
  readonly bounds: Float64Array;
}

/** Decodes (topojson-client's transform: deltas from each arc's start, then scale and translate) and projects every arc. */
export function projectArcs({ arcs, transform }: Pick<AtlasArcs, 'arcs' | 'transform'>): ProjectedArcs {
  const starts = new Uint32Array(arcs.length + 1);
  for (let arc = 0; arc < arcs.length; arc++) starts[arc + 1] = starts[arc]! + arcs[arc]!.length / 2;
  const coords = new Float64Array(starts[arcs.length]! * 2);
  const bounds = new Float64Array(arcs.length * 4);
  const [kx, ky] = transform?.scale ?? [1, 1];
  const [dx, dy] = transform?.translate ?? [0, 0];
  // One loop over ~33,500 points, run once before the first paint: no array is made per point or arc.
  let at = 0;
  for (let arc = 0; arc < arcs.length; arc++) {
    const points = arcs[arc]!;
    let west = Infinity;
    let south = Infinity;
    let east = -Infinity;
    let north = -Infinity;
    let x = 0;
    let y = 0;
    for (let k = 0; k < points.length; k += 2) {
      let lng = points[k]!;
      let lat = points[k + 1]!;
      if (transform) {
        lng = (x += lng) * kx + dx;
        lat = (y += lat) * ky + dy;
      }
      if (lng < west) west = lng;
      if (lng > east) east = lng;
      if (lat < south) south = lat;
      if (lat > north) north = lat;
      coords[at++] = lng * RADIANS;
      coords[at++] = mercatorRawY(lat);
    }
    bounds[arc * 4] = west;
    bounds[arc * 4 + 1] = south;
    bounds[arc * 4 + 2] = east;
    bounds[arc * 4 + 3] = north;
  }
  return { coords, starts, bounds };
}

/** A geometry's lines as arc-index lists: a polygon's rings (closed) or a line's parts (open). */
function linesOf(geometry: GeometryObject<GeoJsonProperties>, visit: (arcs: readonly number[], closed: boolean) => void): void {
  switch (geometry.type) {
    case 'Polygon':
      for (const ring of geometry.arcs) visit(ring, true);
      break;
    case 'MultiPolygon':
      for (const polygon of geometry.arcs) for (const ring of polygon) visit(ring, true);
      break;
    case 'LineString':
      visit(geometry.arcs, false);
      break;
    case 'MultiLineString':
      for (const line of geometry.arcs) visit(line, false);
      break;
    case 'GeometryCollection':
      for (const part of geometry.geometries) linesOf(part, visit);
      break;
    // Points and geometries without a shape are not drawn: the atlas's layers have none.
  }
}

/** Points of an arc index (~i is arc i reversed). */
function arcLength(arcs: ProjectedArcs, index: number): number {
  const arc = index < 0 ? ~index : index;
  return arcs.starts[arc + 1]! - arcs.starts[arc]!;
}

/**
 * How many points topojson-client gives a line of these arcs: each arc after the first drops its
 * first point (the last one's end); a line has at least 2 points, a ring at least 4 (the first repeated).
 */
function lineLength(arcs: ProjectedArcs, line: readonly number[], closed: boolean): number {
  let length = 0;
  for (let i = 0; i < line.length; i++) length += arcLength(arcs, line[i]!) - (i > 0 ? 1 : 0);
  return Math.max(length, closed ? 4 : 2);
}

/** Every line of `geometries` in order, with whether it is a ring, and the index of each geometry's first line. */
function linesOfAll(geometries: readonly GeometryObject<GeoJsonProperties>[]): { lines: (readonly number[])[]; closed: boolean[]; shapeStarts: Uint32Array } {
  const lines: (readonly number[])[] = [];
  const closed: boolean[] = [];
  const shapeStarts = new Uint32Array(geometries.length + 1);
  const visit = (line: readonly number[], isRing: boolean) => {
    lines.push(line);
    closed.push(isRing);
  };
  for (let shape = 0; shape < geometries.length; shape++) {
    shapeStarts[shape] = lines.length;
    linesOf(geometries[shape]!, visit);
  }
  shapeStarts[geometries.length] = lines.length;
  return { lines, closed, shapeStarts };
}

/**
 * The features `geometries` projected from `arcs` (two passes: sizes, then points), as projecting
 * their GeoJSON positions gives them. Plain loops over lists gathered once: it runs once, before
 * the first paint, mostly before V8 has optimised it, where each closure and subarray costs.
 */
export function arcShapes(arcs: ProjectedArcs, geometries: readonly GeometryObject<GeoJsonProperties>[]): MercatorShapes {
  const { lines, closed, shapeStarts } = linesOfAll(geometries);
  const ringCount = lines.length;
  let vertexCount = 0;
  for (let ring = 0; ring < ringCount; ring++) vertexCount += lineLength(arcs, lines[ring]!, closed[ring]!);
  const coords = new Float64Array(vertexCount * 2);
  const ringStarts = new Uint32Array(ringCount + 1);
  const ringClosed = new Uint8Array(ringCount);
  const bounds = new Float64Array(geometries.length * 4);
  const { starts, coords: arcCoords, bounds: arcBounds } = arcs;
  let vertex = 0;
  for (let shape = 0; shape < geometries.length; shape++) {
    let west = Infinity;
    let south = Infinity;
    let east = -Infinity;
    let north = -Infinity;
    for (let ring = shapeStarts[shape]!; ring < shapeStarts[shape + 1]!; ring++) {
      const line = lines[ring]!;
      const first = vertex;
      ringStarts[ring] = vertex;
      ringClosed[ring] = closed[ring] ? 1 : 0;
      for (let i = 0; i < line.length; i++) {
        const index = line[i]!;
        const arc = index < 0 ? ~index : index;
        const start = starts[arc]!;
        const end = starts[arc + 1]!;
        // The arc's first point is the previous arc's last, already there.
        const skip = i > 0 ? 1 : 0;
        if (index >= 0) {
          for (let point = start + skip; point < end; point++) {
            coords[vertex * 2] = arcCoords[point * 2]!;
            coords[vertex * 2 + 1] = arcCoords[point * 2 + 1]!;
            vertex += 1;
          }
        } else {
          for (let point = end - 1 - skip; point >= start; point--) {
            coords[vertex * 2] = arcCoords[point * 2]!;
            coords[vertex * 2 + 1] = arcCoords[point * 2 + 1]!;
            vertex += 1;
          }
        }
        if (arcBounds[arc * 4]! < west) west = arcBounds[arc * 4]!;
        if (arcBounds[arc * 4 + 1]! < south) south = arcBounds[arc * 4 + 1]!;
        if (arcBounds[arc * 4 + 2]! > east) east = arcBounds[arc * 4 + 2]!;
        if (arcBounds[arc * 4 + 3]! > north) north = arcBounds[arc * 4 + 3]!;
      }
      // Too short a line or ring repeats its first point, as topojson-client pads it.
      const minimum = closed[ring] ? 4 : 2;
      while (vertex - first < minimum) {
        coords[vertex * 2] = coords[first * 2]!;
        coords[vertex * 2 + 1] = coords[first * 2 + 1]!;
        vertex += 1;
      }
    }
    const isEmpty = !(west <= east);
    bounds[shape * 4] = isEmpty ? NaN : west;
    bounds[shape * 4 + 1] = isEmpty ? NaN : south;
    bounds[shape * 4 + 2] = isEmpty ? NaN : east;
    bounds[shape * 4 + 3] = isEmpty ? NaN : north;
  }
  ringStarts[ringCount] = vertex;
  return { coords, ringStarts, ringClosed, shapeStarts, bounds };
}

const projected = new WeakMap<AtlasArcs, { arcs: ProjectedArcs; layers: Map<ArcLayer, MercatorShapes> }>();

/** A layer of the geometry as MercatorShapes from its arcs: the arcs projected on first use, each layer's shapes built once. */
export function layerShapes(geometry: Pick<AtlasGeometry, 'arcs'>, layer: ArcLayer): MercatorShapes {
  let cached = projected.get(geometry.arcs);
  if (!cached) {
    cached = { arcs: projectArcs(geometry.arcs), layers: new Map() };
    projected.set(geometry.arcs, cached);
  }
  let shapes = cached.layers.get(layer);
  if (!shapes) {
    shapes = arcShapes(cached.arcs, geometry.arcs.layers[layer]);
    cached.layers.set(layer, shapes);
  }
  return shapes;
}
