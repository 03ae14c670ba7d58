/**
 * The projections of the export graphic's map and of the screen's 2D map, and what they show:
 * Web Mercator set to the camera the reader sees (or China's fitted extent) in a box, the 南海诸岛
 * inset at its fixed scale, the selected place, the inset's counties. The exports write SVG path
 * data through d3-geo's projection of the same parameters (mapPaths.ts d3Projection); the screen
 * builds Path2Ds (screenMap/mapShapes.ts) and places its words with MapProjection itself, so that
 * d3-geo (~20 KB) is not in the page's first load.
 */
import type { AtlasGeometry } from '../domain/atlas';
import type { PlaceLevel } from '../domain/areas';
import type { CameraView } from '../state/camera';
import { CHINA_MAIN_BOUNDS, fitBounds, SOUTH_CHINA_SEA_BOUNDS } from './camera';
import type { ExportCamera, MapPlaces, Rect } from './mapPaths';
import { mercatorRawY, shapeIntersects } from './mercatorShapes';
import { layerShapes } from './topologyShapes';

/** MapLibre and deck.gl draw the world 512·2^zoom pixels wide; d3's Mercator scale is that over 2π. */
const TILE_SIZE = 512;
/** Space kept around China in the fitted view, and around the islands in the inset (layout units). */
const FIT_PADDING = 8;
const INSET_PADDING = 4;
const RADIANS = Math.PI / 180;
const HALF_PI = Math.PI / 2;

/**
 * Web Mercator in a box, as d3-geo's geoMercator().scale(k).center(centre).translate(translate)
 * projects a point, its y by mercatorRawY as the screen's shapes (mercatorShapes.ts) take it: a
 * position in degrees to a point in the box, and back. `clipExtent` is the box grown by a pixel, where the exports' paths are cut.
 */
export interface MapProjection {
  (position: readonly [number, number]): [number, number];
  invert(point: readonly [number, number]): [number, number];
  scale(): number;
  readonly centre: [number, number];
  readonly translate: [number, number];
  readonly clipExtent: [[number, number], [number, number]];
}

/**
 * Web Mercator into `rect`, centred on `centre` at MapLibre's `zoom`. The exports draw it without
 * d3's adaptive resampling, as MapLibre and deck.gl draw a segment: straight in Mercator.
 */
function mercatorInto(rect: Rect, centre: [number, number], zoom: number): MapProjection {
  const k = (TILE_SIZE * 2 ** zoom) / (2 * Math.PI);
  const translate: [number, number] = [rect.x + rect.width / 2, rect.y + rect.height / 2];
  // d3: the centre projected without translation, then the translation that puts it in the middle.
  const dx = translate[0] - k * (centre[0] * RADIANS);
  const dy = translate[1] + k * mercatorRawY(centre[1]);
  const project = ([lng, lat]: readonly [number, number]): [number, number] => [dx + k * (lng * RADIANS), dy - k * mercatorRawY(lat)];
  return Object.assign(project, {
    invert: ([x, y]: readonly [number, number]): [number, number] => [(x - dx) / k / RADIANS, (2 * Math.atan(Math.exp((dy - y) / k)) - HALF_PI) / RADIANS],
    scale: () => k,
    centre,
    translate,
    clipExtent: [
      [rect.x - 1, rect.y - 1],
      [rect.x + rect.width + 1, rect.y + rect.height + 1],
    ] as [[number, number], [number, number]],
  });
}

/**
 * The main map's projection: the reader's camera scaled so that all of the screen's map fits the
 * box (the box may show a little more on one side), or China's main extent fitted into the box.
 */
export function mainProjection(box: Rect, camera: ExportCamera | null): MapProjection {
  if (!camera) {
    const fit = fitBounds(CHINA_MAIN_BOUNDS, box.width, box.height, FIT_PADDING);
    return mercatorInto(box, [fit.longitude, fit.latitude], fit.zoom);
  }
  const scale = Math.min(box.width / camera.viewportWidth, box.height / camera.viewportHeight);
  return mercatorInto(box, [camera.lng, camera.lat], camera.zoom + Math.log2(scale));
}

/** The screen's 2D map's projection: the interactive map's camera at the size of `box`, which is the map's whole area. */
export function screenProjection(box: Rect, camera: CameraView): MapProjection {
  return mainProjection(box, { ...camera, viewportWidth: box.width, viewportHeight: box.height });
}

/** The inset's projection: the South China Sea at a fixed scale, above the inset's title line. */
export function insetProjection(box: Rect): MapProjection {
  const fit = fitBounds(SOUTH_CHINA_SEA_BOUNDS, box.width, box.height, INSET_PADDING);
  return mercatorInto(box, [fit.longitude, fit.latitude], fit.zoom);
}

/** The boundary lines drawn on the map and in the inset: the South China Sea's dashes. */
export function isSouthChinaSeaLine(line: { properties?: { kind?: unknown } | null }): boolean {
  return line.properties?.kind === 'south-china-sea';
}


/** MapLibre's zoom of a projection: the world is 512·2^zoom wide, d3's scale is that over 2π. */
export function zoomOf(projection: MapProjection): number {
  return Math.log2((projection.scale() * 2 * Math.PI) / TILE_SIZE);
}

/** A place's feature in the topology: its layer and its index there. */
export interface PlaceFeatureAt {
  layer: 'counties' | 'prefectures' | 'provinces';
  index: number;
}

/** A place of `level` by its code: its layer and the index of its feature there, or null for a code the layer does not have. */
export function placeOf(geometry: Pick<AtlasGeometry, 'arcs'>, level: PlaceLevel, code: string): PlaceFeatureAt | null {
  const layer = level === 'county' ? 'counties' : level === 'prefecture' ? 'prefectures' : 'provinces';
  // The arcs' geometries are in the order of the layer's features, with the place's code as id.
  const index = geometry.arcs.layers[layer].findIndex((place) => String(place.id) === code);
  return index < 0 ? null : { layer, index };
}

/** The selected place's outline: its layer and the index of its feature there, or null for none. */
export function selectedPlaceOf(geometry: Pick<AtlasGeometry, 'arcs'>, { level, selectedPlaceCode: code }: MapPlaces): PlaceFeatureAt | null {
  return code === null ? null : placeOf(geometry, level, code);
}

/** The counties drawn in the 南海诸岛 inset, by index: those that reach into its extent (Hainan's), as on screen. */
export function insetCountyIndexes(geometry: AtlasGeometry): number[] {
  const shapes = layerShapes(geometry, 'counties');
  return geometry.arcs.layers.counties.map((_, index) => index).filter((index) => shapeIntersects(shapes, index, SOUTH_CHINA_SEA_BOUNDS));
}
