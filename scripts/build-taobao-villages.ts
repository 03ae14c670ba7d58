/**
 * npm run build:taobao-villages — builds the 淘宝村 dataset (geodata/datasets/taobao-villages/) from
 * AliResearch's 2014–2016 lists in scripts/data/taobao-villages/: places every row on a current
 * county (names, the historical code table, curated rules), fails naming any row it cannot place,
 * and prints how each row was placed. Options: --counties <counties.json>, --out <dir>.
 */
import { buildTaobaoVillages, OUTPUT_DIR, readInputTexts } from './lib/taobaoVillages/buildTaobaoVillages';
import { writeDatasetFiles } from './lib/datasetFiles';
import { COUNTIES_PATH, optionValue, readCountyTable } from './lib/sample/inputs';
import { writeCatalogue } from './lib/datasetCatalogue';

const argv = process.argv.slice(2);
const counties = readCountyTable(optionValue(argv, '--counties', COUNTIES_PATH));
const outDir = optionValue(argv, '--out', OUTPUT_DIR);
const { files, summary } = buildTaobaoVillages(readInputTexts(), counties);
const written = writeDatasetFiles(files, outDir);

const placedBy = Object.entries(summary.rowsPlacedBy).map(([how, rows]) => `${how} ${rows}`).join(', ');
console.log(`build:taobao-villages: rows placed by ${placedBy}`);
summary.rules.forEach(({ rule, rows }, i) => console.log(`  rule ${i + 1} ${JSON.stringify(rule.match)} -> ${rule.countyCode}: ${rows} rows`));
console.log(`build:taobao-villages: ${[...written.keys()].join(', ')} in ${outDir}/`);
if (outDir === OUTPUT_DIR) writeCatalogue('geodata');
