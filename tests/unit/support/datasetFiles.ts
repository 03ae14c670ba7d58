import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BeltsFile, CountyTableFile, DatasetMeta, MetricsFile } from '../../../src/lib/domain/contract';

/** The committed dataset under geodata/index/, read as the app reads it. */
export const INDEX_DIR = 'geodata/index';

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(join(INDEX_DIR, name), 'utf8')) as T;
}

export interface CommittedDataset {
  counties: CountyTableFile;
  meta: DatasetMeta;
  metrics: Map<string, MetricsFile>;
  belts: BeltsFile;
}

export function readCommittedDataset(): CommittedDataset {
  const meta = readJson<DatasetMeta>('meta.json');
  return {
    counties: readJson<CountyTableFile>('counties.json'),
    meta,
    metrics: new Map(Object.entries(meta.metricsFiles).map(([id, file]) => [id, readJson<MetricsFile>(file)])),
    belts: readJson<BeltsFile>(meta.beltsFile),
  };
}

export function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
