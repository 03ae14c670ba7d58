import { describe, expect, it } from 'vitest';
import { areaTable } from '../../../../src/lib/domain/areas';
import { aggregateMetrics } from '../../../../src/lib/domain/levels';
import { buildLayerScale, countBreaks, numberBreaks, type LegendBin } from '../../../../src/lib/view/scales/layerScale';
import { legendBreakLabel, legendLabel, legendUnit } from '../../../../src/lib/view/scales/legendLabel';
import { layerName } from '../../../../src/lib/view/scales/viewDataset';
import { readTaobaoVillages } from '../../support/taobaoDataset';

const taobao = readTaobaoVillages();
const { dataset, metrics, indexOf } = taobao;

describe('countBreaks (whole-number 1–2–5 breaks where the counties are)', () => {
  it.each([
    { name: 'a county panel like 淘宝村 2014–16', counts: [1, 1, 1, 2, 3, 7, 12, 48, 65], breaks: [2, 5, 10, 20, 50] },
    { name: 'a narrow span', counts: [1, 1, 2, 3], breaks: [2] },
    { name: 'only ones: the fallback', counts: [1, 1, 1], breaks: [2, 5, 10, 20, 50] },
    { name: 'no counts: the fallback', counts: [], breaks: [2, 5, 10, 20, 50] },
    // Eight steps fit from 2 to 500; the end with fewer places is merged each time (bottom on a tie).
    { name: 'spread up to 506: at most six breaks', counts: [1, 3, 8, 15, 30, 60, 120, 250, 506], breaks: [5, 10, 20, 50, 100, 200] },
  ])('$name', ({ counts, breaks }) => {
    expect(countBreaks(counts)).toEqual(breaks);
  });
});

describe('the value layer of a count dataset (淘宝村, committed files)', () => {
  const scale = buildLayerScale('sales', metrics, dataset, taobao.counties.regions);
  const bins = scale.bins(2);
  const labelOf = (code: string, yearIndex: number, lang: 'zh' | 'en' = 'zh') =>
    legendLabel(bins[scale.binOf(yearIndex, indexOf(code))]!, 'sales', lang, dataset);

  it('has whole-number ranges from 1, zero as the none swatch and the places outside the lists as no data', () => {
    expect(bins.map((b) => [b.kind, b.lower, b.upper])).toEqual([
      ['no-belt', null, null],
      ['range', 1, 2],
      ['range', 2, 5],
      ['range', 5, 10],
      ['range', 10, 20],
      ['range', 20, 50],
      ['range', 50, null],
      ['no-data', null, null],
    ]);
    expect(bins.map((b) => legendLabel(b, 'sales', 'zh', dataset))).toEqual(['无淘宝村', '1', '2–4', '5–9', '10–19', '20–49', '≥50', '无数据']);
    expect(bins.map((b) => legendLabel(b, 'sales', 'en', dataset))).toEqual([
      'No Taobao village', '1', '2–4', '5–9', '10–19', '20–49', '≥50', 'No data',
    ]);
  });

  it.each([
    { place: '曹县 2014 (7)', code: '371721', yearIndex: 0, label: '5–9' },
    { place: '曹县 2016 (48)', code: '371721', yearIndex: 2, label: '20–49' },
    { place: '义乌 2016 (65)', code: '330782', yearIndex: 2, label: '≥50' },
    { place: '南浔区 2015 (3)', code: '330503', yearIndex: 1, label: '2–4' },
    { place: '南浔区 2016 (0, reported)', code: '330503', yearIndex: 2, label: '无淘宝村' },
    { place: '高雄市 (outside the lists)', code: '710001', yearIndex: 2, label: '无数据' },
  ])('$place → $label', ({ code, yearIndex, label }) => {
    expect(labelOf(code, yearIndex)).toBe(label);
  });

  it('fits the breaks to the level shown: provinces reach past 100', () => {
    const provinces = areaTable(taobao.counties, 'province');
    const provinceBins = buildLayerScale('sales', aggregateMetrics(metrics, provinces), dataset, provinces.regions).bins(2);
    expect(provinceBins.filter((b) => b.kind === 'range').map((b) => legendLabel(b, 'sales', 'zh', dataset))).toEqual([
      '1', '2–4', '5–9', '10–19', '20–49', '50–99', '≥100',
    ]);
  });

  it('writes breaks and the unit in the measure: counts as they are, 个 / villages', () => {
    expect(legendBreakLabel(20, 'sales', 'zh', dataset)).toBe('20');
    expect(legendBreakLabel(1000, 'sales', 'en', dataset)).toBe('1,000');
    expect([legendUnit('sales', 'zh', dataset), legendUnit('sales', 'en', dataset)]).toEqual(['个', 'villages']);
    expect(legendUnit('growth', 'zh', dataset)).toBe('%');
  });

  it('marks the growth of a county whose first village came that year as new, and places outside the lists as no data', () => {
    const growth = buildLayerScale('growth', metrics, dataset, taobao.counties.regions);
    const label = (code: string, yearIndex: number) => legendLabel(growth.bins(yearIndex)[growth.binOf(yearIndex, indexOf(code))]!, 'growth', 'zh', dataset);
    // 南浔区: 0 → 3 → 0 villages; 曹县 34 → 48 (+41 %); 高雄市 is on no list.
    expect([label('330503', 1), label('330503', 2), label('371721', 2), label('710001', 2)]).toEqual(['新增', '<-20', '20–50', '无数据']);
    expect(label('330503', 0)).toBe('无淘宝村');
  });

  it('words the spread layer: the first village, not yet, no data', () => {
    const spread = buildLayerScale('spread', metrics, dataset, taobao.counties.regions);
    const spreadBins = spread.bins(1);
    const label = (bin: LegendBin) => legendLabel(bin, 'spread', 'zh', dataset);
    expect(spreadBins.map(label)).toEqual(['2014年', '2015年新晋', '2016年', '尚无淘宝村', '无数据']);
    expect(label(spreadBins[spread.binOf(1, indexOf('330503'))]!)).toBe('2015年新晋');
    expect(label(spreadBins[spread.binOf(0, indexOf('330503'))]!)).toBe('尚无淘宝村');
  });

  it('names the layers in the dataset words', () => {
    expect((['sales', 'growth', 'spread'] as const).map((layer) => layerName(dataset, layer, 'zh'))).toEqual(['淘宝村数量', '增速', '首个淘宝村']);
    expect((['sales', 'growth', 'spread'] as const).map((layer) => layerName(dataset, layer, 'en'))).toEqual(['Taobao villages', 'Growth', 'First Taobao village']);
  });
});

describe('numberBreaks (percentages and free units of an imported file)', () => {
  it.each([
    { values: [0.4, 1.5, 3, 8, 12, 30, 45], expected: [0.5, 1, 2, 5, 10, 20] },
    { values: [150, 400, 900, 1800, 3100], expected: [200, 500, 1000, 2000] },
    { values: [0.012, 0.03, 0.07, 0.2], expected: [0.02, 0.05, 0.1, 0.2] },
  ])('$values → $expected', ({ values, expected }) => {
    expect(numberBreaks(values)).toEqual(expected);
  });
});
