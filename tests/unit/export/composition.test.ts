import { describe, expect, it } from 'vitest';
import { BELT_VIEW } from '../support/beltView';
import { decodeAtlasGeometry, decodeMetrics } from '../../../src/lib/data/decode';
import { batchedMapItems, composeScene, cssColour, mapItems } from '../../../src/lib/export/composition';
import { graphicContent } from '../../../src/lib/export/graphicContent';
import { insetMapBox, layoutGraphic } from '../../../src/lib/export/graphicLayout';
import { buildMapPaths } from '../../../src/lib/cartography/mapPaths';
import { renderSvg } from '../../../src/lib/export/renderSvg';
import type { SceneItem } from '../../../src/lib/export/scene';
import { buildLayerScale } from '../../../src/lib/view/scales/layerScale';
import { makeCountyTable, makeMetrics, makeTopology, YEARS } from '../fixtures/geodata';
import { mainlandRegions } from '../support/mainlandRegions';

const counties = makeCountyTable();
const metrics = decodeMetrics(makeMetrics(), YEARS, counties.codes.length);
const geometry = decodeAtlasGeometry(makeTopology(), counties);
const meta = { title: { zh: '示意', en: 'Illustrative' }, isIllustrative: true, categories: [] };

describe('composeScene and renderSvg', () => {
  const content = graphicContent({ meta, layer: 'sales', category: 'all', year: 2024, bins: buildLayerScale('sales', metrics, BELT_VIEW, mainlandRegions(metrics)).bins(1), lang: 'zh', dataset: BELT_VIEW });
  const layout = layoutGraphic(800, 600, content);
  const camera = { lng: 1, lat: 0.5, zoom: 8, viewportWidth: 800, viewportHeight: 600 };
  const paths = buildMapPaths(geometry, layout.map, insetMapBox(layout), camera);
  // 上城区 opaque, 义乌市 half transparent.
  const colours = Uint8Array.from([68, 1, 84, 255, 40, 167, 130, 128]);
  const scene = composeScene(layout, content, paths, colours);
  const flat = (items: readonly SceneItem[]): SceneItem[] => items.flatMap((i) => (i.kind === 'group' ? [i, ...flat(i.items)] : [i]));
  const texts = flat(scene).flatMap((i) => (i.kind === 'text' ? [i.text] : []));

  it('draws every county with its colour, in county order', () => {
    const countyPaths = flat(scene).flatMap((i) => (i.kind === 'path' && i.code ? [i] : []));
    expect(countyPaths.map((p) => [p.code, p.fill])).toEqual([
      ['330102', '#440154'],
      ['330782', 'rgba(40,167,130,0.502)'],
    ]);
    expect(countyPaths.every((p) => p.d.startsWith('M'))).toBe(true);
  });

  it('writes title, subtitle, badge, year stamp, legend and inset title', () => {
    expect(texts).toEqual(
      expect.arrayContaining(['各县级单位产业带线上销售额', '销售规模 · 全部品类 · 2024年', '示意数据', '2024', '产业带线上销售额（亿元）', '无产业带', '南海诸岛']),
    );
  });

  it('writes an SVG with one path per county, the texts escaped, and the size asked for', () => {
    const svg = renderSvg(scene, 800, 600, 'a <title> & "quotes"');
    expect(svg.match(/<path data-code="\d{6}"/g)).toHaveLength(2);
    expect(svg).toContain('width="800" height="600" viewBox="0 0 800 600"');
    expect(svg).toContain('<title>a &lt;title&gt; &amp; &quot;quotes&quot;</title>');
    expect(svg).toContain('>示意数据</text>');
    expect(svg).toContain('>2024</text>');
    expect(svg).not.toMatch(/<text[^>]*>[^<]*[<>&"][^<]*<\/text>/);
  });

  it('is the same for the same view (deterministic)', () => {
    const again = composeScene(layout, content, buildMapPaths(geometry, layout.map, insetMapBox(layout), camera), colours);
    expect(renderSvg(again, 800, 600, 't')).toBe(renderSvg(scene, 800, 600, 't'));
  });

  it('draws the 百亿 path through the points, its dots (the latest larger and filled) and the first and latest years', () => {
    const overlay = {
      labels: [{ x: 300, y: 200, text: '浙江' }],
      labelSize: 12,
      over100YiPath: {
        line: [
          { x: 100, y: 100 },
          { x: 200, y: 150 },
        ],
        dots: [
          { x: 100, y: 100, radiusPx: 3.5, isLatest: false },
          { x: 200, y: 150, radiusPx: 6, isLatest: true },
        ],
        years: [
          { x: 100, y: 100, text: '2023', offsetPx: [-6.5, 0] as [number, number], anchor: 'end' as const },
          { x: 200, y: 150, text: '2024', offsetPx: [9, 0] as [number, number], anchor: 'start' as const },
        ],
      },
    };
    const items = flat(composeScene(layout, content, paths, colours, overlay));
    // OVERLAY_COLOURS.over100YiPath; sizes in units of 0.6 px (the graphic's shorter side is 600 px).
    const pathColour = 'rgba(24,24,24,0.922)';
    expect(items.filter((i) => i.kind === 'path' && i.stroke === pathColour).map((i) => i.kind === 'path' && [i.d, i.fill])).toEqual([
      ['M100.0,100.0L200.0,150.0', null],
      ['M97.9,100a2.1,2.1 0 1,0 4.2,0a2.1,2.1 0 1,0 -4.2,0Z', 'rgba(255,255,255,1)'],
      ['M196.4,150a3.6,3.6 0 1,0 7.2,0a3.6,3.6 0 1,0 -7.2,0Z', pathColour],
    ]);
    const overlayTexts = items.flatMap((i) => (i.kind === 'text' && i.halo ? [[i.text, i.align, i.x]] : []));
    expect(overlayTexts).toEqual([
      ['浙江', 'center', 300],
      // Offsets come placed at the words' size (mapOverlay), not scaled again.
      ['2023', 'right', 93.5],
      ['2024', 'left', 209],
    ]);
  });
});

describe('batchedMapItems (the screen\'s 2D map)', () => {
  const box = { x: 0, y: 0, width: 800, height: 600 };
  const paths = buildMapPaths(geometry, box, box, { lng: 1, lat: 0.5, zoom: 8, viewportWidth: 800, viewportHeight: 600 });
  const colours = Uint8Array.from([68, 1, 84, 255, 40, 167, 130, 128]);
  const fills = [
    { colour: '#440154', d: 'M0,0' },
    { colour: 'rgba(40,167,130,0.502)', d: 'M1,1' },
  ];
  const batched = batchedMapItems(box, paths, fills, 'M2,2', 'dark');
  const each = mapItems(box, paths, colours, 'dark');
  const countiesOf = (items: readonly SceneItem[]) => items.find((item) => item.kind === 'group' && item.id === 'counties');

  it('draws the counties as the fills, then one path of all their borders in the per-county border style', () => {
    const perCounty = countiesOf(each);
    const counties = countiesOf(batched);
    if (perCounty?.kind !== 'group' || counties?.kind !== 'group') throw new Error('no counties group');
    const first = perCounty.items[0]!;
    if (first.kind !== 'path') throw new Error('not a path');
    expect(counties.items).toEqual([
      { kind: 'path', d: 'M0,0', fill: '#440154' },
      { kind: 'path', d: 'M1,1', fill: 'rgba(40,167,130,0.502)' },
      { kind: 'path', d: 'M2,2', fill: null, stroke: 'rgba(15,21,27,0.7)', strokeWidth: first.strokeWidth },
    ]);
    expect(first.stroke).toBe('rgba(15,21,27,0.7)');
  });

  it('draws every other layer as the per-county map does, in the same order', () => {
    const others = (items: readonly SceneItem[]) => items.filter((item) => item.kind !== 'group');
    expect(others(batched)).toEqual(others(each));
    expect(batched.indexOf(countiesOf(batched)!)).toBe(each.indexOf(countiesOf(each)!));
  });
});

describe('cssColour', () => {
  it.each<[number[], string | null]>([
    [[255, 0, 16, 255], '#ff0010'],
    [[0, 0, 0, 0], null],
    [[10, 20, 30, 128], 'rgba(10,20,30,0.502)'],
  ])('%j → %s', (rgba, expected) => {
    expect(cssColour(Uint8Array.from(rgba), 0)).toBe(expected);
  });
});
