/**
 * The map of an export graphic as SVG path data: d3-geo's Web Mercator, set to the camera the
 * reader sees (or China's fitted extent), drawn into the graphic's map box, and the 南海诸岛 inset
 * at its fixed scale. Built once per export; each frame then only changes the county colours.
 * The projections and what each map shows are mapProjection.ts's, which the screen's 2D map
 * (src/lib/screenMap/mapShapes.ts) shares; it is kept apart from this file so that d3-geo's path
 * writer, which only the exports use, stays out of the page's first load.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import type { PlaceLevel } from '../domain/areas';
import type { AtlasGeometry } from '../domain/atlas';
import { insetCountyIndexes, insetProjection, isSouthChinaSeaLine, mainProjection, selectedPlaceOf, zoomOf, type MapProjection } from './mapProjection';

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

/** Coordinates are written to 0.1 layout unit: finer than a pixel at 2×, and it keeps SVGs small. */
const PATH_DIGITS = 1;
/**
 * d3-geo's projection of `projection`'s parameters, for its path writer: without adaptive
 * resampling (precision 0), so a segment between two vertices is drawn straight in Mercator as
 * MapLibre and deck.gl draw it, not bent along the great circle; without cutting at the
 * antimeridian, which China's places never cross (d3's spherical clip tests every ring for the pole
 * it might contain, more than half of the time projecting the counties took); cut at the box.
 */
function d3Projection(projection: MapProjection): GeoProjection {
  return geoMercator()
    .precision(0)
    .preclip((stream) => stream)
    .scale(projection.scale())
    .center(projection.centre)
    .translate(projection.translate)
    .clipExtent(projection.clipExtent);
}

function pathOf(projection: MapProjection) {
  const path = geoPath(d3Projection(projection)).digits(PATH_DIGITS);
  return (object: Parameters<typeof path>[0]) => path(object) ?? '';
}

function southChinaSeaLines(geometry: AtlasGeometry): FeatureCollection {
  return { type: 'FeatureCollection', features: geometry.boundaryLines.features.filter(isSouthChinaSeaLine) };
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
    selectedPlace: selected ? main(geometry[selected.layer].features[selected.index]!) : '',
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
