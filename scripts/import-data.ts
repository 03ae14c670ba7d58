/**
 * npm run data:import -- <file.csv> --dataset <id> [options]: adds a dataset to geodata/ from a
 * user's CSV (either format; docs/data.md, "Importing your own data") and rewrites the catalogue,
 * so the next build offers it (and, with --default, opens it). The work is done by
 * src/lib/import/importDataset.ts, which the page can run too; this file reads the inputs, prints
 * what happened and writes the result atomically. With --out DIR instead of --dataset, a file in
 * the full format is still built into the belt model's index files, as before datasets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Category, CountyTableFile, LocalizedText } from '../src/lib/domain/contract';
import { BELT_DATASET, isDatasetId } from '../src/lib/domain/datasets';
import { buildIndex } from '../src/lib/dataset/buildIndex';
import { importCsv } from '../src/lib/import/importCsv';
import { importDataset } from '../src/lib/import/importDataset';
import { encodingLabel, problemLines } from '../src/lib/import/importReport';
import { summaryText } from '../src/lib/import/problemText';
import type { ImportReport } from '../src/lib/import/importCsv';
import { writeCatalogue } from './lib/datasetCatalogue';
import { writeDatasetFolder } from './lib/datasetFiles';
import { COUNTIES_PATH, CURATED_DIR, readCountyTable } from './lib/sample/inputs';
import { writeIndexDir } from './lib/writeIndexDir';

/** Exit codes: 0 written; 1 the input was rejected (nothing written); 2 wrong usage. */
const EXIT_REJECTED = 1;
const EXIT_USAGE = 2;

const USAGE = `usage: npm run data:import -- <file.csv> --dataset ID [--title TEXT] [--description TEXT]
                                [--measure-column COLUMN] [--measure-name TEXT]
                                [--unit count|yuan|percent|TEXT] [--threshold N] [--complete]
                                [--default] [--replace] [--allow-rejects] [--years FIRST-LAST]
                                [--geodata DIR] [--counties counties.json]
       npm run data:import -- <file.csv> --out DIR [--allow-rejects] [--years FIRST-LAST] ...`;

const HELP = `${USAGE}

Adds a dataset to the atlas from a CSV, in geodata/datasets/ID/, and lists it in
geodata/datasets.json; npm run build then publishes it. Two formats (header names,
any order and case; UTF-8 with or without BOM, or GBK):
  simple: county_code (or county + province), year, one or more numeric columns
          (one is the measure), optional category and source; or the years across:
          no year column, a column per year named by it (2019, 2019年), an empty
          cell being no data;
  full:   county_code (or county + province), year, category, sales (yuan, or with
          万/亿), merchants, optional source; the measure is sales in yuan.
The county, province, year, category and source columns may be named in Chinese
(行政区划代码, 县, 省份, 年份, 品类, 来源 …).
Schema, units and error messages: docs/data.md, "Importing your own data".

  --dataset ID         the dataset's id: a-z, 0-9 and -, not "belts"; also its folder
  --title TEXT         title (both languages); default "Imported data: <file>"
  --description TEXT   description (both languages)
  --measure-column COL the column of the values (simple format); default the first
                       column besides county, year, category and source that holds numbers
  --measure-name TEXT  the measure's name (both languages); default the column's header
                       (with the years across: 数值 / Value)
  --unit U             count, yuan, percent, or any other text as the unit (吨);
                       default guessed from the header: 销售额（万元） is yuan x 10^4,
                       share (%) is percent, 淘宝村数 a count
  --threshold N        the spread layer counts a county from the year its value first
                       reaches N; default the smallest value above zero in the file
  --complete           the file lists every county with a value: a county it does not
                       list has 0 that year (without it: no data)
  --default            a link without dataset= opens this dataset
  --replace            replace the dataset ID if it exists
  --allow-rejects      import the accepted rows even when some rows were rejected
                       (the rejected ones are still listed). Without it, any rejected
                       row means nothing is written.
  --years A-B          the years a row may have (default: any four-digit year; with
                       --out, the illustrative dataset's, 2018-2024)
  --geodata DIR        the geodata folder to add the dataset to (default geodata)
  --counties FILE      county table to resolve counties against (default
                       geodata/index/counties.json)
  --out DIR            instead of a dataset: build a full-format file into the belt
                       model's index files in DIR (meta.json, metrics-*.json, belts.json)
  -h, --help           this text

Exit codes: 0 dataset written; 1 input rejected, nothing written; 2 wrong usage.`;

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        dataset: { type: 'string' },
        out: { type: 'string' },
        'allow-rejects': { type: 'boolean', default: false },
        years: { type: 'string' },
        title: { type: 'string' },
        description: { type: 'string' },
        'measure-column': { type: 'string' },
        'measure-name': { type: 'string' },
        unit: { type: 'string' },
        threshold: { type: 'string' },
        complete: { type: 'boolean', default: false },
        default: { type: 'boolean', default: false },
        replace: { type: 'boolean', default: false },
        geodata: { type: 'string', default: 'geodata' },
        counties: { type: 'string', default: COUNTIES_PATH },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return usageError((error as Error).message);
  }
  const { values, positionals } = args;
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (positionals.length !== 1) return usageError('give exactly one CSV file');
  const [csvPath = ''] = positionals;
  const years = values.years === undefined ? undefined : parseYearRange(values.years);
  if (years === null) return usageError(`--years "${values.years}" is not a range like 2018-2024`);
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
  if (threshold !== undefined && !(threshold > 0)) return usageError(`--threshold "${values.threshold}" is not a number above zero`);

  let bytes: Uint8Array;
  try {
    bytes = readFileSync(csvPath);
  } catch (error) {
    console.error(`data:import: cannot read ${csvPath}: ${(error as Error).message}`);
    return EXIT_REJECTED;
  }
  const fileName = basename(csvPath);
  // readCountyTable names the file when it is missing or broken.
  let counties: CountyTableFile;
  try {
    counties = readCountyTable(values.counties);
  } catch (error) {
    console.error(`data:import: ${(error as Error).message}`);
    return EXIT_REJECTED;
  }
  const categories = readJson<Category[]>(`${CURATED_DIR}/categories.json`);
  if (values.out !== undefined) {
    if (values.dataset !== undefined) return usageError('give --dataset or --out, not both');
    return importIndex(bytes, fileName, counties, categories, years ?? datasetYears(), values.out, values);
  }
  const id = values.dataset;
  if (id === undefined) return usageError('give --dataset ID: the id of the dataset to add (or --out DIR for the belt index format)');
  if (!isDatasetId(id)) return usageError(`--dataset "${id}" is not a dataset id: lower-case letters, digits and -, at most 48`);
  if (id === BELT_DATASET) return usageError(`--dataset "${id}" is the belt model's id; choose another`);
  const folder = join(values.geodata, 'datasets', id);
  if (existsSync(folder) && !values.replace) return usageError(`dataset "${id}" exists (${folder}); pass --replace to replace it`);

  const result = importDataset(bytes, {
    counties,
    categories,
    fileName,
    id,
    title: values.title === undefined ? undefined : both(values.title),
    description: values.description === undefined ? undefined : both(values.description),
    measure: {
      column: values['measure-column'],
      name: values['measure-name'] === undefined ? undefined : both(values['measure-name']),
      unit: values.unit,
    },
    spreadThreshold: threshold,
    isCompleteList: values.complete,
    years,
    generatedBy: `scripts/import-data.ts (from ${fileName})`,
  });
  if (!report(result, fileName, values['allow-rejects']) || result.files === null) return EXIT_REJECTED;
  const { meta } = result.files;
  writeDatasetFolder(result.files, folder);
  const catalogue = writeCatalogue(values.geodata, values.default ? id : undefined);
  const unit = meta.measure.unit === 'number' ? JSON.stringify(meta.measure.unitLabel.zh) : meta.measure.unit;
  console.log(
    `data:import: wrote ${folder}/ (${result.format} format; measure ${JSON.stringify(meta.measure.name.zh)} in ${unit}, ` +
      `${meta.years[0]}–${meta.years.at(-1)}, spread threshold ${meta.spreadThreshold}, ${count(meta.sources.length, 'source', 'sources')})`,
  );
  console.log(`data:import: ${join(values.geodata, 'datasets.json')} lists ${catalogue.datasets.length} datasets; the default is "${catalogue.defaultDataset}"`);
  return 0;
}

/** Prints how the file was read, its problems and the summary; whether the import may be written. */
function report(result: ImportReport, fileName: string, allowRejects: boolean | undefined): boolean {
  console.log(`data:import: ${fileName} (${encodingLabel(result.encoding)})`);
  // The page's texts, in English.
  for (const line of problemLines(result, 'en')) console.error(line);
  if (result.fileProblem !== null) {
    console.error('data:import: the file cannot be imported; nothing written');
    return false;
  }
  console.log(summaryText(result.summary, 'en'));
  if (result.summary.accepted === 0) {
    console.error('data:import: no row was accepted; nothing written');
    return false;
  }
  if (result.summary.rejected > 0 && !allowRejects) {
    console.error(
      `data:import: ${result.summary.rejected} row(s) rejected; nothing written. Fix them, ` +
        `or pass --allow-rejects to import the ${result.summary.accepted} accepted row(s).`,
    );
    return false;
  }
  return true;
}

/** --out: the full format into the belt model's index files (meta.json, metrics-*.json, belts.json). */
function importIndex(
  bytes: Uint8Array,
  fileName: string,
  counties: CountyTableFile,
  categories: Category[],
  years: { firstYear: number; lastYear: number },
  outDir: string,
  values: { title?: string | undefined; description?: string | undefined; 'allow-rejects'?: boolean | undefined },
): number {
  const result = importCsv(bytes, { counties, categories, ...years, fileName });
  if (!report(result, fileName, values['allow-rejects'])) return EXIT_REJECTED;
  const { accepted } = result.summary;
  const files = buildIndex({
    rows: result.rows,
    counties,
    categories: result.categories,
    years: result.years,
    sources: result.sources,
    title: localized(values.title, `导入数据：${fileName}`, `Imported data: ${fileName}`),
    description: localized(
      values.description,
      `由 ${fileName} 导入的 ${accepted} 行数据，数值均为文件所报。`,
      `${accepted} rows imported from ${fileName}; every value as reported by the file.`,
    ),
    isIllustrative: false,
    generatedBy: `scripts/import-data.ts (from ${fileName})`,
  });
  writeIndexDir(files, outDir);
  console.log(
    `data:import: wrote ${files.size} files to ${outDir}/ ` +
      `(${result.years[0]}–${result.years.at(-1)}, ${count(result.categories.length, 'category', 'categories')}, ` +
      `${count(result.sources.length, 'source', 'sources')})`,
  );
  return 0;
}

function both(text: string): LocalizedText {
  return { zh: text, en: text };
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function usageError(message: string): number {
  console.error(`data:import: ${message}\n${USAGE}\n(--help for details)`);
  return EXIT_USAGE;
}

/** A text given as an option serves both languages; the defaults have one per language. */
function localized(option: string | undefined, zh: string, en: string): LocalizedText {
  return option === undefined ? { zh, en } : { zh: option, en: option };
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** The default year range: that of the illustrative dataset, so both cover the same years. */
function datasetYears(): { firstYear: number; lastYear: number } {
  const { years } = readJson<{ years: number[] }>(`${CURATED_DIR}/dataset.json`);
  return { firstYear: Math.min(...years), lastYear: Math.max(...years) };
}

function parseYearRange(text: string): { firstYear: number; lastYear: number } | null {
  const match = /^(\d{4})-(\d{4})$/.exec(text.trim());
  if (match === null) return null;
  const [firstYear, lastYear] = [Number(match[1]), Number(match[2])];
  return firstYear <= lastYear ? { firstYear, lastYear } : null;
}

process.exitCode = main(process.argv.slice(2));
