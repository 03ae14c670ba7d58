/**
 * Precompressed copies of a build: `name.br` and `name.gz` beside every compressible file, so a
 * static host (nginx gzip_static / brotli_static) sends them as they are instead of compressing
 * each response. Deterministic: the same file gives the same bytes (gzip's header carries no
 * time or name, from zlib or zopfli; brotli has none).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

/** Text formats of the build: the bundle, the page, its styles, geodata/, the data downloads and the icons. */
export const PRECOMPRESSED_EXTENSIONS: readonly string[] = ['.css', '.csv', '.html', '.js', '.json', '.svg'];

export interface Compressed {
  br: Buffer;
  gz: Buffer;
}

/**
 * How hard a file is compressed, by who fetches it: each is compressed once, at build time, so the
 * files every reader waits for get the slowest settings and the downloads a quicker one.
 * - `firstLoad`: what every first visit fetches before its first map (the page, its start chunk
 *   and stylesheet, the first data files): brotli 11 and zopfli's gzip, 3–15 % smaller than
 *   zlib's level 9 on them (the county table 73.8 → 60.8 KB, the topology 158.9 → 148.5 KB), for
 *   10–15 s more per build; a reader whose browser asks for gzip, not brotli, gets those bytes;
 * - `page`: the rest of the page's code and data: brotli 11, zlib's gzip at level 9;
 * - `download`: the multi-megabyte data downloads, which only a script or a reader asking for them
 *   fetches: brotli 9, 20 times faster than 11 there (1 s instead of 22 s for the four files) for
 *   files about 20 % larger, and gzip 9.
 */
export type CompressionEffort = 'firstLoad' | 'page' | 'download';

const BROTLI_QUALITY: Record<CompressionEffort, number> = { firstLoad: 11, page: 11, download: 9 };
/** Zopfli's passes over a file: 5 against 1 takes the first load's files 1 % further, for twice the time. */
const ZOPFLI_ITERATIONS = 5;

/** Brotli and gzip of `bytes` at `effort`; the same bytes give the same output (no time in gzip's header). */
export async function compress(bytes: Buffer, effort: CompressionEffort = 'page'): Promise<Compressed> {
  const br = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY[effort], [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  const gz = effort === 'firstLoad' ? Buffer.from(await gzipAsync(bytes, { numiterations: ZOPFLI_ITERATIONS })) : gzipSync(bytes, { level: 9 });
  return { br, gz };
}

/**
 * Writes the .br and .gz of every file in `dir` (sub-folders included) whose extension is in
 * PRECOMPRESSED_EXTENSIONS; an encoding that would not be smaller than the file is not written
 * (the host then sends the file itself). `effortOf` gives each file's effort by its path relative
 * to `dir`. Returns the paths written, relative to `dir`, sorted.
 */
export async function precompressFolder(dir: string, effortOf: (path: string) => CompressionEffort = () => 'page'): Promise<string[]> {
  const written: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !PRECOMPRESSED_EXTENSIONS.includes(extname(entry.name))) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = readFileSync(path);
    for (const [suffix, compressed] of Object.entries(await compress(bytes, effortOf(relative(dir, path))))) {
      if (compressed.length >= bytes.length) continue;
      writeFileSync(`${path}.${suffix}`, compressed);
      written.push(relative(dir, `${path}.${suffix}`));
    }
  }
  return written.sort();
}
