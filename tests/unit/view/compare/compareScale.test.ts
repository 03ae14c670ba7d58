import { describe, expect, it } from 'vitest';
import { areaTable } from '../../../../src/lib/domain/areas';
import { compareLegendLabel, compareTitle, compareTooltipContent } from '../../../../src/lib/view/compare/compareLegend';
import { buildCompareScale } from '../../../../src/lib/view/compare/compareScale';
import { makePlacesTable } from '../../fixtures/places';
import { makeMetrics } from '../../support/metricsFixture';

const YI = 1e8;
// Six places over 2018–2020: +60 %, −50 %, new, gone, none, +400 %.
const metrics = makeMetrics({
  years: [2018, 2019, 2020],
  sales: [
    [100 * YI, 10 * YI, 0, 5 * YI, 0, 1 * YI],
    [120 * YI, 8 * YI, 0, 2 * YI, 0, 2 * YI],
    [160 * YI, 5 * YI, 4 * YI, 0, 0, 5 * YI],
  ],
  over100YiCount: [
    [1, 0, 0, 2, 0, 0],
    [2, 0, 0, 1, 0, 0],
    [4, 0, 1, 1, 0, 0],
  ],
});

describe('buildCompareScale', () => {
  const labelsOf = (layer: 'sales' | 'spread', from: number, yearIndex: number) => {
    const scale = buildCompareScale(layer, metrics, from);
    const bins = scale.bins(yearIndex);
    return Array.from(metrics.sales[0]!, (_, c) => compareLegendLabel(bins[scale.binOf(yearIndex, c)]!, layer, 'zh'));
  };

  it('bins the relative change of sales, with new, gone and no belt apart', () => {
    expect(labelsOf('sales', 2018, 2)).toEqual(['50–100', '<-20', '新增', '消失', '无产业带', '≥300']);
  });

  it('bins the change in 百亿 belts as whole numbers, "the same" its own swatch', () => {
    expect(labelsOf('spread', 2018, 2)).toEqual(['+3 或更多', '无产业带', '新增', '-1 或更少', '无产业带', '无产业带']);
    expect(labelsOf('spread', 2019, 2)).toEqual(['+2', '无产业带', '新增', '不变', '无产业带', '无产业带']);
  });

  it('compares with the year shown, whichever it is', () => {
    expect(labelsOf('sales', 2018, 0)).toEqual(['0–20', '0–20', '无产业带', '0–20', '无产业带', '0–20']);
  });

  it('gives the same swatches for every pair of years, each colour once', () => {
    const bins = buildCompareScale('sales', metrics, 2018).bins(1);
    expect(bins).toEqual(buildCompareScale('sales', metrics, 2019).bins(2));
    expect(new Set(bins.map((b) => b.colour)).size).toBe(bins.length);
  });

  it('names a year the data does not hold', () => {
    expect(() => buildCompareScale('sales', metrics, 2010)).toThrow('buildCompareScale: no data for year 2010 (years 2018, 2019, 2020)');
  });
});

describe('compare legend and tooltip words', () => {
  it.each([
    ['sales', 'zh', '销售额变化 2018→2024'],
    ['growth', 'en', 'Change in sales, 2018→2024'],
    ['spread', 'zh', '百亿产业带数量变化 2018→2024'],
  ] as const)('%s title in %s', (layer, lang, expected) => {
    expect(compareTitle(layer, 2018, 2024, lang)).toBe(expected);
  });

  // Places of the fixture table stand in for the six metric columns above.
  const places = areaTable(makePlacesTable(), 'county');
  it.each([
    [0, 'sales', ['100亿元', '160亿元', '+60亿元（+60.0%）']],
    [2, 'sales', ['无', '4亿元', '新增 +4亿元']],
    [3, 'sales', ['5亿元', '无', '消失 -5亿元']],
    [4, 'sales', ['无', '无', '两年均无']],
    [0, 'spread', ['1', '4', '+3（+300.0%）']],
  ] as const)('place %i, %s layer: both years and the change', (placeIndex, layer, values) => {
    const content = compareTooltipContent({ places, metrics, placeIndex, layer, fromYear: 2018, toYear: 2020, lang: 'zh' });
    expect(content.rows.map((r) => r.value)).toEqual(values);
    expect(content.rows.map((r) => r.label)).toEqual(
      layer === 'sales' ? ['2018年销售额', '2020年销售额', '变化'] : ['2018年百亿产业带', '2020年百亿产业带', '变化'],
    );
  });
});
