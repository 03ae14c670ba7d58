/**
 * npm run build:sample — the illustrative panel: runs the seeded model (scripts/lib/sample/) on the
 * curated inputs in scripts/data/ and writes scripts/data/generated/illustrative-panel.json, which
 * build-index.ts turns into geodata/index/. Options: --counties <counties.json>, --out <panel.json>.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generatePanel } from './lib/sample/model';
import { MODEL_PARAMS } from './lib/sample/modelParams';
import { COUNTIES_PATH, optionValue, PANEL_PATH, readCountyTable, readIllustrativeInputs, type PanelFile } from './lib/sample/inputs';
import { stableJson } from './lib/writeIndexDir';

const argv = process.argv.slice(2);
const counties = readCountyTable(optionValue(argv, '--counties', COUNTIES_PATH));
const outPath = optionValue(argv, '--out', PANEL_PATH);
const inputs = readIllustrativeInputs(counties);
const rows = generatePanel({ ...inputs, counties, params: MODEL_PARAMS });
const panel: PanelFile = { generatedBy: 'scripts/build-sample.ts', seed: MODEL_PARAMS.seed, rows };
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, stableJson(panel));
const reported = rows.filter((row) => row.provenance === 'reported').length;
console.log(`build:sample: ${rows.length} panel rows (${reported} reported, ${rows.length - reported} modeled), seed ${MODEL_PARAMS.seed} -> ${outPath}`);
