/**
 * deck.gl layer factories: pure functions of (data, state) returning layer descriptors with
 * stable ids. Descriptors are cheap and are rebuilt on every update; deck.gl keeps the GPU
 * buffers, so a year step uploads two small colour tables and never re-tessellates.
 */
import { GeoJsonLayer, PathLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { RGBA } from '../view/drawModel';
import type { CountyColourFrame } from '../cartography/countyColourFrames';
import { CountyColourExtension } from './countyColourExtension';
import type { ProvinceLabel } from '../cartography/provinceLabels';
import { LABEL_FONT_FAMILY, OVERLAY_COLOURS } from '../cartography/baseStyle';

/** The prop that @deck.gl/maplibre reads in interleaved mode to place a layer in the style (not exported by the package). */
type InterleavedProps = { beforeId?: string };

export type CountyFeatures = FeatureCollection<Geometry, { index: number }>;
export type CountyFeature = Feature<Geometry, { index: number }>;

export const LAYER_IDS = {
  counties: 'counties',
  selectedCounty: 'selected-county',
  hoveredArea: 'hovered-area',
  over100YiPath: 'over100yi-path',
  over100YiCentres: 'over100yi-centres',
  over100YiYears: 'over100yi-years',
  provinceLabels: 'province-labels',
} as const;

const HOVER_HIGHLIGHT: RGBA = [255, 255, 255, 110];
const {
  selectedOutline: SELECTED_OUTLINE,
  over100YiPath: PATH_COLOUR,
  label: TEXT_COLOUR,
  labelHalo: TEXT_HALO,
} = OVERLAY_COLOURS;

/**
 * Distance-field glyphs so that the white halo can be drawn around names over any fill; rasterised
 * at 32 px (labels show at 11–12 px), which keeps building the glyph atlas quick at start-up.
 */
const LABEL_FONT_SETTINGS = { sdf: true, fontSize: 32, buffer: 4, radius: 8 };

const countyColourExtension = new CountyColourExtension();
/** deck.gl draws this constant; the extension replaces it with the county's colour in the shader. */
const COLOUR_FROM_EXTENSION: RGBA = [255, 255, 255, 255];

/**
 * The county polygons. Their fill comes from `colours` (one entry per feature, in data order)
 * through CountyColourExtension, so a year step never touches the polygons' vertex buffers.
 */
export function countyLayer(
  counties: CountyFeatures,
  colours: CountyColourFrame,
  options: { id?: string; highlightedIndex?: number | null; beforeId?: string } = {},
) {
  const { id = LAYER_IDS.counties, highlightedIndex = null, beforeId } = options;
  return new GeoJsonLayer<{ index: number }, InterleavedProps>({
    id,
    data: counties,
    beforeId,
    filled: true,
    // County borders are MapLibre's (see baseStyle): deck.gl's path layer over ~50,000 border
    // segments costs a second per frame under SwiftShader, MapLibre's tiled lines a fraction.
    stroked: false,
    getFillColor: COLOUR_FROM_EXTENSION,
    // Always pickable: the colour lookup reads the polygon's row from its picking colour, which
    // deck.gl leaves blank for layers that cannot be picked.
    pickable: true,
    // The hovered county is lit from MapView's own hover state, not deck.gl's autoHighlight,
    // which stays lit when the pointer leaves the map over a panel laid on it.
    highlightedObjectIndex: highlightedIndex ?? -1,
    highlightColor: HOVER_HIGHLIGHT,
    _subLayerProps: {
      'polygons-fill': { extensions: [countyColourExtension], countyColours: colours },
    },
  });
}

/** The outline of the selected place: a county, or a prefecture or province at those levels. */
export function selectedPlaceLayer(selected: Feature<Geometry, object>[]) {
  return new GeoJsonLayer<object>({
    id: LAYER_IDS.selectedCounty,
    data: selected,
    filled: false,
    stroked: true,
    getLineColor: SELECTED_OUTLINE,
    getLineWidth: 2.5,
    lineWidthUnits: 'pixels',
    lineJointRounded: true,
    visible: selected.length > 0,
  });
}

/**
 * The prefecture or province under the pointer, at those levels: there the county highlight
 * would mark a part of the place the tooltip describes, so the whole area is outlined instead.
 */
export function hoveredAreaLayer(hovered: Feature<Geometry, object>[]) {
  return new GeoJsonLayer<object>({
    id: LAYER_IDS.hoveredArea,
    data: hovered,
    filled: true,
    getFillColor: HOVER_HIGHLIGHT,
    stroked: true,
    getLineColor: SELECTED_OUTLINE,
    getLineWidth: 1.2,
    lineWidthUnits: 'pixels',
    lineJointRounded: true,
    visible: hovered.length > 0,
  });
}

export type PathPoint = { year: number; lng: number; lat: number };

const NO_PATH: readonly PathPoint[] = [];

/**
 * The points whose year is written: only the first and the latest, on either side of the path,
 * since the yearly centres lie close together.
 */
export function labelledPathPoints(points: readonly PathPoint[]): readonly PathPoint[] {
  return points.length > 1 ? [points[0] as PathPoint, points.at(-1) as PathPoint] : points;
}

/** The yearly centre of 百亿 belts as a path with a dot per year and its first and latest years written; hidden when null. */
export function over100YiPathLayers(path: readonly PathPoint[] | null) {
  const points = path ?? NO_PATH;
  const isVisible = path !== null && path.length > 0;
  const lastYear = points.at(-1)?.year;
  return [
    new PathLayer<readonly PathPoint[]>({
      id: LAYER_IDS.over100YiPath,
      data: [points],
      getPath: (line) => line.map((point): [number, number] => [point.lng, point.lat]),
      getColor: PATH_COLOUR,
      getWidth: 2,
      widthUnits: 'pixels',
      jointRounded: true,
      capRounded: true,
      visible: isVisible,
    }),
    new ScatterplotLayer<PathPoint>({
      id: LAYER_IDS.over100YiCentres,
      data: points,
      getPosition: (point) => [point.lng, point.lat],
      getRadius: (point) => (point.year === lastYear ? 6 : 3.5),
      radiusUnits: 'pixels',
      stroked: true,
      getFillColor: (point) => (point.year === lastYear ? PATH_COLOUR : [255, 255, 255, 255]),
      getLineColor: PATH_COLOUR,
      getLineWidth: 1.5,
      lineWidthUnits: 'pixels',
      updateTriggers: { getRadius: lastYear, getFillColor: lastYear },
      visible: isVisible,
    }),
    // A light box keeps the years legible over county borders and fills.
    new TextLayer<PathPoint>({
      id: LAYER_IDS.over100YiYears,
      data: labelledPathPoints(points),
      getPosition: (point) => [point.lng, point.lat],
      getText: (point) => String(point.year),
      characterSet: '0123456789',
      fontFamily: LABEL_FONT_FAMILY,
      fontSettings: LABEL_FONT_SETTINGS,
      getSize: 11,
      getColor: TEXT_COLOUR,
      background: true,
      getBackgroundColor: TEXT_HALO,
      backgroundPadding: [3, 1],
      backgroundBorderRadius: 3,
      getTextAnchor: (point) => (point.year === lastYear ? 'start' : 'end'),
      getAlignmentBaseline: 'center',
      getPixelOffset: (point) => (point.year === lastYear ? [9, 0] : [-10, 0]),
      updateTriggers: { getTextAnchor: lastYear, getPixelOffset: lastYear },
      visible: isVisible,
    }),
  ];
}

export function provinceLabelLayer(labels: ProvinceLabel[], characterSet: string[], lang: 'zh' | 'en') {
  return new TextLayer<ProvinceLabel>({
    id: LAYER_IDS.provinceLabels,
    data: labels,
    getPosition: (label) => label.position,
    getText: (label) => label[lang],
    characterSet,
    fontFamily: LABEL_FONT_FAMILY,
    fontWeight: 500,
    fontSettings: LABEL_FONT_SETTINGS,
    getSize: lang === 'zh' ? 12 : 11,
    getColor: TEXT_COLOUR,
    outlineWidth: 3,
    outlineColor: TEXT_HALO,
    updateTriggers: { getText: lang, getSize: lang },
  });
}
