import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { GeoJsonProperties } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { MercatorShapes } from '../../../src/lib/cartography/mercatorShapes';
import { arcShapes, layerShapes, projectArcs } from '../../../src/lib/cartography/topologyShapes';
import { decodeAtlasGeometry, decodeCountyTable } from '../../../src/lib/data/decode';
import { flattenArcs } from '../../../src/lib/data/topologyFile';
import type { ArcLayer } from '../../../src/lib/domain/atlas';
import { projectFeatures } from '../support/projectFeatures';

function fromGeoJson(topology: Topology, geometries: GeometryObject<GeoJsonProperties>[]): MercatorShapes {
  return projectFeatures(feature(topology, { type: 'GeometryCollection', geometries }));
}

/** The typed arrays as plain arrays, so that a difference is printed where it is. */
function plain(shapes: MercatorShapes) {
  return {
    coords: [...shapes.coords],
    ringStarts: [...shapes.ringStarts],
    ringClosed: [...shapes.ringClosed],
    shapeStarts: [...shapes.shapeStarts],
    bounds: [...shapes.bounds],
  };
}

/**
 * Quantized, delta-encoded arcs: 0 the shared edge (bottom to top), 1 the rest of the west square,
 * 2 the rest of the east square, 3 a two-point arc that alone makes a ring too short, 4 a dash.
 */
const TOPOLOGY: Topology = {
  type: 'Topology',
  transform: { scale: [0.5, 0.25], translate: [100, 20] },
  arcs: [
    [[2, 0], [0, 4]],
    [[2, 4], [-2, 0], [0, -4], [2, 0]],
    [[2, 0], [2, 0], [0, 4], [-2, 0]],
    [[8, 8], [1, 1]],
    [[3, 1], [1, -1], [1, 0]],
  ],
  objects: {},
};
/** The fixture's arcs as geodata/china.topo.json writes them (data/topologyFile.ts). */
const FLAT_ARCS = { arcs: flattenArcs(TOPOLOGY.arcs), transform: TOPOLOGY.transform ?? null };
const GEOMETRIES: GeometryObject<GeoJsonProperties>[] = [
  { type: 'Polygon', arcs: [[0, 1]] },
  { type: 'MultiPolygon', arcs: [[[2, -1]], [[3]]] },
  { type: 'MultiLineString', arcs: [[4], [-5]] },
  { type: 'LineString', arcs: [4] },
  { type: null } as unknown as GeometryObject<GeoJsonProperties>,
];

describe('projectArcs', () => {
  const arcs = projectArcs(FLAT_ARCS);

  it('decodes each arc from its own start (deltas, then scale and translate) and keeps its bounds in degrees', () => {
    expect([...arcs.starts]).toEqual([0, 2, 6, 10, 12, 15]);
    // Arc 2: (2,0) (4,0) (4,4) (2,4) in quanta → 101..102 °E, 20..21 °N.
    expect([...arcs.bounds.subarray(8, 12)]).toEqual([101, 20, 102, 21]);
    expect(arcs.coords[6 * 2]).toBeCloseTo((101 * Math.PI) / 180, 12);
  });
});

describe('arcShapes', () => {
  it('gives, to the bit, the projected positions of topojson-client’s features (reversed arcs, shared ends dropped, short rings padded, lines, no shape)', () => {
    expect(plain(arcShapes(projectArcs(FLAT_ARCS), GEOMETRIES))).toEqual(plain(fromGeoJson(TOPOLOGY, GEOMETRIES)));
  });

  it('lays out rings as topojson-client does: the shared end once, a ring of one two-point arc padded to four points', () => {
    const shapes = arcShapes(projectArcs(FLAT_ARCS), GEOMETRIES);
    // West square 2 + 4 − 1 = 5 points; east square 4 + 2 − 1 = 5; the short ring 2 → 4; the lines 3, 3, 3.
    expect([...shapes.ringStarts]).toEqual([0, 5, 10, 14, 17, 20, 23]);
    expect([...shapes.ringClosed]).toEqual([1, 1, 1, 0, 0, 0]);
    expect([...shapes.shapeStarts]).toEqual([0, 1, 3, 5, 6, 6]);
    expect([...shapes.bounds.subarray(16, 20)]).toEqual([NaN, NaN, NaN, NaN]);
  });
});

describe('layerShapes of geodata/china.topo.json', () => {
  const topology = JSON.parse(readFileSync('geodata/china.topo.json', 'utf8')) as Topology;
  const counties = decodeCountyTable(JSON.parse(readFileSync('geodata/index/counties.json', 'utf8')));
  const geometry = decodeAtlasGeometry(topology, counties);

  it.each<ArcLayer>(['counties', 'prefectures', 'provinces', 'nation', 'boundaryLines', 'neighbours'])(
    '%s: the same shapes, to the bit, as the projected positions of the decoded GeoJSON the interactive map and the exports draw',
    (layer) => {
      expect(plain(layerShapes(geometry, layer))).toEqual(plain(projectFeatures(geometry[layer])));
    },
  );

  it('is built once per layer', () => {
    expect(layerShapes(geometry, 'counties')).toBe(layerShapes(geometry, 'counties'));
  });
});
