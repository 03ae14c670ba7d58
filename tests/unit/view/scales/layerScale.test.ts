import { describe, expect, it } from 'vitest';
import { BELT_VIEW } from '../../support/beltView';
import { buildGrowthScale, buildLayerScale, buildSalesScale, buildSpreadScale, GROWTH_BREAKS, salesBreaks } from '../../../../src/lib/view/scales/layerScale';
import { countyColours, rgbaOf } from '../../../../src/lib/view/scales/countyFill';
import { growthStatus } from '../../../../src/lib/view/scales/growthStatus';
import { legendBreakLabel, legendLabel, legendUnit } from '../../../../src/lib/view/scales/legendLabel';
import { makeMetrics } from '../../support/metricsFixture';
import { mainlandRegions } from '../../support/mainlandRegions';

const YI = 1e8;
const logUniform = (from: number, to: number, n: number) =>
  Array.from({ length: n }, (_, i) => Math.exp(Math.log(from) + ((Math.log(to) - Math.log(from)) * i) / (n - 1)));

describe('salesBreaks', () => {
  it.each([
    { name: '0.3–1,500 亿: 1–5 steps, the sparse ends merged', values: logUniform(0.3 * YI, 1500 * YI, 1000), yi: [1, 5, 10, 50, 100, 500] },
    { name: '2–30 亿: too narrow for 1–5 steps, so 1–2–5', values: logUniform(2 * YI, 30 * YI, 100), yi: [5, 10, 20] },
    { name: 'many small, few large: detail kept at the bottom', values: [...logUniform(0.5 * YI, 20 * YI, 900), ...logUniform(20 * YI, 3000 * YI, 100)], yi: [1, 5, 10, 50, 100, 500] },
    { name: 'a single value: the default round breaks', values: [5 * YI], yi: [1, 5, 10, 50, 100] },
    { name: 'no sales at all: the default round breaks', values: [], yi: [1, 5, 10, 50, 100] },
  ])('$name', ({ values, yi }) => {
    expect(salesBreaks(values).map((b) => b / YI)).toEqual(yi);
  });

  it('never returns more breaks than asked, and every break lies within the data', () => {
    const values = logUniform(0.02 * YI, 9000 * YI, 500);
    for (const maxBreaks of [2, 3, 4, 5, 6]) {
      const breaks = salesBreaks(values, maxBreaks);
      expect(breaks.length).toBeLessThanOrEqual(maxBreaks);
      expect(Math.min(...breaks)).toBeGreaterThan(values[0]!);
      expect(Math.max(...breaks)).toBeLessThanOrEqual(values[values.length - 1]!);
    }
  });
});

// Three counties over three years: a growing belt, a belt that appears in 2020, no belt at all.
const years = [2018, 2019, 2020];
const metrics = makeMetrics({
  years,
  sales: [
    [2 * YI, 0, 0],
    [30 * YI, 0, 0],
    [120 * YI, 0.5 * YI, 0],
  ],
  firstYearOver100Yi: [2020, null, null],
});

describe('sales scale', () => {
  const scale = buildSalesScale(metrics, BELT_VIEW, mainlandRegions(metrics));
  const bins = scale.bins(0);

  it('is built from all years, so its bins are the same in every year', () => {
    expect(scale.bins(2)).toEqual(bins);
    expect(bins[bins.length - 1]!.lower).toBe(100 * YI); // the 2020 value sets the top break
  });

  it.each([
    { yearIndex: 0, county: 0, kind: 'range', contains: 2 * YI },
    { yearIndex: 1, county: 0, kind: 'range', contains: 30 * YI },
    { yearIndex: 2, county: 0, kind: 'range', contains: 120 * YI },
    { yearIndex: 2, county: 1, kind: 'range', contains: 0.5 * YI },
    { yearIndex: 2, county: 2, kind: 'no-belt', contains: null },
  ])('year $yearIndex county $county → $kind', ({ yearIndex, county, kind, contains }) => {
    const bin = bins[scale.binOf(yearIndex, county)]!;
    expect(bin.kind).toBe(kind);
    if (contains !== null) {
      expect(bin.lower ?? -Infinity).toBeLessThanOrEqual(contains);
      expect(bin.upper ?? Infinity).toBeGreaterThan(contains);
    }
  });

  it('has consecutive ranges and "no belt" as its own swatch', () => {
    const ranges = bins.filter((b) => b.kind === 'range');
    expect(ranges[0]!.lower).toBeNull();
    expect(ranges[ranges.length - 1]!.upper).toBeNull();
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]!.lower).toBe(ranges[i - 1]!.upper);
    expect(bins.filter((b) => b.kind === 'no-belt')).toHaveLength(1);
    expect(new Set(bins.map((b) => b.colour)).size).toBe(bins.length);
  });
});

describe('growth', () => {
  it.each([
    { yearIndex: 0, county: 0, status: { kind: 'no-data' } }, // first year: nothing to compare with
    { yearIndex: 1, county: 0, status: { kind: 'value', growth: 14 } },
    { yearIndex: 2, county: 1, status: { kind: 'new' } }, // no sales in 2019
    { yearIndex: 2, county: 2, status: { kind: 'no-belt' } },
  ])('status of county $county in year $yearIndex', ({ yearIndex, county, status }) => {
    expect(growthStatus(metrics, yearIndex, county)).toEqual(status);
  });

  it('is "no data" where the previous year had sales but growth is missing', () => {
    const gap = makeMetrics({ years, sales: [[YI], [YI], [YI]], growth: [[null], [null], [0]] });
    expect(growthStatus(gap, 1, 0)).toEqual({ kind: 'no-data' });
  });

  const growth = makeMetrics({ years: [2018, 2019], sales: [[YI, YI, YI, YI, YI, YI, YI, 0], [0.5 * YI, 0.9 * YI, YI, 1.1 * YI, 1.3 * YI, 1.8 * YI, 5 * YI, YI]] });
  const scale = buildGrowthScale(growth, BELT_VIEW, mainlandRegions(growth));
  const bins = scale.bins(1);

  it.each([
    { county: 0, label: '<-20' }, // -50 %
    { county: 1, label: '-20–0' }, // -10 %
    { county: 2, label: '0–20' }, // 0 % belongs to the bin starting at 0
    { county: 3, label: '0–20' },
    { county: 4, label: '20–50' },
    { county: 5, label: '50–100' },
    { county: 6, label: '≥100' }, // +400 %
    { county: 7, label: '新增' },
  ])('county $county is drawn in bin $label', ({ county, label }) => {
    expect(legendLabel(bins[scale.binOf(1, county)]!, 'growth', 'zh', BELT_VIEW)).toBe(label);
  });

  it('diverges around 0 with its breaks, plus new, no data and no belt swatches', () => {
    expect(bins.filter((b) => b.kind === 'range').map((b) => b.lower)).toEqual([null, ...GROWTH_BREAKS]);
    expect(bins.map((b) => b.kind).slice(-3)).toEqual(['new', 'no-data', 'no-belt']);
  });
});

describe('spread scale', () => {
  const spread = makeMetrics({
    years,
    sales: [[0, 0, 0], [0, 0, 0], [0, 0, 0]],
    firstYearOver100Yi: [2018, 2020, null],
  });
  const scale = buildSpreadScale(spread, BELT_VIEW, mainlandRegions(spread));

  it.each([
    { yearIndex: 0, county: 0, expected: { kind: 'year', year: 2018, isHighlighted: true } },
    { yearIndex: 1, county: 0, expected: { kind: 'year', year: 2018, isHighlighted: false } },
    { yearIndex: 1, county: 1, expected: { kind: 'not-yet', year: null, isHighlighted: false } },
    { yearIndex: 2, county: 1, expected: { kind: 'year', year: 2020, isHighlighted: true } },
    { yearIndex: 2, county: 2, expected: { kind: 'not-yet', year: null, isHighlighted: false } },
  ])('year $yearIndex county $county', ({ yearIndex, county, expected }) => {
    expect(scale.bins(yearIndex)[scale.binOf(yearIndex, county)]).toMatchObject(expected);
  });

  it('keeps every year\'s colour fixed; only the highlight moves', () => {
    const [first, last] = [scale.bins(0), scale.bins(2)];
    expect(first[1]!.colour).toBe(last[1]!.colour); // 2019 is neither highlighted in 2018 nor in 2020
    expect(first[0]!.colour).not.toBe(last[0]!.colour); // 2018: highlighted in 2018 only
    expect(first[0]!.colour).toBe(last[2]!.colour); // the highlight colour
    expect(first.map((b) => b.isFuture)).toEqual([false, true, true, false]);
  });
});

describe('county colours', () => {
  // 2020: 120 亿 (+300 %, 百亿 since 2020), 0.5 亿 (new), no belt.
  it.each([
    { layer: 'sales', rgba: [68, 1, 84, 255, 197, 224, 33, 255, 233, 230, 225, 255] }, // ≥100 亿 #440154, <1 亿 #c5e021, no belt #e9e6e1
    { layer: 'growth', rgba: [63, 0, 125, 255, 53, 151, 143, 255, 233, 230, 225, 255] }, // ≥100 % #3f007d, new #35978f, no belt
    { layer: 'spread', rgba: [230, 85, 13, 255, 233, 230, 225, 255, 233, 230, 225, 255] }, // crossed this year #e6550d, not yet ×2
  ] as const)('$layer: RGBA bytes of each county\'s swatch, in county order', ({ layer, rgba }) => {
    expect(Array.from(countyColours(buildLayerScale(layer, metrics, BELT_VIEW, mainlandRegions(metrics)), 2, 3))).toEqual(rgba);
  });

  it('leaves a county outside the scale\'s bins transparent', () => {
    const scale = { ...buildLayerScale('sales', metrics, BELT_VIEW, mainlandRegions(metrics)), binOf: () => 99 };
    expect(Array.from(countyColours(scale, 2, 1))).toEqual([0, 0, 0, 0]);
  });

  it.each([
    { hex: '#e9e6e1', rgba: [233, 230, 225, 255] },
    { hex: '#000000', rgba: [0, 0, 0, 255] },
  ])('rgbaOf($hex)', ({ hex, rgba }) => {
    expect(rgbaOf(hex)).toEqual(rgba);
  });

  it('rejects colours that are not #rrggbb', () => {
    expect(() => rgbaOf('rgb(1, 2, 3)')).toThrow(/#rrggbb/);
  });
});

describe('legend labels', () => {
  const range = (lower: number | null, upper: number | null) => ({
    kind: 'range' as const, colour: '#000000', lower, upper, year: null, isHighlighted: false, isFuture: false,
  });
  it.each([
    { bin: range(null, YI), layer: 'sales', zh: '<1', en: '<0.1' },
    { bin: range(YI, 5 * YI), layer: 'sales', zh: '1–5', en: '0.1–0.5' },
    { bin: range(100 * YI, null), layer: 'sales', zh: '≥100', en: '≥10' },
    { bin: range(-0.2, 0), layer: 'growth', zh: '-20–0', en: '-20–0' },
    { bin: { ...range(null, null), kind: 'year' as const, year: 2019 }, layer: 'spread', zh: '2019年', en: '2019' },
    { bin: { ...range(null, null), kind: 'year' as const, year: 2021, isHighlighted: true }, layer: 'spread', zh: '2021年新晋', en: 'New in 2021' },
    { bin: { ...range(null, null), kind: 'no-belt' as const }, layer: 'sales', zh: '无产业带', en: 'No belt' },
    { bin: { ...range(null, null), kind: 'no-data' as const }, layer: 'growth', zh: '无数据', en: 'No data' },
  ] as const)('$zh / $en', ({ bin, layer, zh, en }) => {
    expect(legendLabel(bin, layer, 'zh', BELT_VIEW)).toBe(zh);
    expect(legendLabel(bin, layer, 'en', BELT_VIEW)).toBe(en);
  });

  it.each([
    { layer: 'sales', zh: '亿元', en: 'billion yuan' },
    { layer: 'growth', zh: '%', en: '%' },
    { layer: 'spread', zh: '', en: '' },
  ] as const)('unit of $layer', ({ layer, zh, en }) => {
    expect(legendUnit(layer, 'zh', BELT_VIEW)).toBe(zh);
    expect(legendUnit(layer, 'en', BELT_VIEW)).toBe(en);
  });
});

describe('legend breaks', () => {
  it.each([
    { value: 5e8, layer: 'sales', zh: '5', en: '0.5' },
    { value: -0.2, layer: 'growth', zh: '-20', en: '-20' },
  ] as const)('$value on $layer', ({ value, layer, zh, en }) => {
    expect(legendBreakLabel(value, layer, 'zh', BELT_VIEW)).toBe(zh);
    expect(legendBreakLabel(value, layer, 'en', BELT_VIEW)).toBe(en);
  });
});
