import { describe, expect, it } from 'vitest';
import { BELT_VIEW } from '../../support/beltView';
import { compareLegendLabel } from '../../../../src/lib/view/compare/compareLegend';
import { buildCompareScale } from '../../../../src/lib/view/compare/compareScale';
import { compareMetrics } from '../../fixtures/compareMetrics';
import { mainlandRegions } from '../../support/mainlandRegions';

// Six places over 2018–2020: +60 %, −50 %, new, gone, none, +400 %.
const metrics = compareMetrics;

describe('buildCompareScale', () => {
  const labelsOf = (layer: 'sales' | 'spread', from: number, yearIndex: number) => {
    const scale = buildCompareScale(layer, metrics, from, BELT_VIEW, mainlandRegions(metrics));
    const bins = scale.bins(yearIndex);
    return Array.from(metrics.values[0]!, (_, c) => compareLegendLabel(bins[scale.binOf(yearIndex, c)]!, layer, 'zh', BELT_VIEW));
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
    const bins = buildCompareScale('sales', metrics, 2018, BELT_VIEW, mainlandRegions(metrics)).bins(1);
    expect(bins).toEqual(buildCompareScale('sales', metrics, 2019, BELT_VIEW, mainlandRegions(metrics)).bins(2));
    expect(new Set(bins.map((b) => b.colour)).size).toBe(bins.length);
  });

  it('names a year the data does not hold', () => {
    expect(() => buildCompareScale('sales', metrics, 2010, BELT_VIEW, mainlandRegions(metrics))).toThrow('buildCompareScale: no data for year 2010 (years 2018, 2019, 2020)');
  });
});
