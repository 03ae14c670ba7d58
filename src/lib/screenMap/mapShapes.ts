/**
 * The screen's 2D map as Path2Ds: the same map as the export's paths (cartography/mapProjection.ts:
 * the same projections, layers, selected place and inset counties), built straight from the
 * projected coordinates (cartography/mercatorShapes.ts) with moveTo/lineTo. Nothing is clipped
 * but whole features out of view are left out: the canvas clips the rest.
 */
import type { AtlasGeometry } from '../domain/atlas';
import type { FeatureCollection } from 'geojson';
import type { Bounds } from '../cartography/camera';
import type { ExportCamera, InsetPaths, MainMapPaths, MapPlaces, Rect } from '../cartography/mapPaths';
import { insetCountyIndexes, insetProjection, isSouthChinaSeaLine, mainProjection, selectedPlaceOf, zoomOf } from '../cartography/mapProjection';
import { frameBounds, mercatorFrame, mercatorShapes, shapeIntersects, type MercatorFrame, type MercatorShapes } from '../cartography/mercatorShapes';

/** A path of the screen's map; null draws nothing. */
export type ShapePath = Path2D | null;

/** Adds feature `shape`'s rings to `path`, placed by `frame`. */
function addShape(path: Path2D, { coords, ringStarts, ringClosed, shapeStarts }: MercatorShapes, shape: number, { k, x0, y0 }: MercatorFrame): void {
  for (let ring = shapeStarts[shape]!; ring < shapeStarts[shape + 1]!; ring++) {
    const end = ringStarts[ring + 1]!;
    let vertex = ringStarts[ring]!;
    path.moveTo(x0 + k * coords[vertex * 2]!, y0 - k * coords[vertex * 2 + 1]!);
    for (vertex += 1; vertex < end; vertex++) path.lineTo(x0 + k * coords[vertex * 2]!, y0 - k * coords[vertex * 2 + 1]!);
    if (ringClosed[ring]) path.closePath();
  }
}

/** One feature's path, or null when it lies outside `view` (degrees). */
function shapePath(shapes: MercatorShapes, shape: number, frame: MercatorFrame, view: Bounds): ShapePath {
  if (!shapeIntersects(shapes, shape, view)) return null;
  const path = new Path2D();
  addShape(path, shapes, shape, frame);
  return path;
}

/** The features of `collection` (those `include` keeps) in `view` as one path, or null when none is in view. */
function layerPath(collection: FeatureCollection, frame: MercatorFrame, view: Bounds, include: (index: number) => boolean = () => true): ShapePath {
  const shapes = mercatorShapes(collection);
  let path: Path2D | null = null;
  for (let shape = 0; shape < collection.features.length; shape++) {
    if (!include(shape) || !shapeIntersects(shapes, shape, view)) continue;
    path ??= new Path2D();
    addShape(path, shapes, shape, frame);
  }
  return path;
}

/** The South China Sea's dashes of the boundary lines. */
function southChinaSeaLines(geometry: AtlasGeometry, frame: MercatorFrame, view: Bounds): ShapePath {
  const lines = geometry.boundaryLines.features;
  return layerPath(geometry.boundaryLines, frame, view, (index) => isSouthChinaSeaLine(lines[index]!));
}

/** The main map's paths in `mapBox` seen by `camera` (or China fitted into the box): buildMainMapPaths's map as Path2Ds. */
export function buildMainMapShapes(
  geometry: AtlasGeometry,
  mapBox: Rect,
  camera: ExportCamera | null,
  places: MapPlaces = { level: 'county', selectedPlaceCode: null },
): MainMapPaths<ShapePath> {
  const projection = mainProjection(mapBox, camera);
  const frame = mercatorFrame(projection);
  const view = frameBounds(frame, mapBox);
  const counties = mercatorShapes(geometry.counties);
  const selected = selectedPlaceOf(geometry, places);
  return {
    zoom: zoomOf(projection),
    level: places.level,
    codes: geometry.counties.features.map((county) => String(county.id)),
    counties: geometry.counties.features.map((_, index) => shapePath(counties, index, frame, view)),
    neighbours: layerPath(geometry.neighbours, frame, view),
    nation: layerPath(geometry.nation, frame, view),
    provinces: layerPath(geometry.provinces, frame, view),
    prefectures: places.level === 'prefecture' ? layerPath(geometry.prefectures, frame, view) : null,
    selectedPlace: selected ? shapePath(mercatorShapes(selected.collection), selected.index, frame, view) : null,
    southChinaSeaLines: southChinaSeaLines(geometry, frame, view),
  };
}

/** The 南海诸岛 inset's paths in `insetBox`: buildInsetPaths's inset as Path2Ds. */
export function buildInsetShapes(geometry: AtlasGeometry, insetBox: Rect): InsetPaths<ShapePath> {
  const frame = mercatorFrame(insetProjection(insetBox));
  const view = frameBounds(frame, insetBox);
  const counties = mercatorShapes(geometry.counties);
  return {
    counties: insetCountyIndexes(geometry).map((index) => ({ index, d: shapePath(counties, index, frame, view) })),
    neighbours: layerPath(geometry.neighbours, frame, view),
    southChinaSeaLines: southChinaSeaLines(geometry, frame, view),
  };
}
