/**
 * The first map's data is downloaded and parsed with the page, not once the app's code has run:
 * the build writes into index.html a script that fetches the geometry and the county table (every
 * dataset draws on them) and, unless the address names another dataset, the default dataset's
 * meta and "all" metrics, and parses each as it arrives (firstDataScript). Without it the files
 * were asked for only after the main chunk had been fetched and run, and the metrics only after
 * the meta file was in (its name is in the meta file): three round trips in a row before the first
 * paint could start; and with preloads alone, they were parsed only once the code had run.
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

/** A preload the first data script's fetch() takes over: same URL, CORS mode and credentials. */
const preloadLink = (file: string) => `<link rel="preload" as="fetch" crossorigin="anonymous" href="${GEODATA_URL}${file}">`;

/** The default dataset's files the first view needs: its meta file and the metrics it names for all categories. */
export function defaultDatasetFiles(geodataDir: string, dataset: { id: string; metaFile: string }): string[] {
  const meta = JSON.parse(readFileSync(resolve(geodataDir, dataset.metaFile), 'utf8')) as { metricsFiles?: Record<string, string>; metricsFile?: string };
  const folder = dataset.metaFile.slice(0, dataset.metaFile.lastIndexOf('/') + 1);
  // The belt model's meta lists a file per category; a listed dataset's descriptor has one metrics file.
  const metrics = meta.metricsFiles?.[ALL_METRICS] ?? meta.metricsFile;
  return metrics ? [dataset.metaFile, folder + metrics] : [dataset.metaFile];
}

/** The locales the page formats numbers in (src/lib/format/format.ts LOCALES; a unit test keeps the two the same). */
export const NUMBER_LOCALES = ['zh-CN', 'en-US'];

/**
 * The sources of two short-lived workers the page starts while its main chunk downloads. Each
 * loads data once for the whole renderer, and the first time is slow: ICU's number data (15-45 ms)
 * and the CJK font, which Chromium on Linux copies whole into shared memory on its first use
 * (~100 ms for Noto Sans CJK's 20 MB file) while the thread that asked waits. On the page's main
 * thread both fell inside the first map's layout and legend; in workers they overlap the downloads
 * and the app's start. Two workers, not one doing both: after the font's wait one worker reached
 * ICU only as the legend was built, whose first number format then took 22-28 ms in 4 of 6 loads
 * (0.1 ms with two workers); with ICU first, the font came after the first layout had begun.
 * Each starts its work as its script runs: a message sent to a worker still starting is delivered
 * only after the page's main chunk has run (traced: the font's match began ~140 ms later that way).
 */
export const NUMBER_FORMAT_WORKER = `for (const locale of ${JSON.stringify(NUMBER_LOCALES)}) new Intl.NumberFormat(locale).format(1.5);
self.close();`;

/**
 * Whether the page will show Chinese: src/lib/i18n/i18n.ts pickLang's rule (a valid ?lang= wins,
 * then the first browser language that is Chinese or English, then Chinese), written out as the
 * head script's expression; a unit test runs the two on the same addresses and languages. Only a
 * Chinese page lays out Chinese text before its first map: the English one needs no CJK font
 * (its language switch is drawn, its labels name a Latin font first), and its font worker would
 * only take a core from the page's start (~50–80 ms later code in paired loads).
 */
export const SHOWS_CHINESE = `((asked) => (asked === 'zh' || asked === 'en' ? asked : navigator.languages.map((tag) => tag.toLowerCase().split('-')[0]).find((primary) => primary === 'zh' || primary === 'en') ?? 'zh') === 'zh')(new URLSearchParams(location.search).get('lang'))`;

/** The first paint's signal (src/lib/map/mapSignals.ts, README): the map's container once its 2D first paint is drawn. */
const FIRST_PAINT_ATTRIBUTE = 'data-first-paint';
export const FIRST_PAINT_SIGNAL = `${FIRST_PAINT_ATTRIBUTE}="done"`;

/**
 * Measures Chinese text in the font the worker is named after (the body's, so the same fallback
 * font is found), regular and bold: the Chinese page's first view has bold Chinese too (its title
 * and headings), and a CJK font's bold is a file of its own (NotoSansCJK-Bold.ttc, another ~20
 * MB copy). Without the bold, the first layout still waited for it: paired loads of the Chinese
 * page (8 each), first paint 695 -> 662 ms with the test flags, 989 -> 931 ms in the GPU process.
 */
export const FONT_WORKER = `const context = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(1, 1).getContext('2d') : null;
if (context) {
  for (const weight of ['', 'bold ']) {
    context.font = weight + '16px ' + self.name;
    context.measureText('产业带地图');
  }
}
self.close();`;

/**
 * The global the first data script leaves its files in (src/lib/data/firstData.ts; a unit test
 * keeps the two the same).
 */
export const FIRST_DATA_GLOBAL = '__beltmapFirstData';

/**
 * The script that fetches and parses the first load's files as the page is parsed: the geometry
 * and the county table, and the default dataset's meta and "all" metrics unless the address names
 * another dataset. An async module, so it runs at once rather than once the stylesheet is in, and
 * each file is parsed as it arrives, while the main thread would otherwise wait for the app's
 * code: the app took ~40 ms (quiet machine) to ~160 ms (loaded) to read and parse them once its
 * code had run. Paired plain loads (test flags, 20 pairs, twice): the first paint 52 and 60 ms
 * earlier (median of the pairs' differences). Under the bench's harness, which polls the page at
 * every frame from the navigation on, it is neither earlier nor later. Each file is left in
 * FIRST_DATA_GLOBAL by URL as src/lib/data/firstData.ts reads it: its bytes so far (told to
 * onBytes, for the loading bar), then its JSON, or null when it could not be loaded or parsed
 * (the app then fetches it itself and shows that error). The bytes are read and counted as the
 * app's own fetchJson reads them (a reader, then one decode and JSON.parse): piped through a
 * counting TransformStream into Response.json(), the first paint came 14 ms later (paired
 * median, 12 pairs, test flags, settled browsers; 8 of 12 pairs).
 */
export function firstDataScript(datasetId: string, datasetUrls: readonly string[]): string {
  return `(() => {
  const asked = new URLSearchParams(location.search).get('dataset');
  const urls = ${JSON.stringify(SHARED_FILES.map((file) => GEODATA_URL + file))};
  if (asked === null || asked === ${JSON.stringify(datasetId)}) urls.push(...${JSON.stringify(datasetUrls)});
  const files = (self.${FIRST_DATA_GLOBAL} = {});
  for (const url of urls) {
    const file = { loadedBytes: 0, onBytes: null, json: null };
    file.json = fetch(url)
      .then(async (response) => {
        if (!response.ok || !response.body) return null;
        const reader = response.body.getReader();
        const chunks = [];
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          chunks.push(value);
          file.loadedBytes += value.byteLength;
          if (file.onBytes) file.onBytes(file.loadedBytes);
        }
        const bytes = new Uint8Array(file.loadedBytes);
        let at = 0;
        for (const chunk of chunks) {
          bytes.set(chunk, at);
          at += chunk.byteLength;
        }
        return { value: JSON.parse(new TextDecoder().decode(bytes)) };
      })
      .catch(() => null);
    files[url] = file;
  }
})();`;
}

/**
 * The script that starts the warm-up workers: at once NUMBER_FORMAT_WORKER, and FONT_WORKER (the
 * body's font as its name) when the page SHOWS_CHINESE; in an English page FONT_WORKER once the
 * first map is drawn (FIRST_PAINT_SIGNAL), as its interactive map's glyph atlas holds the Chinese
 * names too (labelCharacterSet: both languages, so a language switch needs no new atlas), whose
 * CJK font would otherwise be copied on the main thread as that map starts. A module that runs
 * once the short page is parsed and its stylesheet is in, so the body's font is known. A page
 * whose policy refuses workers loads as before.
 */
export const WARM_UP_SCRIPT = `(() => {
  const start = (source, name) => {
    try {
      new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })), { name });
    } catch {}
  };
  const warmFont = () => start(${JSON.stringify(FONT_WORKER)}, getComputedStyle(document.body).fontFamily);
  start(${JSON.stringify(NUMBER_FORMAT_WORKER)}, '');
  if (${SHOWS_CHINESE}) warmFont();
  else {
    const firstPaint = new MutationObserver(() => {
      if (!document.querySelector('[${FIRST_PAINT_SIGNAL}]')) return;
      firstPaint.disconnect();
      warmFont();
    });
    firstPaint.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['${FIRST_PAINT_ATTRIBUTE}'] });
  }
})();`;

/**
 * The markup written into index.html's head for a build whose default dataset is `dataset`: a
 * preload of the two files every dataset draws on (asked for as the HTML arrives), the first data
 * script, and the warm-up script. Modules, as every script of the app's own is (a classic inline
 * script is what the address tests look for as injected).
 */
export function firstDataMarkup(geodataDir: string, dataset: { id: string; metaFile: string }): string {
  const datasetUrls = defaultDatasetFiles(geodataDir, dataset).map((file) => GEODATA_URL + file);
  return [
    ...SHARED_FILES.map(preloadLink),
    `<script type="module" async>${firstDataScript(dataset.id, datasetUrls)}</script>`,
    `<script type="module">${WARM_UP_SCRIPT}</script>`,
  ].join('\n    ');
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
