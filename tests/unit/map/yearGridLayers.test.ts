import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import type { AtlasGeometry } from '../../../src/lib/domain/atlas';
import { gridInsetCounties, gridViewOfLayer, insetFrame } from '../../../src/lib/map/yearGridLayers';

describe('gridInsetCounties', () => {
  const square = (x: number, y: number): Geometry => ({ type: 'Polygon', coordinates: [[[x, y], [x + 1, y], [x + 1, y + 1], [x, y]]] });
  const geometry = {
    // One county on Hainan (in the 南海诸岛 inset's extent), one in Beijing (not).
    counties: {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: square(110, 19), properties: { index: 0 } },
        { type: 'Feature', geometry: square(116, 39), properties: { index: 1 } },
      ],
    },
  } as unknown as Pick<AtlasGeometry, 'counties'>;

  it('keeps the counties that reach into the inset, with their index in the county table', () => {
    const inset = gridInsetCounties(geometry);
    expect(inset.insetIndices).toEqual([0]);
    expect(inset.insetCounties.features).toHaveLength(1);
  });
});

describe('gridViewOfLayer', () => {
  it.each([
    ['grid-counties-0', 'map-0'],
    ['grid-inset-counties-5', 'inset-5'],
    ['grid-counties-3-polygons-fill', 'map-3'],
    ['hovered-area', null],
  ])('draws %s in %s', (id, view) => {
    expect(gridViewOfLayer(id)).toBe(view);
  });
});

describe('insetFrame', () => {
  it("picks the inset's counties' colours, in their order there, keeping the fade", () => {
    const from = Uint8Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const to = Uint8Array.from([21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32]);
    const frame = insetFrame({ from, to, startMs: 10, durationMs: 400 }, [2, 0]);
    expect([...frame.from]).toEqual([9, 10, 11, 12, 1, 2, 3, 4]);
    expect([...frame.to]).toEqual([29, 30, 31, 32, 21, 22, 23, 24]);
    expect(frame).toMatchObject({ startMs: 10, durationMs: 400 });
  });
});
