/**
 * Who a CPU profile's sample belongs to: each frame's package and original file (through the
 * build's source maps), and the phase of the load a stack counts towards.
 */
import { join, resolve, sep } from 'node:path';
import { SourceMapCache } from '../bench/sourceMap';
import type { CallFrame, ProfileNode } from './cpuProfile';

const ROOT = resolve('.');

export interface Place {
  /** Package (maplibre-gl, @deck.gl/layers …), 'app' for src/, '' for natives and V8's own entries. */
  pkg: string;
  /** Path inside the package or the project. */
  file: string;
  name: string;
}

const SHADER_NATIVES = new Set([
  'compileShader',
  'linkProgram',
  'getProgramParameter',
  'getShaderParameter',
  'getShaderInfoLog',
  'getProgramInfoLog',
  'shaderSource',
  'attachShader',
  'createShader',
  'createProgram',
  'getActiveAttrib',
  'getActiveUniform',
  'getUniformLocation',
  'getAttribLocation',
]);

export const PHASES = [
  'idle (waiting: network, workers, GPU process)',
  'V8/Blink outside JS ((program): parse, compile, style, layout, paint, GL commands)',
  'garbage collection',
  'fetch body read + JSON.parse (app fetchJson)',
  'topojson decode (app data/decode, topojson-client)',
  'deck.gl tessellation',
  'shader compile/link (luma.gl, WebGL natives)',
  'shader compile/link (MapLibre Program)',
  'WebGL context creation (app webgl check, MapLibre painter)',
  'MapLibre (main thread: style, sources, render)',
  'deck.gl/luma.gl other (layers, attributes, draw, picking)',
  'the 2D map and inset (app CanvasMap, export renderer, d3-geo)',
  'app + svelte (UI, state, view)',
  'other',
  'measurement (probes, CDP)',
] as const;
export type Phase = (typeof PHASES)[number];

export class ProfileReader {
  readonly #maps = new SourceMapCache();
  readonly #places = new Map<string, Place>();
  readonly #distDir: string;
  readonly #origin: string;

  constructor(distDir: string, origin: string) {
    this.#distDir = distDir;
    this.#origin = origin;
  }

  place(frame: CallFrame): Place {
    const key = `${frame.url}:${frame.lineNumber}:${frame.columnNumber}:${frame.functionName}`;
    let place = this.#places.get(key);
    if (!place) {
      place = this.#resolve(frame);
      this.#places.set(key, place);
    }
    return place;
  }

  #resolve(frame: CallFrame): Place {
    const name = frame.functionName || '(anonymous)';
    if (!frame.url.startsWith(this.#origin)) return { pkg: '', file: frame.url, name };
    const builtFile = join(this.#distDir, new URL(frame.url).pathname);
    const original = this.#maps.resolve(builtFile, frame.lineNumber, frame.columnNumber);
    const source = original?.source ?? builtFile;
    const { pkg, file } = packageOf(source);
    // Unminified chunks keep names; maplibre-gl's dist is minified, its own map names its functions.
    const isMinified = pkg === 'maplibre-gl' && name.length <= 3;
    return { pkg, file: `${file}:${(original?.line ?? frame.lineNumber) + 1}`, name: isMinified && original?.name ? original.name : name };
  }

  /** The phase a sample's stack (leaf first) belongs to. */
  phase(stack: ProfileNode[]): Phase {
    const leaf = stack[0]!.callFrame.functionName;
    if (leaf === '(idle)') return PHASES[0];
    if (leaf === '(program)' || leaf === '(root)') return PHASES[1];
    if (leaf === '(garbage collector)') return PHASES[2];
    const places = stack.map((node) => this.place(node.callFrame));
    // Not ScreenMap.ts: the interactive map is created from it, and its work is MapLibre's and deck.gl's.
    if (places.some((place) => /^src\/lib\/(screenMap\/(CanvasMap|canvasInset|canvas2d|mapShapes)|cartography\/mercatorShapes|export\/)/.test(place.file) || place.pkg === 'd3-geo')) {
      return 'the 2D map and inset (app CanvasMap, export renderer, d3-geo)';
    }
    if (places[0]!.file.startsWith('src/lib/data/fetchJson') || (leaf === 'parse' && places[1]?.file.startsWith('src/lib/data/fetchJson'))) {
      return 'fetch body read + JSON.parse (app fetchJson)';
    }
    // Samples with no frame of the page's own scripts: the benchmark's probes and CDP evaluations.
    if (places.every((place) => place.pkg === '')) return 'measurement (probes, CDP)';
    if (
      places.some(
        (place, i) =>
          (place.pkg === '' && SHADER_NATIVES.has(stack[i]!.callFrame.functionName)) ||
          (place.pkg.startsWith('@luma.gl') && /shader|pipeline|program|compile|link/i.test(place.name + place.file)),
      )
    ) {
      return 'shader compile/link (luma.gl, WebGL natives)';
    }
    if (places.some((place) => place.pkg === 'maplibre-gl' && place.file.startsWith('src/webgl/program.ts'))) return 'shader compile/link (MapLibre Program)';
    if (places.some((place) => place.file.startsWith('src/lib/map/webgl.ts') || (place.pkg === 'maplibre-gl' && place.name === '_setupPainter'))) {
      return 'WebGL context creation (app webgl check, MapLibre painter)';
    }
    if (places.some((place) => /tesselat|earcut|polygon\.(js|ts)/i.test(place.file))) return 'deck.gl tessellation';
    if (places.some((place) => place.pkg === 'topojson-client' || place.file.startsWith('src/lib/data/decode'))) {
      return 'topojson decode (app data/decode, topojson-client)';
    }
    const owner = places.find((place) => place.pkg !== '') ?? places[0]!;
    if (owner.pkg === 'maplibre-gl') return 'MapLibre (main thread: style, sources, render)';
    if (/^@(deck|luma|loaders|math|probe)\.gl\//.test(owner.pkg)) return 'deck.gl/luma.gl other (layers, attributes, draw, picking)';
    if (owner.pkg === 'app' || owner.pkg.startsWith('svelte') || owner.pkg.startsWith('d3-')) return 'app + svelte (UI, state, view)';
    return 'other';
  }
}

function packageOf(source: string): { pkg: string; file: string } {
  const marker = `${sep}node_modules${sep}`;
  const at = source.lastIndexOf(marker);
  if (at >= 0) {
    const rest = source.slice(at + marker.length).split(sep);
    const size = rest[0]!.startsWith('@') ? 2 : 1;
    return { pkg: rest.slice(0, size).join('/'), file: rest.slice(size).join('/') };
  }
  if (source.startsWith(ROOT + sep)) return { pkg: 'app', file: source.slice(ROOT.length + 1) };
  return { pkg: 'other', file: source.split(sep).slice(-2).join('/') };
}
