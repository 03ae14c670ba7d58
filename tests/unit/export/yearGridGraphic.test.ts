import { describe, expect, it } from 'vitest';
import { BELT_VIEW } from '../support/beltView';
import { decodeAtlasGeometry, decodeMetrics } from '../../../src/lib/data/decode';
import type { ExportView } from '../../../src/lib/export/graphicFrames';
import { renderSvg } from '../../../src/lib/export/renderSvg';
import type { SceneItem } from '../../../src/lib/export/scene';
import { YearGridGraphic } from '../../../src/lib/export/yearGridGraphic';
import { buildLayerScale } from '../../../src/lib/view/scales/layerScale';
import { makeCountyTable, makeMetrics, makeTopology, YEARS } from '../fixtures/geodata';
import { mainlandRegions } from '../support/mainlandRegions';

const counties = makeCountyTable();
const metrics = decodeMetrics(makeMetrics(), YEARS, counties.codes.length);
const view: ExportView = {
  geometry: decodeAtlasGeometry(makeTopology(), counties),
  meta: { title: { zh: '示意', en: 'Illustrative' }, isIllustrative: true, categories: [] },
  dataset: BELT_VIEW,
  theme: 'light',
  layer: 'sales',
  category: 'all',
  years: YEARS,
  scale: buildLayerScale('sales', metrics, BELT_VIEW, mainlandRegions(metrics)),
  compareFrom: null,
  lang: 'zh',
  camera: null,
  level: 'county',
  selectedPlaceCode: null,
  provinces: counties.provinceTable,
  spreadCentres: [],
};

const flat = (items: readonly SceneItem[]): SceneItem[] => items.flatMap((i) => (i.kind === 'group' ? [i, ...flat(i.items)] : [i]));

describe('YearGridGraphic', () => {
  const graphic = new YearGridGraphic(view, [2023, 2024], 1280, 800);
  const scene = graphic.scene();
  const texts = flat(scene).flatMap((i) => (i.kind === 'text' ? [i.text] : []));

  it('titles each map with its year and names every year in the subtitle, with one legend', () => {
    expect(texts).toEqual(expect.arrayContaining(['各县级单位产业带线上销售额', '销售规模 · 全部品类 · 2023年、2024年', '2023年', '2024年', '示意数据']));
    expect(texts.filter((text) => text === '产业带线上销售额（亿元）')).toHaveLength(1);
    expect(texts.filter((text) => text === '南海诸岛')).toHaveLength(2);
  });

  it('lays two maps side by side under the header, the same size, above the legend', () => {
    const [first, second] = graphic.layout.cells;
    expect(graphic.layout.cells.map((cell) => cell.year)).toEqual([2023, 2024]);
    expect(second!.map.y).toBe(first!.map.y);
    expect(second!.map.width).toBe(first!.map.width);
    expect(second!.map.x).toBeGreaterThan(first!.map.x + first!.map.width);
    expect(first!.map.y + first!.map.height).toBeLessThan(graphic.layout.legend.y);
  });

  it('colours each map with its own year and names its groups by year in the SVG', () => {
    const groups = flat(scene).flatMap((i) => (i.kind === 'group' ? [i.id] : []));
    expect(groups).toEqual(['map-2023', 'counties-2023', 'south-china-sea-inset-2023', 'map-2024', 'counties-2024', 'south-china-sea-inset-2024']);
    const fills = (id: string) => (flat(scene).find((i) => i.kind === 'group' && i.id === id) as Extract<SceneItem, { kind: 'group' }>).items.map((i) => (i.kind === 'path' ? i.fill : null));
    expect(fills('counties-2023')).not.toEqual(fills('counties-2024'));
    const svg = renderSvg(scene, graphic.width, graphic.height, graphic.titleOf());
    expect(svg).toContain('<title>各县级单位产业带线上销售额 · 销售规模 · 全部品类 · 2023年、2024年</title>');
  });

  it('refuses a year the data does not have', () => {
    expect(() => new YearGridGraphic(view, [2022, 2024], 1280, 800)).toThrow('YearGridGraphic: years 2022, 2024 are not all in the data');
  });
});
