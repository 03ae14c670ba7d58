/**
 * A small reader of source maps (v3), enough to name the functions of a CPU profile: where a
 * position of a built chunk comes from (source file, line, column) and the original name there.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** [generated column, source index, source line, source column, name index or -1] */
type Segment = [number, number, number, number, number];

export interface OriginalPosition {
  /** Absolute path of the source file. */
  source: string;
  line: number;
  column: number;
  name: string | null;
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Map([...BASE64].map((char, i) => [char, i]));

function decodeVlq(text: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT.get(char)!;
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

export class SourceMap {
  readonly #lines: Segment[][];
  readonly #sources: string[];
  readonly #names: string[];

  constructor(mapPath: string) {
    const map = JSON.parse(readFileSync(mapPath, 'utf8')) as { sources: string[]; names: string[]; mappings: string; sourceRoot?: string };
    const base = resolve(dirname(mapPath), map.sourceRoot ?? '');
    this.#sources = map.sources.map((source) => resolve(base, source));
    this.#names = map.names;
    let source = 0;
    let sourceLine = 0;
    let sourceColumn = 0;
    let name = 0;
    this.#lines = map.mappings.split(';').map((line) => {
      let column = 0;
      const segments: Segment[] = [];
      for (const text of line.split(',')) {
        if (!text) continue;
        const [dColumn = 0, dSource, dLine, dSourceColumn, dName] = decodeVlq(text);
        column += dColumn;
        if (dSource === undefined) continue;
        source += dSource;
        sourceLine += dLine ?? 0;
        sourceColumn += dSourceColumn ?? 0;
        let nameIndex = -1;
        if (dName !== undefined) {
          name += dName;
          nameIndex = name;
        }
        segments.push([column, source, sourceLine, sourceColumn, nameIndex]);
      }
      return segments;
    });
  }

  /** The original position of a generated one (0-based line and column), or null where unmapped. */
  lookup(line: number, column: number): OriginalPosition | null {
    const segments = this.#lines[line];
    if (!segments?.length) return null;
    let low = 0;
    let high = segments.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (segments[middle]![0] <= column) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    if (found < 0) found = 0;
    const segment = segments[found]!;
    // A function's position is often just past its name (at its parameters): take the nearest name before it.
    let name: string | null = null;
    for (let i = found; i >= Math.max(0, found - 3) && name === null; i--) {
      const nameIndex = segments[i]![4];
      if (nameIndex >= 0) name = this.#names[nameIndex] ?? null;
    }
    return { source: this.#sources[segment[1]]!, line: segment[2], column: segment[3], name };
  }
}

/** Source maps by path, read once; null where a file has none. */
export class SourceMapCache {
  readonly #maps = new Map<string, SourceMap | null>();

  get(filePath: string): SourceMap | null {
    if (!this.#maps.has(filePath)) {
      const mapPath = `${filePath}.map`;
      this.#maps.set(filePath, existsSync(mapPath) ? new SourceMap(mapPath) : null);
    }
    return this.#maps.get(filePath) ?? null;
  }

  /**
   * Follows a position through the built chunk's map and, where the source is itself a built
   * file shipped with its map (maplibre-gl's dist), through that one too.
   */
  resolve(filePath: string, line: number, column: number): OriginalPosition | null {
    let position = this.get(filePath)?.lookup(line, column) ?? null;
    for (let depth = 0; position && depth < 2; depth++) {
      const inner = this.get(position.source)?.lookup(position.line, position.column);
      if (!inner) break;
      position = { ...inner, name: inner.name ?? position.name };
    }
    return position;
  }
}
