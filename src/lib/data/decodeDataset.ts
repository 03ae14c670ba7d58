/**
 * Decoders of the files of a dataset under geodata/datasets/<id>/ (src/lib/domain/datasetContract.ts)
 * and of the catalogue (geodata/datasets.json), to the shapes every view reads. Like decode.ts they
 * check what the app relies on and throw an Error naming the file, the field and the first bad entry.
 */
import type { AtlasDataset, CountyMetrics } from '../domain/atlas';
import type { ProvenanceCode } from '../domain/contract';
import type {
  CountGrowth,
  DatasetCatalogueEntry,
  DatasetCatalogueFile,
  DatasetDescriptor,
  DatasetDetailsFile,
  DatasetMetricsFile,
  MeasureUnit,
} from '../domain/datasetContract';
import { isDatasetId } from '../domain/datasets';
import { isRecord, perYearPerCounty } from './decode';

const MEASURE_UNITS: readonly MeasureUnit[] = ['count', 'yuan', 'percent', 'number'];
const WORDS = ['valueLayer', 'spreadLayer', 'valueLegend', 'growthLegend', 'spreadLegend', 'none', 'notYet', 'spreadChart'] as const;

function checkYears(years: unknown, file: string): number[] {
  if (!Array.isArray(years) || years.length === 0) throw new Error(`${file}: expected a non-empty "years" array`);
  years.forEach((year, i) => {
    if (!Number.isInteger(year) || (i > 0 && year !== (years[i - 1] as number) + 1)) {
      throw new Error(`${file}: years must be consecutive integers; got ${String(year)} at position ${i}`);
    }
  });
  return years as number[];
}

/** Checks a dataset's meta.json: its id, years, measure and words, and the files it names. */
export function decodeDatasetDescriptor(json: unknown, file = 'meta.json'): DatasetDescriptor {
  if (!isRecord(json) || typeof json.id !== 'string' || !isDatasetId(json.id)) {
    throw new Error(`${file}: expected an object with a dataset "id" (a-z, 0-9 and -)`);
  }
  checkYears(json.years, file);
  const measure = json.measure;
  if (!isRecord(measure) || !MEASURE_UNITS.includes(measure.unit as MeasureUnit)) {
    throw new Error(`${file}: "measure" must have a unit of ${MEASURE_UNITS.map((unit) => `"${unit}"`).join(', ')}`);
  }
  const words = json.words;
  const missingWord = WORDS.find((word) => !isRecord(words) || !isRecord(words[word]) || typeof words[word].zh !== 'string');
  if (missingWord) throw new Error(`${file}: "words.${missingWord}" must give the word in zh and en`);
  if (typeof json.spreadThreshold !== 'number' || !(json.spreadThreshold > 0)) {
    throw new Error(`${file}: "spreadThreshold" must be a positive number`);
  }
  if (typeof json.metricsFile !== 'string' || typeof json.detailsFile !== 'string') {
    throw new Error(`${file}: "metricsFile" and "detailsFile" must be file names`);
  }
  return json as unknown as DatasetDescriptor;
}

/** A dataset descriptor as the dataset every view reads. */
export function listedDataset(descriptor: DatasetDescriptor): AtlasDataset {
  return {
    id: descriptor.id,
    title: descriptor.title,
    description: descriptor.description,
    isIllustrative: descriptor.isIllustrative,
    years: descriptor.years,
    categories: descriptor.categories.map((category) => ({ ...category, isNewConsumption: false })),
    measure: descriptor.measure,
    words: descriptor.words,
    spreadThreshold: descriptor.spreadThreshold,
    beltRule: null,
    sources: descriptor.sources,
    yearSourceIds: descriptor.yearSourceIds,
    nationalSeries: descriptor.nationalSeries,
    reportedCountyPoints: descriptor.reportedCountyPoints,
    detailsKind: 'listed',
  };
}

/** "new" (the first year over the threshold) is what the growth layer already derives from a previous 0. */
function growthFraction(growth: CountGrowth): number | null {
  return growth === 'new' ? null : growth;
}

/** Decodes a dataset's metrics.json (one category set: all) for its years and the county count. */
export function decodeDatasetMetrics(
  json: unknown,
  years: readonly number[],
  countyCount: number,
  file = 'metrics.json',
): CountyMetrics {
  if (!isRecord(json) || !Array.isArray(json.years)) throw new Error(`${file}: expected a metrics object with "years"`);
  const metrics = json as unknown as DatasetMetricsFile;
  if (metrics.years.join() !== years.join()) {
    throw new Error(`${file}: years ${metrics.years.join(', ')} differ from the dataset's ${years.join(', ')}`);
  }
  const values = perYearPerCounty<number>(metrics.values, 'values', years, countyCount, file);
  const growth = perYearPerCounty<CountGrowth>(metrics.growth, 'growth', years, countyCount, file);
  if (!Array.isArray(metrics.firstYear) || metrics.firstYear.length !== countyCount) {
    throw new Error(`${file}: "firstYear" must have one entry per county (${countyCount})`);
  }
  for (const field of ['centres', 'countiesByRegion'] as const) {
    if (!Array.isArray(metrics[field])) throw new Error(`${file}: "${field}" must be an array`);
  }
  return {
    category: 'all',
    years: [...years],
    values: values.map((row) => Float64Array.from(row)),
    growth: growth.map((row) => row.map(growthFraction)),
    beltCount: null,
    over100YiCount: null,
    provenance: perYearPerCounty<ProvenanceCode>(metrics.provenance, 'provenance', years, countyCount, file),
    spreadFirstYear: metrics.firstYear,
    spreadCentres: metrics.centres,
    spreadCountiesByRegion: metrics.countiesByRegion,
  };
}

/** Checks a dataset's details.json (the county panel's lists). */
export function decodeDatasetDetails(json: unknown, years: readonly number[], file = 'details.json'): DatasetDetailsFile {
  if (!isRecord(json) || !isRecord(json.counties) || !Array.isArray(json.years) || json.years.join() !== years.join()) {
    throw new Error(`${file}: expected { years: [${years.join(', ')}], counties: { … } }`);
  }
  return json as unknown as DatasetDetailsFile;
}

/** Checks the catalogue: ids unique and well formed, each naming its meta file. */
export function decodeCatalogue(json: unknown, file = 'datasets.json'): DatasetCatalogueFile {
  if (!isRecord(json) || !Array.isArray(json.datasets) || json.datasets.length === 0) {
    throw new Error(`${file}: expected an object with a non-empty "datasets" array`);
  }
  const seen = new Set<string>();
  (json.datasets as unknown[]).forEach((entry, i) => {
    if (!isRecord(entry) || typeof entry.id !== 'string' || !isDatasetId(entry.id) || typeof entry.metaFile !== 'string') {
      throw new Error(`${file}: datasets[${i}] must have an "id" (a-z, 0-9 and -) and a "metaFile"`);
    }
    if (seen.has(entry.id)) throw new Error(`${file}: dataset "${entry.id}" appears twice`);
    seen.add(entry.id);
  });
  return json as unknown as DatasetCatalogueFile;
}

export type { DatasetCatalogueEntry };
