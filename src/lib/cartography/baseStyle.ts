/**
 * The offline MapLibre style, built in code from the atlas: no tiles, no glyphs, no sprite, so
 * the base map never requests anything. Text (province names) is drawn by deck.gl instead.
 * Layer order, bottom to top: sea, neighbouring countries, China's land, [deck.gl county fill],
 * county borders, prefecture borders (prefecture level only), province borders, the national border,
 * the South China Sea dashes.
 */
import type { MapOptions } from 'maplibre-gl';
import type { AtlasGeometry } from '../domain/atlas';
import type { RGBA } from '../view/drawModel';

export type StyleSpecification = Exclude<MapOptions['style'], string | undefined>;

/** The deck.gl county fill is inserted just below this style layer, so all borders stay on top of it. */
export const COUNTY_LAYER_BEFORE_ID = 'county-borders';

export const PREFECTURE_BORDERS_ID = 'prefecture-borders';

export const BASE_COLOURS = {
  sea: '#dce6ed',
  neighbourLand: '#f3f1ed',
  neighbourBorder: '#c8c2b8',
  chinaLand: '#fbfaf8',
  countyBorder: '#ffffff',
  prefectureBorder: '#8a8f96',
  provinceBorder: '#55595e',
  nationBorder: '#2b2e33',
  southChinaSeaLine: '#2b2e33',
} as const;

/**
 * Colours and font of what deck.gl draws over the map (layers.ts), shared with the export graphic
 * (src/lib/export), which draws the same selection outline, 百亿 path and province names.
 */
export const OVERLAY_COLOURS: Record<'selectedOutline' | 'over100YiPath' | 'label' | 'labelHalo', RGBA> = {
  selectedOutline: [17, 17, 17, 255],
  over100YiPath: [24, 24, 24, 235],
  label: [38, 41, 46, 255],
  labelHalo: [255, 255, 255, 230],
};

/** System CJK fonts: nothing is downloaded; deck.gl rasterises the glyphs it needs locally. */
export const LABEL_FONT_FAMILY = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/**
 * Border widths in pixels at the national view (zoom 3) and at a city view (zoom 8): they grow with
 * zoom so that borders read at the national view and do not swamp a city view. The export graphic
 * draws them at its own zoom (borderWidthAt).
 */
export const BORDER_WIDTHS = {
  county: [0.3, 1],
  prefecture: [0.5, 1.2],
  province: [0.7, 1.6],
  nation: [1.2, 2.4],
} as const satisfies Record<string, readonly [number, number]>;
const BORDER_ZOOMS = [3, 8] as const;

/** County borders fade above the county level: all counties of an area share its colour, and the area is the place read. */
export const COUNTY_BORDER_OPACITY = { countyLevel: 0.7, areaLevel: 0.2 } as const;

function widthByZoom([atNational, atCity]: readonly [number, number]) {
  return ['interpolate', ['linear'], ['zoom'], BORDER_ZOOMS[0], atNational, BORDER_ZOOMS[1], atCity] as [
    'interpolate',
    ['linear'],
    ['zoom'],
    number,
    number,
    number,
    number,
  ];
}

/** The width MapLibre draws a border at `zoom` (linear between the two zooms, constant outside). */
export function borderWidthAt([atNational, atCity]: readonly [number, number], zoom: number): number {
  const t = Math.min(1, Math.max(0, (zoom - BORDER_ZOOMS[0]) / (BORDER_ZOOMS[1] - BORDER_ZOOMS[0])));
  return atNational + (atCity - atNational) * t;
}

export function buildBaseStyle(geometry: AtlasGeometry): StyleSpecification {
  return {
    version: 8,
    name: 'Beltmap offline base',
    sources: {
      neighbours: { type: 'geojson', data: geometry.neighbours },
      nation: { type: 'geojson', data: geometry.nation },
      counties: { type: 'geojson', data: geometry.counties },
      provinces: { type: 'geojson', data: geometry.provinces },
      prefectures: { type: 'geojson', data: geometry.prefectures },
      boundaryLines: { type: 'geojson', data: geometry.boundaryLines },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': BASE_COLOURS.sea } },
      // No fill antialiasing: each fill's edge is drawn over by a border line anyway, and the
      // extra outline pass costs another shader program to compile before the first frame.
      {
        id: 'neighbours-land',
        type: 'fill',
        source: 'neighbours',
        paint: { 'fill-color': BASE_COLOURS.neighbourLand, 'fill-antialias': false },
      },
      {
        id: 'neighbours-border',
        type: 'line',
        source: 'neighbours',
        paint: { 'line-color': BASE_COLOURS.neighbourBorder, 'line-width': 0.6 },
      },
      {
        id: 'china-land',
        type: 'fill',
        source: 'nation',
        paint: { 'fill-color': BASE_COLOURS.chinaLand, 'fill-antialias': false },
      },
      {
        id: COUNTY_LAYER_BEFORE_ID,
        type: 'line',
        source: 'counties',
        paint: {
          'line-color': BASE_COLOURS.countyBorder,
          'line-opacity': COUNTY_BORDER_OPACITY.countyLevel,
          'line-width': widthByZoom(BORDER_WIDTHS.county),
        },
      },
      {
        // Shown at the prefecture level (MapView.update), where prefectures are the places coloured.
        id: PREFECTURE_BORDERS_ID,
        type: 'line',
        source: 'prefectures',
        layout: { 'line-join': 'round', visibility: 'none' },
        paint: { 'line-color': BASE_COLOURS.prefectureBorder, 'line-width': widthByZoom(BORDER_WIDTHS.prefecture) },
      },
      {
        id: 'province-borders',
        type: 'line',
        source: 'provinces',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': BASE_COLOURS.provinceBorder, 'line-width': widthByZoom(BORDER_WIDTHS.province) },
      },
      {
        id: 'nation-border',
        type: 'line',
        source: 'nation',
        layout: { 'line-join': 'round' },
        paint: { 'line-color': BASE_COLOURS.nationBorder, 'line-width': widthByZoom(BORDER_WIDTHS.nation) },
      },
      {
        // The source already breaks these lines into the dashes of the official map.
        id: 'south-china-sea-lines',
        type: 'line',
        source: 'boundaryLines',
        filter: ['==', ['get', 'kind'], 'south-china-sea'],
        paint: { 'line-color': BASE_COLOURS.southChinaSeaLine, 'line-width': widthByZoom(BORDER_WIDTHS.nation) },
      },
    ],
  };
}
