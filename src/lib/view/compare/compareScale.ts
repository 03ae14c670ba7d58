/**
 * The difference layer: each place coloured by its change between a chosen first year and the
 * year shown (compareYears), on a diverging scale of its own with "new", "gone" and "no belt"
 * swatches. It has the LayerScale shape, so the map, the legend marker and the levels
 * (scaleByCounty) use it as they use the layers' scales.
 */
import { scaleThreshold } from 'd3-scale';
import type { CountyMetrics } from '../../domain/atlas';
import type { LayerScale, LegendBin, LegendBinKind } from '../scales/layerScale';
import type { LayerId } from '../../domain/layers';
import { COMPARE_DECLINE, COMPARE_GONE, COMPARE_NEW, COMPARE_RISE, COMPARE_UNCHANGED, NEUTRAL_NO_BELT } from '../scales/palettes';
import { yearChange, type YearChange } from './yearCompare';

/**
 * Breaks of the relative change in sales (fractions): round, the same for every pair of years so
 * that "+100 %" always looks the same; the top reaches high because six years of growth often
 * multiply sales (the median county of the bundled data trebles from 2018 to 2024).
 */
export const COMPARE_SALES_BREAKS = [-0.2, 0, 0.2, 0.5, 1, 3];
/** Breaks of the change in the number of 百亿 belts: fewer, the same, one, two, three or more. */
export const COMPARE_COUNT_BREAKS = [0, 1, 2, 3];

/** The base value the difference layer compares: sales, or the number of 百亿 belts for the spread layer. */
export function compareValues(metrics: CountyMetrics, layer: LayerId, yearIndex: number): ArrayLike<number> {
  return (layer === 'spread' ? (metrics.over100YiCount ?? metrics.values) : metrics.values)[yearIndex] ?? [];
}

/** What the difference layer colours: the relative change of sales, or the change in 百亿 belts. */
export function comparedNumber(change: YearChange, layer: LayerId): number | null {
  return layer === 'spread' ? change.difference : change.relativeChange;
}

function bin(kind: LegendBinKind, colour: string, lower: number | null = null, upper: number | null = null): LegendBin {
  return { kind, colour, lower, upper, year: null, isHighlighted: false, isFuture: false };
}

/**
 * The scale comparing fromYear with the year at binOf's yearIndex. The spread layer compares
 * counts of 百亿 belts, where "the same" is a swatch of its own; sales and growth compare sales.
 */
export function buildCompareScale(layer: LayerId, metrics: CountyMetrics, fromYear: number): LayerScale {
  const fromIndex = metrics.years.indexOf(fromYear);
  if (fromIndex < 0) throw new Error(`buildCompareScale: no data for year ${fromYear} (years ${metrics.years.join(', ')})`);
  const isCount = layer === 'spread';
  const breaks = isCount ? COMPARE_COUNT_BREAKS : COMPARE_SALES_BREAKS;
  const colours = isCount
    ? [COMPARE_DECLINE[1], COMPARE_UNCHANGED, COMPARE_RISE[1], COMPARE_RISE[3], COMPARE_RISE[4]]
    : [...COMPARE_DECLINE, ...COMPARE_RISE];
  const ranges = colours.map((colour, i) => bin('range', colour, breaks[i - 1] ?? null, breaks[i] ?? null));
  const bins = [...ranges, bin('new', COMPARE_NEW), bin('gone', COMPARE_GONE), bin('no-belt', NEUTRAL_NO_BELT)];
  const rangeOf = scaleThreshold<number, number>()
    .domain(breaks)
    .range(ranges.map((_, i) => i));
  const kindBin = { new: ranges.length, gone: ranges.length + 1, 'no-belt': ranges.length + 2 };
  const from = compareValues(metrics, layer, fromIndex);
  return {
    layer,
    bins: () => bins,
    binOf(yearIndex, countyIndex) {
      const change = yearChange(from[countyIndex] ?? 0, compareValues(metrics, layer, yearIndex)[countyIndex] ?? 0);
      return change.kind === 'change' ? rangeOf(comparedNumber(change, layer) ?? 0) : kindBin[change.kind];
    },
  };
}
