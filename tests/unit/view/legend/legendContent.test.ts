import { describe, expect, it } from 'vitest';
import { decodeMetrics } from '../../../../src/lib/data/decode';
import { buildCompareScale } from '../../../../src/lib/view/compare/compareScale';
import { buildLayerScale } from '../../../../src/lib/view/scales/layerScale';
import { legendContent } from '../../../../src/lib/view/legend/legendContent';
import { makeCountyTable, makeMetrics, YEARS } from '../../fixtures/geodata';

const metrics = decodeMetrics(makeMetrics(), YEARS, makeCountyTable().codes.length);
const words = (swatches: { bin: { colour: string }; label: string }[]) => swatches.map(({ bin, label }) => [bin.colour, label]);

describe('legendContent', () => {
  it('writes the sales legend: title, unit, range swatches, the breaks under their edges and the no-belt swatch', () => {
    const legend = legendContent({ layer: 'sales', bins: buildLayerScale('sales', metrics).bins(1), year: 2024, lang: 'zh', compareFrom: null });
    expect(legend.title).toBe('产业带线上销售额');
    expect(legend.unitText).toBe('（亿元）');
    expect(legend.style).toBe('bar');
    expect(legend.ranges.map((s) => s.label)).toEqual(['<0.5', '0.5–1', '1–5', '5–10', '10–50', '50–100', '≥100']);
    expect(legend.breakLabels).toEqual(['0.5', '1', '5', '10', '50', '100']);
    expect(words(legend.specials)).toEqual([['#e9e6e1', '无产业带']]);
  });

  it('writes the growth legend in English with the new and no-data swatches', () => {
    const legend = legendContent({ layer: 'growth', bins: buildLayerScale('growth', metrics).bins(1), year: 2024, lang: 'en', compareFrom: null });
    expect(legend.title).toBe('Year-on-year growth of sales');
    expect(legend.unitText).toBe(' (%)');
    expect(legend.breakLabels).toEqual(['-20', '0', '20', '50', '100']);
    expect(words(legend.specials)).toEqual([
      ['#35978f', 'New'],
      ['#666666', 'No data'],
      ['#e9e6e1', 'No belt'],
    ]);
  });

  it('lists the spread layer by year, without a unit or breaks, and keeps each swatch its bin', () => {
    const bins = buildLayerScale('spread', metrics).bins(1);
    const legend = legendContent({ layer: 'spread', bins, year: 2024, lang: 'zh', compareFrom: null });
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
    const legend = legendContent({ layer: 'sales', bins: buildCompareScale('sales', metrics, 2023).bins(1), year: 2024, lang: 'en', compareFrom: 2023 });
    expect(legend.title).toBe('Change in sales, 2023→2024');
    expect(legend.unitText).toBe(' (%)');
    expect(legend.style).toBe('bar');
    expect(legend.breakLabels).toEqual(['-20', '0', '20', '50', '100', '300']);
  });
});
