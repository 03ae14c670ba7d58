/**
 * The projections of the export graphic's map and of the screen's 2D map, and what they show:
 * d3-geo's Web Mercator set to the camera the reader sees (or China's fitted extent) in a box,
 * the 南海诸岛 inset at its fixed scale, the selected place, the inset's counties. The exports
 * write SVG path data from these (mapPaths.ts); the screen builds Path2Ds (screenMap/mapShapes.ts).
 */
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import type { AtlasGeometry } from '../domain/atlas';
import type { CameraView } from '../state/camera';
import { CHINA_MAIN_BOUNDS, fitBounds, SOUTH_CHINA_SEA_BOUNDS } from './camera';
import type { ExportCamera, MapPlaces, Rect } from './mapPaths';
import { mercatorShapes, shapeIntersects } from './mercatorShapes';

/** MapLibre and deck.gl draw the world 512·2^zoom pixels wide; d3's Mercator scale is that over 2π. */
const TILE_SIZE = 512;
/** Space kept around China in the fitted view, and around the islands in the inset (layout units). */
const FIT_PADDING = 8;
const INSET_PADDING = 4;

/**
 * Web Mercator into `rect`. Without d3's adaptive resampling (precision 0): a segment between two
 * vertices is drawn straight in Mercator, as MapLibre and deck.gl draw it, not bent along the
 * great circle, and projecting the counties is faster.
 */
function mercatorInto(rect: Rect, centre: [number, number], zoom: number): GeoProjection {
  return geoMercator()
    .precision(0)
    // No cutting at the antimeridian, which China's places never cross: d3's spherical clip tests
    // every ring for the pole it might contain, more than half of the time projecting the counties took.
    .preclip((stream) => stream)
    .scale((TILE_SIZE * 2 ** zoom) / (2 * Math.PI))
    .center(centre)
    .translate([rect.x + rect.width / 2, rect.y + rect.height / 2])
    .clipExtent([
      [rect.x - 1, rect.y - 1],
      [rect.x + rect.width + 1, rect.y + rect.height + 1],
    ]);
}

/**
 * The main map's projection: the reader's camera scaled so that all of the screen's map fits the
 * box (the box may show a little more on one side), or China's main extent fitted into the box.
 */
export function mainProjection(box: Rect, camera: ExportCamera | null): GeoProjection {
  if (!camera) {
    const fit = fitBounds(CHINA_MAIN_BOUNDS, box.width, box.height, FIT_PADDING);
    return mercatorInto(box, [fit.longitude, fit.latitude], fit.zoom);
  }
  const scale = Math.min(box.width / camera.viewportWidth, box.height / camera.viewportHeight);
  return mercatorInto(box, [camera.lng, camera.lat], camera.zoom + Math.log2(scale));
}

/** The screen's 2D map's projection: the interactive map's camera at the size of `box`, which is the map's whole area. */
export function screenProjection(box: Rect, camera: CameraView): GeoProjection {
  return mainProjection(box, { ...camera, viewportWidth: box.width, viewportHeight: box.height });
}

/** The inset's projection: the South China Sea at a fixed scale, above the inset's title line. */
export function insetProjection(box: Rect): GeoProjection {
  const fit = fitBounds(SOUTH_CHINA_SEA_BOUNDS, box.width, box.height, INSET_PADDING);
  return mercatorInto(box, [fit.longitude, fit.latitude], fit.zoom);
}

/** The boundary lines drawn on the map and in the inset: the South China Sea's dashes. */
export function isSouthChinaSeaLine(line: AtlasGeometry['boundaryLines']['features'][number]): boolean {
  return line.properties.kind === 'south-china-sea';
}


/** MapLibre's zoom of a d3 Mercator projection: the world is 512·2^zoom wide, d3's scale is that over 2π. */
export function zoomOf(projection: GeoProjection): number {
  return Math.log2((projection.scale() * 2 * Math.PI) / TILE_SIZE);
}

/** The selected place's outline: its layer and the index of its feature there, or null for none. */
export function selectedPlaceOf(geometry: AtlasGeometry, { level, selectedPlaceCode: code }: MapPlaces): { collection: FeatureCollection; index: number } | null {
  if (code === null) return null;
  if (level === 'county') {
    const index = geometry.counties.features.findIndex((f) => f.id === code);
    return index < 0 ? null : { collection: geometry.counties, index };
  }
  const areas = level === 'prefecture' ? geometry.prefectures : geometry.provinces;
  const index = areas.features.findIndex((f) => f.properties.code === code);
  return index < 0 ? null : { collection: areas, index };
}

/** The counties drawn in the 南海诸岛 inset, by index: those that reach into its extent (Hainan's), as on screen. */
export function insetCountyIndexes(geometry: AtlasGeometry): number[] {
  const shapes = mercatorShapes(geometry.counties);
  return geometry.counties.features.map((_, index) => index).filter((index) => shapeIntersects(shapes, index, SOUTH_CHINA_SEA_BOUNDS));
}
