import { describe, expect, it } from 'vitest';
import { BELT_VIEW } from '../support/beltView';
import { decodeAtlasGeometry, decodeMetrics } from '../../../src/lib/data/decode';
import { GraphicFrames, type ExportView } from '../../../src/lib/export/graphicFrames';
import type { SceneItem } from '../../../src/lib/export/scene';
import type { PlaceLevel } from '../../../src/lib/domain/areas';
import { buildCompareScale } from '../../../src/lib/view/compare/compareScale';
import { buildLayerScale } from '../../../src/lib/view/scales/layerScale';
import { makeCountyTable, makeMetrics, makeTopology, YEARS } from '../fixtures/geodata';
import { mainlandRegions } from '../support/mainlandRegions';

const counties = makeCountyTable();
const metrics = decodeMetrics(makeMetrics(), YEARS, counties.codes.length);
const view: ExportView = {
  geometry: decodeAtlasGeometry(makeTopology(), counties),
  meta: { title: { zh: '示意', en: 'Illustrative' }, isIllustrative: true, categories: [] },
  dataset: BELT_VIEW,
  layer: 'sales',
  category: 'all',
  years: YEARS,
  scale: buildLayerScale('sales', metrics, BELT_VIEW, mainlandRegions(metrics)),
  compareFrom: null,
  lang: 'en',
  camera: { lng: 1, lat: 0.5, zoom: 8, viewportWidth: 540, viewportHeight: 540 },
  level: 'county',
  selectedPlaceCode: null,
  provinces: counties.provinceTable,
  spreadCentres: [
    { year: 2023, lng: 0.8, lat: 0.5, weight: 1 },
    { year: 2024, lng: 1.4, lat: 0.6, weight: 2 },
  ],
  theme: 'light',
};

const flat = (items: readonly SceneItem[]): SceneItem[] => items.flatMap((i) => (i.kind === 'group' ? flat(i.items) : [i]));
const texts = (scene: SceneItem[]) => flat(scene).flatMap((i) => (i.kind === 'text' ? [i.text] : []));
const countyFills = (scene: SceneItem[]) => flat(scene).flatMap((i) => (i.kind === 'path' && i.code ? [i.fill] : []));

describe('GraphicFrames', () => {
  const frames = new GraphicFrames(view, 540, 540, [0, 1]);

  it('shows each frame its own year in the stamp and the subtitle', () => {
    expect(texts(frames.scene(0))).toEqual(expect.arrayContaining(['2023', 'Sales · All categories · 2023']));
    expect(texts(frames.scene(1))).toEqual(expect.arrayContaining(['2024', 'Sales · All categories · 2024']));
    expect(texts(frames.scene(1))).not.toContain('2023');
  });

  it('fades the county colours from the year before: from its colours at 0, its own at 1, between them in between', () => {
    const before = countyFills(frames.scene(0));
    const after = countyFills(frames.scene(1, 1));
    expect(countyFills(frames.scene(1, 0))).toEqual(before);
    expect(after).not.toEqual(before);
    const halfway = countyFills(frames.scene(1, 0.5));
    expect(halfway.some((fill, i) => fill !== before[i] && fill !== after[i])).toBe(true);
  });

  it('is deterministic: the same frame twice is the same scene', () => {
    expect(frames.scene(1, 0.25)).toEqual(new GraphicFrames(view, 540, 540, [0, 1]).scene(1, 0.25));
  });

  it('draws the 百亿 centre path up to the year shown on the spread layer only, labelling its first and latest years', () => {
    const spread = new GraphicFrames({ ...view, layer: 'spread', scale: buildLayerScale('spread', metrics, BELT_VIEW, mainlandRegions(metrics)) }, 540, 540, [0, 1]);
    const dots = (scene: SceneItem[]) => flat(scene).filter((i) => i.kind === 'path' && /a[\d.]+,[\d.]+ 0 1,0/.test(i.d));
    expect(dots(spread.scene(0))).toHaveLength(1);
    expect(dots(spread.scene(1))).toHaveLength(2);
    const mapLabels = (scene: SceneItem[]) => flat(scene).flatMap((i) => (i.kind === 'text' && i.halo ? [i.text] : []));
    expect(mapLabels(spread.scene(0))).toEqual(['2023']);
    expect(mapLabels(spread.scene(1))).toEqual(['2023', '2024']);
    expect(dots(frames.scene(1))).toHaveLength(0);
  });

  it('writes the province names the screen shows at this scale, in the language of the view', () => {
    const zhejiang = { ...view, camera: { lng: 120, lat: 29, zoom: 5, viewportWidth: 540, viewportHeight: 540 } };
    expect(texts(new GraphicFrames(zhejiang, 540, 540, [1]).scene(0))).toContain('Zhejiang');
    expect(texts(new GraphicFrames({ ...zhejiang, lang: 'zh' }, 540, 540, [1]).scene(0))).toContain('浙江');
    // the fixture's counties lie far from Zhejiang: its name is outside that view
    expect(texts(frames.scene(0))).not.toContain('Zhejiang');
  });

  it('moves a province name off the 百亿 path and its year, as the screen does', () => {
    const zhejiang = {
      ...view,
      layer: 'spread' as const,
      scale: buildLayerScale('spread', metrics, BELT_VIEW, mainlandRegions(metrics)),
      camera: { lng: 120, lat: 29, zoom: 5, viewportWidth: 540, viewportHeight: 540 },
      spreadCentres: [{ year: 2024, lng: 120.2, lat: 29.1, weight: 1 }],
    };
    const frames = new GraphicFrames(zhejiang, 540, 540, [0, 1]);
    expect(texts(frames.scene(0))).toContain('Zhejiang');
    expect(texts(frames.scene(1))).toEqual(expect.arrayContaining(['2024', 'Zhejiang']));
    const at = (scene: SceneItem[], text: string) => flat(scene).flatMap((i) => (i.kind === 'text' && i.text === text ? [[Math.round(i.x), Math.round(i.y)]] : []));
    // Written on its point without the path; with it, moved down by its box's height (17 px: English at 11 px and its halo).
    const [x, y] = at(frames.scene(0), 'Zhejiang')[0]!;
    expect(at(frames.scene(1), 'Zhejiang')).toEqual([[x, y! + 17]]);
  });

  it.each<[PlaceLevel, string, number]>([
    ['county', '330782', 1],
    ['prefecture', '3307', 1],
    ['province', '33', 1],
    ['county', '999999', 0],
  ])('at the %s level outlines the place selected on screen (%s)', (level, code, count) => {
    const selectedOutline = (scene: SceneItem[]) =>
      flat(scene).filter((i) => i.kind === 'path' && !i.code && i.fill === null && i.stroke === 'rgba(17,17,17,1)' && i.d !== '');
    const scene = new GraphicFrames({ ...view, level, selectedPlaceCode: code }, 540, 540, [1]).scene(0);
    expect(selectedOutline(scene)).toHaveLength(count);
    expect(selectedOutline(frames.scene(0))).toHaveLength(0);
  });

  it('draws prefecture borders at the prefecture level only, and fades county borders above the county level', () => {
    const prefectureBorders = (scene: SceneItem[]) => flat(scene).filter((i) => i.kind === 'path' && i.stroke === '#8a8f96' && i.d !== '');
    const countyStroke = (scene: SceneItem[]) => {
      const county = flat(scene).find((i) => i.kind === 'path' && i.code);
      return county?.kind === 'path' ? county.stroke : null;
    };
    const prefectureLevel = new GraphicFrames({ ...view, level: 'prefecture' }, 540, 540, [1]).scene(0);
    expect(prefectureBorders(prefectureLevel)).toHaveLength(1);
    expect(prefectureBorders(frames.scene(0))).toHaveLength(0);
    expect(countyStroke(frames.scene(0))).toBe('rgba(255,255,255,0.7)');
    expect(countyStroke(prefectureLevel)).toBe('rgba(255,255,255,0.2)');
  });

  it('shows the difference layer as the screen does while two years are compared: its title, legend words and colours', () => {
    const compare = buildCompareScale('sales', metrics, 2023, BELT_VIEW, mainlandRegions(metrics));
    const compared = new GraphicFrames({ ...view, scale: compare, compareFrom: 2023 }, 540, 540, [1]).scene(0);
    expect(texts(compared)).toEqual(expect.arrayContaining(['Change in sales, 2023→2024', 'Change in sales, 2023→2024 (%)']));
    // 上城区 had no belt in 2023 (new); 义乌市 200 → 250 亿 is +25 %, in the 20–50 % swatch.
    expect(countyFills(compared)).toEqual(['#ce1256', '#2795bf']);
  });

  it.each([
    [[], /no year/],
    [[0, 7], /year index 7 is outside the 2 years/],
  ])('rejects year indices %j', (indices, message) => {
    expect(() => new GraphicFrames(view, 540, 540, indices)).toThrow(message);
  });
});
