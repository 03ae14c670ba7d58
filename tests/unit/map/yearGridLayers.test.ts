import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import type { AtlasGeometry } from '../../../src/lib/domain/atlas';
import { gridBaseData, gridBaseStyle, outlineOf } from '../../../src/lib/map/yearGridLayers';

describe('outlineOf', () => {
  const ring = [[0, 0], [1, 0], [1, 1], [0, 0]];
  const hole = [[0.2, 0.2], [0.4, 0.2], [0.4, 0.4], [0.2, 0.2]];

  it("gives a polygon's rings as lines, the outer ring first, each ending on its first vertex", () => {
    expect(outlineOf({ type: 'Polygon', coordinates: [ring, hole] })).toEqual([ring, hole]);
  });

  it("gives every ring of every part of a multipolygon, in order", () => {
    const other = [[5, 5], [6, 5], [6, 6], [5, 5]];
    expect(outlineOf({ type: 'MultiPolygon', coordinates: [[ring, hole], [other]] })).toEqual([ring, hole, other]);
  });

  it('keeps lines as they are, and gives points no outline', () => {
    expect(outlineOf({ type: 'LineString', coordinates: [[0, 0], [2, 3]] })).toEqual([[[0, 0], [2, 3]]]);
    expect(outlineOf({ type: 'MultiLineString', coordinates: [[[0, 0], [2, 3]], [[4, 4], [5, 5]]] })).toEqual([[[0, 0], [2, 3]], [[4, 4], [5, 5]]]);
    expect(outlineOf({ type: 'Point', coordinates: [1, 1] })).toEqual([]);
    const collection: Geometry = { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 1] }, { type: 'Polygon', coordinates: [ring] }] };
    expect(outlineOf(collection)).toEqual([ring]);
  });
});

describe('gridBaseStyle', () => {
  it("colours the land and borders in the theme's base colours, the borders as wide as the single map's at that zoom", () => {
    const { ground, border } = gridBaseStyle('light', 3);
    expect(ground).toEqual({ neighbourLand: [243, 241, 237, 255], chinaLand: [251, 250, 248, 255] });
    expect(border.province).toEqual({ colour: [85, 89, 94, 255], width: 0.7 });
    // At zoom 3 the widths are the national ends of BORDER_WIDTHS; the South China Sea lines are as wide as the national border.
    expect(border.nation).toEqual({ colour: [43, 46, 51, 255], width: 1.2 });
    expect(border.southChinaSea).toEqual({ colour: [43, 46, 51, 255], width: 1.2 });
    expect(gridBaseStyle('dark', 3).ground.chinaLand).toEqual([34, 40, 47, 255]);
  });
});

describe('gridBaseData', () => {
  const square = (x: number, y: number): Geometry => ({ type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y]]] });
  const collection = <P>(features: { geometry: Geometry; properties: P }[]) => ({ type: 'FeatureCollection' as const, features: features.map((f) => ({ type: 'Feature' as const, ...f })) });
  const geometry = {
    // One county on Hainan (in the 南海诸岛 inset's extent), one in Beijing (not).
    counties: collection([{ geometry: square(110, 19), properties: { index: 0 } }, { geometry: square(116, 39), properties: { index: 1 } }]),
    neighbours: collection([{ geometry: square(100, 10), properties: { name: 'a' } }]),
    nation: collection([{ geometry: square(80, 20), properties: {} }]),
    provinces: collection([{ geometry: square(110, 30), properties: { code: '42' } }, { geometry: square(112, 30), properties: { code: '43' } }]),
    boundaryLines: collection([
      { geometry: { type: 'LineString', coordinates: [[114, 10], [115, 9]] }, properties: { kind: 'south-china-sea' } },
      { geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] }, properties: { kind: 'other' } },
    ]),
  } as unknown as AtlasGeometry;

  it('lays the land out neighbours first, then China, each with its kind', () => {
    expect(gridBaseData(geometry).land.features.map((f) => f.properties.kind)).toEqual(['neighbourLand', 'chinaLand']);
  });

  it('lays the borders out as lines: provinces, then the nation, then the South China Sea lines (no other boundary line)', () => {
    const { borders } = gridBaseData(geometry);
    expect(borders.features.map((f) => f.properties.kind)).toEqual(['province', 'province', 'nation', 'southChinaSea']);
    expect(borders.features[2]!.geometry).toEqual({ type: 'MultiLineString', coordinates: [[[80, 20], [81, 20], [81, 21], [80, 20]]] });
  });

  it('keeps the counties that reach into the inset, with their index in the county table', () => {
    expect(gridBaseData(geometry).insetIndices).toEqual([0]);
  });
});
