/**
 * The screen's 2D map as Path2Ds: the same map as the export's paths (cartography/mapProjection.ts:
 * the same projections, layers, selected place and inset counties), built straight from the
 * projected coordinates (cartography/mercatorShapes.ts), projected from the topology's arcs
 * (cartography/topologyShapes.ts: no GeoJSON before the first paint), with moveTo/lineTo. Nothing
 * is clipped but whole features out of view are left out: the canvas clips the rest.
 */
import type { ArcLayer, AtlasGeometry } from '../domain/atlas';
import type { Bounds } from '../cartography/camera';
import type { ExportCamera, InsetPaths, MapPlaces, Rect } from '../cartography/mapPaths';
import { cssColour, type CountyFill, type MapLayerPaths } from '../export/composition';
import { insetCountyIndexes, insetProjection, isSouthChinaSeaLine, mainProjection, selectedPlaceOf, zoomOf } from '../cartography/mapProjection';
import { frameBounds, mercatorFrame, shapeIntersects, type MercatorFrame, type MercatorShapes } from '../cartography/mercatorShapes';
import { layerShapes } from '../cartography/topologyShapes';

/** A path of the screen's map; null draws nothing. */
export type ShapePath = Path2D | null;

/**
 * Adds feature `shape`'s rings to `path`, placed by `frame`. `close` closes the polygons' rings:
 * Chromium's closePath costs time in proportion to the path's length (one path of all the
 * counties: 150 ms instead of 7), so a path of many features leaves it out. Their rings end on
 * their first vertex anyway: filled the same, stroked without the join at that one vertex.
 */
function addShape(path: Path2D, { coords, ringStarts, ringClosed, shapeStarts }: MercatorShapes, shape: number, { k, x0, y0 }: MercatorFrame, close: boolean): void {
  for (let ring = shapeStarts[shape]!; ring < shapeStarts[shape + 1]!; ring++) {
    const end = ringStarts[ring + 1]!;
    let vertex = ringStarts[ring]!;
    path.moveTo(x0 + k * coords[vertex * 2]!, y0 - k * coords[vertex * 2 + 1]!);
    for (vertex += 1; vertex < end; vertex++) path.lineTo(x0 + k * coords[vertex * 2]!, y0 - k * coords[vertex * 2 + 1]!);
    if (close && ringClosed[ring]) path.closePath();
  }
}

/** One feature's path, its rings closed, placed by `frame`. */
function featurePath(shapes: MercatorShapes, shape: number, frame: MercatorFrame): Path2D {
  const path = new Path2D();
  addShape(path, shapes, shape, frame, true);
  return path;
}

/** One feature's path, or null when it lies outside `view` (degrees). */
function shapePath(shapes: MercatorShapes, shape: number, frame: MercatorFrame, view: Bounds): ShapePath {
  return shapeIntersects(shapes, shape, view) ? featurePath(shapes, shape, frame) : null;
}

/**
 * Feature `index` of `layer` (the counties in county-table order) placed by `frame`, as the picture
 * draws it: the 2D map's pointer lights a county or outlines a prefecture or province with this.
 */
export function placePath(geometry: Pick<AtlasGeometry, 'arcs'>, layer: ArcLayer, index: number, frame: MercatorFrame): Path2D {
  return featurePath(layerShapes(geometry, layer), index, frame);
}

/** The features of a layer (those `include` keeps) in `view` as one path, or null when none is in view. */
function layerPath(shapes: MercatorShapes, frame: MercatorFrame, view: Bounds, include: (index: number) => boolean = () => true): ShapePath {
  let path: Path2D | null = null;
  for (let shape = 0; shape < shapes.shapeStarts.length - 1; shape++) {
    if (!include(shape) || !shapeIntersects(shapes, shape, view)) continue;
    path ??= new Path2D();
    addShape(path, shapes, shape, frame, false);
  }
  return path;
}

/** The South China Sea's dashes of the boundary lines. */
function southChinaSeaLines(geometry: AtlasGeometry, frame: MercatorFrame, view: Bounds): ShapePath {
  const lines = geometry.arcs.layers.boundaryLines;
  return layerPath(layerShapes(geometry, 'boundaryLines'), frame, view, (index) => isSouthChinaSeaLine(lines[index]!));
}

/** The screen's main map: its layers as Path2Ds, and the counties in view, drawn in the colours of the moment (countyLayer). */
export interface ScreenMapShapes extends MapLayerPaths<ShapePath> {
  /** Indexes (county-table order) of the counties that reach into the view. */
  countiesInView: number[];
  /** Where the counties' projected coordinates go on the canvas. */
  frame: MercatorFrame;
}

/** The main map's paths in `mapBox` seen by `camera` (or China fitted into the box): buildMainMapPaths's map as Path2Ds. */
export function buildMainMapShapes(
  geometry: AtlasGeometry,
  mapBox: Rect,
  camera: ExportCamera | null,
  places: MapPlaces = { level: 'county', selectedPlaceCode: null },
): ScreenMapShapes {
  const projection = mainProjection(mapBox, camera);
  const frame = mercatorFrame(projection);
  const view = frameBounds(frame, mapBox);
  const counties = layerShapes(geometry, 'counties');
  const countiesInView: number[] = [];
  for (let index = 0; index < geometry.arcs.layers.counties.length; index++) {
    if (shapeIntersects(counties, index, view)) countiesInView.push(index);
  }
  const selected = selectedPlaceOf(geometry, places);
  return {
    zoom: zoomOf(projection),
    level: places.level,
    countiesInView,
    frame,
    neighbours: layerPath(layerShapes(geometry, 'neighbours'), frame, view),
    nation: layerPath(layerShapes(geometry, 'nation'), frame, view),
    provinces: layerPath(layerShapes(geometry, 'provinces'), frame, view),
    prefectures: places.level === 'prefecture' ? layerPath(layerShapes(geometry, 'prefectures'), frame, view) : null,
    selectedPlace: selected ? shapePath(layerShapes(geometry, selected.layer), selected.index, frame, view) : null,
    southChinaSeaLines: southChinaSeaLines(geometry, frame, view),
  };
}

/** The key of an RGBA table entry; fully transparent (no fill, cssColour's null) is -1. */
function colourKey(colours: Uint8Array, index: number): number {
  const at = index * 4;
  return colours[at + 3] === 0 ? -1 : ((colours[at]! << 24) | (colours[at + 1]! << 16) | (colours[at + 2]! << 8) | colours[at + 3]!) >>> 0;
}

/**
 * The counties of `indexes` in one path per fill colour of `colours` (RGBA bytes per county,
 * countyFill.countyColours), and all their borders as one path, copied from those paths (the
 * counties without a fill are in no fill, but have their borders).
 */
export function countyLayer(geometry: AtlasGeometry, indexes: readonly number[], colours: Uint8Array, frame: MercatorFrame): { fills: CountyFill<Path2D>[]; borders: Path2D } {
  const shapes = layerShapes(geometry, 'counties');
  const byColour = new Map<number, { colour: string | null; d: Path2D }>();
  for (const index of indexes) {
    const key = colourKey(colours, index);
    let group = byColour.get(key);
    if (!group) {
      group = { colour: cssColour(colours, index), d: new Path2D() };
      byColour.set(key, group);
    }
    addShape(group.d, shapes, index, frame, false);
  }
  const fills: CountyFill<Path2D>[] = [];
  const borders = new Path2D();
  for (const { colour, d } of byColour.values()) {
    if (colour !== null) fills.push({ colour, d });
    borders.addPath(d);
  }
  return { fills, borders };
}

/** The 南海诸岛 inset's paths in `insetBox`: buildInsetPaths's inset as Path2Ds. */
export function buildInsetShapes(geometry: AtlasGeometry, insetBox: Rect): InsetPaths<ShapePath> {
  const frame = mercatorFrame(insetProjection(insetBox));
  const view = frameBounds(frame, insetBox);
  const counties = layerShapes(geometry, 'counties');
  return {
    counties: insetCountyIndexes(geometry).map((index) => ({ index, d: shapePath(counties, index, frame, view) })),
    neighbours: layerPath(layerShapes(geometry, 'neighbours'), frame, view),
    southChinaSeaLines: southChinaSeaLines(geometry, frame, view),
  };
}
