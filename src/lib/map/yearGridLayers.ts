/**
 * The deck.gl layers of the year grid: a plain base map drawn by deck.gl itself (neighbouring
 * land, China's land, province and national borders, the South China Sea lines, in the base
 * style's colours), one county layer per year (layers.countyLayer, each shown only in its own
 * map and inset), and the hover and selection marks of the single map, drawn on every map.
 * The base layers are the same in every map, so they are uploaded once.
 */
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { AtlasGeometry } from '../domain/atlas';
import { BASE_COLOURS, BORDER_WIDTHS, borderWidthAt } from '../cartography/baseStyle';
import type { CountyColourFrame } from '../cartography/countyColourFrames';
import { rgbaOf } from '../view/scales/countyFill';
import { countyLayer, hoveredAreaLayer, selectedPlaceLayer } from './layers';

const COUNTY_LAYER_PREFIX = 'grid-counties-';

/** The map (index into the grid's years) whose county layer `layerId` is, or null for a layer every map draws. */
export function gridMapOfLayer(layerId: string): number | null {
  const match = /^grid-counties-(\d+)/.exec(layerId);
  return match ? Number(match[1]) : null;
}

export function isGridCountyLayer(layerId: string): boolean {
  return gridMapOfLayer(layerId) !== null;
}

/** The base map's geometry, made once for the grid's life (layers keep their buffers while `data` keeps its identity). */
export interface GridBaseData {
  neighbours: AtlasGeometry['neighbours'];
  nation: AtlasGeometry['nation'];
  provinces: AtlasGeometry['provinces'];
  southChinaSeaLines: FeatureCollection<Geometry>;
}

export function gridBaseData(geometry: AtlasGeometry): GridBaseData {
  return {
    neighbours: geometry.neighbours,
    nation: geometry.nation,
    provinces: geometry.provinces,
    southChinaSeaLines: { type: 'FeatureCollection', features: geometry.boundaryLines.features.filter((line) => line.properties.kind === 'south-china-sea') },
  };
}

export interface GridLayersInput {
  base: GridBaseData;
  counties: AtlasGeometry['counties'];
  /** One colour frame per map, in the grid's order. */
  colours: readonly CountyColourFrame[];
  /** The zoom of the maps (all the same size), which border widths follow as on the single map. */
  zoom: number;
  litCountyIndex: number | null;
  hoveredArea: Feature<Geometry, object>[] | null;
  selectedPlace: Feature<Geometry, object>[] | null;
}

function lines(id: string, data: FeatureCollection<Geometry>, colour: string, width: number) {
  return new GeoJsonLayer({ id, data, filled: false, stroked: true, getLineColor: rgbaOf(colour), getLineWidth: width, lineWidthUnits: 'pixels' });
}

/** All of the grid's layers, bottom to top. */
export function gridLayers(input: GridLayersInput) {
  const { base, zoom } = input;
  const land = (id: string, data: FeatureCollection<Geometry>, colour: string) =>
    new GeoJsonLayer({ id, data, filled: true, stroked: false, getFillColor: rgbaOf(colour) });
  return [
    land('grid-neighbours', base.neighbours, BASE_COLOURS.neighbourLand),
    land('grid-land', base.nation, BASE_COLOURS.chinaLand),
    ...input.colours.map((frame, i) => countyLayer(input.counties, frame, { id: `${COUNTY_LAYER_PREFIX}${i}`, highlightedIndex: input.litCountyIndex })),
    ...(input.hoveredArea ? [hoveredAreaLayer(input.hoveredArea)] : []),
    lines('grid-provinces', base.provinces, BASE_COLOURS.provinceBorder, borderWidthAt(BORDER_WIDTHS.province, zoom)),
    lines('grid-nation', base.nation, BASE_COLOURS.nationBorder, borderWidthAt(BORDER_WIDTHS.nation, zoom)),
    lines('grid-south-china-sea', base.southChinaSeaLines, BASE_COLOURS.southChinaSeaLine, borderWidthAt(BORDER_WIDTHS.nation, zoom)),
    ...(input.selectedPlace ? [selectedPlaceLayer(input.selectedPlace)] : []),
  ];
}
