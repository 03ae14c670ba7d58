/**
 * The deck.gl layers of the year grid: a plain base map drawn by deck.gl itself (neighbouring
 * land, China's land, province and national borders, the South China Sea lines, in the base
 * style's colours), one county layer per year (layers.countyLayer, each shown only in its own
 * map) and one per year's inset with the few counties it shows, and the hover and selection marks of the single map, drawn on every map.
 * The base layers are the same in every map, so they are uploaded once.
 */
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { AtlasGeometry } from '../domain/atlas';
import { BASE_COLOURS, BORDER_WIDTHS, borderWidthAt, OVERLAY_COLOURS } from '../cartography/baseStyle';
import { boundsIntersect, geometryBounds, SOUTH_CHINA_SEA_BOUNDS } from '../cartography/camera';
import type { CountyColourFrame } from '../cartography/countyColourFrames';
import type { Theme } from '../state/theme';
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

/** The base map's geometry, made once for the grid's life (layers keep their buffers while `data` keeps its identity). */
export interface GridBaseData {
  /** The counties that reach into the 南海诸岛 inset, with their index in the county table. */
  insetCounties: AtlasGeometry['counties'];
  insetIndices: number[];
  neighbours: AtlasGeometry['neighbours'];
  nation: AtlasGeometry['nation'];
  provinces: AtlasGeometry['provinces'];
  southChinaSeaLines: FeatureCollection<Geometry>;
}

export function gridBaseData(geometry: AtlasGeometry): GridBaseData {
  const insetFeatures = geometry.counties.features.filter((county) => {
    const bounds = geometryBounds(county.geometry);
    return bounds !== null && boundsIntersect(bounds, SOUTH_CHINA_SEA_BOUNDS);
  });
  return {
    insetCounties: { type: 'FeatureCollection', features: insetFeatures },
    insetIndices: insetFeatures.map((county) => county.properties.index),
    neighbours: geometry.neighbours,
    nation: geometry.nation,
    provinces: geometry.provinces,
    southChinaSeaLines: { type: 'FeatureCollection', features: geometry.boundaryLines.features.filter((line) => line.properties.kind === 'south-china-sea') },
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
    insetIndices.forEach((county, row) => picked.set(table.subarray(county * 4, county * 4 + 4), row * 4));
    return picked;
  };
  return { ...frame, from: pick(frame.from), to: pick(frame.to) };
}

function lines(id: string, data: FeatureCollection<Geometry>, colour: string, width: number) {
  return new GeoJsonLayer({ id, data, filled: false, stroked: true, getLineColor: rgbaOf(colour), getLineWidth: width, lineWidthUnits: 'pixels' });
}

/** All of the grid's layers, bottom to top. */
export function gridLayers(input: GridLayersInput) {
  const { base, zoom, theme } = input;
  const colours = BASE_COLOURS[theme];
  const overlay = OVERLAY_COLOURS[theme];
  const land = (id: string, data: FeatureCollection<Geometry>, colour: string) =>
    new GeoJsonLayer({ id, data, filled: true, stroked: false, getFillColor: rgbaOf(colour) });
  return [
    land('grid-neighbours', base.neighbours, colours.neighbourLand),
    land('grid-land', base.nation, colours.chinaLand),
    ...input.colours.map((frame, i) => countyLayer(input.counties, frame, { id: `grid-counties-${i}`, highlightedIndex: input.litCountyIndex, theme })),
    ...input.insetColours.map((frame, i) => {
      const lit = input.litCountyIndex === null ? -1 : base.insetIndices.indexOf(input.litCountyIndex);
      return countyLayer(base.insetCounties, frame, { id: `grid-inset-counties-${i}`, highlightedIndex: lit < 0 ? null : lit, theme });
    }),
    ...(input.hoveredArea ? [hoveredAreaLayer(input.hoveredArea, overlay)] : []),
    lines('grid-provinces', base.provinces, colours.provinceBorder, borderWidthAt(BORDER_WIDTHS.province, zoom)),
    lines('grid-nation', base.nation, colours.nationBorder, borderWidthAt(BORDER_WIDTHS.nation, zoom)),
    lines('grid-south-china-sea', base.southChinaSeaLines, colours.southChinaSeaLine, borderWidthAt(BORDER_WIDTHS.nation, zoom)),
    ...(input.selectedPlace ? [selectedPlaceLayer(input.selectedPlace, overlay)] : []),
  ];
}
