/** The embed's fallback PNG: its file name (as the Export dialog names a 1× PNG) and an alt text naming the map, its year and its source. */
import { describe, expect, it } from 'vitest';
import { fallbackImageText } from '../../../src/lib/export/fallbackImage';
import { buildLayerScale } from '../../../src/lib/view/scales/layerScale';
import { readTaobaoVillages } from '../support/taobaoVillages';
import { graphicMeta, graphicMetrics } from '../fixtures/graphicView';
import { BELT_VIEW } from '../support/beltView';
import { mainlandRegions } from '../support/mainlandRegions';

describe('fallbackImageText', () => {
  it('names the 淘宝村 map of 2015, its year and the 2015 list', () => {
    const { meta, metrics, counties } = readTaobaoVillages();
    const view = { meta, dataset: meta, layer: 'sales' as const, category: 'all', years: metrics.years, scale: buildLayerScale('sales', metrics, meta, counties.regions), compareFrom: null, level: 'county' as const };
    expect(fallbackImageText({ ...view, lang: 'zh' }, 1, 'taobao-villages')).toEqual({
      fileName: 'beltmap-taobao-villages-sales-2015.png',
      alt: '各县级单位淘宝村数量。淘宝村 · 淘宝村数量 · 2015年。数据：淘宝村 · 来源：阿里研究院《中国淘宝村研究报告(2015)》附录:淘宝村名单',
    });
    expect(fallbackImageText({ ...view, lang: 'en' }, 1, 'taobao-villages').alt).toBe(
      'Number of Taobao villages by county. Taobao villages · 2015. Data: Taobao villages · Source: AliResearch, China Taobao Village Research Report (2015): appendix, the list of Taobao villages',
    );
  });

  it('names the belt model\'s map, its category and year, and says the data are illustrative', () => {
    const dataset = { ...BELT_VIEW, years: graphicMetrics.years, sources: [] };
    const view = { meta: graphicMeta, dataset, layer: 'growth' as const, category: 'apparel', years: graphicMetrics.years, scale: buildLayerScale('growth', graphicMetrics, BELT_VIEW, mainlandRegions(graphicMetrics)), compareFrom: null, level: 'county' as const, lang: 'zh' as const };
    expect(fallbackImageText(view, 1, 'belts')).toEqual({
      fileName: 'beltmap-growth-2024-apparel.png',
      alt: '各县级单位产业带销售额同比增速。增速 · 服饰鞋包 · 2024年。数据：中国电商产业带 2018–2024 (示意数据) · 模型生成的示意数据，并非官方统计',
    });
  });

  it('names a year index outside the view', () => {
    const { meta, metrics, counties } = readTaobaoVillages();
    const view = { meta, dataset: meta, layer: 'sales' as const, category: 'all', years: metrics.years, scale: buildLayerScale('sales', metrics, meta, counties.regions), compareFrom: null, level: 'county' as const, lang: 'zh' as const };
    expect(() => fallbackImageText(view, 3, 'taobao-villages')).toThrow('year index 3 is outside the 3 years');
  });
});
