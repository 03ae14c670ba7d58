/**
 * The deck.gl layers of the year grid: a plain base map drawn by deck.gl itself (neighbouring
 * land, China's land, province and national borders, the South China Sea lines, in the base
 * style's colours), one county layer per year (layers.countyLayer, each shown only in its own
 * map) and one per year's inset with the few counties it shows, and the hover and selection marks of the single map, drawn on every map.
 * The base layers are the same in every map, so they are uploaded once.
 *
 * Every layer is drawn once in each of the grid's views (a map and an inset per year), and each
 * draw costs the main thread its uniforms and state whatever it holds: the base map is therefore
 * two layers, not five — the land as one fill (neighbours, then China) and every border as one
 * set of lines (provinces, then the nation, then the South China Sea lines), each feature
 * coloured by its kind. Drawn in that order in one layer, they look as the five layers did.
 */
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection, Geometry, MultiLineString, Position } from 'geojson';
import type { AtlasGeometry } from '../domain/atlas';
import { BASE_COLOURS, BORDER_WIDTHS, borderWidthAt, OVERLAY_COLOURS } from '../cartography/baseStyle';
import { boundsIntersect, geometryBounds, SOUTH_CHINA_SEA_BOUNDS } from '../cartography/camera';
import type { CountyColourFrame } from '../cartography/countyColourFrames';
import type { Theme } from '../state/theme';
import type { RGBA } from '../view/drawModel';
import { rgbaOf } from '../view/scales/countyFill';
import { countyLayer, hoveredAreaLayer, selectedPlaceLayer } from './layers';

/**
 * The view a county layer is drawn in ('map-2' or 'inset-2': the third map or its inset), or null
 * for a layer every view draws. Each map's inset draws only the counties that reach into it (as
 * the export's inset does), so a frame draws all counties once per map, not twice.
 */
export function gridViewOfLayer(layerId: string): string | null {
  const match = /^grid-(inset-)?counties-(\d+)/.exec(layerId);
  if (!match) return null;
  return `${match[1] ? 'inset' : 'map'}-${match[2]}`;
}

export function isGridCountyLayer(layerId: string): boolean {
  return gridViewOfLayer(layerId) !== null;
}

/** What a feature of the grid's base map is, which gives its colour (and a border its width). */
export type GridGroundKind = 'neighbourLand' | 'chinaLand';
export type GridBorderKind = 'province' | 'nation' | 'southChinaSea';

/** The base map's geometry, made once for the grid's life (layers keep their buffers while `data` keeps its identity). */
export interface GridBaseData {
  /** The counties that reach into the 南海诸岛 inset, with their index in the county table. */
  insetCounties: AtlasGeometry['counties'];
  insetIndices: number[];
  /** Neighbouring land, then China's land, in drawing order. */
  land: FeatureCollection<Geometry, { kind: GridGroundKind }>;
  /** Province borders, then the national border, then the South China Sea lines, in drawing order. */
  borders: FeatureCollection<MultiLineString, { kind: GridBorderKind }>;
}

/**
 * A shape's outline as lines: each ring of a polygon, in order, as deck.gl strokes a polygon (an
 * open path per ring, ending on its first vertex); lines stay as they are; points have none.
 */
export function outlineOf(geometry: Geometry): Position[][] {
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiLineString':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
    case 'LineString':
      return [geometry.coordinates];
    case 'GeometryCollection':
      return geometry.geometries.flatMap(outlineOf);
    default:
      return [];
  }
}

function withKind<K>(features: readonly Feature<Geometry, unknown>[], kind: K): Feature<Geometry, { kind: K }>[] {
  return features.map((feature) => ({ type: 'Feature', geometry: feature.geometry, properties: { kind } }));
}

function outlinesWithKind<K>(features: readonly Feature<Geometry, unknown>[], kind: K): Feature<MultiLineString, { kind: K }>[] {
  return features.map((feature) => ({ type: 'Feature', geometry: { type: 'MultiLineString', coordinates: outlineOf(feature.geometry) }, properties: { kind } }));
}

export function gridBaseData(geometry: AtlasGeometry): GridBaseData {
  const insetFeatures = geometry.counties.features.filter((county) => {
    const bounds = geometryBounds(county.geometry);
    return bounds !== null && boundsIntersect(bounds, SOUTH_CHINA_SEA_BOUNDS);
  });
  const southChinaSeaLines = geometry.boundaryLines.features.filter((line) => line.properties.kind === 'south-china-sea');
  return {
    insetCounties: { type: 'FeatureCollection', features: insetFeatures },
    insetIndices: insetFeatures.map((county) => county.properties.index),
    land: { type: 'FeatureCollection', features: [...withKind(geometry.neighbours.features, 'neighbourLand' as const), ...withKind(geometry.nation.features, 'chinaLand' as const)] },
    borders: {
      type: 'FeatureCollection',
      features: [
        ...outlinesWithKind(geometry.provinces.features, 'province' as const),
        ...outlinesWithKind(geometry.nation.features, 'nation' as const),
        ...outlinesWithKind(southChinaSeaLines, 'southChinaSea' as const),
      ],
    },
  };
}

export interface GridLayersInput {
  base: GridBaseData;
  counties: AtlasGeometry['counties'];
  /** One colour frame per map, in the grid's order, and the same for the inset's counties (insetFrame). */
  colours: readonly CountyColourFrame[];
  insetColours: readonly CountyColourFrame[];
  /** The zoom of the maps (all the same size), which border widths follow as on the single map. */
  zoom: number;
  litCountyIndex: number | null;
  hoveredArea: Feature<Geometry, object>[] | null;
  selectedPlace: Feature<Geometry, object>[] | null;
  theme: Theme;
}

/** The colours of the inset's counties (in their order there) out of a frame of every county's. */
export function insetFrame(frame: CountyColourFrame, insetIndices: readonly number[]): CountyColourFrame {
  const pick = (table: Uint8Array) => {
    const picked = new Uint8Array(insetIndices.length * 4);
    insetIndices.forEach((county, row) => {
      for (let channel = 0; channel < 4; channel++) picked[row * 4 + channel] = table[county * 4 + channel] as number;
    });
    return picked;
  };
  return { ...frame, from: pick(frame.from), to: pick(frame.to) };
}

/** The colour of each kind of base-map feature in a theme, and each border's width at `zoom`. */
export function gridBaseStyle(theme: Theme, zoom: number) {
  const colours = BASE_COLOURS[theme];
  const ground: Record<GridGroundKind, RGBA> = { neighbourLand: rgbaOf(colours.neighbourLand), chinaLand: rgbaOf(colours.chinaLand) };
  const border: Record<GridBorderKind, { colour: RGBA; width: number }> = {
    province: { colour: rgbaOf(colours.provinceBorder), width: borderWidthAt(BORDER_WIDTHS.province, zoom) },
    nation: { colour: rgbaOf(colours.nationBorder), width: borderWidthAt(BORDER_WIDTHS.nation, zoom) },
    southChinaSea: { colour: rgbaOf(colours.southChinaSeaLine), width: borderWidthAt(BORDER_WIDTHS.nation, zoom) },
  };
  return { ground, border };
}

/** All of the grid's layers, bottom to top. */
export function gridLayers(input: GridLayersInput) {
  const { base, zoom, theme } = input;
  const overlay = OVERLAY_COLOURS[theme];
  const style = gridBaseStyle(theme, zoom);
  return [
    new GeoJsonLayer<{ kind: GridGroundKind }>({
      id: 'grid-land',
      data: base.land,
      filled: true,
      stroked: false,
      getFillColor: (feature) => style.ground[feature.properties.kind],
      updateTriggers: { getFillColor: theme },
    }),
    ...input.colours.map((frame, i) => countyLayer(input.counties, frame, { id: `grid-counties-${i}`, highlightedIndex: input.litCountyIndex, theme })),
    ...input.insetColours.map((frame, i) => {
      const lit = input.litCountyIndex === null ? -1 : base.insetIndices.indexOf(input.litCountyIndex);
      return countyLayer(base.insetCounties, frame, { id: `grid-inset-counties-${i}`, highlightedIndex: lit < 0 ? null : lit, theme });
    }),
    ...(input.hoveredArea ? [hoveredAreaLayer(input.hoveredArea, overlay)] : []),
    new GeoJsonLayer<{ kind: GridBorderKind }>({
      id: 'grid-borders',
      data: base.borders,
      filled: false,
      stroked: true,
      getLineColor: (feature) => style.border[feature.properties.kind].colour,
      getLineWidth: (feature) => style.border[feature.properties.kind].width,
      lineWidthUnits: 'pixels',
      updateTriggers: { getLineColor: theme, getLineWidth: zoom },
    }),
    ...(input.selectedPlace ? [selectedPlaceLayer(input.selectedPlace, overlay)] : []),
  ];
}
