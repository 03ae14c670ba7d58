import { describe, expect, it } from 'vitest';
import type { GeoJsonProperties } from 'geojson';
import type { GeometryObject } from 'topojson-specification';
import { mainProjection } from '../../../src/lib/cartography/mapProjection';
import { frameBounds, mercatorFrame, shapeIntersects } from '../../../src/lib/cartography/mercatorShapes';
import { arcShapes, projectArcs } from '../../../src/lib/cartography/topologyShapes';

/** A square with a hole, a two-part line, and a feature that lost its shape: as flat arcs in plain degrees (no transform). */
const LAYER = arcShapes(
  projectArcs({
    transform: null,
    arcs: [
      [0, 0, 10, 0, 10, 10, 0, 0],
      [2, 1, 3, 1, 3, 2, 2, 1],
      [100, 20, 110, 30],
      [100, -10, 101, -10],
    ],
  }),
  [
    { type: 'Polygon', arcs: [[0], [1]] },
    { type: 'MultiLineString', arcs: [[2], [3]] },
    { type: null } as unknown as GeometryObject<GeoJsonProperties>,
  ],
);

describe('MercatorShapes', () => {
  const shapes = LAYER;

  it('lays rings out one after another: where each ring and each feature starts, and which rings are closed', () => {
    expect([...shapes.ringStarts]).toEqual([0, 4, 8, 10, 12]);
    expect([...shapes.ringClosed]).toEqual([1, 1, 0, 0]);
    expect([...shapes.shapeStarts]).toEqual([0, 2, 4, 4]);
    expect(shapes.coords.length).toBe(24);
  });

  it('writes d3-geo raw Mercator coordinates: longitude and ln tan(π/4 + φ/2) in radians', () => {
    // (10°, 10°), the square's third vertex
    expect(shapes.coords[4]).toBeCloseTo(0.17453292519943295, 12);
    expect(shapes.coords[5]).toBeCloseTo(0.17542582965181833, 12);
    // (110°, 30°), the end of the first line
    expect(shapes.coords[18]).toBeCloseTo(1.9198621771937625, 12);
    expect(shapes.coords[19]).toBeCloseTo(0.5493061443340546, 12);
    // (101°, -10°): south of the equator, y is negative
    expect(shapes.coords[23]).toBeCloseTo(-0.1754258296518184, 12);
  });

  it('keeps each feature’s bounds in degrees, NaN for a feature without coordinates', () => {
    expect([...shapes.bounds.slice(0, 8)]).toEqual([0, 0, 10, 10, 100, -10, 110, 30]);
    expect(shapes.bounds.slice(8).every(Number.isNaN)).toBe(true);
  });
});

describe('shapeIntersects', () => {
  const shapes = LAYER;
  it('is true for bounds that overlap or touch a feature’s, false otherwise and for a feature without coordinates', () => {
    expect(shapeIntersects(shapes, 0, [[5, 5], [20, 20]])).toBe(true);
    expect(shapeIntersects(shapes, 0, [[10, 10], [20, 20]])).toBe(true);
    expect(shapeIntersects(shapes, 0, [[10.5, 0], [20, 20]])).toBe(false);
    expect(shapeIntersects(shapes, 1, [[5, 5], [20, 20]])).toBe(false);
    expect(shapeIntersects(shapes, 2, [[-180, -90], [180, 90]])).toBe(false);
  });
});

describe('mercatorFrame and frameBounds', () => {
  const box = { x: 0, y: 0, width: 1000, height: 600 };
  const projection = mainProjection(box, { lng: 105, lat: 35, zoom: 3.5, viewportWidth: 1000, viewportHeight: 600 });
  const frame = mercatorFrame(projection);

  it('places projected coordinates where the d3 projection puts the point', () => {
    const shapes = LAYER;
    const [x, y] = projection([110, 30])!;
    expect(frame.x0 + frame.k * shapes.coords[18]!).toBeCloseTo(x, 9);
    expect(frame.y0 - frame.k * shapes.coords[19]!).toBeCloseTo(y, 9);
    // the camera's centre is the box's middle
    expect(frame.x0 + frame.k * ((105 * Math.PI) / 180)).toBeCloseTo(500, 9);
  });

  it('gives the degrees a box covers: the projection inverted at its corners', () => {
    const [[west, south], [east, north]] = frameBounds(frame, box);
    const [invWest, invNorth] = projection.invert!([0, 0])!;
    const [invEast, invSouth] = projection.invert!([1000, 600])!;
    expect(west).toBeCloseTo(invWest, 9);
    expect(north).toBeCloseTo(invNorth, 9);
    expect(east).toBeCloseTo(invEast, 9);
    expect(south).toBeCloseTo(invSouth, 9);
    // 1000 px at zoom 3.5 is 1000 / (512·2^3.5) of 360°
    expect(east - west).toBeCloseTo(62.1480569402239, 9);
  });
});
