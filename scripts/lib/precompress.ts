/**
 * Precompressed copies of a build: `name.br` and `name.gz` beside every compressible file, so a
 * static host (nginx gzip_static / brotli_static) sends them as they are instead of compressing
 * each response. Deterministic: the same file gives the same bytes (gzip's header carries no
 * time or name; brotli has none).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Text formats of the build: the bundle, the page, its styles, geodata/, the data downloads and the icons. */
export const PRECOMPRESSED_EXTENSIONS: readonly string[] = ['.css', '.csv', '.html', '.js', '.json', '.svg'];

export interface Compressed {
  br: Buffer;
  gz: Buffer;
}

/** Brotli at quality 11 and gzip at level 9: compressed once at build time, so the slowest settings. */
export function compress(bytes: Buffer): Compressed {
  return {
    br: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }),
    gz: gzipSync(bytes, { level: 9 }),
  };
}

/**
 * Writes the .br and .gz of every file in `dir` (sub-folders included) whose extension is in
 * PRECOMPRESSED_EXTENSIONS; an encoding that would not be smaller than the file is not written
 * (the host then sends the file itself). Returns the paths written, relative to `dir`, sorted.
 */
export function precompressFolder(dir: string): string[] {
  const written: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !PRECOMPRESSED_EXTENSIONS.includes(extname(entry.name))) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = readFileSync(path);
    for (const [suffix, compressed] of Object.entries(compress(bytes))) {
      if (compressed.length >= bytes.length) continue;
      writeFileSync(`${path}.${suffix}`, compressed);
      written.push(relative(dir, `${path}.${suffix}`));
    }
  }
  return written.sort();
}
