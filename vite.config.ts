import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ServerResponse } from 'node:http';
import { tsImport } from 'tsx/esm/api';
import { precompressFolder, type CompressionEffort } from './scripts/lib/precompress.ts';
import { defaultDatasetFiles, firstDataPreload, GEODATA_URL, SHARED_FILES } from './scripts/lib/firstDataPreload.ts';
import { START_CHUNK, startChunkGroup } from './scripts/lib/startChunk.ts';

/**
 * The geodata/ folder the build ships: the project's, or BELTMAP_GEODATA's (a test building a site
 * with other datasets uses a copy, leaving the project's untouched).
 */
const GEODATA_DIR = resolve(process.env.BELTMAP_GEODATA ?? 'geodata');

/**
 * The dataset a link without dataset= opens and its meta file, from the catalogue's defaultDataset
 * (set by `npm run data:import -- … --default`). Defined into src/lib/domain/datasets.ts at build
 * time so the page knows it without fetching the catalogue on its first load; the belt model when
 * the catalogue names none.
 */
function defaultDataset(): { id: string; metaFile: string } {
  const belts = { id: 'belts', metaFile: 'index/meta.json' };
  const path = resolve(GEODATA_DIR, 'datasets.json');
  if (!existsSync(path)) return belts;
  const catalogue = JSON.parse(readFileSync(path, 'utf8')) as { defaultDataset?: string; datasets: { id: string; metaFile: string }[] };
  const entry = catalogue.datasets.find((dataset) => dataset.id === catalogue.defaultDataset);
  return entry ? { id: entry.id, metaFile: entry.metaFile } : belts;
}

const DEFAULT_DATASET = defaultDataset();
const DEFAULT_DATASET_FILES = defaultDatasetFiles(GEODATA_DIR, DEFAULT_DATASET);
/** The default dataset's "all" metrics as its meta file names them (what index.html's head script fetches), or null. */
const [, DEFAULT_METRICS_FILE = null] = DEFAULT_DATASET_FILES;

/** The data files index.html's head script fetches, by path in the build. */
const FIRST_DATA_FILES = new Set([...SHARED_FILES, ...DEFAULT_DATASET_FILES].map((file) => GEODATA_URL + file));
/** The entry and the start chunk (scripts/lib/startChunk.ts), with its stylesheet. */
const FIRST_ASSET = new RegExp(`^assets/(index|${START_CHUNK})-[\\w-]+\\.(js|css)$`);

/**
 * How hard each file of the build is compressed (scripts/lib/precompress.ts): what every first
 * visit fetches before its first map the hardest; the data downloads the quickest.
 */
function compressionEffort(path: string): CompressionEffort {
  if (path.startsWith('data/')) return 'download';
  return path === 'index.html' || FIRST_DATA_FILES.has(path) || FIRST_ASSET.test(path) ? 'firstLoad' : 'page';
}

/**
 * The files the build adds beside the bundle. The prebuilt geodata/ folder is fetched at run time:
 * in dev Vite serves it from the project root; a build copies it next to the bundle under the same
 * path. Then .br and .gz are written beside each compressible file, geodata/ included, for hosts
 * that send precompressed files (nginx gzip_static / brotli_static).
 */
function staticFiles() {
  let outDir = 'dist';
  return {
    name: 'beltmap-static-files',
    apply: 'build' as const,
    configResolved(config: { build: { outDir: string } }) {
      outDir = config.build.outDir;
    },
    // After every other plugin's closeBundle (Svelte's CSS included), so that all files are written.
    closeBundle: {
      order: 'post' as const,
      sequential: true,
      async handler() {
        cpSync(GEODATA_DIR, resolve(outDir, 'geodata'), { recursive: true });
        for (const [path, text] of await dataDownloadFiles()) {
          mkdirSync(dirname(resolve(outDir, path)), { recursive: true });
          writeFileSync(resolve(outDir, path), text);
        }
        await precompressFolder(resolve(outDir), compressionEffort);
      },
    },
  };
}

/**
 * The data download files of GEODATA_DIR (scripts/lib/dataDownloads.ts). Loaded through tsx when
 * first needed: it imports the app's decoders from src/lib, which Vite's config loader would
 * otherwise bundle into the config of every build, test run and dev server.
 */
async function dataDownloadFiles(): Promise<Map<string, string>> {
  const module = (await tsImport('./scripts/lib/dataDownloads.ts', import.meta.url)) as typeof import('./scripts/lib/dataDownloads.ts');
  return module.dataDownloadFiles(GEODATA_DIR);
}

const DOWNLOAD_TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

/**
 * "Download the data" in dev: the dev server answers data/<dataset>.csv and .json as the build
 * writes them (scripts/lib/dataDownloads.ts), made on first request and again after geodata/ changes.
 */
function dataDownloads() {
  let files: Promise<Map<string, string>> | null = null;
  return {
    name: 'beltmap-data-downloads',
    apply: 'serve' as const,
    configureServer(server: {
      watcher: { add(path: string): void; on(event: 'all', listener: (event: string, path: string) => void): void };
      middlewares: { use(handler: (req: { url?: string }, res: ServerResponse, next: () => void) => void): void };
    }) {
      server.watcher.add(GEODATA_DIR);
      server.watcher.on('all', (_event, path) => {
        if (path.startsWith(GEODATA_DIR)) files = null;
      });
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://dev').pathname.slice(1);
        if (!path.startsWith('data/')) return next();
        files ??= dataDownloadFiles();
        files.then(
          (made) => {
            const text = made.get(path);
            if (text === undefined) return next();
            res.setHeader('content-type', DOWNLOAD_TYPES[path.slice(path.lastIndexOf('.') + 1)] ?? 'text/plain');
            res.end(text);
          },
          (error: unknown) => {
            files = null;
            res.statusCode = 500;
            res.end(`data downloads could not be made from ${GEODATA_DIR}: ${error instanceof Error ? error.message : String(error)}`);
          },
        );
      });
    },
  };
}

// The app is served from index.html at the root; prebuilt data in geodata/ is copied
// verbatim into dist/geodata/ so that the same relative URLs work in dev and in production.
export default defineConfig({
  plugins: [svelte(), staticFiles(), dataDownloads(), firstDataPreload(GEODATA_DIR, DEFAULT_DATASET)],
  base: './',
  define: { __BELTMAP_DEFAULT_DATASET__: JSON.stringify({ ...DEFAULT_DATASET, metricsFile: DEFAULT_METRICS_FILE }) },
  publicDir: 'static',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: { codeSplitting: { groups: [startChunkGroup(resolve('src/main.ts'))] } },
    },
  },
  server: { host: '127.0.0.1' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
