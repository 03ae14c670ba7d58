import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { flatTopology, flattenArcs, isFlatArcList, nestArcs, standardTopology } from '../../../src/lib/data/flatArcs';

const NESTED = [
  [[125415, 142083], [-137, -2]],
  [[10, 20], [1, 1], [-2, 0]],
];
const FLAT = [
  [125415, 142083, -137, -2],
  [10, 20, 1, 1, -2, 0],
];

describe('flat arcs (geodata/china.topo.json) and TopoJSON pairs', () => {
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

  it('turns a topology either way, leaving one already in the asked layout as it is, with its other fields in their order', () => {
    const standard = { generatedBy: 'test', type: 'Topology', arcs: NESTED, objects: {} } as unknown as Topology;
    const flat = flatTopology(standard);
    expect(Object.keys(flat)).toEqual(['generatedBy', 'type', 'arcs', 'objects']);
    expect(flat.arcs).toEqual(FLAT);
    expect(standardTopology(flat)).toEqual(standard);
    expect(standardTopology(standard)).toBe(standard);
    expect(flatTopology(flat)).toBe(flat);
  });
});
