/**
 * Builds the 淘宝村 dataset's files from the placed lists: per county and year the number of
 * Taobao villages (0 where a complete list has none: a real value) and the 2016 淘宝镇 count, with
 * the metrics every listed dataset has (src/lib/dataset/listedMetrics.ts); and the villages and
 * towns of each county for its panel. Pure and deterministic: the output depends only
 * on the inputs, in the order of the county table and of the lists.
 */
import type { CountyTableFile, ProvenanceCode } from '../../../src/lib/domain/contract';
import type {
  DatasetDescriptor,
  DatasetDetailsFile,
  DatasetMetricsFile,
  ListedTown,
  ListedVillage,
} from '../../../src/lib/domain/datasetContract';
import { LISTED_DETAILS_FILE, LISTED_METRICS_FILE, type ListedDatasetFiles } from '../../../src/lib/dataset/listedFiles';
import { buildListedMetrics } from '../../../src/lib/dataset/listedMetrics';
import { curatedDatasetProblems, type CuratedDataset } from './curatedDataset';
import type { PlacedRow } from './placeRows';
import type { TownRow, VillageRow } from './readLists';

const METRICS_FILE = LISTED_METRICS_FILE;
const DETAILS_FILE = LISTED_DETAILS_FILE;

export interface PlacedLists {
  villages: PlacedRow<VillageRow>[];
  towns: PlacedRow<TownRow>[];
}

export interface DatasetInput {
  counties: CountyTableFile;
  dataset: CuratedDataset;
  placed: PlacedLists;
  generatedBy: string;
}

export type DatasetFiles = ListedDatasetFiles;

export function buildDataset(input: DatasetInput): DatasetFiles {
  const { counties, dataset, placed } = input;
  const problems = [...curatedDatasetProblems(dataset, counties), ...totalsProblems(input)];
  if (problems.length > 0) throw new Error(`淘宝村 dataset: ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);

  const yearIndex = (year: number) => dataset.years.indexOf(year);
  const values = dataset.years.map(() => new Array<number>(counties.codes.length).fill(0));
  for (const { row, placement } of placed.villages) values[yearIndex(row.year)]![placement.countyIndex]! += 1;
  const towns = dataset.years.map((year) => {
    const rows = placed.towns.filter(({ row }) => row.year === year);
    if (rows.length === 0) return null;
    const perCounty = new Array<number>(counties.codes.length).fill(0);
    for (const { placement } of rows) perCounty[placement.countyIndex]! += 1;
    return perCounty;
  });

  return {
    meta: buildMeta(input),
    metrics: buildMetrics(input, values, towns),
    details: buildDetails(input),
  };
}

/** The lists must add up to the published national totals of their years, or rows are missing. */
function totalsProblems({ dataset, placed }: DatasetInput): string[] {
  const problems: string[] = [];
  for (const year of dataset.years) {
    const published = dataset.nationalSeries.find((point) => point.year === year);
    const villages = placed.villages.filter(({ row }) => row.year === year).length;
    const towns = placed.towns.filter(({ row }) => row.year === year).length;
    if (published === undefined) problems.push(`nationalSeries has no total for ${year}, a year with a complete list`);
    else if (published.value !== villages) problems.push(`${year}: the list has ${villages} villages, the published total is ${published.value}`);
    if (published?.towns != null && published.towns !== towns) problems.push(`${year}: the list has ${towns} 淘宝镇, the published total is ${published.towns}`);
  }
  for (const { row } of [...placed.villages, ...placed.towns]) {
    if (!dataset.years.includes(row.year)) problems.push(`${row.file} row ${row.row}: year ${row.year} is not one of ${dataset.years.join(', ')}`);
  }
  return problems;
}

function buildMeta({ dataset, generatedBy }: DatasetInput): DatasetDescriptor {
  return {
    generatedBy,
    id: dataset.id,
    title: dataset.title,
    description: dataset.description,
    isIllustrative: false,
    measure: dataset.measure,
    words: dataset.words,
    years: [...dataset.years],
    categories: [],
    spreadThreshold: dataset.spreadThreshold,
    sources: dataset.sources,
    yearSourceIds: dataset.yearSourceIds,
    nationalSeries: [...dataset.nationalSeries].sort((a, b) => a.year - b.year),
    reportedCountyPoints: [...dataset.reportedCountyPoints].sort((a, b) => a.year - b.year || (a.countyCode < b.countyCode ? -1 : 1)),
    metricsFile: METRICS_FILE,
    detailsFile: DETAILS_FILE,
  };
}

function buildMetrics({ counties, dataset, generatedBy }: DatasetInput, values: number[][], towns: (number[] | null)[]): DatasetMetricsFile {
  // The lists cover the mainland: Hong Kong, Macao and Taiwan have no value rather than a reported 0.
  const provenance = dataset.years.map(() => counties.regions.map((region): ProvenanceCode => (region === 'hmt' ? 0 : 2)));
  return buildListedMetrics({
    counties,
    years: dataset.years,
    values,
    provenance,
    towns,
    spreadThreshold: dataset.spreadThreshold,
    measureId: dataset.measure.id,
    generatedBy,
  });
}

/** "-" marks an empty column in the lists; the panel shows nothing there. */
function printed(text: string): string {
  return text === '-' ? '' : text;
}

function buildDetails({ counties, dataset, placed, generatedBy }: DatasetInput): DatasetDetailsFile {
  const byCounty = new Map<number, { villages: ListedVillage[]; towns: ListedTown[] }>();
  const entryOf = (countyIndex: number) => {
    let entry = byCounty.get(countyIndex);
    if (!entry) byCounty.set(countyIndex, (entry = { villages: [], towns: [] }));
    return entry;
  };
  const listedCounty = (county: string, countyIndex: number) =>
    printed(county) === '' || county === counties.names[countyIndex] ? undefined : county;
  const byYear = <T extends { row: { year: number } }>(rows: T[]) => [...rows].sort((a, b) => a.row.year - b.row.year);
  for (const { row, placement } of byYear(placed.villages)) {
    entryOf(placement.countyIndex).villages.push({
      year: row.year,
      town: printed(row.town),
      village: row.village,
      mainProduct: row.mainProduct ?? undefined,
      listedCounty: listedCounty(row.county, placement.countyIndex),
    });
  }
  for (const { row, placement } of byYear(placed.towns)) {
    entryOf(placement.countyIndex).towns.push({
      year: row.year,
      town: row.town,
      villages: row.villages,
      listedCounty: listedCounty(row.county, placement.countyIndex),
    });
  }
  const entries = [...byCounty.entries()].sort((a, b) => a[0] - b[0]);
  return {
    generatedBy,
    years: [...dataset.years],
    counties: Object.fromEntries(entries.map(([countyIndex, entry]) => [counties.codes[countyIndex]!, entry])),
  };
}
