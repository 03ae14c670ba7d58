/** The committed 淘宝村 dataset (geodata/datasets/taobao-villages/), decoded as the app decodes it, for tests of the views. */
import { readFileSync } from 'node:fs';
import { decodeDatasetDescriptor, decodeDatasetMetrics, listedDataset } from '../../../src/lib/data/decodeDataset';
import type { AtlasDataset, CountyMetrics } from '../../../src/lib/domain/atlas';
import type { CountyTableFile } from '../../../src/lib/domain/contract';
import type { DatasetDetailsFile } from '../../../src/lib/domain/datasetContract';

const DIR = 'geodata/datasets/taobao-villages';
const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

export interface TaobaoVillages {
  meta: AtlasDataset;
  counties: CountyTableFile;
  metrics: CountyMetrics;
  details: DatasetDetailsFile;
}

let cached: TaobaoVillages | null = null;

export function readTaobaoVillages(): TaobaoVillages {
  if (cached) return cached;
  const meta = listedDataset(decodeDatasetDescriptor(read(`${DIR}/meta.json`)));
  const counties = read('geodata/index/counties.json') as CountyTableFile;
  const metrics = decodeDatasetMetrics(read(`${DIR}/metrics.json`), meta.years, counties.codes.length);
  cached = { meta, counties, metrics, details: read(`${DIR}/details.json`) as DatasetDetailsFile };
  return cached;
}
