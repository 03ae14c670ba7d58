import { readFileSync } from 'node:fs';
import { decodeDatasetDescriptor, decodeDatasetMetrics, listedDataset } from '../../../src/lib/data/decodeDataset';
import type { AtlasDataset, CountyMetrics } from '../../../src/lib/domain/atlas';
import type { CountyTableFile } from '../../../src/lib/domain/contract';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const DIR = 'geodata/datasets/taobao-villages';

export interface CommittedTaobaoVillages {
  dataset: AtlasDataset;
  metrics: CountyMetrics;
  counties: CountyTableFile;
  /** Index of a county code in the county table. */
  indexOf(code: string): number;
}

/** The committed 淘宝村 dataset as the app decodes it, with the shared county table. */
export function readTaobaoVillages(): CommittedTaobaoVillages {
  const counties = read('geodata/index/counties.json') as CountyTableFile;
  const dataset = listedDataset(decodeDatasetDescriptor(read(`${DIR}/meta.json`)));
  const metrics = decodeDatasetMetrics(read(`${DIR}/metrics.json`), dataset.years, counties.codes.length);
  return { dataset, metrics, counties, indexOf: (code) => counties.codes.indexOf(code) };
}
