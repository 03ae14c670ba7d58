/**
 * The curated description of the 淘宝村 dataset (scripts/data/taobao-villages/dataset.json) and the
 * checks that keep it consistent with the lists: every figure has a known source (with an English
 * line where it is written in Chinese), a county figure
 * names a real county and a year without a complete list, and the lists add up to the published totals.
 */
import type { CountyTableFile, LocalizedText, SourceRecord } from '../../../src/lib/domain/contract';
import type { DatasetMeasure, DatasetWords, NationalSeriesPoint, ReportedCountyPoint } from '../../../src/lib/domain/datasetContract';
import { sourceLanguageProblems } from '../sourcePlausibility';

export interface CuratedDataset {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  measure: DatasetMeasure;
  words: DatasetWords;
  years: number[];
  spreadThreshold: number;
  yearSourceIds: string[];
  sources: SourceRecord[];
  nationalSeries: NationalSeriesPoint[];
  reportedCountyPoints: ReportedCountyPoint[];
}

/** Every problem of the curated file, each naming what is wrong; empty when it is consistent. */
export function curatedDatasetProblems(dataset: CuratedDataset, counties: CountyTableFile): string[] {
  const problems: string[] = [];
  const sourceIds = new Set<string>();
  for (const source of dataset.sources) {
    if (sourceIds.has(source.id)) problems.push(`source id "${source.id}" appears twice`);
    sourceIds.add(source.id);
    // The English interface cites every source too.
    problems.push(...sourceLanguageProblems(source));
  }
  const checkSource = (id: string, where: string) => {
    if (!sourceIds.has(id)) problems.push(`${where}: unknown source id "${id}"`);
  };
  dataset.years.forEach((year, i) => {
    if (i > 0 && year !== dataset.years[i - 1]! + 1) problems.push(`years must be consecutive, got ${dataset.years.join(', ')}`);
  });
  if (dataset.yearSourceIds.length !== dataset.years.length) problems.push('yearSourceIds needs one source id per year');
  dataset.yearSourceIds.forEach((id, i) => checkSource(id, `yearSourceIds[${i}]`));
  const seriesYears = new Set<number>();
  for (const point of dataset.nationalSeries) {
    if (seriesYears.has(point.year)) problems.push(`nationalSeries: year ${point.year} appears twice`);
    seriesYears.add(point.year);
    checkSource(point.sourceId, `nationalSeries ${point.year}`);
  }
  const countyCodes = new Set(counties.codes);
  for (const point of dataset.reportedCountyPoints) {
    const where = `reportedCountyPoints ${point.countyCode} ${point.year}`;
    checkSource(point.sourceId, where);
    if (!countyCodes.has(point.countyCode)) problems.push(`${where}: no county has this code`);
    // A year with a complete list has the list's count; a second figure would contradict it.
    if (dataset.years.includes(point.year)) problems.push(`${where}: the year has a complete list`);
  }
  return problems;
}
