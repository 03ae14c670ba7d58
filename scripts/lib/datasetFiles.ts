/**
 * The bytes of a dataset's files under geodata/datasets/<id>/ (the 淘宝村 build, an imported CSV)
 * and their writing: keys sorted and numbers rounded by stableJson (as for the belt dataset),
 * meta.json indented for people to read, the others compact.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  LISTED_DETAILS_FILE as DETAILS_FILE,
  LISTED_META_FILE as META_FILE,
  LISTED_METRICS_FILE as METRICS_FILE,
  type ListedDatasetFiles as DatasetFiles,
} from '../../src/lib/dataset/listedFiles';
import { stableJson } from './writeIndexDir';

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

/**
 * Writes a dataset's folder as a whole (an imported dataset, possibly replacing one): the files go
 * into a hidden sibling folder that then takes the folder's place by rename, so a failure leaves
 * the previous dataset as it was and a replaced dataset keeps no file of the old one.
 */
export function writeDatasetFolder(files: DatasetFiles, outDir: string): Map<string, string> {
  const contents = serialiseDatasetFiles(files);
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const staging = join(parent, `.${basename(outDir)}.staging-${process.pid}`);
  const retired = join(parent, `.${basename(outDir)}.old-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    mkdirSync(staging);
    for (const [name, text] of contents) writeFileSync(join(staging, name), text);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const hadFolder = existsSync(outDir);
  if (hadFolder) renameSync(outDir, retired);
  try {
    renameSync(staging, outDir);
  } catch (error) {
    if (hadFolder) renameSync(retired, outDir);
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  rmSync(retired, { recursive: true, force: true });
  return contents;
}
