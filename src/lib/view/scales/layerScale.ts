import { scaleLinear, scaleThreshold } from 'd3-scale';
import type { CountyMetrics } from '../../domain/atlas';
import { LAYER_PALETTES, SALES_RAMP } from './palettes';
import type { Theme } from '../../state/theme';
import { growthStatus } from './growthStatus';
import type { LayerId } from '../../domain/layers';
import type { RegionId } from '../../domain/contract';
import { noDataOf } from '../../domain/coverage';
import type { ViewDataset } from './viewDataset';

/** 'gone' only in the difference layer (compare/compareScale.ts): belts in the first year, none in the second. */
export type LegendBinKind = 'range' | 'no-belt' | 'new' | 'gone' | 'no-data' | 'year' | 'not-yet';

/**
 * One swatch of a legend, in numbers (the component formats them in the current language).
 * Ranges are [lower, upper): values in the measure's unit (yuan, counts), growth as a fraction;
 * null = open-ended.
 */
export interface LegendBin {
  kind: LegendBinKind;
  colour: string;
  lower: number | null;
  upper: number | null;
  /** Spread layer: the year the bin stands for. */
  year: number | null;
  /** Spread layer: the counties that first reached the spread threshold (100 亿, a first village) in the year shown. */
  isHighlighted: boolean;
  /** Spread layer: a year after the one shown, so no county is drawn in it yet. */
  isFuture: boolean;
}

/**
 * The colour scale of one layer for one category set, built once from all years so that the
 * legend and the colours stay put while the timeline plays.
 */
export interface LayerScale {
  layer: LayerId;
  /** Legend swatches for the year at yearIndex (only the spread layer's differ between years). */
  bins(yearIndex: number): LegendBin[];
  /** Index into bins(yearIndex) of a county's swatch. */
  binOf(yearIndex: number, countyIndex: number): number;
}

const YI = 1e8;
/** Round break candidates in 亿元: 1–5 steps, and 1–2–5 steps when the data spans too little for 1–5. */
const SALES_LADDER_YI = [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 50, 100, 500, 1000, 5000, 10000];
const DENSE_SALES_LADDER_YI = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000];
export const MAX_SALES_BREAKS = SALES_RAMP.length - 1;
/** Used when the data holds too few distinct sales values to place breaks between. */
const FALLBACK_SALES_BREAKS = [1, 5, 10, 50, 100].map((yi) => yi * YI);
/**
 * Round break candidates for counts, in 1–2–5 steps: whole numbers, so that every bin is a range
 * of whole counts (1, 2–4, 5–9 …). A count starts at 1 (0 is the "none" swatch), so 1 is the
 * lowest bin's bound, never a break.
 */
const COUNT_LADDER = [2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000];
const FALLBACK_COUNT_BREAKS = [2, 5, 10, 20, 50];
/** The smallest count on the value layer: the lower bound of its first bin. */
const LOWEST_COUNT = 1;

/**
 * Round sales breaks (yuan) for the given positive values: ladder steps above the 5th percentile
 * and no higher than the maximum, so the lowest and highest bins both hold counties; when there are
 * too many, the end holding fewer counties is merged, keeping detail where the counties are.
 */
export function salesBreaks(positiveSales: ArrayLike<number>, maxBreaks = MAX_SALES_BREAKS): number[] {
  const yuan = (ladder: number[]) => ladder.map((yi) => yi * YI);
  return fittedBreaks(positiveSales, [yuan(SALES_LADDER_YI), yuan(DENSE_SALES_LADDER_YI)], FALLBACK_SALES_BREAKS, maxBreaks);
}

/** Round whole-number breaks for positive counts (淘宝村 per county), placed as salesBreaks places them. */
export function countBreaks(positiveCounts: ArrayLike<number>, maxBreaks = MAX_SALES_BREAKS): number[] {
  return fittedBreaks(positiveCounts, [COUNT_LADDER], FALLBACK_COUNT_BREAKS, maxBreaks);
}

/** Round 1–2–5 steps over every decade a percentage or a measure in a free unit may span. */
const NUMBER_LADDER = Array.from({ length: 13 }, (_, decade) => [1, 2, 5].map((step) => Number((step * 10 ** (decade - 3)).toPrecision(1)))).flat();
const FALLBACK_NUMBER_BREAKS = [1, 2, 5, 10, 20];

/** Round breaks for a percentage or a measure in a free unit (an imported file's), placed as salesBreaks places them. */
export function numberBreaks(positiveValues: ArrayLike<number>, maxBreaks = MAX_SALES_BREAKS): number[] {
  return fittedBreaks(positiveValues, [NUMBER_LADDER], FALLBACK_NUMBER_BREAKS, maxBreaks);
}

/** The breaks of the value layer in the measure's unit: yuan, counts, or plain numbers (percent, a free unit). */
function valueBreaks(positiveValues: ArrayLike<number>, dataset: ViewDataset, maxBreaks = MAX_SALES_BREAKS): number[] {
  if (dataset.measure.unit === 'yuan') return salesBreaks(positiveValues, maxBreaks);
  if (dataset.measure.unit === 'count') return countBreaks(positiveValues, maxBreaks);
  return numberBreaks(positiveValues, maxBreaks);
}

/**
 * Steps of the first ladder within the data (above its 5th percentile, at most its maximum), or of
 * the next ladder when fewer than three fit; the fallback when the data leaves room for none.
 */
function fittedBreaks(positive: ArrayLike<number>, ladders: number[][], fallback: number[], maxBreaks: number): number[] {
  const values = Float64Array.from(positive).sort();
  if (values.length === 0) return fallback;
  const low = values[Math.floor(0.05 * (values.length - 1))]!;
  const high = values[values.length - 1]!;
  const withinData = (ladder: number[]) => ladder.filter((b) => b > low && b <= high);
  let breaks: number[] = [];
  for (const ladder of ladders) {
    breaks = withinData(ladder);
    if (breaks.length >= 3) break;
  }
  if (breaks.length === 0) return fallback;
  while (breaks.length > maxBreaks) {
    const mergedAtBottom = countBelow(values, breaks[1]!);
    const mergedAtTop = values.length - countBelow(values, breaks[breaks.length - 2]!);
    if (mergedAtBottom <= mergedAtTop) breaks.shift();
    else breaks.pop();
  }
  return breaks;
}

/** Number of sorted values below the limit (binary search). */
function countBelow(sorted: Float64Array, limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** n colours spread evenly over a ramp (all of it when n equals its length). */
function sampleRamp(ramp: readonly string[], n: number): string[] {
  if (n === 1) return [ramp[Math.floor(ramp.length / 2)]!];
  const interpolate = scaleLinear<string>()
    .domain(ramp.map((_, i) => i / (ramp.length - 1)))
    .range([...ramp]);
  return Array.from({ length: n }, (_, i) => hexOf(interpolate(i / (n - 1))));
}

/** d3 interpolates to "rgb(r, g, b)"; legends and tests want hex. */
function hexOf(colour: string): string {
  if (colour.startsWith('#')) return colour;
  const [r, g, b] = (colour.match(/\d+/g) ?? []).map(Number);
  return `#${[r, g, b].map((c) => (c ?? 0).toString(16).padStart(2, '0')).join('')}`;
}

function bin(kind: LegendBinKind, colour: string, lower: number | null = null, upper: number | null = null): LegendBin {
  return { kind, colour, lower, upper, year: null, isHighlighted: false, isFuture: false };
}

/** Ranges between the breaks; the first starts at `lowest` where the values have a known least (counts: 1). */
function rangeBins(breaks: number[], colours: string[], lowest: number | null = null): LegendBin[] {
  return colours.map((colour, i) => bin('range', colour, breaks[i - 1] ?? lowest, breaks[i] ?? null));
}

/**
 * The value layer: round breaks fitted to the measure (亿元 steps for yuan, whole counts for
 * counts); a 0 is the "none" swatch (无产业带, 无淘宝村), never a range.
 */
export function buildSalesScale(metrics: CountyMetrics, dataset: ViewDataset, regions: readonly RegionId[], theme: Theme = 'light'): LayerScale {
  const { salesRamp, neutralNoBelt, noData } = LAYER_PALETTES[theme];
  const positive: number[] = [];
  for (const yearSales of metrics.values) for (const s of yearSales) if (s > 0) positive.push(s);
  const breaks = valueBreaks(positive, dataset);
  const lowest = dataset.measure.unit === 'count' ? LOWEST_COUNT : null;
  const ranges = rangeBins(breaks, sampleRamp(salesRamp, breaks.length + 1), lowest);
  const hasNoData = noDataOf(dataset, metrics, regions);
  // Bin 0 is "none"; the threshold scale maps values to bins 1…n; "no data" (if any) comes last.
  const bins = [bin('no-belt', neutralNoBelt), ...ranges, ...(hasNoData ? [bin('no-data', noData)] : [])];
  const rangeOf = scaleThreshold<number, number>()
    .domain(breaks)
    .range(ranges.map((_, i) => i + 1));
  return {
    layer: 'sales',
    bins: () => bins,
    binOf(yearIndex, countyIndex) {
      if (hasNoData?.(yearIndex, countyIndex)) return bins.length - 1;
      const sales = metrics.values[yearIndex]?.[countyIndex] ?? 0;
      return sales > 0 ? rangeOf(sales) : 0;
    },
  };
}

/** Growth breaks (fractions): diverging around 0, round, the same for every dataset so that
 * "+20 %" always looks the same. */
export const GROWTH_BREAKS = [-0.2, 0, 0.2, 0.5, 1];

export function buildGrowthScale(metrics: CountyMetrics, dataset: ViewDataset, regions: readonly RegionId[], theme: Theme = 'light'): LayerScale {
  const { growthDecline, growthRise, growthNew, noData, neutralNoBelt } = LAYER_PALETTES[theme];
  const ranges = rangeBins(GROWTH_BREAKS, [...growthDecline, ...growthRise]);
  const bins = [...ranges, bin('new', growthNew), bin('no-data', noData), bin('no-belt', neutralNoBelt)];
  const rangeOf = scaleThreshold<number, number>()
    .domain(GROWTH_BREAKS)
    .range(ranges.map((_, i) => i));
  const statusBin = { new: ranges.length, 'no-data': ranges.length + 1, 'no-belt': ranges.length + 2 };
  const hasNoData = noDataOf(dataset, metrics, regions);
  return {
    layer: 'growth',
    bins: () => bins,
    binOf(yearIndex, countyIndex) {
      if (hasNoData?.(yearIndex, countyIndex)) return statusBin['no-data'];
      const status = growthStatus(metrics, yearIndex, countyIndex);
      return status.kind === 'value' ? rangeOf(status.growth) : statusBin[status.kind];
    },
  };
}

export function buildSpreadScale(metrics: CountyMetrics, dataset: ViewDataset, regions: readonly RegionId[], theme: Theme = 'light'): LayerScale {
  const { spreadYearsRamp, spreadNewThisYear, neutralNoBelt, noData } = LAYER_PALETTES[theme];
  const years = metrics.years;
  const colours = sampleRamp(spreadYearsRamp, years.length);
  const notYet = years.length;
  const hasNoData = noDataOf(dataset, metrics, regions);
  const binsByYear = years.map((shownYear) => [
    ...years.map((year, i) => ({
      ...bin('year', year === shownYear ? spreadNewThisYear : colours[i]!),
      year,
      isHighlighted: year === shownYear,
      isFuture: year > shownYear,
    })),
    bin('not-yet', neutralNoBelt),
    ...(hasNoData ? [bin('no-data', noData)] : []),
  ]);
  return {
    layer: 'spread',
    bins: (yearIndex) => binsByYear[yearIndex] ?? [],
    binOf(yearIndex, countyIndex) {
      if (hasNoData?.(yearIndex, countyIndex)) return notYet + 1;
      const first = metrics.spreadFirstYear[countyIndex];
      const shownYear = years[yearIndex];
      if (first == null || shownYear === undefined || first > shownYear) return notYet;
      return years.indexOf(first);
    },
  };
}

/**
 * The scale of a layer for the dataset shown, over places of the given regions (the level's
 * AreaTable.regions: which places the dataset covers), in the colours of a theme (the light one unless given).
 */
export function buildLayerScale(layer: LayerId, metrics: CountyMetrics, dataset: ViewDataset, regions: readonly RegionId[], theme: Theme = 'light'): LayerScale {
  switch (layer) {
    case 'sales':
      return buildSalesScale(metrics, dataset, regions, theme);
    case 'growth':
      return buildGrowthScale(metrics, dataset, regions, theme);
    case 'spread':
      return buildSpreadScale(metrics, dataset, regions, theme);
  }
}
