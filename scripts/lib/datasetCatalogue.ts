/**
 * The catalogue of datasets (geodata/datasets.json), built from the meta files the dataset builds
 * wrote: the belt model (geodata/index/meta.json) first, then every geodata/datasets/<id>/meta.json
 * in id order, so the bytes depend only on those files and on the default dataset (the one a link
 * without dataset= opens; `npm run data:import -- … --default` sets it, later builds keep it).
 * Each dataset build rewrites it at its end.
 */
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetMeta } from '../../src/lib/domain/contract';
import type { DatasetCatalogueFile, DatasetDescriptor } from '../../src/lib/domain/datasetContract';
import { BELT_DATASET, BELT_META_FILE, CATALOGUE_FILE, isDatasetId } from '../../src/lib/domain/datasets';
import { stableJson } from './writeIndexDir';

const GENERATED_BY = 'scripts/lib/datasetCatalogue.ts from the meta files of geodata/; rewritten by each dataset build';

/**
 * The catalogue of the belt model and the other datasets (each with the path of its meta file under
 * geodata/); the default is the belt model unless `defaultDataset` names a dataset listed.
 */
export function buildCatalogue(
  beltMeta: DatasetMeta,
  others: { metaFile: string; descriptor: DatasetDescriptor }[],
  defaultDataset: string = BELT_DATASET,
): DatasetCatalogueFile {
  const span = (years: number[]): [number, number] => [years[0]!, years[years.length - 1]!];
  const sorted = [...others].sort((a, b) => (a.descriptor.id < b.descriptor.id ? -1 : 1));
  const isListed = others.some(({ descriptor }) => descriptor.id === defaultDataset);
  return {
    generatedBy: GENERATED_BY,
    defaultDataset: isListed ? defaultDataset : BELT_DATASET,
    datasets: [
      { id: BELT_DATASET, title: beltMeta.title, isIllustrative: beltMeta.isIllustrative, years: span(beltMeta.years), metaFile: BELT_META_FILE },
      ...sorted.map(({ metaFile, descriptor }) => ({
        id: descriptor.id,
        title: descriptor.title,
        isIllustrative: descriptor.isIllustrative,
        years: span(descriptor.years),
        metaFile,
      })),
    ],
  };
}

/**
 * Reads the meta files under `geodataDir` and writes its datasets.json; returns the catalogue. The
 * default stays the one the present catalogue names (while that dataset exists) unless
 * `defaultDataset` is given.
 */
export function writeCatalogue(geodataDir: string, defaultDataset?: string): DatasetCatalogueFile {
  const readJson = <T>(path: string) => JSON.parse(readFileSync(join(geodataDir, path), 'utf8')) as T;
  const datasetsDir = join(geodataDir, 'datasets');
  // Only folders named as dataset ids: a hidden staging folder of an import under way is not one.
  const ids = existsSync(datasetsDir)
    ? readdirSync(datasetsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && isDatasetId(entry.name))
        .map((entry) => entry.name)
        .sort()
    : [];
  const others = ids.map((id) => {
    const metaFile = `datasets/${id}/meta.json`;
    return { metaFile, descriptor: readJson<DatasetDescriptor>(metaFile) };
  });
  const target = join(geodataDir, CATALOGUE_FILE);
  const present = existsSync(target) ? readJson<Partial<DatasetCatalogueFile>>(CATALOGUE_FILE).defaultDataset : undefined;
  const catalogue = buildCatalogue(readJson<DatasetMeta>(BELT_META_FILE), others, defaultDataset ?? present);
  const staging = `${target}.staging-${process.pid}`;
  writeFileSync(staging, stableJson(catalogue, 2, CATALOGUE_FILE));
  renameSync(staging, target);
  return catalogue;
}
