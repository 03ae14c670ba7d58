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
    const dashes = style.layers.find((layer) => layer.id === 'south-china-sea-lines');
    expect(dashes && 'filter' in dashes ? dashes.filter : null).toEqual(['==', ['get', 'kind'], 'south-china-sea']);
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
