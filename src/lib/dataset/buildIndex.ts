import { BELT_RULE } from '../domain/beltRuleConfig';
import { isBelt, isOver100Yi, locationQuotient } from '../domain/beltRule';
import { MAINLAND_REGIONS } from '../domain/contract';
import type {
  BeltRecord,
  BeltsFile,
  Category,
  CountyTableFile,
  DatasetMeta,
  LocalizedText,
  MetricsFile,
  Over100YiCentre,
  PanelRow,
  ProvenanceCode,
  RegionCounts,
  RegionId,
  SourceRecord,
} from '../domain/contract';
import { ALL_CATEGORIES } from '../domain/categories';
import { combineProvenance, provenanceCode, yearOnYearGrowth } from '../domain/metricsRules';
import { BELTS_FILE, META_FILE, metricsFileName } from './indexFiles';

/** Everything the index build needs: a validated panel plus the dataset's description. */
export interface IndexInput {
  rows: PanelRow[];
  counties: CountyTableFile;
  categories: Category[];
  years: number[];
  sources: SourceRecord[];
  title: LocalizedText;
  description: LocalizedText;
  isIllustrative: boolean;
  generatedBy: string;
  /**
   * Regions the dataset does not cover (the model: Hong Kong, Macao, Taiwan), written to meta.json
   * so the app says "no data" there, not "no belt" (domain/coverage.ts); none when absent (an
   * imported file covers every county it might list). No row may lie in them.
   */
  outsideRegions?: RegionId[];
}

export type IndexFile = DatasetMeta | MetricsFile | BeltsFile;
/** File name under geodata/index/ -> content, in a fixed order (meta, metrics-all, per category, belts). */
export type IndexFiles = Map<string, IndexFile>;

/** One (county, category) with its panel rows and the belt rule's verdict, per year index. */
interface Cell {
  countyIndex: number;
  categoryIndex: number;
  rows: (PanelRow | undefined)[];
  locationQuotients: (number | null)[];
  isBelt: boolean[];
  isOver100Yi: boolean[];
}

/**
 * Builds every dataset file of geodata/index/ from a panel: applies the belt rule per
 * (county, category, year) with the location quotient computed from the panel itself, then
 * aggregates per county and year for all categories and for each one. Pure and deterministic.
 * The rows are expected to be validated already (the import reports problems row by row);
 * this re-checks cheaply and throws on the first inconsistency, naming it.
 */
export function buildIndex(input: IndexInput): IndexFiles {
  assertInput(input);
  const cells = buildCells(input);
  const files: IndexFiles = new Map();
  files.set(META_FILE, buildMeta(input));
  files.set(metricsFileName(ALL_CATEGORIES), buildMetrics(input, cells, ALL_CATEGORIES));
  for (const category of input.categories) {
    const own = cells.filter((cell) => input.categories[cell.categoryIndex] === category);
    files.set(metricsFileName(category.id), buildMetrics(input, own, category.id));
  }
  files.set(BELTS_FILE, buildBelts(input, cells));
  return files;
}

function assertInput({ rows, counties, categories, years, sources, outsideRegions = [] }: IndexInput): void {
  if (years.length === 0) throw new Error('buildIndex: no years');
  years.forEach((year, i) => {
    if (!Number.isInteger(year) || (i > 0 && year !== years[i - 1]! + 1)) {
      throw new Error(`buildIndex: years must be ascending consecutive integers, got ${years.join(',')}`);
    }
  });
  const categoryIds = new Set<string>();
  for (const { id } of categories) {
    if (!/^[a-z0-9-]+$/.test(id) || id === ALL_CATEGORIES || categoryIds.has(id)) {
      throw new Error(`buildIndex: category id "${id}" is not a unique lower-case id (a-z, 0-9, -) other than "all"`);
    }
    categoryIds.add(id);
  }
  const countyCodes = new Set(counties.codes);
  const outsideCodes = new Set(counties.codes.filter((_, i) => outsideRegions.includes(counties.regions[i]!)));
  const sourceIds = new Set(sources.map((source) => source.id));
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const where = `buildIndex: panel row ${i} (${row.countyCode}, ${row.categoryId}, ${row.year})`;
    if (!countyCodes.has(row.countyCode)) throw new Error(`${where}: unknown county code`);
    if (outsideCodes.has(row.countyCode)) throw new Error(`${where}: county in a region outside the dataset (${outsideRegions.join(', ')})`);
    if (!categoryIds.has(row.categoryId)) throw new Error(`${where}: unknown category`);
    if (!years.includes(row.year)) throw new Error(`${where}: year outside ${years[0]}–${years.at(-1)}`);
    if (!Number.isFinite(row.salesYuan) || row.salesYuan < 0) throw new Error(`${where}: sales ${row.salesYuan} is not a non-negative number`);
    if (!Number.isInteger(row.merchants) || row.merchants < 0) throw new Error(`${where}: merchants ${row.merchants} is not a non-negative integer`);
    if (row.provenance === 'reported' && !(row.sourceId && sourceIds.has(row.sourceId))) {
      throw new Error(`${where}: reported value without a known source id (got "${row.sourceId ?? ''}")`);
    }
    if (row.provenance === 'modeled' && row.sourceId !== undefined) throw new Error(`${where}: modeled value carries a source id`);
    const key = `${row.countyCode}|${row.categoryId}|${row.year}`;
    if (seen.has(key)) throw new Error(`${where}: duplicate county × category × year`);
    seen.add(key);
  });
}

function buildCells({ rows, counties, categories, years }: IndexInput): Cell[] {
  const countyIndex = new Map(counties.codes.map((code, i) => [code, i]));
  const categoryIndex = new Map(categories.map((category, i) => [category.id, i]));
  const byKey = new Map<number, Cell>();
  for (const row of rows) {
    const county = countyIndex.get(row.countyCode)!;
    const category = categoryIndex.get(row.categoryId)!;
    const key = county * categories.length + category;
    let cell = byKey.get(key);
    if (!cell) {
      cell = {
        countyIndex: county,
        categoryIndex: category,
        rows: years.map(() => undefined),
        locationQuotients: years.map(() => null),
        isBelt: years.map(() => false),
        isOver100Yi: years.map(() => false),
      };
      byKey.set(key, cell);
    }
    cell.rows[row.year - years[0]!] = row;
  }
  // Key order is county-major, category-minor: the order of belts.json.
  const cells = [...byKey.entries()].sort((a, b) => a[0] - b[0]).map(([, cell]) => cell);

  years.forEach((_year, y) => {
    const countyTotal = new Float64Array(counties.codes.length);
    const nationalByCategory = new Float64Array(categories.length);
    let nationalTotal = 0;
    for (const cell of cells) {
      const sales = cell.rows[y]?.salesYuan ?? 0;
      countyTotal[cell.countyIndex]! += sales;
      nationalByCategory[cell.categoryIndex]! += sales;
      nationalTotal += sales;
    }
    for (const cell of cells) {
      const row = cell.rows[y];
      if (!row) continue;
      const lq = locationQuotient(row.salesYuan, countyTotal[cell.countyIndex]!, nationalByCategory[cell.categoryIndex]!, nationalTotal);
      const beltCell = { salesYuan: row.salesYuan, merchants: row.merchants, locationQuotient: lq };
      cell.locationQuotients[y] = lq;
      cell.isBelt[y] = isBelt(beltCell, BELT_RULE);
      cell.isOver100Yi[y] = isOver100Yi(beltCell, BELT_RULE);
    }
  });
  return cells;
}

function buildMeta(input: IndexInput): DatasetMeta {
  const metricsFiles: Record<string, string> = { [ALL_CATEGORIES]: metricsFileName(ALL_CATEGORIES) };
  for (const { id } of input.categories) metricsFiles[id] = metricsFileName(id);
  return {
    generatedBy: input.generatedBy,
    title: input.title,
    description: input.description,
    isIllustrative: input.isIllustrative,
    years: [...input.years],
    categories: input.categories.map(({ id, zh, en, isNewConsumption }) => ({ id, zh, en, isNewConsumption })),
    beltRule: { ...BELT_RULE },
    sources: input.sources,
    outsideRegions: [...(input.outsideRegions ?? [])],
    metricsFiles,
    beltsFile: BELTS_FILE,
  };
}

/** Per county and year, over the belts among `cells` (one category, or all). */
function buildMetrics({ counties, years }: IndexInput, cells: Cell[], categorySet: string): MetricsFile {
  const countyCount = counties.codes.length;
  const salesYuan = years.map(() => new Float64Array(countyCount));
  const beltCount = years.map(() => new Array<number>(countyCount).fill(0));
  const over100YiCount = years.map(() => new Array<number>(countyCount).fill(0));
  const provenance = years.map(() => new Array<ProvenanceCode>(countyCount).fill(0));
  const centreSums = years.map(() => ({ weight: 0, lng: 0, lat: 0, beltCount: 0 }));

  for (const cell of cells) {
    const i = cell.countyIndex;
    cell.rows.forEach((row, y) => {
      if (!row || !cell.isBelt[y]) return;
      salesYuan[y]![i]! += row.salesYuan;
      beltCount[y]![i]! += 1;
      provenance[y]![i] = combineProvenance(provenance[y]![i]!, provenanceCode(row.provenance));
      if (cell.isOver100Yi[y]) {
        over100YiCount[y]![i]! += 1;
        const [lng, lat] = counties.labelPoints[i]!;
        const centre = centreSums[y]!;
        centre.weight += row.salesYuan;
        centre.lng += row.salesYuan * lng;
        centre.lat += row.salesYuan * lat;
        centre.beltCount += 1;
      }
    });
  }

  const growth = years.map((_year, y) =>
    Array.from(salesYuan[y]!, (sales, i) => {
      const rate = yearOnYearGrowth(sales, salesYuan[y - 1]?.[i]);
      return rate === null ? null : round(rate, 4);
    }),
  );
  const firstYearOver100Yi = counties.codes.map((_code, i) => {
    const y = over100YiCount.findIndex((counts) => counts[i]! > 0);
    return y < 0 ? null : years[y]!;
  });
  const over100YiCentres: Over100YiCentre[] = [];
  centreSums.forEach((sum, y) => {
    if (sum.beltCount === 0) return;
    over100YiCentres.push({
      year: years[y]!,
      lng: round(sum.lng / sum.weight, 4),
      lat: round(sum.lat / sum.weight, 4),
      beltCount: sum.beltCount,
    });
  });
  const over100YiCountiesByRegion = years.map((year, y) => {
    const counts = Object.fromEntries(MAINLAND_REGIONS.map((region) => [region, 0])) as RegionCounts;
    over100YiCount[y]!.forEach((count, i) => {
      const region = counties.regions[i]!;
      // Hong Kong, Macao and Taiwan are outside the four regions the reports count.
      if (count > 0 && region !== 'hmt') counts[region] += 1;
    });
    return { year, ...counts };
  });

  return {
    category: categorySet,
    years: [...years],
    salesWan: salesYuan.map((perCounty) => Array.from(perCounty, (sales) => Math.round(sales / 1e4))),
    growth,
    beltCount,
    over100YiCount,
    provenance,
    firstYearOver100Yi,
    over100YiCentres,
    over100YiCountiesByRegion,
  };
}

function buildBelts({ counties, categories, years }: IndexInput, cells: Cell[]): BeltsFile {
  const belts: BeltRecord[] = [];
  for (const cell of cells) {
    if (!cell.isBelt.some(Boolean)) continue;
    const countyCode = counties.codes[cell.countyIndex]!;
    const categoryId = categories[cell.categoryIndex]!.id;
    belts.push({
      id: `${countyCode}-${categoryId}`,
      name: beltName(cell, `${countyCode}-${categoryId}`),
      countyCode,
      categoryId,
      salesYuan: cell.rows.map((row) => (row ? Math.round(row.salesYuan) : null)),
      merchants: cell.rows.map((row) => row?.merchants ?? null),
      locationQuotient: cell.locationQuotients.map((lq) => (lq === null ? null : round(lq, 2))),
      isBelt: [...cell.isBelt],
      provenance: cell.rows.map((row) => row?.provenance ?? null),
      sourceIds: cell.rows.map((row) => row?.sourceId ?? null),
    });
  }
  return { years: [...years], belts };
}

/** The curated name of a belt: every row that names it must agree. */
function beltName(cell: Cell, id: string) {
  let name: LocalizedText | null = null;
  for (const row of cell.rows) {
    if (!row?.beltName) continue;
    if (name && (name.zh !== row.beltName.zh || name.en !== row.beltName.en)) {
      throw new Error(`buildIndex: belt ${id} is named both "${name.zh}" and "${row.beltName.zh}"`);
    }
    name = row.beltName;
  }
  return name;
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
