import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isDatasetFile, META_FILE } from '../../src/lib/dataset/indexFiles';
import type { IndexFiles } from '../../src/lib/dataset/buildIndex';

/**
 * Serialises a value as JSON with object keys sorted, so the bytes depend only on the content.
 * Non-integers are rounded to 6 decimals (enough for 0.1 m of longitude, far finer than any value
 * here); NaN and infinities throw, naming where, since JSON would silently turn them into null.
 */
export function stableJson(value: unknown, indent = 0, where = '$'): string {
  const pad = indent > 0 ? '\n' : '';
  const serialise = (node: unknown, path: string, depth: number): string => {
    const inner = indent > 0 ? pad + ' '.repeat(indent * (depth + 1)) : '';
    const outer = indent > 0 ? pad + ' '.repeat(indent * depth) : '';
    if (node === null) return 'null';
    if (typeof node === 'number') {
      if (!Number.isFinite(node)) throw new Error(`stableJson: ${path} is ${node}`);
      return String(Number.isInteger(node) ? node : Math.round(node * 1e6) / 1e6);
    }
    if (typeof node === 'string' || typeof node === 'boolean') return JSON.stringify(node);
    if (Array.isArray(node)) {
      if (node.length === 0) return '[]';
      // Arrays of numbers stay on one line even when indented: they are the bulk of the data.
      const isFlat = node.every((item) => item === null || typeof item !== 'object');
      const sep = isFlat || indent === 0 ? ',' : ',' + inner;
      const items = node.map((item, i) => serialise(item, `${path}[${i}]`, depth + 1));
      return isFlat || indent === 0 ? `[${items.join(sep)}]` : `[${inner}${items.join(sep)}${outer}]`;
    }
    if (typeof node === 'object') {
      const record = node as Record<string, unknown>;
      const keys = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort();
      if (keys.length === 0) return '{}';
      const colon = indent > 0 ? ': ' : ':';
      const entries = keys.map((key) => `${JSON.stringify(key)}${colon}${serialise(record[key], `${path}.${key}`, depth + 1)}`);
      return indent > 0 ? `{${inner}${entries.join(',' + inner)}${outer}}` : `{${entries.join(',')}}`;
    }
    throw new Error(`stableJson: ${path} has unsupported type ${typeof node}`);
  };
  return serialise(value, where, 0) + '\n';
}

/** The exact bytes writeIndexDir writes, per file name (meta.json indented for people to read). */
export function serialiseIndexFiles(files: IndexFiles): Map<string, string> {
  return new Map([...files].map(([name, content]) => [name, stableJson(content, name === META_FILE ? 2 : 0, name)]));
}

/**
 * Writes a dataset's files into outDir atomically: everything goes into a temporary sibling
 * folder first (with the files the dataset does not own, such as counties.json, copied across),
 * which then replaces outDir by rename. A failure while serialising or writing leaves the old
 * folder untouched; dataset files of an older dataset that the new one lacks disappear with it.
 */
export function writeIndexDir(files: IndexFiles, outDir: string): void {
  const target = resolve(outDir);
  for (const name of files.keys()) {
    if (!isDatasetFile(name)) throw new Error(`writeIndexDir: "${name}" is not a dataset file (meta.json, metrics-<id>.json, belts.json)`);
  }
  // Serialise before touching the disk: a bad value fails here with nothing written.
  const contents = serialiseIndexFiles(files);

  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const staging = join(parent, `.${basename(target)}.staging-${process.pid}`);
  const retired = join(parent, `.${basename(target)}.old-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  try {
    mkdirSync(staging);
    if (existsSync(target)) {
      for (const entry of readdirSync(target, { withFileTypes: true })) {
        if (!isDatasetFile(entry.name)) cpSync(join(target, entry.name), join(staging, entry.name), { recursive: true });
      }
    }
    for (const [name, text] of contents) writeFileSync(join(staging, name), text);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  if (existsSync(target)) {
    renameSync(target, retired);
    try {
      renameSync(staging, target);
    } catch (error) {
      renameSync(retired, target);
      throw error;
    }
    rmSync(retired, { recursive: true, force: true });
  } else {
    renameSync(staging, target);
  }
}
