/**
 * How geodata/china.topo.json is written: TopoJSON's quantized, delta-encoded arcs, with three
 * changes that the page undoes once, as it reads the file (readTopologyFile), so that everything
 * after it sees the arcs flat and the arc indexes as TopoJSON has them.
 *
 * - Each arc is one flat list of numbers, [x0, y0, dx1, dy1, …], instead of a list of [x, y] pairs.
 *   Parsing ~33,500 two-number arrays cost the page more than the rest of the file: in a fresh Node
 *   process the 734 KB topology parsed in ~30 ms against ~15 ms for the flat one.
 * - An arc's first point is written relative to the last point of the arc before it (the first
 *   arc's to 0, 0), in a quantized topology (the file is one). Six arcs in ten start where the one
 *   before ended, so their start is `0,0` instead of two six-digit numbers: 135.6 → 106.2 KB of the
 *   file's gzip.
 * - In each object, an arc index is written as its difference from the index before it (the
 *   object's first from 0), reading the geometries in order: a ring's arcs are mostly numbered one
 *   after the other, so most differences are 1. The objects' gzip went from 86.1 to 54.3 KB.
 *
 * The file says so with `arcEncoding: "chained"`; a topology without it is read as it is (a
 * standard one, from tests or mapshaper, or one with flat arcs only). The standard topology, which
 * topojson-client and mapshaper read, is rebuilt from it on demand (standardTopology).
 */
import type { Topology } from 'topojson-specification';

/** An arc's points in TopoJSON's layout: one [x, y] (or [dx, dy]) pair per point. */
export type NestedArc = readonly (readonly number[])[];
/** An arc's points as one list: x0, y0, dx1, dy1, … */
export type FlatArc = readonly number[];

/** The value of a topology's `arcEncoding` as geodata/china.topo.json is written. */
const CHAINED_ARC_ENCODING = 'chained';

/** A topology as the file may hold it: TopoJSON, maybe with `arcEncoding` (see the header). */
type TopologyFile = Topology & { arcEncoding?: unknown };

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
 * Rewrites each flat arc's first point in place: relative to the previous arc's last point
 * (`isChaining`), or back from it. Only for a quantized topology's arcs (integer differences): a
 * topology without a transform is written with its arcs as they are, since its positions, floats,
 * would not come back exactly from differences. A malformed arc is left for decode.ts to name.
 */
function chainArcs(arcs: readonly unknown[], isChaining: boolean): void {
  let lastX = 0;
  let lastY = 0;
  for (const arc of arcs) {
    if (!Array.isArray(arc) || arc.length < 2) continue;
    const points = arc as number[];
    const startX = isChaining ? points[0]! : points[0]! + lastX;
    const startY = isChaining ? points[1]! : points[1]! + lastY;
    points[0] = isChaining ? startX - lastX : startX;
    points[1] = isChaining ? startY - lastY : startY;
    lastX = startX;
    lastY = startY;
    for (let i = 2; i < points.length; i += 2) {
      lastX += points[i]!;
      lastY += points[i + 1]!;
    }
  }
}

/**
 * Rewrites the arc indexes of an object's geometries in place, in reading order: as differences
 * from the index before (`isDifferencing`), or back. A malformed geometry is left for decode.ts.
 */
function differenceIndexes(object: unknown, isDifferencing: boolean): void {
  let previous = 0;
  const indexes = (list: unknown[]) => {
    for (let i = 0; i < list.length; i++) {
      const item = list[i];
      if (Array.isArray(item)) {
        indexes(item);
      } else if (typeof item === 'number') {
        const index = isDifferencing ? item : item + previous;
        list[i] = isDifferencing ? item - previous : index;
        previous = index;
      }
    }
  };
  const geometry = (each: unknown) => {
    if (typeof each !== 'object' || each === null) return;
    const { geometries, arcs } = each as { geometries?: unknown; arcs?: unknown };
    if (Array.isArray(geometries)) geometries.forEach(geometry);
    else if (Array.isArray(arcs)) indexes(arcs);
  };
  geometry(object);
}

/** The topology as geodata/china.topo.json is written (see the header), from a standard or flat one; `topology` is left as it is. */
export function writeTopologyFile(topology: Topology): Topology {
  const read = readTopologyFile(structuredClone(topology));
  const arcs = isFlatArcList(read.arcs as readonly unknown[]) ? (read.arcs as unknown as FlatArc[]) : flattenArcs(read.arcs as NestedArc[]);
  if (read.transform) chainArcs(arcs, true);
  for (const object of Object.values(read.objects)) differenceIndexes(object, true);
  const { type, arcs: _arcs, objects, ...rest } = read;
  return { ...rest, type, arcEncoding: CHAINED_ARC_ENCODING, arcs, objects } as unknown as Topology;
}

/**
 * The topology of geodata/china.topo.json with its arcs flat, each from its own first point, and
 * its arc indexes as TopoJSON has them: read back in place, and `arcEncoding` removed, so that a
 * second read leaves it as it is. In place because the parsed file is the reader's own and copying
 * its ~10,000 arcs and ~30,000 indexes cost the first paint 5–15 ms. A topology not written so is
 * returned as it is. Throws on an encoding it does not know, rather than drawing nonsense.
 */
export function readTopologyFile(topology: Topology): Topology {
  const file = topology as TopologyFile;
  if (file.arcEncoding === undefined) return topology;
  if (file.arcEncoding !== CHAINED_ARC_ENCODING) throw new Error(`unknown arcEncoding ${JSON.stringify(file.arcEncoding)}`);
  if (file.transform) chainArcs(file.arcs as readonly unknown[], false);
  for (const object of Object.values(file.objects ?? {})) differenceIndexes(object, false);
  delete file.arcEncoding;
  return topology;
}

/**
 * The topology as TopoJSON has it (what topojson-client and mapshaper read), from one read from
 * geodata/ whose arcs may be flat and chained (read back in place first, as readTopologyFile does);
 * a standard topology is returned as it is.
 */
export function standardTopology(topology: Topology): Topology {
  const read = readTopologyFile(topology);
  const arcs = read.arcs as readonly unknown[];
  if (arcs.length === 0 || !isFlatArcList(arcs)) return read;
  return { ...read, arcs: nestArcs(arcs as FlatArc[]) as Topology['arcs'] };
}
