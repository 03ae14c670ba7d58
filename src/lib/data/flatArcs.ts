/**
 * geodata/china.topo.json writes each arc as one flat list of numbers, [x0, y0, dx1, dy1, …],
 * instead of TopoJSON's list of [x, y] pairs: the same quantized, delta-encoded points. Parsing
 * ~33,500 two-number arrays cost the page more than the rest of the file: in a fresh Node process
 * the 734 KB topology parsed in ~30 ms against ~15 ms for the flat one, whose every arc is one
 * array, and the young objects left the page's garbage collector that much less to copy. The
 * standard topology, which topojson-client and mapshaper read, is rebuilt from it on demand.
 */
import type { Topology } from 'topojson-specification';

/** An arc's points in TopoJSON's layout: one [x, y] (or [dx, dy]) pair per point. */
export type NestedArc = readonly (readonly number[])[];
/** An arc's points as one list: x0, y0, dx1, dy1, … */
export type FlatArc = readonly number[];

/** Whether `arcs` are written flat (their first arc starts with a number, not a pair); an empty list counts as flat. */
export function isFlatArcList(arcs: readonly unknown[]): boolean {
  const first: unknown = arcs[0];
  return first === undefined || (Array.isArray(first) && typeof first[0] === 'number');
}

/** `arcs` written flat, one list of numbers per arc. */
export function flattenArcs(arcs: readonly NestedArc[]): FlatArc[] {
  return arcs.map((arc) => arc.flatMap((point) => [point[0]!, point[1]!]));
}

/** `arcs` in TopoJSON's layout again, one pair per point. */
export function nestArcs(arcs: readonly FlatArc[]): number[][][] {
  return arcs.map((arc) => {
    const points: number[][] = new Array(arc.length / 2);
    for (let point = 0; point < points.length; point++) points[point] = [arc[point * 2]!, arc[point * 2 + 1]!];
    return points;
  });
}

/**
 * The topology as TopoJSON has it (what topojson-client and mapshaper read), from one read from
 * geodata/ whose arcs may be flat; a standard topology is returned as it is.
 */
export function standardTopology(topology: Topology): Topology {
  const arcs = topology.arcs as readonly unknown[];
  if (arcs.length === 0 || !isFlatArcList(arcs)) return topology;
  return { ...topology, arcs: nestArcs(arcs as FlatArc[]) as Topology['arcs'] };
}

/** The topology with its arcs written flat, as geodata/china.topo.json stores them. */
export function flatTopology(topology: Topology): Topology {
  if (isFlatArcList(topology.arcs as readonly unknown[])) return topology;
  return { ...topology, arcs: flattenArcs(topology.arcs as NestedArc[]) as unknown as Topology['arcs'] };
}
