import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { PlaceFeatures } from '../../../src/lib/map/placeFeatures';
import { PlaceHighlight } from '../../../src/lib/map/placeHighlight';

const point = (x: number): Geometry => ({ type: 'Point', coordinates: [x, 0] });
const collection = <P>(items: [string, P][]) => ({
  type: 'FeatureCollection' as const,
  features: items.map(([id, properties], i) => ({ type: 'Feature' as const, id, geometry: point(i), properties })),
});
// 义乌 and 东阳 in 金华 (浙江), 城中区 in 柳州 (广西).
const places = new PlaceFeatures({
  geometry: {
    counties: collection([
      ['330782', { index: 0 }],
      ['330783', { index: 1 }],
      ['450202', { index: 2 }],
    ]),
    prefectures: collection([
      ['3307', { code: '3307' }],
      ['4502', { code: '4502' }],
    ]),
    provinces: collection([
      ['33', { code: '33' }],
      ['45', { code: '45' }],
    ]),
  },
  counties: { prefectures: ['3307', '3307', '4502'], provinces: ['33', '33', '45'] },
  countyIndexByCode: new Map([
    ['330782', 0],
    ['330783', 1],
    ['450202', 2],
  ]),
} as unknown as ConstructorParameters<typeof PlaceFeatures>[0]);

const codesOf = (features: { id?: unknown; properties: unknown }[] | null) =>
  features?.map((f) => (f.id as string | undefined) ?? (f.properties as { code: string }).code) ?? null;

describe('PlaceHighlight', () => {
  it('at the county level lights the hovered county and asks for a redraw only when it changes', () => {
    const highlight = new PlaceHighlight(places);
    highlight.show('county', null);
    expect(highlight.hover(0)).toBe(true);
    expect(highlight.hover(0)).toBe(false);
    expect(highlight.marks()).toEqual({ litCountyIndex: 0, hoveredArea: null, selectedPlace: null });
    expect(highlight.hover(null)).toBe(true);
    expect(highlight.marks().litCountyIndex).toBeNull();
  });

  it('at the prefecture level outlines the area: moving within it redraws nothing', () => {
    const highlight = new PlaceHighlight(places);
    highlight.show('prefecture', null);
    expect(highlight.hover(0)).toBe(true);
    expect(highlight.hover(1)).toBe(false);
    expect(highlight.marks().litCountyIndex).toBeNull();
    expect(codesOf(highlight.marks().hoveredArea)).toEqual(['3307']);
    expect(highlight.hover(2)).toBe(true);
    expect(codesOf(highlight.marks().hoveredArea)).toEqual(['4502']);
    // Back at counties the outline is dropped, its layer kept (hidden).
    highlight.show('county', null);
    expect(highlight.marks().hoveredArea).toEqual([]);
  });

  it("gives the hovered area by its code without its feature, found only when the marks are asked for (the 2D picture draws from the code)", () => {
    let areaLayersRead = 0;
    const geometry = {
      counties: collection([['330782', { index: 0 }]]),
      get prefectures() {
        areaLayersRead += 1;
        return collection([['3307', { code: '3307' }]]);
      },
      get provinces() {
        areaLayersRead += 1;
        return collection([['33', { code: '33' }]]);
      },
    };
    const highlight = new PlaceHighlight(
      new PlaceFeatures({
        geometry,
        counties: { prefectures: ['3307'], provinces: ['33'] },
        countyIndexByCode: new Map([['330782', 0]]),
      } as unknown as ConstructorParameters<typeof PlaceFeatures>[0]),
    );
    highlight.show('prefecture', null);
    expect(highlight.hover(0)).toBe(true);
    expect([highlight.litCountyIndex, highlight.hoveredAreaCode]).toEqual([null, '3307']);
    expect(areaLayersRead).toBe(0);
    const first = highlight.marks().hoveredArea;
    expect(codesOf(first)).toEqual(['3307']);
    expect(areaLayersRead).toBe(2);
    // The same list each time: the layer's data does not change while the pointer stays in the area.
    expect(highlight.marks().hoveredArea).toBe(first);
  });

  it('outlines the selected place of any level, its layer kept once needed', () => {
    const highlight = new PlaceHighlight(places);
    highlight.show('province', '45');
    expect(codesOf(highlight.marks().selectedPlace)).toEqual(['45']);
    highlight.show('county', '330783');
    expect(codesOf(highlight.marks().selectedPlace)).toEqual(['330783']);
    highlight.show('county', null);
    expect(highlight.marks().selectedPlace).toEqual([]);
  });
});

describe('PlaceFeatures', () => {
  it("reads a layer of the geometry (which decodes its GeoJSON on first use) only when one of its places is asked for", () => {
    const read: string[] = [];
    const layer = (name: string, items: [string, object][]) => {
      const features = collection(items);
      return () => {
        read.push(name);
        return features;
      };
    };
    const counties = layer('counties', [['330782', { index: 0 }]]);
    const prefectures = layer('prefectures', [['3307', { code: '3307' }]]);
    const provinces = layer('provinces', [['33', { code: '33' }]]);
    const lazy = new PlaceFeatures({
      geometry: {
        get counties() {
          return counties();
        },
        get prefectures() {
          return prefectures();
        },
        get provinces() {
          return provinces();
        },
      },
      counties: { prefectures: ['3307'], provinces: ['33'] },
      countyIndexByCode: new Map([['330782', 0]]),
    } as unknown as ConstructorParameters<typeof PlaceFeatures>[0]);
    expect(lazy.areaCodeOf('province', 0)).toBe('33');
    expect(read).toEqual([]);
    expect(lazy.featureOf('330782')?.id).toBe('330782');
    expect(read).toEqual(['counties']);
    expect(lazy.featureOf('3307')?.properties).toEqual({ code: '3307' });
    expect(lazy.featureOf('33')?.properties).toEqual({ code: '33' });
    expect(read).toEqual(['counties', 'prefectures', 'provinces']);
  });
});
