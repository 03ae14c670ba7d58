/**
 * npm run build:data (second step) — validates the illustrative panel, applies the belt rule and
 * writes meta.json, metrics-*.json and belts.json into geodata/index/ (atomically; counties.json
 * there is kept). Options: --counties <counties.json>, --panel <panel.json>, --out <dir>.
 */
import { buildIndex } from '../src/lib/dataset/buildIndex';
import type { BeltsFile } from '../src/lib/domain/contract';
import { illustrativeIndexInput } from './lib/sample/illustrative';
import { COUNTIES_PATH, optionValue, PANEL_PATH, readCountyTable, readIllustrativeInputs, readPanelFile } from './lib/sample/inputs';
import { writeIndexDir } from './lib/writeIndexDir';
import { writeCatalogue } from './lib/datasetCatalogue';

const argv = process.argv.slice(2);
const counties = readCountyTable(optionValue(argv, '--counties', COUNTIES_PATH));
const panel = readPanelFile(optionValue(argv, '--panel', PANEL_PATH));
const outDir = optionValue(argv, '--out', 'geodata/index');
const files = buildIndex(illustrativeIndexInput(readIllustrativeInputs(counties), counties, panel));
writeIndexDir(files, outDir);
const belts = (files.get('belts.json') as BeltsFile).belts.length;
console.log(`build:index: ${panel.rows.length} rows -> ${belts} belts, ${files.size} files in ${outDir}/`);
// The catalogue names the belt model's title and years: rewritten when the index is the app's own.
if (outDir === 'geodata/index') writeCatalogue('geodata');
