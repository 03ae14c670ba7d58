/**
 * The bytes of the 淘宝村 dataset's files and their writing: keys sorted and numbers rounded by
 * stableJson (as for the belt dataset), meta.json indented for people to read, the others compact.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stableJson } from '../writeIndexDir';
import { DETAILS_FILE, META_FILE, METRICS_FILE, type DatasetFiles } from './buildDataset';

export function serialiseDatasetFiles(files: DatasetFiles): Map<string, string> {
  return new Map([
    [META_FILE, stableJson(files.meta, 2, META_FILE)],
    [METRICS_FILE, stableJson(files.metrics, 0, METRICS_FILE)],
    [DETAILS_FILE, stableJson(files.details, 0, DETAILS_FILE)],
  ]);
}

/**
 * Serialises everything before touching the disk, then writes each file beside its target and
 * renames it into place, so a failed build never leaves a half-written file.
 */
export function writeDatasetFiles(files: DatasetFiles, outDir: string): Map<string, string> {
  const contents = serialiseDatasetFiles(files);
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of contents) {
    const staging = join(outDir, `.${name}.staging-${process.pid}`);
    writeFileSync(staging, text);
    renameSync(staging, join(outDir, name));
  }
  return contents;
}
