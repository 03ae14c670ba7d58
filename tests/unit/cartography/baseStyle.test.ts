import { describe, expect, it } from 'vitest';
import { BASE_COLOURS, baseColourPaints, BORDER_WIDTHS, borderWidthAt, buildBaseStyle, COUNTY_LAYER_BEFORE_ID } from '../../../src/lib/cartography/baseStyle';
import { THEMES } from '../../../src/lib/state/theme';
import type { AtlasGeometry } from '../../../src/lib/domain/atlas';

const empty = { type: 'FeatureCollection', features: [] } as const;
const geometry = {
  counties: empty,
  provinces: empty,
  prefectures: empty,
  nation: empty,
  boundaryLines: empty,
  neighbours: empty,
} as unknown as AtlasGeometry;

describe('buildBaseStyle', () => {
  const style = buildBaseStyle(geometry);

  it('needs nothing from the network: no glyphs, sprite, tiles or URLs', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:|"url"|"tiles"/);
    expect(Object.values(style.sources).every((source) => source.type === 'geojson')).toBe(true);
    expect(style.layers.some((layer) => layer.type === 'symbol')).toBe(false);
  });

  it('puts every border above the deck.gl county fill, and the fill above China\'s land', () => {
    const order = style.layers.map((layer) => layer.id);
    const fillSlot = order.indexOf(COUNTY_LAYER_BEFORE_ID); // deck.gl inserts the fill just before it
    expect(order.indexOf('china-land')).toBeLessThan(fillSlot);
    for (const border of ['county-borders', 'prefecture-borders', 'province-borders', 'nation-border']) {
      expect(order.indexOf(border)).toBeGreaterThanOrEqual(fillSlot);
    }
  });

  it('draws only the South China Sea dashes of the boundary lines', () => {
    const line = (kind: string, x: number) => ({ type: 'Feature', geometry: { type: 'LineString', coordinates: [[x, 0], [x, 1]] }, properties: { kind } });
    const lines = { type: 'FeatureCollection', features: [line('south-china-sea', 1), line('hk-macao', 2), line('south-china-sea', 3)] };
    const source = buildBaseStyle({ ...geometry, boundaryLines: lines } as unknown as AtlasGeometry).sources.base;
    const data = source && 'data' in source ? (source.data as { features: { geometry: { coordinates: number[][] }; properties: object }[] }) : null;
    expect(data?.features.map((feature) => [feature.geometry.coordinates[0]![0], feature.properties])).toEqual([
      [1, { basePart: 'southChinaSea' }],
      [3, { basePart: 'southChinaSea' }],
    ]);
    const dashes = style.layers.find((layer) => layer.id === 'south-china-sea-lines');
    expect(dashes && 'filter' in dashes ? dashes.filter : null).toEqual(['==', ['get', 'basePart'], 'southChinaSea']);
  });

  // One source for what every level shows: MapLibre draws its tiles' clipping masks once a frame, not once for each source a layer changes to.
  it('draws every part but the prefectures from one source, each layer the features of its own part in their order', () => {
    const feature = (x: number) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [x, 0] }, properties: { code: String(x) } });
    const collection = (...xs: number[]) => ({ type: 'FeatureCollection', features: xs.map(feature) });
    const parts = {
      neighbours: collection(1, 2),
      nation: collection(3),
      counties: collection(4, 5, 6),
      prefectures: collection(7),
      provinces: collection(8, 9),
      boundaryLines: empty,
    } as unknown as AtlasGeometry;
    const built = buildBaseStyle(parts);
    expect(Object.keys(built.sources)).toEqual(['base', 'prefectures']);
    const source = built.sources.base;
    const data = source && 'data' in source ? (source.data as unknown as { features: { geometry: { coordinates: number[] }; properties: { basePart: string } }[] }) : null;
    const xsOf = (part: string) => data?.features.filter((f) => f.properties.basePart === part).map((f) => f.geometry.coordinates[0]);
    expect([xsOf('neighbours'), xsOf('nation'), xsOf('counties'), xsOf('provinces')]).toEqual([[1, 2], [3], [4, 5, 6], [8, 9]]);
    expect(data?.features).toHaveLength(8);
    // The prefectures (their borders shown at the prefecture level only) keep their own source, tiled only when shown.
    const prefectures = built.sources.prefectures;
    expect(prefectures && 'data' in prefectures ? prefectures.data : null).toBe(parts.prefectures);
    const filters = Object.fromEntries(built.layers.filter((layer) => 'source' in layer && layer.source === 'base').map((layer) => [layer.id, 'filter' in layer ? layer.filter : null]));
    expect(filters).toEqual({
      'neighbours-land': ['==', ['get', 'basePart'], 'neighbours'],
      'neighbours-border': ['==', ['get', 'basePart'], 'neighbours'],
      'china-land': ['==', ['get', 'basePart'], 'nation'],
      'county-borders': ['==', ['get', 'basePart'], 'counties'],
      'province-borders': ['==', ['get', 'basePart'], 'provinces'],
      'nation-border': ['==', ['get', 'basePart'], 'nation'],
      'south-china-sea-lines': ['==', ['get', 'basePart'], 'southChinaSea'],
    });
  });
});

describe.each(THEMES)('the %s base style', (theme) => {
  // MapView restyles the map it built in one theme through baseColourPaints: it must reach every colour.
  it('has every colour baseColourPaints restyles, and no other', () => {
    const colours = buildBaseStyle(geometry, theme).layers.flatMap((layer) =>
      Object.entries(('paint' in layer ? layer.paint : undefined) ?? {})
        .filter(([property]) => property.endsWith('-color'))
        .map(([property, value]) => ({ layerId: layer.id, property, value })),
    );
    expect(colours).toEqual(baseColourPaints(theme));
  });
});

describe('the dark base map', () => {
  it('has a near-black sea, land a step above it, and borders lighter than the land', () => {
    expect(BASE_COLOURS.dark).toMatchObject({ sea: '#0f151b', chinaLand: '#22282f', provinceBorder: '#a9b1ba', nationBorder: '#d5dbe1' });
  });
});

describe('borderWidthAt', () => {
  it.each([
    [0, 0.7],
    [3, 0.7],
    [5.5, 1.15],
    [8, 1.6],
    [12, 1.6],
  ])('a province border at zoom %d is %d px wide, as the style interpolates it', (zoom, width) => {
    expect(borderWidthAt(BORDER_WIDTHS.province, zoom)).toBeCloseTo(width, 10);
  });
});
