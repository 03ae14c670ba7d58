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

/** Brotli's best quality, for what the page loads: compressed once at build time, so the slowest setting. */
export const BROTLI_BEST = 11;
/**
 * For the multi-megabyte data downloads: 20 times faster than 11 there (1 s instead of 22 s for the
 * four files) for files about 20 % larger, which only a script or a reader asking for them fetches.
 */
export const BROTLI_QUICK = 9;

/** Brotli (at `brotliQuality`) and gzip at level 9. */
export function compress(bytes: Buffer, brotliQuality = BROTLI_BEST): Compressed {
  return {
    br: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }),
    gz: gzipSync(bytes, { level: 9 }),
  };
}

/**
 * Writes the .br and .gz of every file in `dir` (sub-folders included) whose extension is in
 * PRECOMPRESSED_EXTENSIONS; an encoding that would not be smaller than the file is not written
 * (the host then sends the file itself). `brotliQualityOf` gives each file's brotli quality by its
 * path relative to `dir`. Returns the paths written, relative to `dir`, sorted.
 */
export function precompressFolder(dir: string, brotliQualityOf: (path: string) => number = () => BROTLI_BEST): string[] {
  const written: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !PRECOMPRESSED_EXTENSIONS.includes(extname(entry.name))) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = readFileSync(path);
    for (const [suffix, compressed] of Object.entries(compress(bytes, brotliQualityOf(relative(dir, path))))) {
      if (compressed.length >= bytes.length) continue;
      writeFileSync(`${path}.${suffix}`, compressed);
      written.push(relative(dir, `${path}.${suffix}`));
    }
  }
  return written.sort();
}
