import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { openingCamera } from '../../../src/lib/cartography/camera';
import { mainProjection } from '../../../src/lib/cartography/mapProjection';
import { BELT_VIEW } from '../support/beltView';
import { graphicContent, type GraphicContent } from '../../../src/lib/export/graphicContent';
import { insetMapBox, layoutGraphic } from '../../../src/lib/export/graphicLayout';
import type { Rect } from '../../../src/lib/export/scene';
import { buildLayerScale } from '../../../src/lib/view/scales/layerScale';
import { type LayerId } from '../../../src/lib/domain/layers';
import { standardTopology } from '../../../src/lib/data/topologyFile';
import { graphicMeta, graphicMetrics } from '../fixtures/graphicView';
import { mainlandRegions } from '../support/mainlandRegions';

const meta = graphicMeta;
const metrics = graphicMetrics;

function contentFor(layer: LayerId, lang: 'zh' | 'en' = 'zh', caption: string | null = null) {
  const scale = buildLayerScale(layer, metrics, BELT_VIEW, mainlandRegions(metrics));
  return graphicContent({ meta, layer, category: 'apparel', year: 2024, bins: scale.bins(1), lang, caption, dataset: BELT_VIEW });
}

const inside = (inner: Rect, outer: Rect) =>
  inner.x >= outer.x - 1e-6 &&
  inner.y >= outer.y - 1e-6 &&
  inner.x + inner.width <= outer.x + outer.width + 1e-6 &&
  inner.y + inner.height <= outer.y + outer.height + 1e-6;
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const rounded = ({ x, y, width, height }: Rect) => [x, y, width, height].map((n) => Number(n.toFixed(2)));

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
    ['growth with a caption', contentFor('growth', 'zh', '2018 年，百亿产业带集中在东部沿海；此后向中部扩散。')],
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

  it.each<[number, number, number[], number[], number[], number[]]>([
    // square: the legend in a band under the map, the inset in the map's lower right corner
    [1080, 1080, [38.88, 151.97, 1002.24, 712.47], [38.88, 875.23, 604.8, 110.27], [879.12, 765.18, 162, 220.32], [43.2, 855.79, 129.6]],
    // wide: legend and inset in a column on the right, the map the full height
    [1920, 1080, [38.88, 151.97, 1362.72, 833.53], [1427.52, 158.45, 453.6, 110.27], [1719.12, 765.18, 162, 220.32], [43.2, 976.86, 129.6]],
    // tall: the map as high as China needs, a larger year stamp below it
    [1080, 1920, [38.88, 151.97, 1002.24, 952.13], [38.88, 1715.23, 604.8, 110.27], [879.12, 1605.18, 162, 220.32], [38.88, 1482.02, 216]],
  ])('%i×%i places map, legend, inset and year stamp', (width, height, map, legend, inset, yearStamp) => {
    const layout = layoutGraphic(width, height, contentFor('sales'));
    expect(rounded(layout.map)).toEqual(map);
    expect(rounded(layout.legend)).toEqual(legend);
    expect(rounded(layout.inset)).toEqual(inset);
    expect([layout.yearStamp.x, layout.yearStamp.y, layout.yearStamp.size].map((n) => Number(n.toFixed(2)))).toEqual(yearStamp);
  });

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

  it('wraps the title in the width the badge leaves', () => {
    const layout = layoutGraphic(1080, 1080, contentFor('sales'));
    expect(layout.title.lines).toEqual(['各县级单位产业带线上销售额']);
    expect(Number(layout.title.maxWidth.toFixed(2))).toBe(881.28);
  });
});

describe('insetMapBox', () => {
  it('is the inset less its title line', () => {
    const layout = layoutGraphic(1080, 1080, contentFor('sales'));
    // the inset title is 13 units (14.04 px at 1080 px) and its line 1.6 times that
    expect(rounded(insetMapBox(layout))).toEqual([879.12, 765.18, 162, 197.86]);
  });
});

describe('the 南海诸岛 inset of an export clear of Taiwan', () => {
  const topology = standardTopology(JSON.parse(readFileSync('geodata/china.topo.json', 'utf8')) as Topology);
  const taiwan = (feature(topology, topology.objects.counties!) as unknown as { features: { id: string; geometry: { type: string; coordinates: unknown } }[] }).features
    .filter((county) => String(county.id).startsWith('71'))
    .flatMap((county) => ((county.geometry.type === 'Polygon' ? [county.geometry.coordinates] : county.geometry.coordinates) as [number, number][][][]).map((polygon) => polygon[0]!));
  /** A phone's first view (375×415 map, the inset's corner kept clear), as its export scales it. */
  const phone = { ...openingCamera(375, 415, null, { insetCorner: { width: 94, height: 124 } }), viewportWidth: 375, viewportHeight: 415 };

  it.each([
    // A phone's still (stillSize of a 375×415 map) from its first view and from China fitted; the animation sizes.
    [480, 531, phone],
    [480, 531, null],
    [540, 540, null],
    [1080, 1080, null],
    [1080, 1920, null],
    [1920, 1080, null],
  ] as const)('%d×%d (camera %o): no point of Taiwan under the inset', (width, height, camera) => {
    const layout = layoutGraphic(width, height, contentFor('sales'));
    const project = mainProjection(layout.map, camera);
    const covered = taiwan.flat().filter((point) => {
      const [x, y] = project(point)!;
      return x > layout.inset.x && x < layout.inset.x + layout.inset.width && y > layout.inset.y && y < layout.inset.y + layout.inset.height;
    });
    expect(covered).toEqual([]);
  });
});
