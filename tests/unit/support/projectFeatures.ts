import type { FeatureCollection, Position } from 'geojson';
import { mercatorRawY, type MercatorShapes } from '../../../src/lib/cartography/mercatorShapes';

/**
 * GeoJSON features' positions projected one by one into MercatorShapes: what the shapes built from
 * the topology's arcs must equal (topojson-client's decode, as the interactive map and the exports
 * get them), and made-up counties for what reads MercatorShapes.
 */
export function projectFeatures({ features }: FeatureCollection): MercatorShapes {
  const coords: number[] = [];
  const ringStarts: number[] = [];
  const ringClosed: number[] = [];
  const shapeStarts: number[] = [];
  const bounds: number[] = [];
  for (const { geometry } of features) {
    shapeStarts.push(ringStarts.length);
    const lines: [Position[], boolean][] =
      geometry?.type === 'Polygon' ? geometry.coordinates.map((ring) => [ring, true])
      : geometry?.type === 'MultiPolygon' ? geometry.coordinates.flat().map((ring) => [ring, true])
      : geometry?.type === 'LineString' ? [[geometry.coordinates, false]]
      : geometry?.type === 'MultiLineString' ? geometry.coordinates.map((line) => [line, false])
      : [];
    const box = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [line, closed] of lines) {
      ringStarts.push(coords.length / 2);
      ringClosed.push(closed ? 1 : 0);
      for (const [lng, lat] of line) {
        coords.push(lng! * (Math.PI / 180), mercatorRawY(lat!));
        box.splice(0, 4, Math.min(box[0]!, lng!), Math.min(box[1]!, lat!), Math.max(box[2]!, lng!), Math.max(box[3]!, lat!));
      }
    }
    bounds.push(...(box[0]! <= box[2]! ? box : [NaN, NaN, NaN, NaN]));
  }
  shapeStarts.push(ringStarts.length);
  ringStarts.push(coords.length / 2);
  return {
    coords: Float64Array.from(coords),
    ringStarts: Uint32Array.from(ringStarts),
    ringClosed: Uint8Array.from(ringClosed),
    shapeStarts: Uint32Array.from(shapeStarts),
    bounds: Float64Array.from(bounds),
  };
}
