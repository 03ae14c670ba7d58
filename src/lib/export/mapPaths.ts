/**
 * The map of an export graphic as SVG path data: d3-geo's Web Mercator, set to the camera the
 * reader sees (or China's fitted extent), drawn into the graphic's map box, and the 南海诸岛 inset
 * at its fixed scale. Built once per export; each frame then only changes the county colours.
 */
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import type { AtlasGeometry } from '../data/atlas';
import { boundsIntersect, CHINA_MAIN_BOUNDS, fitBounds, geometryBounds, SOUTH_CHINA_SEA_BOUNDS } from '../map/camera';
import type { Rect } from './scene';

/** The camera of the map on screen and the size of the screen's map, whose view the export keeps. */
export interface ExportCamera {
  lng: number;
  lat: number;
  zoom: number;
  viewportWidth: number;
  viewportHeight: number;
}

export interface MapPaths {
  /** Adcode of each county, in county-table order. */
  codes: string[];
  /** One path per county, in county-table order; '' for a county outside the view. */
  counties: string[];
  neighbours: string;
  nation: string;
  provinces: string;
  southChinaSeaLines: string;
  inset: {
    /** County index and path of each county drawn in the inset. */
    counties: { index: number; d: string }[];
    neighbours: string;
    southChinaSeaLines: string;
  };
}

/** MapLibre and deck.gl draw the world 512·2^zoom pixels wide; d3's Mercator scale is that over 2π. */
const TILE_SIZE = 512;
/** Coordinates are written to 0.1 layout unit: finer than a pixel at 2×, and it keeps SVGs small. */
const PATH_DIGITS = 1;
/** Space kept around China in the fitted view, and around the islands in the inset (layout units). */
const FIT_PADDING = 8;
const INSET_PADDING = 4;

function mercatorInto(rect: Rect, centre: [number, number], zoom: number): GeoProjection {
  return geoMercator()
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

function southChinaSeaLines(geometry: AtlasGeometry): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: geometry.boundaryLines.features.filter((line) => line.properties.kind === 'south-china-sea'),
  };
}

export function buildMapPaths(geometry: AtlasGeometry, mapBox: Rect, insetBox: Rect, camera: ExportCamera | null): MapPaths {
  const main = pathOf(mainProjection(mapBox, camera));
  const inset = pathOf(insetProjection(insetBox));
  const lines = southChinaSeaLines(geometry);
  // Only the counties that reach into the inset are drawn there (Hainan), as on screen.
  const insetCounties = geometry.counties.features.filter((county) => {
    const bounds = geometryBounds(county.geometry);
    return bounds !== null && boundsIntersect(bounds, SOUTH_CHINA_SEA_BOUNDS);
  });
  return {
    codes: geometry.counties.features.map((county) => String(county.id)),
    counties: geometry.counties.features.map((county) => main(county)),
    neighbours: main(geometry.neighbours),
    nation: main(geometry.nation),
    provinces: main(geometry.provinces),
    southChinaSeaLines: main(lines),
    inset: {
      counties: insetCounties.map((county) => ({ index: county.properties.index, d: inset(county) })),
      neighbours: inset(geometry.neighbours),
      southChinaSeaLines: inset(lines),
    },
  };
}
