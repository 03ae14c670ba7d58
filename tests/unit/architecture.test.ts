/**
 * Imports point down the flow, never up or sideways (docs: the design's "way data flows").
 *
 * Rooms in tiers, lowest first; a file may import from its own room or from a room of a lower tier:
 *
 *   i18n < format < domain < dataset < import < ownData < data < state < story, embed, view < present
 *        < cartography < map, export < screenMap < app (src/app, src/components, src/main.ts), scripts < tests
 *
 * (Presenter mode plays stories, so present sits above story.)
 *
 * So state never imports view, cartography, map or export; view never imports cartography, map or
 * export (cartography and map read the view's draw model, not the reverse); export never imports
 * map; screenMap (the 2D map, then the interactive one) uses both; nothing under src imports scripts/ or tests/; scripts never import the app's components.
 * Rooms of one tier are siblings and do not import each other.
 *
 * Inside view the same holds between its parts: the draw model (what the map is given) is below
 * the scales, then the difference layer (compare), then the tooltip and the legend's content, then
 * the panel, rankings, search, table and charts; the atlas view composes them all.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const FLOW: string[][] = [
  ['i18n'],
  ['format'],
  ['domain'],
  ['dataset'],
  // The importer builds a dataset's files from a user's CSV, with the dataset room's metrics.
  ['import'],
  // A reader's own file in the page: the import's checks and guesses, in a worker, kept in this browser.
  ['ownData'],
  // Loading and the session hold every dataset the page shows: the published ones fetched from
  // geodata/, and the reader's own ones that ownData reads (so data sits above import and ownData).
  ['data'],
  ['state'],
  ['story', 'embed', 'view'],
  ['present'],
  ['cartography'],
  ['map', 'export'],
  ['screenMap'],
  ['app', 'scripts'],
  ['tests'],
];

const VIEW_FLOW: string[][] = [
  ['view/drawModel'],
  ['view/scales'],
  ['view/compare'],
  ['view/tooltip', 'view/legend'],
  ['view/charts', 'view/panel', 'view/rankings', 'view/search', 'view/table'],
  ['view/atlasView'],
  // The year grid, loaded only when it is opened, builds on the atlas view.
  ['view/yearGrid'],
];

const ROOT = resolve(import.meta.dirname, '../..');

/** The room of a project path ("src/lib/view/tooltip/tooltipContent.ts" → "view/tooltip"), or null outside the rooms. */
function roomOf(path: string): string | null {
  const parts = path.split('/');
  if (parts[0] === 'scripts' || parts[0] === 'tests') return parts[0];
  if (parts[0] !== 'src') return null;
  if (parts[1] === 'app' || parts[1] === 'components' || path === 'src/main.ts') return 'app';
  if (parts[1] !== 'lib' || parts.length < 4) return null;
  if (parts[2] !== 'view') return parts[2]!;
  // A view file at the room's root is a room of its own: drawModel.ts, atlasView.svelte.ts.
  return `view/${parts[3]!.replace(/\..*$/, '')}`;
}

/** A room missing from the table is an error, not a pass: a new room must be given its place in the flow. */
function tierIn(flow: string[][], room: string): number {
  const tier = flow.findIndex((rooms) => rooms.includes(room));
  if (tier < 0) throw new Error(`room ${room} is not in the table of the flow`);
  return tier;
}

/** Whether the file at `from` may import the file at `to` (both project paths). */
function mayImport(from: string, to: string): boolean {
  const fromRoom = roomOf(from);
  const toRoom = roomOf(to);
  if (fromRoom === null || toRoom === null) throw new Error(`no room for ${fromRoom === null ? from : to}`);
  if (fromRoom === toRoom) return true;
  if (fromRoom.startsWith('view/') && toRoom.startsWith('view/')) {
    return tierIn(VIEW_FLOW, toRoom) < tierIn(VIEW_FLOW, fromRoom);
  }
  const top = (room: string) => (room.startsWith('view/') ? 'view' : room);
  if (top(fromRoom) === top(toRoom)) return true;
  return tierIn(FLOW, top(toRoom)) < tierIn(FLOW, top(fromRoom));
}

describe('mayImport (the table read as rules)', () => {
  it.each([
    ['src/lib/state/url.ts', 'src/lib/domain/categories.ts', true],
    ['src/lib/state/url.ts', 'src/lib/view/scales/layerScale.ts', false],
    ['src/lib/state/appState.svelte.ts', 'src/lib/map/MapView.ts', false],
    ['src/lib/domain/levels.ts', 'src/lib/view/scales/layerScale.ts', false],
    ['src/lib/view/drawModel.ts', 'src/lib/cartography/camera.ts', false],
    ['src/lib/cartography/baseStyle.ts', 'src/lib/view/drawModel.ts', true],
    ['src/lib/cartography/mapPaths.ts', 'src/lib/export/scene.ts', false],
    ['src/lib/export/composition.ts', 'src/lib/map/MapView.ts', false],
    ['src/lib/map/MapView.ts', 'src/lib/export/scene.ts', false],
    ['src/lib/dataset/indexFiles.ts', 'src/lib/data/decode.ts', false],
    ['src/lib/data/atlasSession.svelte.ts', 'src/lib/ownData/ownDataStore.ts', true],
    ['src/lib/ownData/ownDataStore.ts', 'src/lib/data/atlasSession.svelte.ts', false],
    ['src/lib/ownData/ownFileHeader.ts', 'src/lib/import/measureColumn.ts', true],
    ['src/lib/view/compare/compareLegend.ts', 'src/lib/view/tooltip/tooltipContent.ts', false],
    ['src/lib/view/tooltip/tooltipContent.ts', 'src/lib/view/scales/growthStatus.ts', true],
    ['src/lib/view/table/placeTable.ts', 'src/lib/view/compare/compareLegend.ts', true],
    ['src/lib/view/scales/countyFill.ts', 'src/lib/view/drawModel.ts', true],
    ['src/lib/view/atlasView.svelte.ts', 'src/lib/view/panel/countyBelts.ts', true],
    ['src/lib/view/panel/countyBelts.ts', 'src/lib/view/atlasView.svelte.ts', false],
    ['src/lib/view/tooltip/tooltipContent.ts', 'src/lib/story/story.ts', false],
    ['src/lib/export/storyFrames.ts', 'src/lib/story/story.ts', true],
    ['src/lib/domain/areas.ts', 'src/app/context.ts', false],
    ['src/components/shared/SourceLine.svelte', 'src/app/context.ts', true],
    ['src/app/App.svelte', 'src/components/map/Legend.svelte', true],
    ['src/app/App.svelte', 'scripts/lib/chromium.ts', false],
    ['src/lib/import/importCsv.ts', 'tests/unit/fixtures/places.ts', false],
    ['scripts/build-index.ts', 'src/lib/dataset/buildIndex.ts', true],
    ['scripts/run-e2e.ts', 'tests/e2e/global-setup.ts', false],
    ['scripts/build-index.ts', 'src/components/map/Legend.svelte', false],
    ['tests/e2e/permalink.test.ts', 'scripts/lib/chromium.ts', true],
  ])('%s → %s allowed: %s', (from, to, allowed) => {
    expect(mayImport(from, to)).toBe(allowed);
  });

  it.each([
    ['src/lib/shell/layout.ts', 'src/lib/domain/areas.ts', 'room shell is not in the table of the flow'],
    ['src/lib/view/swatches/swatch.ts', 'src/lib/view/scales/palettes.ts', 'room view/swatches is not in the table of the flow'],
    ['src/lib/state/url.ts', 'src/styles/app.ts', 'no room for src/styles/app.ts'],
  ])('%s → %s: %s', (from, to, message) => {
    expect(() => mayImport(from, to)).toThrow(message);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return name === 'artifacts' ? [] : sourceFiles(path);
    return /\.(ts|svelte)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/**
 * Static imports and re-exports, side-effect imports and dynamic import() of relative paths.
 * Block comments and whole-line comments are left out: a doc comment may show an import as an example.
 */
function relativeImports(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const pattern = /(?:\bfrom|\bimport|\bimport\s*\()\s*(['"])(\.{1,2}\/[^'"]+)\1/g;
  return [...code.matchAll(pattern)].map((match) => match[2]!);
}

const EXTENSIONS = ['', '.ts', '.svelte.ts', '/index.ts'];

/** The project path an import names, trying the extensions the bundler tries; null when none exists. */
function resolveImport(fromFile: string, specifier: string): string | null {
  const base = resolve(ROOT, dirname(fromFile), specifier.replace(/\?.*$/, ''));
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(ROOT, candidate);
  }
  return null;
}

describe('imports in src, scripts and tests', () => {
  const files = ['src', 'scripts', 'tests'].flatMap(sourceFiles);
  const edges = files.flatMap((file) =>
    relativeImports(readFileSync(join(ROOT, file), 'utf8')).map((specifier) => ({ file, specifier, target: resolveImport(file, specifier) })),
  );

  it('reads the imports of the whole project (a broken reader would find none)', () => {
    expect(files).toContain('src/lib/state/url.ts');
    expect(files).toContain('src/app/App.svelte');
    expect(edges.length).toBeGreaterThan(500);
  });

  it('every relative import names a file that exists', () => {
    expect(edges.filter((edge) => edge.target === null).map(({ file, specifier }) => `${file} → ${specifier}`)).toEqual([]);
  });

  it('every import points down the flow or stays in its room', () => {
    const violations = edges
      .filter((edge): edge is { file: string; specifier: string; target: string } => edge.target !== null)
      .filter(({ file, target }) => !mayImport(file, target))
      .map(({ file, target }) => `${file} → ${target}`);
    expect(violations).toEqual([]);
  });
});
