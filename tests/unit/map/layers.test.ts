import { describe, expect, it } from 'vitest';
import type { TextLayer } from '@deck.gl/layers';
import type { Feature, Geometry } from 'geojson';
import { isSameLabelPlacement, labelGlyphs, LayerReuse, mapLayers, type MapLayersInput } from '../../../src/lib/map/layers';
import { nextColourFrame } from '../../../src/lib/cartography/countyColourFrames';
import { NO_PATH_MARKS, over100YiPathMarks } from '../../../src/lib/cartography/over100YiPath';
import type { ProvinceLabel } from '../../../src/lib/cartography/provinceLabels';

const square = (x: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, 0],
      [x + 1, 0],
      [x + 1, 1],
      [x, 1],
      [x, 0],
    ],
  ],
});
const counties: MapLayersInput['counties'] = {
  type: 'FeatureCollection',
  features: [0, 1].map((index) => ({ type: 'Feature', id: `33078${index}`, geometry: square(index), properties: { index } })),
};
const colours = { frame: nextColourFrame(null, Uint8Array.from([1, 2, 3, 255, 4, 5, 6, 255]), 400, 0) };
const zhejiang: ProvinceLabel = { code: '33', position: [120.1, 29.1], zh: '浙江', en: 'Zhejiang', minZoom: 3 };
const area: Feature<Geometry, object> = { type: 'Feature', geometry: square(0), properties: {} };
const centres = [
  { year: 2018, lng: 118, lat: 30 },
  { year: 2020, lng: 116, lat: 32 },
];

/** The first view: nothing hovered, selected or on the 百亿 path yet. */
const firstView: MapLayersInput = {
  counties,
  colours,
  beforeId: 'county-borders',
  litCountyIndex: null,
  hoveredArea: null,
  selectedPlace: null,
  labels: [zhejiang],
  labelCharacters: ['江', '浙'],
  lang: 'zh',
  pathMarks: null,
  theme: 'light',
  pixelRatio: 1,
};

const ids = (input: MapLayersInput) => mapLayers(input).layers.map((layer) => layer.id);
const byId = (input: MapLayersInput, id: string) => mapLayers(input).layers.find((layer) => layer.id === id)!;

describe('mapLayers', () => {
  it('draws only the counties and the province names in the first view', () => {
    expect(ids(firstView)).toEqual(['counties', 'province-labels']);
  });

  it('stacks every layer once needed: fill, hovered area, selection, names, then the 百亿 path on top', () => {
    const all = { ...firstView, hoveredArea: [], selectedPlace: [area], pathMarks: NO_PATH_MARKS };
    expect(ids(all)).toEqual(['counties', 'hovered-area', 'selected-county', 'province-labels', 'over100yi-path', 'over100yi-centres', 'over100yi-years']);
    expect(byId(all, 'hovered-area').props.visible).toBe(false);
    expect(byId(all, 'selected-county').props.visible).toBe(true);
  });

  it('hands the county fill its colour source and lights the hovered county', () => {
    const counties = mapLayers({ ...firstView, litCountyIndex: 1 }).counties;
    expect(counties.id).toBe('counties');
    expect(counties.props.highlightedObjectIndex).toBe(1);
    expect(counties.props._subLayerProps).toMatchObject({ 'polygons-fill': { countyColours: colours } });
    expect(mapLayers(firstView).counties.props.highlightedObjectIndex).toBe(-1);
  });

  it('writes the province names in the language shown', () => {
    expect(byId(firstView, 'province-labels').props).toMatchObject({ data: [zhejiang], getSize: 12 });
    expect(byId({ ...firstView, lang: 'en' }, 'province-labels').props).toMatchObject({ getSize: 11 });
  });

  it('draws the 百亿 path from its marks, hidden while it has no point', () => {
    const marks = over100YiPathMarks(centres, 2020);
    const shown = { ...firstView, pathMarks: marks };
    expect(byId(shown, 'over100yi-path').props).toMatchObject({ data: [marks.line], visible: true });
    expect(byId(shown, 'over100yi-centres').props).toMatchObject({ data: marks.dots, visible: true });
    expect(byId(shown, 'over100yi-years').props).toMatchObject({ data: marks.years, visible: true });
    expect(byId({ ...firstView, pathMarks: NO_PATH_MARKS }, 'over100yi-years').props.visible).toBe(false);
  });
});

describe('mapLayers with LayerReuse', () => {
  it('hands back every layer, the county fill too, when only the colours in its source change', () => {
    const reuse = new LayerReuse();
    const marks = over100YiPathMarks(centres, 2020);
    const source = { frame: colours.frame };
    const input = { ...firstView, colours: source, selectedPlace: [area], pathMarks: marks };
    const first = mapLayers(input, reuse).layers;
    source.frame = nextColourFrame(colours.frame, Uint8Array.from([9, 9, 9, 255, 8, 8, 8, 255]), 400, 0);
    const nextYear = mapLayers(input, reuse).layers;
    expect(nextYear.map((layer, i) => layer === first[i])).toEqual([true, true, true, true, true, true]);
  });

  it('tells a list with a new layer from one with the same layers, whatever the array', () => {
    const reuse = new LayerReuse();
    const first = mapLayers(firstView, reuse).layers;
    expect(reuse.isNewList(first)).toBe(true);
    expect(reuse.isNewList([...mapLayers(firstView, reuse).layers])).toBe(false);
    expect(reuse.isNewList(mapLayers({ ...firstView, lang: 'en' }, reuse).layers)).toBe(true);
    expect(reuse.isNewList(mapLayers({ ...firstView, lang: 'en' }, reuse).layers.slice(0, 1))).toBe(true);
  });

  it('builds the county fill again for another lit county', () => {
    const reuse = new LayerReuse();
    const first = mapLayers(firstView, reuse).layers;
    const lit = mapLayers({ ...firstView, litCountyIndex: 1 }, reuse).layers;
    expect(lit.map((layer, i) => layer === first[i])).toEqual([false, true]);
  });

  it('builds a layer again when one of its inputs changes: the language for the names, the theme for all', () => {
    const reuse = new LayerReuse();
    const labels = (input: MapLayersInput) => mapLayers(input, reuse).layers.find((layer) => layer.id === 'province-labels');
    const zh = labels(firstView);
    expect(labels(firstView)).toBe(zh);
    const en = labels({ ...firstView, lang: 'en' });
    expect(en).not.toBe(zh);
    expect(labels({ ...firstView, lang: 'en', theme: 'dark' })).not.toBe(en);
  });

  it('builds the names again for a screen of another pixel ratio, with glyphs rasterised for it', () => {
    const reuse = new LayerReuse();
    const labels = (input: MapLayersInput) => mapLayers(input, reuse).layers.find((layer) => layer.id === 'province-labels') as TextLayer;
    const onePixel = labels(firstView);
    const retina = labels({ ...firstView, pixelRatio: 2 });
    expect(retina).not.toBe(onePixel);
    expect(retina.props.fontSettings).toEqual({ sdf: true, fontSize: 24, buffer: 6, radius: 12 });
    expect(retina.props.outlineWidth).toBe(3);
  });
});

describe('labelGlyphs', () => {
  it("rasterises the names' glyphs at their size on screen: 12 px a device pixel, whole ratios, never under 1", () => {
    expect(labelGlyphs(1).fontSettings).toEqual({ sdf: true, fontSize: 12, buffer: 3, radius: 6 });
    expect(labelGlyphs(1.25).fontSettings.fontSize).toBe(12);
    expect(labelGlyphs(1.5).fontSettings.fontSize).toBe(24);
    expect(labelGlyphs(3).fontSettings.fontSize).toBe(36);
    expect(labelGlyphs(0.5).fontSettings.fontSize).toBe(12);
  });

  it("keeps the halo's width on screen: it grows with the glyphs (1.5 atlas pixels a device pixel)", () => {
    expect([1, 2, 3].map((ratio) => labelGlyphs(ratio).outlineWidth)).toEqual([1.5, 3, 4.5]);
  });

  it("names the 2D map's fonts, Latin first, so the interactive map's names look as the first paint's", () => {
    expect(labelGlyphs(1).fontFamily).toBe('system-ui, -apple-system, "Segoe UI", "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif');
  });
});

describe('isSameLabelPlacement', () => {
  const fujian: ProvinceLabel = { code: '35', position: [118.2, 26.1], zh: '福建', en: 'Fujian', minZoom: 3 };
  it('takes a name moved off its point, placed again at the same point as a new object, for the same placement', () => {
    const moved = { ...fujian, position: [118.2, 26.6] as [number, number] };
    expect(isSameLabelPlacement([zhejiang, moved], [zhejiang, { ...moved, position: [118.2, 26.6] }])).toBe(true);
  });
  it('tells a name moved elsewhere, a name left out and another name from the same placement', () => {
    expect(isSameLabelPlacement([zhejiang, fujian], [zhejiang, { ...fujian, position: [118.2, 26.6] }])).toBe(false);
    expect(isSameLabelPlacement([zhejiang, fujian], [zhejiang])).toBe(false);
    expect(isSameLabelPlacement([zhejiang], [fujian])).toBe(false);
  });
});
