import { describe, expect, it } from 'vitest';
import { compareLegendLabel, compareTitle, compareUnit } from '../../../../src/lib/view/compare/compareLegend';
import { buildCompareScale, compareKind, countChangeBreaks } from '../../../../src/lib/view/compare/compareScale';
import { BELT_VIEW } from '../../support/beltView';
import { readTaobaoVillages } from '../../support/taobaoDataset';

const { dataset, metrics, indexOf, counties } = readTaobaoVillages();

describe('the difference layer of a count dataset (淘宝村, committed files)', () => {
  it('compares counts by their difference on every layer; the belt model keeps percent for sales and 百亿 belts for spread', () => {
    expect((['sales', 'growth', 'spread'] as const).map((layer) => compareKind(layer, dataset))).toEqual(['measure-count', 'measure-count', 'measure-count']);
    expect((['sales', 'growth', 'spread'] as const).map((layer) => compareKind(layer, BELT_VIEW))).toEqual(['relative', 'relative', 'belt-count']);
  });

  it('fits whole-number breaks to the rises between any two years', () => {
    expect(countChangeBreaks(metrics, 'sales')).toEqual([0, 1, 2, 5, 10, 20]);
  });

  it('labels each swatch in villages, the same for every pair of years', () => {
    const bins = buildCompareScale('sales', metrics, 2014, dataset, counties.regions).bins(2);
    expect(bins).toEqual(buildCompareScale('sales', metrics, 2015, dataset, counties.regions).bins(2));
    expect(bins.map((bin) => compareLegendLabel(bin, 'sales', 'zh', dataset))).toEqual([
      '-1 或更少', '不变', '+1', '+2–4', '+5–9', '+10–19', '+20 或更多', '新增', '消失', '无淘宝村', '无数据',
    ]);
    expect(new Set(bins.map((b) => b.colour)).size).toBe(bins.length);
  });

  it.each([
    { place: '曹县 7 → 48', code: '371721', from: 2014, label: '+20 或更多' },
    { place: '南浔区 0 → 3', code: '330503', from: 2014, toIndex: 1, label: '新增' },
    { place: '南浔区 3 → 0', code: '330503', from: 2015, label: '消失' },
    { place: '高雄市, outside the lists', code: '710001', from: 2014, label: '无数据' },
  ])('$place: $label', ({ code, from, toIndex = 2, label }) => {
    const scale = buildCompareScale('sales', metrics, from, dataset, counties.regions);
    expect(compareLegendLabel(scale.bins(toIndex)[scale.binOf(toIndex, indexOf(code))]!, 'sales', 'zh', dataset)).toBe(label);
  });

  it('titles the legend with the measure and its unit', () => {
    expect(compareTitle('sales', 2014, 2016, 'zh', dataset)).toBe('淘宝村数量变化 2014→2016');
    expect(compareTitle('spread', 2014, 2016, 'en', dataset)).toBe('Change in Taobao villages, 2014→2016');
    expect([compareUnit('sales', 'zh', dataset), compareUnit('growth', 'en', dataset)]).toEqual(['个', 'villages']);
  });
});
