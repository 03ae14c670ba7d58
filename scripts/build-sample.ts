/**
 * npm run build:sample — the illustrative panel: runs the seeded model (scripts/lib/sample/) on the
 * curated inputs in scripts/data/ and writes scripts/data/generated/illustrative-panel.json, which
 * build-index.ts turns into geodata/index/. Options: --counties <counties.json>, --out <panel.json>.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { illustrativePanel } from './lib/sample/illustrative';
import { COUNTIES_PATH, optionValue, PANEL_PATH, readCountyTable, readIllustrativeInputs } from './lib/sample/inputs';
import { stableJson } from './lib/writeIndexDir';

const argv = process.argv.slice(2);
const counties = readCountyTable(optionValue(argv, '--counties', COUNTIES_PATH));
const outPath = optionValue(argv, '--out', PANEL_PATH);
const panel = illustrativePanel(readIllustrativeInputs(counties), counties);
mkdirSync(dirname(outPath), { recursive: true });
writeFileSync(outPath, stableJson(panel));
const reported = panel.rows.filter((row) => row.provenance === 'reported').length;
console.log(`build:sample: ${panel.rows.length} panel rows (${reported} reported, ${panel.rows.length - reported} modeled), seed ${panel.seed} -> ${outPath}`);
