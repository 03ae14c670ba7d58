/** The files of a dataset under geodata/datasets/<id>/ (datasetContract.ts), whichever build or import made them. */
import type { DatasetDescriptor, DatasetDetailsFile, DatasetMetricsFile } from '../domain/datasetContract';

export const LISTED_META_FILE = 'meta.json';
export const LISTED_METRICS_FILE = 'metrics.json';
export const LISTED_DETAILS_FILE = 'details.json';

export interface ListedDatasetFiles {
  meta: DatasetDescriptor;
  metrics: DatasetMetricsFile;
  details: DatasetDetailsFile;
}
