import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CountyTableFile, LocalizedText, PanelRow, RegionId } from '../../../src/lib/domain/contract';
import { sourceLanguageProblems, sourceProblems } from '../sourcePlausibility';
import { curatedInputProblems, type CuratedInputs } from './curated';

/** Where the illustrative dataset's curated inputs and its generated panel live. */
export const CURATED_DIR = 'scripts/data';
export const PANEL_PATH = 'scripts/data/generated/illustrative-panel.json';
export const COUNTIES_PATH = 'geodata/index/counties.json';

export interface IllustrativeInputs extends CuratedInputs {
  title: LocalizedText;
  description: LocalizedText;
}

/** The intermediate file between build-sample and build-index. */
export interface PanelFile {
  generatedBy: string;
  seed: number;
  rows: PanelRow[];
}

function readJson<T>(path: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new Error(`cannot read ${path}: ${(error as Error).message}`);
  }
}

export function readCountyTable(path = COUNTIES_PATH): CountyTableFile {
  return readJson<CountyTableFile>(path);
}

/** Reads scripts/data/*.json and checks them against the county table and their sources (plausible, citable in English); throws listing every problem. */
export function readIllustrativeInputs(counties: CountyTableFile, dir = CURATED_DIR): IllustrativeInputs {
  const dataset = readJson<{ title: LocalizedText; description: LocalizedText; years: number[]; outsideRegions: RegionId[] }>(
    join(dir, 'dataset.json'),
  );
  const inputs: IllustrativeInputs = {
    title: dataset.title,
    description: dataset.description,
    years: dataset.years,
    outsideRegions: dataset.outsideRegions,
    categories: readJson(join(dir, 'categories.json')),
    sources: readJson(join(dir, 'sources.json')),
    namedBelts: readJson(join(dir, 'named-belts.json')),
    anchors: readJson(join(dir, 'anchors.json')),
  };
  const problems = [
    ...curatedInputProblems(inputs, counties),
    ...inputs.sources.flatMap((source) => [...sourceProblems(source, new Date()), ...sourceLanguageProblems(source)]),
  ];
  if (problems.length > 0) throw new Error(`curated inputs in ${dir}/ have ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  return inputs;
}

export function readPanelFile(path = PANEL_PATH): PanelFile {
  return readJson<PanelFile>(path);
}

/** `--name value` from argv, else the fallback. */
export function optionValue(argv: string[], name: string, fallback: string): string {
  const at = argv.indexOf(name);
  if (at < 0) return fallback;
  const value = argv[at + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`${name} needs a value`);
  return value;
}
