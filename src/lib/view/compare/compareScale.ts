/**
 * The difference layer: each place coloured by its change between a chosen first year and the
 * year shown (compareYears), on a diverging scale of its own with "new", "gone" and "none"
 * swatches. An amount (yuan) changes relatively (+60 %); a count (villages, 百亿 belts) by a
 * difference (+3), as a reader of counts expects: from 1 village to 2 is +100 % yet one village.
 * It has the LayerScale shape, so the map, the legend marker and the levels (scaleByCounty) use
 * it as they use the layers' scales.
 */
import { scaleThreshold } from 'd3-scale';
import type { CountyMetrics } from '../../domain/atlas';
import type { RegionId } from '../../domain/contract';
import { noDataOf } from '../../domain/coverage';
import { countBreaks, type LayerScale, type LegendBin, type LegendBinKind } from '../scales/layerScale';
import type { LayerId } from '../../domain/layers';
import { COMPARE_RISE, LAYER_PALETTES, type LayerPalette } from '../scales/palettes';
import type { Theme } from '../../state/theme';
import { hasBelts, type ViewDataset } from '../scales/viewDataset';
import { yearChange, type YearChange } from './yearCompare';

/**
 * Breaks of the relative change in sales (fractions): round, the same for every pair of years so
 * that "+100 %" always looks the same; the top reaches high because six years of growth often
 * multiply sales (the median county of the bundled data trebles from 2018 to 2024).
 */
export const COMPARE_SALES_BREAKS = [-0.2, 0, 0.2, 0.5, 1, 3];
/** Breaks of the change in the number of 百亿 belts: fewer, the same, one, two, three or more. */
export const COMPARE_COUNT_BREAKS = [0, 1, 2, 3];

/**
 * How the difference layer compares: the relative change of an amount (sales), the difference in
 * 百亿 belts (the belt model's spread layer), or the difference of a count measure (villages, on
 * every layer: a dataset without belts compares its values).
 */
export type CompareKind = 'relative' | 'belt-count' | 'measure-count';

export function compareKind(layer: LayerId, dataset: ViewDataset): CompareKind {
  if (layer === 'spread' && hasBelts(dataset)) return 'belt-count';
  return dataset.measure.unit === 'count' ? 'measure-count' : 'relative';
}

/** The base value the difference layer compares: the values, or the number of 百亿 belts for the spread layer. */
export function compareValues(metrics: CountyMetrics, layer: LayerId, yearIndex: number): ArrayLike<number> {
  return (layer === 'spread' ? (metrics.over100YiCount ?? metrics.values) : metrics.values)[yearIndex] ?? [];
}

/** What the difference layer colours: the relative change, or the difference of a count. */
export function comparedNumber(change: YearChange, layer: LayerId, dataset: ViewDataset): number | null {
  return compareKind(layer, dataset) === 'relative' ? change.relativeChange : change.difference;
}

/** Rises of a count measure, fitted like the value layer's breaks: at most this many after "+1". */
const MAX_COUNT_RISE_BREAKS = COMPARE_RISE.length - 1;

/**
 * Breaks of the difference of a count measure: fewer, the same, +1, then whole-number steps fitted
 * to the rises between every pair of years (+2–4, +5–9 …), so the swatches stay put whichever
 * two years are compared.
 */
export function countChangeBreaks(metrics: CountyMetrics, layer: LayerId): number[] {
  const rises: number[] = [];
  metrics.years.forEach((_, from) => {
    const before = compareValues(metrics, layer, from);
    for (let to = from + 1; to < metrics.years.length; to++) {
      const after = compareValues(metrics, layer, to);
      for (let c = 0; c < before.length; c++) {
        const rise = after[c]! - before[c]!;
        if (before[c]! > 0 && rise > 0) rises.push(rise);
      }
    }
  });
  return [0, 1, ...(rises.length > 0 ? countBreaks(rises, MAX_COUNT_RISE_BREAKS) : [])];
}

function bin(kind: LegendBinKind, colour: string, lower: number | null = null, upper: number | null = null): LegendBin {
  return { kind, colour, lower, upper, year: null, isHighlighted: false, isFuture: false };
}

/**
 * The scale comparing fromYear with the year at binOf's yearIndex, over places of the given regions
 * (a place the dataset does not cover in either year is "no data"). Counts (百亿 belts, villages)
 * have "the same" as a swatch of its own; amounts compare relatively.
 */
export function buildCompareScale(
  layer: LayerId,
  metrics: CountyMetrics,
  fromYear: number,
  dataset: ViewDataset,
  regions: readonly RegionId[],
  theme: Theme = 'light',
): LayerScale {
  const palette = LAYER_PALETTES[theme];
  const fromIndex = metrics.years.indexOf(fromYear);
  if (fromIndex < 0) throw new Error(`buildCompareScale: no data for year ${fromYear} (years ${metrics.years.join(', ')})`);
  const kind = compareKind(layer, dataset);
  const breaks = kind === 'relative' ? COMPARE_SALES_BREAKS : kind === 'belt-count' ? COMPARE_COUNT_BREAKS : countChangeBreaks(metrics, layer);
  const colours = kind === 'relative' ? [...palette.compareDecline, ...palette.compareRise] : countChangeColours(palette, breaks.length - 1);
  const ranges = colours.map((colour, i) => bin('range', colour, breaks[i - 1] ?? null, breaks[i] ?? null));
  const hasNoData = noDataOf(dataset, metrics, regions);
  const bins = [
    ...ranges,
    bin('new', palette.compareNew),
    bin('gone', palette.compareGone),
    bin('no-belt', palette.neutralNoBelt),
    ...(hasNoData ? [bin('no-data', palette.compareNoData)] : []),
  ];
  const rangeOf = scaleThreshold<number, number>()
    .domain(breaks)
    .range(ranges.map((_, i) => i));
  const kindBin = { new: ranges.length, gone: ranges.length + 1, 'no-belt': ranges.length + 2 };
  const from = compareValues(metrics, layer, fromIndex);
  return {
    layer,
    bins: () => bins,
    binOf(yearIndex, countyIndex) {
      if (hasNoData?.(fromIndex, countyIndex) || hasNoData?.(yearIndex, countyIndex)) return bins.length - 1;
      const change = yearChange(from[countyIndex] ?? 0, compareValues(metrics, layer, yearIndex)[countyIndex] ?? 0);
      return change.kind === 'change' ? rangeOf(comparedNumber(change, layer, dataset) ?? 0) : kindBin[change.kind];
    },
  };
}

/**
 * A count's change: one swatch for fewer, grey for the same, then `rises` blues, darkest last
 * (three rises are the 百亿 belts' +1, +2, +3 or more, as they have always been coloured).
 */
function countChangeColours({ compareRise, compareDecline, compareUnchanged }: LayerPalette, rises: number): string[] {
  const blues = rises === 3 ? [compareRise[1]!, compareRise[3]!, compareRise[4]!] : compareRise.slice(compareRise.length - rises);
  return [compareDecline[1]!, compareUnchanged, ...blues];
}
