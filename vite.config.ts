import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import { precompressFolder } from './scripts/lib/precompress.ts';

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
      handler() {
        cpSync(resolve('geodata'), resolve(outDir, 'geodata'), { recursive: true });
        precompressFolder(resolve(outDir));
      },
    },
  };
}

// The app is served from index.html at the root; prebuilt data in geodata/ is copied
// verbatim into dist/geodata/ so that the same relative URLs work in dev and in production.
export default defineConfig({
  plugins: [svelte(), staticFiles()],
  base: './',
  publicDir: 'static',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
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
