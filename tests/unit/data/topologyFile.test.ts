import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import {
  flattenArcs,
  isFlatArcList,
  nestArcs,
  readTopologyFile,
  standardTopology,
  writeTopologyFile,
} from '../../../src/lib/data/topologyFile';

const NESTED = [
  [[125415, 142083], [-137, -2]],
  [[10, 20], [1, 1], [-2, 0]],
];
const FLAT = [
  [125415, 142083, -137, -2],
  [10, 20, 1, 1, -2, 0],
];

/**
 * Three arcs: the second starts where the first ends (125278, 142081), the third elsewhere; a
 * polygon on arcs 0, 1 and the reversed third (~2 = -3), a multipolygon, a line and a point.
 */
const STANDARD = {
  generatedBy: 'test',
  type: 'Topology',
  transform: { scale: [1, 1], translate: [0, 0] },
  arcs: [
    [[125415, 142083], [-137, -2]],
    [[125278, 142081], [13, 259]],
    [[100, 200], [5, -5], [1, 0]],
  ],
  objects: {
    counties: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: 'a', arcs: [[0, 1, -3]] },
        { type: 'MultiPolygon', id: 'b', arcs: [[[2]], [[1, 0]]] },
      ],
    },
    lines: { type: 'GeometryCollection', geometries: [{ type: 'LineString', arcs: [2] }, { type: 'Point', coordinates: [1, 2] }] },
  },
} as unknown as Topology;

/** STANDARD as geodata/china.topo.json writes it (reading changes it in place: read a copy, written()). */
const WRITTEN = {
  generatedBy: 'test',
  transform: { scale: [1, 1], translate: [0, 0] },
  type: 'Topology',
  arcEncoding: 'chained',
  arcs: [
    [125415, 142083, -137, -2],
    [0, 0, 13, 259],
    [-125191, -142140, 5, -5, 1, 0],
  ],
  objects: {
    counties: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: 'a', arcs: [[0, 1, -4]] },
        { type: 'MultiPolygon', id: 'b', arcs: [[[5]], [[-1, -1]]] },
      ],
    },
    lines: { type: 'GeometryCollection', geometries: [{ type: 'LineString', arcs: [2] }, { type: 'Point', coordinates: [1, 2] }] },
  },
};

const written = () => structuredClone(WRITTEN) as unknown as Topology;

describe('flat arcs and TopoJSON pairs', () => {
  it('writes each arc as one list of numbers, pair after pair', () => {
    expect(flattenArcs(NESTED)).toEqual(FLAT);
  });

  it('rebuilds the pairs from the flat lists', () => {
    expect(nestArcs(FLAT)).toEqual(NESTED);
  });

  it('tells flat lists from pairs by the first arc', () => {
    expect(isFlatArcList(FLAT)).toBe(true);
    expect(isFlatArcList(NESTED)).toBe(false);
  });
});

describe('geodata/china.topo.json as written (flat, chained arcs; arc indexes as differences)', () => {
  it('writes each arc from the end of the one before and each arc index as its difference from the one before, per object', () => {
    const standard = structuredClone(STANDARD);
    expect(writeTopologyFile(standard)).toEqual(WRITTEN);
    expect(standard).toEqual(STANDARD);
  });

  it('reads the written file back to flat arcs, each from its own first point, and the indexes TopoJSON has', () => {
    const read = readTopologyFile(written());
    expect(read.arcs).toEqual([
      [125415, 142083, -137, -2],
      [125278, 142081, 13, 259],
      [100, 200, 5, -5, 1, 0],
    ]);
    expect(read.objects).toEqual(STANDARD.objects);
    expect('arcEncoding' in read).toBe(false);
    // Read in place: a second read leaves it as it is.
    expect(readTopologyFile(read)).toBe(read);
    expect(read.objects).toEqual(STANDARD.objects);
  });

  it('gives the standard topology back from the written file, and leaves a topology written otherwise as it is', () => {
    expect(standardTopology(written())).toEqual(STANDARD);
    expect(standardTopology(STANDARD)).toBe(STANDARD);
    expect(readTopologyFile(STANDARD)).toBe(STANDARD);
    expect(writeTopologyFile(written())).toEqual(WRITTEN);
  });

  it('refuses an encoding it does not know rather than drawing nonsense', () => {
    expect(() => readTopologyFile({ ...written(), arcEncoding: 'zigzag' } as unknown as Topology)).toThrow('unknown arcEncoding "zigzag"');
  });
});
