/**
 * The offline MapLibre style, built in code from the atlas: no tiles, no glyphs, no sprite, so
 * the base map never requests anything. Text (province names) is drawn by deck.gl instead.
 * Layer order, bottom to top: sea, neighbouring countries, China's land, [deck.gl county fill],
 * county borders, prefecture borders (prefecture level only), province borders, the national border,
 * the South China Sea dashes.
 */
import type { FeatureCollection } from 'geojson';
import type { MapOptions } from 'maplibre-gl';
import type { AtlasGeometry } from '../domain/atlas';
import type { RGBA } from '../view/drawModel';
import type { Theme } from '../state/theme';

export type StyleSpecification = Exclude<MapOptions['style'], string | undefined>;

/** The deck.gl county fill is inserted just below this style layer, so all borders stay on top of it. */
export const COUNTY_LAYER_BEFORE_ID = 'county-borders';

export const PREFECTURE_BORDERS_ID = 'prefecture-borders';

/** The base map's colours in one theme. */
export interface BaseColours {
  sea: string;
  neighbourLand: string;
  neighbourBorder: string;
  chinaLand: string;
  /** County borders, drawn over the fills at COUNTY_BORDER_OPACITY: light on light fills, dark on dark ones. */
  countyBorder: string;
  prefectureBorder: string;
  provinceBorder: string;
  nationBorder: string;
  southChinaSeaLine: string;
}

/**
 * The base map of each theme. Dark: a near-black sea, land a step above it, and borders lighter
 * than the fills they separate (the light theme's dark borders would vanish there).
 */
export const BASE_COLOURS: Record<Theme, BaseColours> = {
  light: {
    sea: '#dce6ed',
    neighbourLand: '#f3f1ed',
    neighbourBorder: '#c8c2b8',
    chinaLand: '#fbfaf8',
    countyBorder: '#ffffff',
    prefectureBorder: '#8a8f96',
    provinceBorder: '#55595e',
    nationBorder: '#2b2e33',
    southChinaSeaLine: '#2b2e33',
  },
  dark: {
    sea: '#0f151b',
    neighbourLand: '#1b2127',
    neighbourBorder: '#3a424b',
    chinaLand: '#22282f',
    countyBorder: '#0f151b',
    prefectureBorder: '#79828c',
    provinceBorder: '#a9b1ba',
    nationBorder: '#d5dbe1',
    southChinaSeaLine: '#d5dbe1',
  },
};

export type OverlayColourName = 'selectedOutline' | 'over100YiPath' | 'pathDotFill' | 'hoverHighlight' | 'label' | 'labelHalo';

/**
 * Colours of what deck.gl draws over the map (layers.ts), shared with the export graphic
 * (src/lib/export), which draws the same selection outline, 百亿 path and province names. Dark:
 * light marks with dark halos.
 */
export const OVERLAY_COLOURS: Record<Theme, Record<OverlayColourName, RGBA>> = {
  light: {
    selectedOutline: [17, 17, 17, 255],
    over100YiPath: [24, 24, 24, 235],
    pathDotFill: [255, 255, 255, 255],
    hoverHighlight: [255, 255, 255, 110],
    label: [38, 41, 46, 255],
    labelHalo: [255, 255, 255, 230],
  },
  dark: {
    selectedOutline: [245, 247, 250, 255],
    over100YiPath: [240, 242, 245, 235],
    pathDotFill: [15, 21, 27, 255],
    hoverHighlight: [255, 255, 255, 70],
    label: [226, 230, 235, 255],
    labelHalo: [15, 21, 27, 230],
  },
};

/** The base style's paint properties that carry a colour, to restyle the map in another theme (MapView). */
export function baseColourPaints(theme: Theme): { layerId: string; property: 'background-color' | 'fill-color' | 'line-color'; value: string }[] {
  const colours = BASE_COLOURS[theme];
  return [
    { layerId: 'sea', property: 'background-color', value: colours.sea },
    { layerId: 'neighbours-land', property: 'fill-color', value: colours.neighbourLand },
    { layerId: 'neighbours-border', property: 'line-color', value: colours.neighbourBorder },
    { layerId: 'china-land', property: 'fill-color', value: colours.chinaLand },
    { layerId: COUNTY_LAYER_BEFORE_ID, property: 'line-color', value: colours.countyBorder },
    { layerId: PREFECTURE_BORDERS_ID, property: 'line-color', value: colours.prefectureBorder },
    { layerId: 'province-borders', property: 'line-color', value: colours.provinceBorder },
    { layerId: 'nation-border', property: 'line-color', value: colours.nationBorder },
    { layerId: 'south-china-sea-lines', property: 'line-color', value: colours.southChinaSeaLine },
  ];
}

/** The CJK fonts that set Chinese in its simplified forms, system fonts: nothing is downloaded. */
const CJK_FONT_FAMILIES = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/**
 * The map's labels, on the 2D map, in the exports and on the interactive map (src/lib/map/layers.ts):
 * a Latin font first, then the CJK fonts, as the page's own stack (global.css). An English label
 * (the inset's "South China Sea Islands", pinyin names) then needs no CJK font, whose first use
 * copies a ~20 MB file while the page waits (the English page's first map needs none); Chinese
 * falls through to the CJK fonts.
 */
export const LABEL_FONT_FAMILY = `system-ui, -apple-system, "Segoe UI", ${CJK_FONT_FAMILIES}`;

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

/**
 * The GeoJSON source of the base map's parts shown at every level, in one, so that MapLibre draws
 * its tiles' clipping masks once a frame rather than each time a layer's source differs from the
 * last one's (6 times a frame with a source for each part). The prefectures, shown at the
 * prefecture level only, keep a source of their own: MapLibre tiles a source only while a layer
 * of it is shown, so they cost the first load nothing.
 */
const BASE_SOURCE = 'base';
const PREFECTURES_SOURCE = 'prefectures';
/** geojson-vt's simplification of the base source, in tile pixels (see buildBaseStyle). */
const BASE_TOLERANCE = 0.1;
/** The feature property naming the part a base map feature belongs to. */
const PART = 'basePart';
type BasePart = 'neighbours' | 'nation' | 'counties' | 'provinces' | 'southChinaSea';

/** The layer fields that draw one part of the base source. */
function ofPart(part: BasePart): { source: string; filter: ['==', ['get', string], BasePart] } {
  return { source: BASE_SOURCE, filter: ['==', ['get', PART], part] };
}

/**
 * The base map's features, each part's in the order of its collection (the order MapLibre draws
 * them in): only the geometry and the part are handed over, as no layer reads other properties.
 * Of the boundary lines only the South China Sea dashes are drawn.
 */
function baseFeatures(geometry: AtlasGeometry): FeatureCollection {
  const parts: [BasePart, FeatureCollection['features']][] = [
    ['neighbours', geometry.neighbours.features],
    ['nation', geometry.nation.features],
    ['counties', geometry.counties.features],
    ['provinces', geometry.provinces.features],
    ['southChinaSea', geometry.boundaryLines.features.filter((line) => line.properties.kind === 'south-china-sea')],
  ];
  return {
    type: 'FeatureCollection',
    features: parts.flatMap(([part, features]) => features.map((feature) => ({ type: 'Feature' as const, geometry: feature.geometry, properties: { [PART]: part } }))),
  };
}

/** The base style in a theme's colours (baseColourPaints restyles it in another). */
export function buildBaseStyle(geometry: AtlasGeometry, theme: Theme = 'light'): StyleSpecification {
  const colours = BASE_COLOURS[theme];
  return {
    version: 8,
    name: 'Beltmap offline base',
    sources: {
      // Simplified less than MapLibre's default (0.375), which drops the South China Sea's small
      // islands at the opening zoom: they vanished when the interactive map replaced the first
      // paint, which draws every ring. At 0 each islet is a heavier blot than in the first paint.
      [BASE_SOURCE]: { type: 'geojson', data: baseFeatures(geometry), tolerance: BASE_TOLERANCE },
      [PREFECTURES_SOURCE]: { type: 'geojson', data: geometry.prefectures },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': colours.sea } },
      // No fill antialiasing: each fill's edge is drawn over by a border line anyway, and the
      // extra outline pass costs another shader program to compile before the first frame.
      {
        id: 'neighbours-land',
        type: 'fill',
        ...ofPart('neighbours'),
        paint: { 'fill-color': colours.neighbourLand, 'fill-antialias': false },
      },
      {
        id: 'neighbours-border',
        type: 'line',
        ...ofPart('neighbours'),
        paint: { 'line-color': colours.neighbourBorder, 'line-width': 0.6 },
      },
      {
        id: 'china-land',
        type: 'fill',
        ...ofPart('nation'),
        paint: { 'fill-color': colours.chinaLand, 'fill-antialias': false },
      },
      {
        id: COUNTY_LAYER_BEFORE_ID,
        type: 'line',
        ...ofPart('counties'),
        paint: {
          'line-color': colours.countyBorder,
          'line-opacity': COUNTY_BORDER_OPACITY.countyLevel,
          'line-width': widthByZoom(BORDER_WIDTHS.county),
        },
      },
      {
        // Shown at the prefecture level (MapView.update), where prefectures are the places coloured.
        id: PREFECTURE_BORDERS_ID,
        type: 'line',
        source: PREFECTURES_SOURCE,
        layout: { 'line-join': 'round', visibility: 'none' },
        paint: { 'line-color': colours.prefectureBorder, 'line-width': widthByZoom(BORDER_WIDTHS.prefecture) },
      },
      {
        id: 'province-borders',
        type: 'line',
        ...ofPart('provinces'),
        layout: { 'line-join': 'round' },
        paint: { 'line-color': colours.provinceBorder, 'line-width': widthByZoom(BORDER_WIDTHS.province) },
      },
      {
        id: 'nation-border',
        type: 'line',
        ...ofPart('nation'),
        layout: { 'line-join': 'round' },
        paint: { 'line-color': colours.nationBorder, 'line-width': widthByZoom(BORDER_WIDTHS.nation) },
      },
      {
        // The source already breaks these lines into the dashes of the official map.
        id: 'south-china-sea-lines',
        type: 'line',
        ...ofPart('southChinaSea'),
        paint: { 'line-color': colours.southChinaSeaLine, 'line-width': widthByZoom(BORDER_WIDTHS.nation) },
      },
    ],
  };
}
