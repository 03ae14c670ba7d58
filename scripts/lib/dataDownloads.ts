/**
 * The "Download the data" files of a geodata/ folder: data/<id>.csv and data/<id>.json for every
 * dataset of its catalogue, made by the pure builders of src/lib/export/datasetDownload.ts from the
 * files the app itself loads (decoded by the app's decoders). `npm run build` writes them beside
 * the bundle and the dev server serves them from memory (vite.config.ts), so they are never
 * committed and never disagree with geodata/.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beltDataset, decodeMeta, decodeMetrics } from '../../src/lib/data/decode';
import { decodeCatalogue, decodeDatasetDescriptor, decodeDatasetMetrics, listedDataset } from '../../src/lib/data/decodeDataset';
import { ALL_CATEGORIES } from '../../src/lib/domain/categories';
import type { BeltsFile, CountyTableFile } from '../../src/lib/domain/contract';
import { BELT_DATASET, CATALOGUE_FILE } from '../../src/lib/domain/datasets';
import { dataDownloadPaths, datasetCsv, datasetJson, datasetTable, type DatasetDownloadInput } from '../../src/lib/export/datasetDownload';

const COUNTY_TABLE = 'index/counties.json';

function readJson(geodataDir: string, path: string): unknown {
  return JSON.parse(readFileSync(join(geodataDir, path), 'utf8'));
}

function generatedBy(folder: string): string {
  return `npm run build (scripts/lib/dataDownloads.ts, src/lib/export/datasetDownload.ts) from geodata/${folder}`;
}

/** The input of one dataset's files: the belt model's every category set and belts, or a listed dataset's metrics. */
function downloadInput(geodataDir: string, id: string, metaFile: string, counties: CountyTableFile): DatasetDownloadInput {
  const folder = `${dirname(metaFile)}/`;
  const countyCount = counties.codes.length;
  if (id === BELT_DATASET) {
    const meta = decodeMeta(readJson(geodataDir, metaFile), metaFile);
    const metricsOf = (category: string) => {
      const file = meta.metricsFiles[category];
      if (!file) throw new Error(`${metaFile}: "metricsFiles" names no file for the category ${category}`);
      return decodeMetrics(readJson(geodataDir, folder + file), meta.years, countyCount, folder + file);
    };
    return {
      dataset: beltDataset(meta),
      counties,
      metrics: [ALL_CATEGORIES, ...meta.categories.map((category) => category.id)].map(metricsOf),
      belts: (readJson(geodataDir, folder + meta.beltsFile) as BeltsFile).belts,
      generatedBy: generatedBy(folder),
    };
  }
  const descriptor = decodeDatasetDescriptor(readJson(geodataDir, metaFile), metaFile);
  const metricsFile = folder + descriptor.metricsFile;
  return {
    dataset: listedDataset(descriptor),
    counties,
    metrics: [decodeDatasetMetrics(readJson(geodataDir, metricsFile), descriptor.years, countyCount, metricsFile)],
    belts: [],
    generatedBy: generatedBy(folder),
  };
}

/** Every dataset's download files, by their path in the built site (data/belts.csv …), in catalogue order. */
export function dataDownloadFiles(geodataDir: string): Map<string, string> {
  const catalogue = decodeCatalogue(readJson(geodataDir, CATALOGUE_FILE));
  const counties = readJson(geodataDir, COUNTY_TABLE) as CountyTableFile;
  const files = new Map<string, string>();
  for (const entry of catalogue.datasets) {
    const input = downloadInput(geodataDir, entry.id, entry.metaFile, counties);
    const table = datasetTable(input);
    const paths = dataDownloadPaths(entry.id);
    files.set(paths.csv, datasetCsv(table));
    files.set(paths.json, datasetJson(input, table));
  }
  return files;
}
