/**
 * The map of an export graphic as SVG path data: d3-geo's Web Mercator, set to the camera the
 * reader sees (or China's fitted extent), drawn into the graphic's map box, and the 南海诸岛 inset
 * at its fixed scale. Built once per export; each frame then only changes the county colours.
 * The screen's 2D map (src/lib/screenMap) draws the same paths, at the interactive map's camera.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import type { PlaceLevel } from '../domain/areas';
import type { AtlasGeometry } from '../domain/atlas';
import { CHINA_MAIN_BOUNDS, fitBounds, SOUTH_CHINA_SEA_BOUNDS } from './camera';
import { mercatorShapes, shapeIntersects } from './mercatorShapes';

/** A box on the graphic in layout units (CSS pixels of the graphic): where a map is drawn into. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The camera of the map on screen and the size of the screen's map, whose view the export keeps. */
export interface ExportCamera {
  lng: number;
  lat: number;
  zoom: number;
  viewportWidth: number;
  viewportHeight: number;
}

/** What the map shows besides the counties: the level of places and the place selected. */
export interface MapPlaces {
  level: PlaceLevel;
  /** Code of the selected county, prefecture or province (of the level shown), or null. */
  selectedPlaceCode: string | null;
}

/**
 * The main map's paths, without the inset: `D` is SVG path data for the exports (built here), a
 * Path2D for the screen's 2D map (src/lib/screenMap/mapShapes.ts; null where '' is here).
 */
export interface MainMapPaths<D = string> {
  /** The zoom (MapLibre's scale) the main map is drawn at, which border widths follow. */
  zoom: number;
  level: PlaceLevel;
  /** Adcode of each county, in county-table order. */
  codes: string[];
  /** One path per county, in county-table order; '' for a county outside the view. */
  counties: D[];
  neighbours: D;
  nation: D;
  provinces: D;
  /** Prefecture borders, drawn at the prefecture level only ('' otherwise). */
  prefectures: D;
  /** Outline of the selected place, '' for none. */
  selectedPlace: D;
  southChinaSeaLines: D;
}

/** Everything an export draws: the main map and the inset. */
export interface MapPaths extends MainMapPaths {
  inset: InsetPaths;
}

/** The 南海诸岛 inset's paths, at its fixed scale (`D` as in MainMapPaths). */
export interface InsetPaths<D = string> {
  /** County index and path of each county drawn in the inset. */
  counties: { index: number; d: D }[];
  neighbours: D;
  southChinaSeaLines: D;
}

/** MapLibre and deck.gl draw the world 512·2^zoom pixels wide; d3's Mercator scale is that over 2π. */
const TILE_SIZE = 512;
/** Coordinates are written to 0.1 layout unit: finer than a pixel at 2×, and it keeps SVGs small. */
const PATH_DIGITS = 1;
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

/** The inset's projection: the South China Sea at a fixed scale, above the inset's title line. */
export function insetProjection(box: Rect): GeoProjection {
  const fit = fitBounds(SOUTH_CHINA_SEA_BOUNDS, box.width, box.height, INSET_PADDING);
  return mercatorInto(box, [fit.longitude, fit.latitude], fit.zoom);
}

function pathOf(projection: GeoProjection) {
  const path = geoPath(projection).digits(PATH_DIGITS);
  return (object: Parameters<typeof path>[0]) => path(object) ?? '';
}

/** The boundary lines drawn on the map and in the inset: the South China Sea's dashes. */
export function isSouthChinaSeaLine(line: AtlasGeometry['boundaryLines']['features'][number]): boolean {
  return line.properties.kind === 'south-china-sea';
}

function southChinaSeaLines(geometry: AtlasGeometry): FeatureCollection {
  return { type: 'FeatureCollection', features: geometry.boundaryLines.features.filter(isSouthChinaSeaLine) };
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

/** The 南海诸岛 inset's paths in `insetBox`: only the counties that reach into it are drawn there (Hainan), as on screen. */
export function buildInsetPaths(geometry: AtlasGeometry, insetBox: Rect): InsetPaths {
  const inset = pathOf(insetProjection(insetBox));
  const insetCounties = insetCountyIndexes(geometry).map((index) => geometry.counties.features[index]!);
  return {
    counties: insetCounties.map((county) => ({ index: county.properties.index, d: inset(county) })),
    neighbours: inset(geometry.neighbours),
    southChinaSeaLines: inset(southChinaSeaLines(geometry)),
  };
}

/** The main map's paths in `mapBox`, seen by `camera` (or China fitted into the box). */
export function buildMainMapPaths(
  geometry: AtlasGeometry,
  mapBox: Rect,
  camera: ExportCamera | null,
  places: MapPlaces = { level: 'county', selectedPlaceCode: null },
): MainMapPaths {
  const projection = mainProjection(mapBox, camera);
  const main = pathOf(projection);
  const selected = selectedPlaceOf(geometry, places);
  return {
    zoom: zoomOf(projection),
    level: places.level,
    codes: geometry.counties.features.map((county) => String(county.id)),
    counties: geometry.counties.features.map((county) => main(county)),
    neighbours: main(geometry.neighbours),
    nation: main(geometry.nation),
    provinces: main(geometry.provinces),
    prefectures: places.level === 'prefecture' ? main(geometry.prefectures) : '',
    selectedPlace: selected ? main(selected.collection.features[selected.index]!) : '',
    southChinaSeaLines: main(southChinaSeaLines(geometry)),
  };
}

export function buildMapPaths(
  geometry: AtlasGeometry,
  mapBox: Rect,
  insetBox: Rect,
  camera: ExportCamera | null,
  places: MapPlaces = { level: 'county', selectedPlaceCode: null },
): MapPaths {
  return { ...buildMainMapPaths(geometry, mapBox, camera, places), inset: buildInsetPaths(geometry, insetBox) };
}
