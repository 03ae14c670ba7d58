/**
 * The deck.gl layers of the year grid: one county layer per year (layers.countyLayer, each shown
 * only in its own map), one per year's inset with the few counties it shows, and the hovered
 * area's mark (prefecture and province levels), drawn on every map. The base map under and over
 * the counties is on 2D canvases (screenMap/gridBaseCanvases.ts): each deck.gl draw costs the main thread
 * its uniforms and bindings whatever it holds, and the base never changes with the year.
 */
import type { Feature, Geometry } from 'geojson';
import type { AtlasGeometry } from '../domain/atlas';
import { OVERLAY_COLOURS } from '../cartography/baseStyle';
import { boundsIntersect, geometryBounds, SOUTH_CHINA_SEA_BOUNDS } from '../cartography/camera';
import type { CountyColourFrame } from '../cartography/countyColourFrames';
import type { Theme } from '../state/theme';
import { countyLayer, hoveredAreaLayer } from './layers';

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

/** The counties that reach into the 南海诸岛 inset, with their index in the county table; made once for the grid's life. */
export interface GridInsetCounties {
  insetCounties: AtlasGeometry['counties'];
  insetIndices: number[];
}

export function gridInsetCounties(geometry: Pick<AtlasGeometry, 'counties'>): GridInsetCounties {
  const insetFeatures = geometry.counties.features.filter((county) => {
    const bounds = geometryBounds(county.geometry);
    return bounds !== null && boundsIntersect(bounds, SOUTH_CHINA_SEA_BOUNDS);
  });
  return {
    insetCounties: { type: 'FeatureCollection', features: insetFeatures },
    insetIndices: insetFeatures.map((county) => county.properties.index),
  };
}

export interface GridLayersInput {
  inset: GridInsetCounties;
  counties: AtlasGeometry['counties'];
  /** One colour frame per map, in the grid's order, and the same for the inset's counties (insetFrame). */
  colours: readonly CountyColourFrame[];
  insetColours: readonly CountyColourFrame[];
  litCountyIndex: number | null;
  hoveredArea: Feature<Geometry, object>[] | null;
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

/** All of the grid's layers, bottom to top. */
export function gridLayers(input: GridLayersInput) {
  const { inset, theme } = input;
  return [
    ...input.colours.map((frame, i) => countyLayer(input.counties, frame, { id: `grid-counties-${i}`, highlightedIndex: input.litCountyIndex, theme })),
    ...input.insetColours.map((frame, i) => {
      const lit = input.litCountyIndex === null ? -1 : inset.insetIndices.indexOf(input.litCountyIndex);
      return countyLayer(inset.insetCounties, frame, { id: `grid-inset-counties-${i}`, highlightedIndex: lit < 0 ? null : lit, theme });
    }),
    ...(input.hoveredArea ? [hoveredAreaLayer(input.hoveredArea, OVERLAY_COLOURS[theme])] : []),
  ];
}
