/**
 * The first map's data starts downloading with the page, not once the app's code has run: the
 * build writes into index.html a preload of the geometry and the county table (every dataset
 * draws on them) and, unless the address names another dataset, of the default dataset's meta
 * and "all" metrics. Without it the files were asked for only after the main chunk had been
 * fetched and run, and the metrics only after the meta file was in (its name is in the meta file):
 * three round trips in a row before the first paint could start.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * What src/lib/data/loadAtlas.ts fetches (GeodataSource's default folder, TOPOLOGY_FILE,
 * COUNTY_TABLE_FILE, the ALL_CATEGORIES metrics), written out rather than imported: the Vite
 * config would otherwise load the app's data modules; a unit test keeps the two the same.
 */
export const GEODATA_URL = 'geodata/';
export const SHARED_FILES = ['china.topo.json', 'index/counties.json'];
export const ALL_METRICS = 'all';

/** A preload the app's own fetch() takes over: same URL, CORS mode and credentials. */
const preloadLink = (file: string) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="${GEODATA_URL}${file}">`;

/** The default dataset's files the first view needs: its meta file and the metrics it names for all categories. */
export function defaultDatasetFiles(geodataDir: string, dataset: { id: string; metaFile: string }): string[] {
  const meta = JSON.parse(readFileSync(resolve(geodataDir, dataset.metaFile), 'utf8')) as { metricsFiles?: Record<string, string>; metricsFile?: string };
  const folder = dataset.metaFile.slice(0, dataset.metaFile.lastIndexOf('/') + 1);
  // The belt model's meta lists a file per category; a listed dataset's descriptor has one metrics file.
  const metrics = meta.metricsFiles?.[ALL_METRICS] ?? meta.metricsFile;
  return metrics ? [dataset.metaFile, folder + metrics] : [dataset.metaFile];
}

/**
 * The markup written into index.html's head for a build whose default dataset is `dataset`. The
 * script adds the dataset's preloads only when the address shows the default dataset (no
 * dataset=, or its id). A module, as every script of the app's own is (a classic inline script is
 * what the address tests look for as injected); it runs once the short page is parsed.
 * It also builds a number format, of no locale or options (src/lib/format keeps those): the
 * first Intl.NumberFormat of a page loads ICU's number data, 15-45 ms, which then fell inside
 * the first map's legend; here it falls while the main chunk downloads and the thread is idle.
 */
export function firstDataMarkup(geodataDir: string, dataset: { id: string; metaFile: string }): string {
  const datasetUrls = defaultDatasetFiles(geodataDir, dataset).map((file) => GEODATA_URL + file);
  const script = `(() => {
  const asked = new URLSearchParams(location.search).get('dataset');
  if (asked === null || asked === ${JSON.stringify(dataset.id)}) {
    for (const href of ${JSON.stringify(datasetUrls)}) document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href }));
  }
  new Intl.NumberFormat();
})();`;
  return [...SHARED_FILES.map(preloadLink), `<script type="module">${script}</script>`].join('\n    ');
}

/** The Vite plugin: the markup above right after the charset (not in dev, where the code is not bundled). */
export function firstDataPreload(geodataDir: string, dataset: { id: string; metaFile: string }) {
  const charset = '<meta charset="utf-8" />';
  return {
    name: 'beltmap-first-data-preload',
    apply: 'build' as const,
    transformIndexHtml(html: string): string {
      if (!html.includes(charset)) throw new Error(`index.html: ${charset} not found, where the data preloads go`);
      return html.replace(charset, `${charset}\n    ${firstDataMarkup(geodataDir, dataset)}`);
    },
  };
}
