import { describe, expect, it } from 'vitest';
import { BELT_VIEW } from '../../support/beltView';
import { buildGrowthScale, buildSalesScale, buildSpreadScale, type LegendBin } from '../../../../src/lib/view/scales/layerScale';
import { buildCompareScale } from '../../../../src/lib/view/compare/compareScale';
import { areaTable } from '../../../../src/lib/domain/areas';
import { aggregateMetrics } from '../../../../src/lib/domain/levels';
import { readTaobaoVillages } from '../../support/taobaoDataset';
import { deltaE2000, perceivedDifference, type Deficiency } from '../../support/colourVision';
import { makeMetrics } from '../../support/metricsFixture';
import type { Theme } from '../../../../src/lib/state/theme';
import { mainlandRegions } from '../../support/mainlandRegions';

/** ΔE2000 below which two swatches of one legend are taken to be too alike to tell apart on a map. */
const MIN_DIFFERENCE = 8;
const VISIONS: (Deficiency | 'normal')[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

describe('colour-vision checks themselves', () => {
  // Sharma, Wu & Dalal (2005), test pairs 1, 7 and 17.
  it.each([
    { lab1: [50, 2.6772, -79.7751], lab2: [50, 0, -82.7485], expected: 2.0425 },
    { lab1: [50, 0, 0], lab2: [50, -1, 2], expected: 2.3669 },
    { lab1: [50, 2.5, 0], lab2: [73, 25, -18], expected: 27.1492 },
  ] as const)('CIEDE2000 of Sharma pair → $expected', ({ lab1, lab2, expected }) => {
    expect(deltaE2000([...lab1], [...lab2])).toBeCloseTo(expected, 3);
  });

  it('a red and an olive that anyone else tells apart merge for a deuteranope', () => {
    expect(perceivedDifference('#c83232', '#6e7d1e', 'normal')).toBeGreaterThan(40);
    expect(perceivedDifference('#c83232', '#6e7d1e', 'deuteranopia')).toBeLessThan(MIN_DIFFERENCE);
  });
});

/** Pairs that must stay apart: neighbouring swatches, and every special swatch against all others. */
function pairsToCheck(bins: LegendBin[]): [LegendBin, LegendBin][] {
  const pairs: [LegendBin, LegendBin][] = [];
  for (let i = 0; i < bins.length; i++) {
    for (let j = i + 1; j < bins.length; j++) {
      const isSpecial = (b: LegendBin) => b.kind !== 'range' && b.kind !== 'year';
      const isSpreadYear = bins[i]!.kind === 'year'; // any two years may touch on the map
      if (j === i + 1 || isSpecial(bins[i]!) || isSpecial(bins[j]!) || isSpreadYear || bins[j]!.isHighlighted) {
        pairs.push([bins[i]!, bins[j]!]);
      }
    }
  }
  return pairs;
}

const YI = 1e8;
const logUniform = (from: number, to: number, n: number) =>
  Array.from({ length: n }, (_, i) => Math.exp(Math.log(from) + ((Math.log(to) - Math.log(from)) * i) / (n - 1)));

/** Every legend the layers can show, in a theme's colours. */
function legendsIn(theme: Theme) {
  // Sales spans that give every number of bins the sales scale can have.
  const salesLegends = [
    { name: '2–30 亿', from: 2, to: 30 },
    { name: '1–60 亿', from: 1, to: 60 },
    { name: '0.5–120 亿', from: 0.5, to: 120 },
    { name: '0.3–600 亿', from: 0.3, to: 600 },
    { name: '0.3–1,500 亿', from: 0.3, to: 1500 },
  ].map(({ name, from, to }) => {
    const metrics = makeMetrics({ years: [2024], sales: [logUniform(from * YI, to * YI, 400)] });
    const bins = buildSalesScale(metrics, BELT_VIEW, mainlandRegions(metrics), theme).bins(0);
    return { name: `sales ${name} (${bins.length} swatches)`, bins };
  });
  const oneCounty = makeMetrics({ years: [2024], sales: [[1]] });
  const growthLegend = { name: 'growth', bins: buildGrowthScale(oneCounty, BELT_VIEW, mainlandRegions(oneCounty), theme).bins(0) };
  // The years ramp holds 7 distinguishable steps: a dataset with more years would need its earliest years grouped.
  const spreadLegends = [3, 7].flatMap((yearCount) => {
    const years = Array.from({ length: yearCount }, (_, i) => 2018 + i);
    const metrics = makeMetrics({ years, sales: years.map(() => [0]) });
    const scale = buildSpreadScale(metrics, BELT_VIEW, mainlandRegions(metrics), theme);
    return years.map((year, i) => ({ name: `spread, ${yearCount} years, shown ${year}`, bins: scale.bins(i) }));
  });

  // The difference layer (compare mode): relative change of sales, and change of 百亿 belt counts.
  const oneCountyTwoYears = makeMetrics({ years: [2018, 2024], sales: [[1], [2]] });
  const compareLegends = (['sales', 'spread'] as const).map((layer) => ({
    name: `compare ${layer}`,
    bins: buildCompareScale(layer, oneCountyTwoYears, 2018, BELT_VIEW, mainlandRegions(oneCountyTwoYears), theme).bins(1),
  }));

  // A count dataset (the committed 淘宝村 lists): its value layer with "no data" for places outside the
  // lists, and the difference of counts with as many rises as the county and province levels fit.
  const taobao = readTaobaoVillages();
  const provinceTable = areaTable(taobao.counties, 'province');
  const taobaoProvinces = aggregateMetrics(taobao.metrics, provinceTable);
  const countLegends = [
    { name: 'counts, 淘宝村 counties', bins: buildSalesScale(taobao.metrics, taobao.dataset, taobao.counties.regions, theme).bins(2) },
    { name: 'compare counts, 淘宝村 counties', bins: buildCompareScale('sales', taobao.metrics, 2014, taobao.dataset, taobao.counties.regions, theme).bins(2) },
    { name: 'compare counts, 淘宝村 provinces', bins: buildCompareScale('sales', taobaoProvinces, 2014, taobao.dataset, provinceTable.regions, theme).bins(2) },
  ];
  return [...salesLegends, growthLegend, ...spreadLegends, ...compareLegends, ...countLegends].map((legend) => ({ ...legend, name: `${theme}: ${legend.name}` }));
}

describe.each([...legendsIn('light'), ...legendsIn('dark')])('$name', ({ bins }) => {
  it.each(VISIONS)('swatches stay apart for %s vision', (vision) => {
    for (const [a, b] of pairsToCheck(bins)) {
      const difference = perceivedDifference(a.colour, b.colour, vision);
      expect(difference, `${a.kind} ${a.colour} vs ${b.kind} ${b.colour}`).toBeGreaterThan(MIN_DIFFERENCE);
    }
  });
});
