/**
 * Camera geometry for the map: the extent of China's main map and of the 南海诸岛 inset,
 * bounds of features, the constraint that keeps panning near China, and a Web Mercator
 * fit for the inset's fixed scale. Pure functions, no MapLibre.
 */
import type { Geometry, Position } from 'geojson';
import { MAX_ZOOM, MIN_ZOOM, type CameraView } from '../state/camera';

/** [[west, south], [east, north]] in degrees. */
export type Bounds = [[number, number], [number, number]];

/**
 * The main map: from the Pamirs (73.5°E) to the Heilongjiang–Ussuri confluence (135.1°E), from
 * Hainan's southern tip (18.1°N) to Mohe (53.6°N). The South China Sea islands south of
 * Hainan are shown in the inset instead, as Chinese maps with a 南海诸岛 inset do.
 */
export const CHINA_MAIN_BOUNDS: Bounds = [
  [73.4, 18.1],
  [135.1, 53.6],
];

/**
 * The inset's extent: the South China Sea from the Gulf of Tonkin to the Luzon Strait, down
 * to 曾母暗沙 (about 4°N), with the nine dashes west of 122°E.
 */
export const SOUTH_CHINA_SEA_BOUNDS: Bounds = [
  [106.5, 2.8],
  [122.6, 23.6],
];

/** The centre may wander this far past China's main extent, so that borders can be panned to the middle. */
const PAN_MARGIN_DEGREES = 8;

/** Clamps the camera so that China never leaves the screen: the centre stays within the main extent plus a margin. */
export function constrainToChina(
  center: { lng: number; lat: number },
  zoom: number,
): { lng: number; lat: number; zoom: number } {
  const [[west, south], [east, north]] = CHINA_MAIN_BOUNDS;
  const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
  return {
    lng: clamp(center.lng, west - PAN_MARGIN_DEGREES, east + PAN_MARGIN_DEGREES),
    lat: clamp(center.lat, south - PAN_MARGIN_DEGREES, north + PAN_MARGIN_DEGREES),
    zoom: clamp(zoom, MIN_ZOOM, MAX_ZOOM),
  };
}

function eachPosition(geometry: Geometry | null, visit: (position: Position) => void): void {
  if (!geometry) return;
  switch (geometry.type) {
    case 'Point':
      visit(geometry.coordinates);
      break;
    case 'MultiPoint':
    case 'LineString':
      geometry.coordinates.forEach(visit);
      break;
    case 'MultiLineString':
    case 'Polygon':
      for (const line of geometry.coordinates) line.forEach(visit);
      break;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) for (const ring of polygon) ring.forEach(visit);
      break;
    case 'GeometryCollection':
      for (const part of geometry.geometries) eachPosition(part, visit);
      break;
  }
}

/** Bounds of a geometry, or null for an empty one. */
export function geometryBounds(geometry: Geometry | null): Bounds | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  eachPosition(geometry, ([lng = NaN, lat = NaN]) => {
    west = Math.min(west, lng);
    east = Math.max(east, lng);
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  });
  return west <= east ? [[west, south], [east, north]] : null;
}

export function boundsIntersect(a: Bounds, b: Bounds): boolean {
  return a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];
}

/** Web Mercator y of a latitude, in units where the world is 1 wide (0 at the north edge, 1 at the south). */
export function mercatorY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
}

function latitudeOf(mercatorYValue: number): number {
  const n = Math.PI - 2 * Math.PI * mercatorYValue;
  return (Math.atan(Math.sinh(n)) * 180) / Math.PI;
}

/** MapLibre and deck.gl both use 512-pixel tiles: at zoom z the world is 512·2^z pixels wide. */
const TILE_SIZE = 512;

/** Pixels kept free on each side of a box, e.g. under the UI's panels. */
export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/**
 * The centre and zoom at which `bounds` fill a `width`×`height` pixel box with `padding` pixels
 * kept free (the same on every side, or per side), as MapLibre's fitBounds computes them in Web
 * Mercator: the bounds are centred in the part of the box the padding leaves free.
 */
export function fitBounds(
  bounds: Bounds,
  width: number,
  height: number,
  padding: number | Padding = 0,
): { longitude: number; latitude: number; zoom: number } {
  const { top, bottom, left, right } = typeof padding === 'number' ? { top: padding, bottom: padding, left: padding, right: padding } : padding;
  const [[west, south], [east, north]] = bounds;
  const spanX = (east - west) / 360;
  const northY = mercatorY(north);
  const southY = mercatorY(south);
  const usableWidth = Math.max(1, width - left - right);
  const usableHeight = Math.max(1, height - top - bottom);
  const zoom = Math.log2(Math.min(usableWidth / (TILE_SIZE * spanX), usableHeight / (TILE_SIZE * (southY - northY))));
  // The free part's centre lies this far (in units where the world is 1 wide) from the box's centre.
  const worldSize = TILE_SIZE * 2 ** zoom;
  const offsetX = (left - right) / 2 / worldSize;
  const offsetY = (top - bottom) / 2 / worldSize;
  return { longitude: (west + east) / 2 - offsetX * 360, latitude: latitudeOf((northY + southY) / 2 - offsetY), zoom };
}

/**
 * What the first view keeps China clear of: pixels per side, and a box in the lower right corner
 * (the 南海诸岛 inset where nothing else keeps that corner free, as on a phone).
 */
export interface FirstViewPadding extends Partial<Padding> {
  insetCorner?: { width: number; height: number };
}

/**
 * The padding around China in the first view of a `width`×`height` map: a phone keeps almost
 * every pixel for the map, a desktop gets a margin; `extra` replaces it per side. A corner to keep
 * clear raises the bottom or moves in the right side, whichever leaves China larger: a phone's
 * map, as wide as China, has height to spare; a short or landscape map has width.
 */
export function firstViewPadding(width: number, height: number, extra: FirstViewPadding): Padding {
  const base = Math.round(Math.min(28, width * 0.025));
  const { insetCorner, ...sides } = extra;
  const padding = { top: base, bottom: base, left: base, right: base, ...sides };
  if (!insetCorner) return padding;
  const below = { ...padding, bottom: Math.max(padding.bottom, insetCorner.height) };
  const beside = { ...padding, right: Math.max(padding.right, insetCorner.width) };
  return fitBounds(CHINA_MAIN_BOUNDS, width, height, below).zoom >= fitBounds(CHINA_MAIN_BOUNDS, width, height, beside).zoom ? below : beside;
}

/**
 * The camera the map opens with in a `width`×`height` map: a link's view (kept within China's
 * reach, as the map keeps it), or China's main extent fitted clear of `fitPadding`. The
 * interactive map and its 2D first paint both start here, so the one replaces the other in place.
 */
export function openingCamera(width: number, height: number, initialView: CameraView | null, fitPadding: FirstViewPadding): CameraView {
  if (initialView) return constrainToChina(initialView, initialView.zoom);
  const fit = fitBounds(CHINA_MAIN_BOUNDS, width, height, firstViewPadding(width, height, fitPadding));
  return constrainToChina({ lng: fit.longitude, lat: fit.latitude }, fit.zoom);
}
