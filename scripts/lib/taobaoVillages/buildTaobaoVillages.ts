/**
 * The whole 淘宝村 build from the text of its inputs (scripts/data/taobao-villages/) and the county
 * table: read the lists, place every row on a county, then aggregate. Pure: the CLI reads the files
 * and writes the result; tests call this with the same or altered texts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CountyTableFile } from '../../../src/lib/domain/contract';
import { createCountyLookup } from '../../../src/lib/import/countyLookup';
import { readAdminCodeHistory } from './adminCodeHistory';
import { buildDataset, type DatasetFiles } from './buildDataset';
import type { CuratedDataset } from './curatedDataset';
import { createCountyPlacer, placeRows, type PlacedBy, type PlacementRule } from './placeRows';
import { readTownRows, readVillageRows } from './readLists';

export const INPUT_DIR = 'scripts/data/taobao-villages';
export const OUTPUT_DIR = 'geodata/datasets/taobao-villages';
export const GENERATED_BY = 'scripts/build-taobao-villages.ts from scripts/data/taobao-villages/ and geodata/index/counties.json; do not edit by hand';

export const INPUT_FILES = {
  villages: 'villages-2014-2016.csv',
  towns: 'towns-2016.csv',
  adminCodes: 'admin-codes-1980-2025.csv',
  rules: 'placement-rules.json',
  dataset: 'dataset.json',
} as const;

export type InputTexts = Record<keyof typeof INPUT_FILES, string>;

export function readInputTexts(dir = INPUT_DIR): InputTexts {
  const read = (name: string) => readFileSync(join(dir, name), 'utf8');
  return {
    villages: read(INPUT_FILES.villages),
    towns: read(INPUT_FILES.towns),
    adminCodes: read(INPUT_FILES.adminCodes),
    rules: read(INPUT_FILES.rules),
    dataset: read(INPUT_FILES.dataset),
  };
}

export interface PlacementSummary {
  /** Rows (villages and towns) placed by each way. */
  rowsPlacedBy: Record<PlacedBy, number>;
  /** Each rule with the number of rows it placed. */
  rules: { rule: PlacementRule; rows: number }[];
}

export interface TaobaoVillagesBuild {
  files: DatasetFiles;
  summary: PlacementSummary;
}

function parseJson<T>(text: string, file: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
}

export function buildTaobaoVillages(texts: InputTexts, counties: CountyTableFile): TaobaoVillagesBuild {
  const { rules } = parseJson<{ rules: PlacementRule[] }>(texts.rules, INPUT_FILES.rules);
  const dataset = parseJson<CuratedDataset>(texts.dataset, INPUT_FILES.dataset);
  const place = createCountyPlacer(
    counties,
    createCountyLookup(counties),
    readAdminCodeHistory(texts.adminCodes, INPUT_FILES.adminCodes),
    rules,
  );
  const villageRows = placeRows(readVillageRows(texts.villages, INPUT_FILES.villages), place);
  const townRows = placeRows(readTownRows(texts.towns, INPUT_FILES.towns), place);
  const problems = [...villageRows.problems, ...townRows.problems];
  if (problems.length > 0) {
    throw new Error(`${problems.length} row(s) of the 淘宝村 lists cannot be placed on a county:\n  ${problems.join('\n  ')}`);
  }
  const villages = villageRows.placed;
  const towns = townRows.placed;
  const placements = [...villages, ...towns];
  const rowsPerRule = rules.map((_rule, i) => placements.filter(({ placement }) => placement.ruleIndex === i).length);
  // A rule no row needs is a guess waiting to misplace a future row.
  const unused = rules.flatMap((rule, i) => (rowsPerRule[i] === 0 ? [`rule ${i + 1} (${JSON.stringify(rule.match)})`] : []));
  if (unused.length > 0) throw new Error(`${INPUT_FILES.rules}: ${unused.length} rule(s) place no row: ${unused.join('; ')}`);

  const rowsPlacedBy: Record<PlacedBy, number> = { 'current-name': 0, 'former-name': 0, rule: 0 };
  for (const { placement } of placements) rowsPlacedBy[placement.placedBy] += 1;

  const files = buildDataset({
    counties,
    dataset,
    placed: { villages, towns },
    generatedBy: GENERATED_BY,
  });
  return { files, summary: { rowsPlacedBy, rules: rules.map((rule, i) => ({ rule, rows: rowsPerRule[i]! })) } };
}
