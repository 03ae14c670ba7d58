/** Choosing the grid's years: the years offered at first, and a year switched on or off within the grid's bounds. */
import { MAX_GRID_YEARS } from '../../state/url';

/** The grid holds at least two maps. */
export const MIN_GRID_YEARS = 2;

/** The most maps the grid shows for a dataset: all of its years up to MAX_GRID_YEARS (淘宝村 2014–2016: 3). */
export function maxGridYears(datasetYears: readonly number[]): number {
  return Math.min(MAX_GRID_YEARS, datasetYears.length);
}

/** The grid's first years: the dataset's first, middle and last (two for a two-year dataset); null when it has fewer than two years. */
export function firstGridYears(datasetYears: readonly number[]): number[] | null {
  if (datasetYears.length < MIN_GRID_YEARS) return null;
  const middle = datasetYears[Math.floor((datasetYears.length - 1) / 2)]!;
  return [...new Set([datasetYears[0]!, middle, datasetYears[datasetYears.length - 1]!])];
}

/** The grid's years with `year` switched on or off, ascending; unchanged where that would leave fewer than two maps or more than the most. */
export function toggleGridYear(gridYears: readonly number[], year: number, datasetYears: readonly number[]): readonly number[] {
  const isOn = gridYears.includes(year);
  if (isOn && gridYears.length <= MIN_GRID_YEARS) return gridYears;
  if (!isOn && (gridYears.length >= maxGridYears(datasetYears) || !datasetYears.includes(year))) return gridYears;
  return isOn ? gridYears.filter((y) => y !== year) : [...gridYears, year].sort((a, b) => a - b);
}
