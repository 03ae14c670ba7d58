import { describe, expect, it } from 'vitest';
import { BELT_VIEW } from '../../support/beltView';
import { decodeMetrics } from '../../../../src/lib/data/decode';
import { buildCompareScale } from '../../../../src/lib/view/compare/compareScale';
import { buildLayerScale } from '../../../../src/lib/view/scales/layerScale';
import { legendContent } from '../../../../src/lib/view/legend/legendContent';
import { makeCountyTable, makeMetrics, YEARS } from '../../fixtures/geodata';
import { readTaobaoVillages } from '../../support/taobaoDataset';
import { mainlandRegions } from '../../support/mainlandRegions';

const metrics = decodeMetrics(makeMetrics(), YEARS, makeCountyTable().codes.length);
const words = (swatches: { bin: { colour: string }; label: string }[]) => swatches.map(({ bin, label }) => [bin.colour, label]);

describe('legendContent', () => {
  it('writes the sales legend: title, unit, range swatches, the breaks under their edges and the no-belt swatch', () => {
    const legend = legendContent({ layer: 'sales', bins: buildLayerScale('sales', metrics, BELT_VIEW, mainlandRegions(metrics)).bins(1), year: 2024, lang: 'zh', compareFrom: null, dataset: BELT_VIEW });
    expect(legend.title).toBe('产业带线上销售额');
    expect(legend.unitText).toBe('（亿元）');
    expect(legend.style).toBe('bar');
    expect(legend.ranges.map((s) => s.label)).toEqual(['<0.5', '0.5–1', '1–5', '5–10', '10–50', '50–100', '≥100']);
    expect(legend.breakLabels).toEqual(['0.5', '1', '5', '10', '50', '100']);
    expect(words(legend.specials)).toEqual([['#e9e6e1', '无产业带']]);
  });

  it('writes the growth legend in English with the new and no-data swatches', () => {
    const legend = legendContent({ layer: 'growth', bins: buildLayerScale('growth', metrics, BELT_VIEW, mainlandRegions(metrics)).bins(1), year: 2024, lang: 'en', compareFrom: null, dataset: BELT_VIEW });
    expect(legend.title).toBe('Year-on-year growth of sales');
    expect(legend.unitText).toBe(' (%)');
    expect(legend.breakLabels).toEqual(['-20', '0', '20', '50', '100']);
    expect(words(legend.specials)).toEqual([
      ['#35978f', 'New'],
      ['#a2aaa8', 'No data'],
      ['#e9e6e1', 'No belt'],
    ]);
  });

  it('lists the spread layer by year, without a unit or breaks, and keeps each swatch its bin', () => {
    const bins = buildLayerScale('spread', metrics, BELT_VIEW, mainlandRegions(metrics)).bins(1);
    const legend = legendContent({ layer: 'spread', bins, year: 2024, lang: 'zh', compareFrom: null, dataset: BELT_VIEW });
    expect(legend.style).toBe('list');
    expect(legend.unitText).toBe('');
    expect(legend.breakLabels).toEqual([]);
    expect(words(legend.ranges)).toEqual([
      ['#081d58', '2023年'],
      ['#e6550d', '2024年新晋'],
    ]);
    expect(legend.ranges[1]!.bin).toBe(bins[1]);
    expect(words(legend.specials)).toEqual([['#e9e6e1', '尚无百亿产业带']]);
  });

  it('while two years are compared, writes the difference layer: its title, percent unit and percent breaks', () => {
    const legend = legendContent({ layer: 'sales', bins: buildCompareScale('sales', metrics, 2023, BELT_VIEW, mainlandRegions(metrics)).bins(1), year: 2024, lang: 'en', compareFrom: 2023, dataset: BELT_VIEW });
    expect(legend.title).toBe('Change in sales, 2023→2024');
    expect(legend.unitText).toBe(' (%)');
    expect(legend.style).toBe('bar');
    expect(legend.breakLabels).toEqual(['-20', '0', '20', '50', '100', '300']);
  });
});

describe('legendContent of a count dataset (淘宝村, committed files)', () => {
  const { dataset, metrics: villages, counties } = readTaobaoVillages();
  const legend = (layer: 'sales' | 'growth' | 'spread', lang: 'zh' | 'en', compareFrom: number | null = null) =>
    legendContent({
      layer,
      bins: (compareFrom === null ? buildLayerScale(layer, villages, dataset, counties.regions) : buildCompareScale(layer, villages, compareFrom, dataset, counties.regions)).bins(1),
      year: 2015,
      lang,
      compareFrom,
      dataset,
    });

  it('titles the value legend with the dataset words and its unit, and starts the bar at 1', () => {
    const zh = legend('sales', 'zh');
    expect([zh.title, zh.unitText, zh.style, zh.startLabel]).toEqual(['淘宝村数量', '（个）', 'bar', '1']);
    expect(zh.breakLabels).toEqual(['2', '5', '10', '20', '50']);
    expect(zh.ranges.map((s) => s.label)).toEqual(['1', '2–4', '5–9', '10–19', '20–49', '≥50']);
    expect(words(zh.specials)).toEqual([
      ['#e9e6e1', '无淘宝村'],
      ['#a2aaa8', '无数据'],
    ]);
    const en = legend('sales', 'en');
    expect([en.title, en.unitText]).toEqual(['Number of Taobao villages', ' (villages)']);
  });

  it('titles the growth and spread legends with the dataset words', () => {
    expect([legend('growth', 'zh').title, legend('growth', 'en').title]).toEqual(['淘宝村数量同比增速', 'Year-on-year growth of Taobao villages']);
    expect(legend('growth', 'en').startLabel).toBeNull();
    const spread = legend('spread', 'en');
    expect(spread.title).toBe('Year of the first Taobao village');
    expect(spread.ranges.map((s) => s.label)).toEqual(['2014', 'New in 2015', '2016']);
    expect(spread.specials.map((s) => s.label)).toEqual(['No Taobao village yet', 'No data']);
  });

  it('lists the difference of counts swatch by swatch, in villages', () => {
    const compare = legend('sales', 'zh', 2014);
    expect([compare.title, compare.unitText, compare.style, compare.startLabel]).toEqual(['淘宝村数量变化 2014→2015', '（个）', 'list', null]);
    expect(compare.breakLabels).toEqual([]);
    expect(compare.ranges.map((s) => s.label)).toEqual(['-1 或更少', '不变', '+1', '+2–4', '+5–9', '+10–19', '+20 或更多']);
  });

  it('leaves the belt legend without a start label', () => {
    expect(legendContent({ layer: 'sales', bins: buildLayerScale('sales', metrics, BELT_VIEW, mainlandRegions(metrics)).bins(1), year: 2024, lang: 'zh', compareFrom: null, dataset: BELT_VIEW }).startLabel).toBeNull();
  });
});
