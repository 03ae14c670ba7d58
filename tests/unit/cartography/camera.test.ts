import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { boundsIntersect, CHINA_MAIN_BOUNDS, constrainToChina, fitBounds, geometryBounds, openingCamera, SOUTH_CHINA_SEA_BOUNDS, type Bounds } from '../../../src/lib/cartography/camera';
import { MAX_ZOOM, MIN_ZOOM } from '../../../src/lib/state/camera';

const square = (x: number, y: number, size: number): number[][][] => [
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ],
];

describe('geometryBounds', () => {
  it.each<[string, Geometry | null, Bounds | null]>([
    ['a polygon', { type: 'Polygon', coordinates: square(110, 20, 2) }, [[110, 20], [112, 22]]],
    [
      'a multipolygon spanning islands',
      { type: 'MultiPolygon', coordinates: [square(110, 20, 1), square(112.3, 3.9, 0.1)] },
      [[110, 3.9], [112.4, 21]],
    ],
    ['a line', { type: 'LineString', coordinates: [[100, 30], [101, 29]] }, [[100, 29], [101, 30]]],
    ['no geometry', null, null],
    ['an empty polygon', { type: 'Polygon', coordinates: [] }, null],
  ])('of %s', (_case, geometry, expected) => {
    const bounds = geometryBounds(geometry);
    if (expected === null) expect(bounds).toBeNull();
    else expect(bounds?.flat().map((v) => +v.toFixed(6))).toEqual(expected.flat());
  });
});

describe('boundsIntersect', () => {
  it.each<[Bounds, boolean]>([
    [[[109, 18], [111, 20]], true], // Hainan reaches into the inset
    [[[120, 30], [122, 31]], false], // Zhejiang does not
    [[[122.6, 23.6], [123, 24]], true], // touching corners count
  ])('%j with the inset extent: %s', (bounds, expected) => {
    expect(boundsIntersect(bounds, SOUTH_CHINA_SEA_BOUNDS)).toBe(expected);
  });
});

describe('constrainToChina', () => {
  it.each([
    ['the centre of China stays', { lng: 105, lat: 35 }, 4, { lng: 105, lat: 35, zoom: 4 }],
    ['Europe is pulled back east', { lng: 10, lat: 50 }, 4, { lng: 65.4, lat: 50, zoom: 4 }],
    ['the Pacific is pulled back west', { lng: 170, lat: -20 }, 4, { lng: 143.1, lat: 10.1, zoom: 4 }],
    ['zooming out stops', { lng: 105, lat: 35 }, 0, { lng: 105, lat: 35, zoom: MIN_ZOOM }],
    ['zooming in stops', { lng: 105, lat: 35 }, 15, { lng: 105, lat: 35, zoom: MAX_ZOOM }],
  ])('%s', (_case, center, zoom, expected) => {
    const result = constrainToChina(center, zoom);
    expect({ lng: +result.lng.toFixed(6), lat: +result.lat.toFixed(6), zoom: result.zoom }).toEqual(expected);
  });
});

describe('fitBounds', () => {
  it('fits the world in one 512-pixel tile at zoom 0', () => {
    const fit = fitBounds([[-180, -85.051129], [180, 85.051129]], 512, 512);
    expect(fit.zoom).toBeCloseTo(0, 5);
    expect(fit.longitude).toBe(0);
    expect(fit.latitude).toBeCloseTo(0, 5);
  });

  it.each([
    ['a desktop', 1280, 800],
    ['a 375 px phone', 375, 812],
  ])('fits China on %s: one side fills, the other fits', (_case, width, height) => {
    const { zoom } = fitBounds(CHINA_MAIN_BOUNDS, width, height, 10);
    const pixelsPerDegree = (512 * 2 ** zoom) / 360;
    const chinaWidth = (CHINA_MAIN_BOUNDS[1][0] - CHINA_MAIN_BOUNDS[0][0]) * pixelsPerDegree;
    expect(chinaWidth).toBeLessThanOrEqual(width - 20 + 1e-6);
    // on the phone the width is the limit; on the desktop the height is
    if (width < height) expect(chinaWidth).toBeCloseTo(width - 20, 6);
    else expect(chinaWidth).toBeLessThan(width - 20);
  });

  it('keeps Hainan and Mohe inside the box (centre latitude is the Mercator midpoint)', () => {
    const fit = fitBounds(CHINA_MAIN_BOUNDS, 1000, 1000);
    expect(fit.latitude).toBeGreaterThan((18.1 + 53.6) / 2); // Mercator stretches the north
  });

  it('centres the bounds in the part a padding per side leaves free, as MapLibre does', () => {
    const free = fitBounds(CHINA_MAIN_BOUNDS, 800, 700);
    const padded = fitBounds(CHINA_MAIN_BOUNDS, 1130, 800, { left: 330, right: 0, top: 0, bottom: 100 });
    expect(padded.zoom).toBeCloseTo(free.zoom, 9);
    // 165 px east and 50 px north of China's centre, in degrees and Mercator at that zoom
    const worldSize = 512 * 2 ** free.zoom;
    expect(padded.longitude).toBeCloseTo(free.longitude - (165 / worldSize) * 360, 9);
    expect(padded.latitude).toBeLessThan(free.latitude);
  });
});

describe('openingCamera', () => {
  it('fits China clear of the padding asked for, with the margin of the screen size', () => {
    const camera = openingCamera(1280, 800, null, { left: 330, bottom: 110 });
    const fit = fitBounds(CHINA_MAIN_BOUNDS, 1280, 800, { top: 28, left: 330, bottom: 110, right: 28 });
    expect(camera).toEqual({ lng: fit.longitude, lat: fit.latitude, zoom: fit.zoom });
  });

  // The 南海诸岛 inset of a phone (84×114 px and its 10 px margin) in the map's lower right corner.
  const insetCorner = { width: 94, height: 124 };
  it.each([
    // A phone's map as wide as China: China moves up, over the inset's height, and keeps its size.
    { size: [375, 415], padding: { top: 9, bottom: 124, left: 9, right: 9 } },
    // The same phone with the county sheet open (a short map): China moves left instead.
    { size: [375, 230], padding: { top: 9, bottom: 9, left: 9, right: 94 } },
    // A landscape window: left.
    { size: [740, 340], padding: { top: 19, bottom: 19, left: 19, right: 94 } },
  ])('keeps China clear of the inset\'s corner in a $size map, below or beside it, wherever China stays larger', ({ size: [width, height], padding }) => {
    const camera = openingCamera(width!, height!, null, { insetCorner });
    const fit = fitBounds(CHINA_MAIN_BOUNDS, width!, height!, padding);
    expect(camera).toEqual({ lng: fit.longitude, lat: fit.latitude, zoom: fit.zoom });
  });

  it('starts at a link\'s view, kept within China\'s reach', () => {
    expect(openingCamera(1280, 800, { lng: 120.1, lat: 29.3, zoom: 7.5 }, {})).toEqual({ lng: 120.1, lat: 29.3, zoom: 7.5 });
    expect(openingCamera(1280, 800, { lng: 10, lat: 50, zoom: 4 }, {})).toEqual({ lng: 65.4, lat: 50, zoom: 4 });
  });
});
