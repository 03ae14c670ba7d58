/**
 * The change of a layer's base value between two chosen years, per place: what a difference layer
 * colours and its tooltip says. Works on metrics of any level (see aggregate/levels.ts).
 */
import type { CountyMetrics } from '../../domain/atlas';
import type { LayerId } from '../../domain/layers';

/**
 * change: a value in both years; new: none in the first, some in the second; gone: the reverse;
 * no-belt: none in either year (for the spread layer: no 百亿 belt), so nothing to compare.
 */
export type YearChangeKind = 'change' | 'new' | 'gone' | 'no-belt';

export interface YearChange {
  kind: YearChangeKind;
  from: number;
  to: number;
  /** to − from: yuan for sales, belts for the spread layer. */
  difference: number;
  /** to / from − 1 (0.25 = +25 %; gone = −1); null where the first year has nothing to grow from. */
  relativeChange: number | null;
}

/**
 * The value compared for each layer: sales for the sales and the growth layer (the change in
 * sales between two years is the growth over the period; growth rates themselves do not subtract
 * meaningfully), the number of 百亿 belts for the spread layer (a dataset without belts compares its values).
 */
function baseValues(metrics: CountyMetrics, layer: LayerId, yearIndex: number): ArrayLike<number> {
  return (layer === 'spread' ? (metrics.over100YiCount ?? metrics.values) : metrics.values)[yearIndex]!;
}

export function yearChange(from: number, to: number): YearChange {
  const kind: YearChangeKind = from > 0 ? (to > 0 ? 'change' : 'gone') : to > 0 ? 'new' : 'no-belt';
  return { kind, from, to, difference: to - from, relativeChange: from > 0 ? to / from - 1 : null };
}

/** The change of every place from fromYear to toYear, in the order of the metrics' places. */
export function compareYears(metrics: CountyMetrics, layer: LayerId, fromYear: number, toYear: number): YearChange[] {
  const indexOf = (year: number) => {
    const index = metrics.years.indexOf(year);
    if (index < 0) throw new Error(`compareYears: no data for year ${year} (years ${metrics.years.join(', ')})`);
    return index;
  };
  const from = baseValues(metrics, layer, indexOf(fromYear));
  const to = baseValues(metrics, layer, indexOf(toYear));
  return Array.from(from, (value, place) => yearChange(value, to[place]!));
}
