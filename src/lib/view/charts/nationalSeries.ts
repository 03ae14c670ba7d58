/**
 * The "about the data" chart of a dataset's national series (淘宝村 212 in 2014 … 7,780 in 2022):
 * one bar per published year in SVG units, the years with a complete county list (the map's years)
 * told apart from years with a national total only.
 */
import type { NationalSeriesPoint } from '../../domain/datasetContract';

export interface SeriesBar {
  year: number;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The year has a complete county list, so the map shows it; otherwise only the national total is known. */
  hasCountyList: boolean;
  /** When the count was taken, where it is not the year's end ("2018-10"). */
  asOf: string | null;
  sourceId: string;
}

export interface SeriesChart {
  /** The largest value, the top of the scale. */
  max: number;
  bars: SeriesBar[];
}

/**
 * Bars of `series` in a `width` × `height` box (y grows downwards) with `gap` between bars, the
 * baseline at the bottom and the largest value reaching the top; bars are in year order.
 */
export function nationalSeriesChart(
  series: readonly NationalSeriesPoint[],
  mapYears: readonly number[],
  width: number,
  height: number,
  gap = 2,
): SeriesChart {
  const points = [...series].sort((a, b) => a.year - b.year);
  const max = Math.max(1, ...points.map((point) => point.value));
  const slot = points.length > 0 ? width / points.length : 0;
  const bars = points.map((point, i) => {
    const barHeight = round((height * point.value) / max);
    return {
      year: point.year,
      value: point.value,
      x: round(i * slot + gap / 2),
      y: round(height - barHeight),
      width: round(Math.max(0, slot - gap)),
      height: barHeight,
      hasCountyList: mapYears.includes(point.year),
      asOf: point.asOf,
      sourceId: point.sourceId,
    };
  });
  return { max, bars };
}

const round = (v: number) => Math.round(v * 10) / 10;
