/**
 * npm run data:import -- <file.csv> [options]: builds a dataset from a user's CSV through the
 * same validation and index build as the illustrative dataset (docs/data.md, "Importing your own
 * data"). The work is done by src/lib/import (reading, checking) and buildIndex; this file only
 * reads the inputs, prints what happened and writes the result atomically.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import type { Category, CountyTableFile, LocalizedText } from '../src/lib/domain/contract';
import { buildIndex } from '../src/lib/dataset/buildIndex';
import { importCsv } from '../src/lib/import/importCsv';
import { encodingLabel, problemLines, summaryLine } from '../src/lib/import/importReport';
import { COUNTIES_PATH, CURATED_DIR, readCountyTable } from './lib/sample/inputs';
import { writeIndexDir } from './lib/writeIndexDir';

/** Exit codes: 0 written; 1 the input was rejected (nothing written); 2 wrong usage. */
const EXIT_REJECTED = 1;
const EXIT_USAGE = 2;

const USAGE = `usage: npm run data:import -- <file.csv> [--out DIR] [--allow-rejects]
                                [--years FIRST-LAST] [--title TEXT] [--description TEXT]
                                [--counties counties.json]`;

const HELP = `${USAGE}

Builds a Beltmap dataset from a CSV with one row per county x category x year.
Columns (header names, any order and case): county_code, or county + province;
year; category (id or Chinese name); sales (yuan, or with 万/亿, e.g. 1.2亿);
merchants; optional source. UTF-8 (with or without BOM) and GBK are read.
Schema, units and error messages: docs/data.md, "Importing your own data".

  --out DIR          write the dataset here instead of geodata/index/ (where the app
                     reads it, replacing the illustrative dataset; npm run build:data
                     restores that). counties.json in the folder is kept.
  --allow-rejects    import the accepted rows even when some rows were rejected
                     (the rejected ones are still listed). Without it, any rejected
                     row means nothing is written.
  --years A-B        the years a row may have (default: the illustrative dataset's,
                     from scripts/data/dataset.json, 2018-2024)
  --title TEXT       dataset title (both languages); default "Imported data: <file>"
  --description TEXT dataset description (both languages)
  --counties FILE    county table to resolve counties against (default
                     geodata/index/counties.json)
  -h, --help         this text

Exit codes: 0 dataset written; 1 input rejected, nothing written; 2 wrong usage.`;

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'geodata/index' },
        'allow-rejects': { type: 'boolean', default: false },
        years: { type: 'string' },
        title: { type: 'string' },
        description: { type: 'string' },
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
  const years = values.years === undefined ? datasetYears() : parseYearRange(values.years);
  if (years === null) return usageError(`--years "${values.years}" is not a range like 2018-2024`);

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
  const result = importCsv(bytes, { counties, categories, ...years, fileName });

  console.log(`data:import: ${fileName} (${encodingLabel(result.encoding)})`);
  for (const line of problemLines(result)) console.error(line);
  if (result.fileProblem !== null) {
    console.error('data:import: the file cannot be imported; nothing written');
    return EXIT_REJECTED;
  }
  console.log(summaryLine(result));
  if (result.summary.accepted === 0) {
    console.error('data:import: no row was accepted; nothing written');
    return EXIT_REJECTED;
  }
  if (result.summary.rejected > 0 && !values['allow-rejects']) {
    console.error(
      `data:import: ${result.summary.rejected} row(s) rejected; nothing written. Fix them, ` +
        `or pass --allow-rejects to import the ${result.summary.accepted} accepted row(s).`,
    );
    return EXIT_REJECTED;
  }

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
  writeIndexDir(files, values.out);
  console.log(
    `data:import: wrote ${files.size} files to ${values.out}/ ` +
      `(${result.years[0]}–${result.years.at(-1)}, ${count(result.categories.length, 'category', 'categories')}, ` +
      `${count(result.sources.length, 'source', 'sources')})`,
  );
  return 0;
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
