/**
 * The files of a dataset that measures one count or amount per county and year (geodata/datasets/<id>/),
 * for datasets other than the belt model: today the 淘宝村 lists. They follow the belt dataset's
 * shapes (contract.ts) where those fit, with the measure declared instead of fixed as sales, so the app
 * can read any such dataset through one decoder. Arrays named "per county" follow the order of
 * CountyTableFile.codes exactly; per-year arrays follow the dataset's years.
 */
import type { LocalizedText, ProvenanceCode, RegionCounts, SourceRecord } from './contract';

/**
 * How a measure's values are written: 'yuan' (the app chooses 亿元/万元 itself), 'count' (whole
 * numbers, with unitLabel), 'percent' (percentage points: 12.5 is written 12.5%), or 'number' (any
 * decimal, with unitLabel as its free unit: 吨, households; an imported file's own unit).
 */
export type MeasureUnit = 'count' | 'yuan' | 'percent' | 'number';

/** What a dataset measures and how its values are written. */
export interface DatasetMeasure {
  id: string; // "villages"
  name: LocalizedText; // 淘宝村数量 / Taobao villages
  unit: MeasureUnit;
  /** The unit as written after a value: 个 / villages, % for percent, the free unit; for yuan the app chooses 亿元/万元 itself. */
  unitLabel: LocalizedText;
}

/**
 * The words a dataset's views use where the belt model says 产业带 (a layer's name, a legend's title,
 * what an empty county is called): declared by each dataset, so no view assumes belts.
 */
export interface DatasetWords {
  /** The first layer's name in the layer switch: 销售规模 / 淘宝村数量. */
  valueLayer: LocalizedText;
  /** The spread layer's name: 百亿产业带 / 首个淘宝村. */
  spreadLayer: LocalizedText;
  /** Legend titles of the three layers. */
  valueLegend: LocalizedText;
  growthLegend: LocalizedText;
  spreadLegend: LocalizedText;
  /** A county with no value that year: 无产业带 / 无淘宝村. */
  none: LocalizedText;
  /** A county not yet over the spread threshold: 尚无百亿产业带 / 尚无淘宝村. */
  notYet: LocalizedText;
  /** Title of the small chart of counties over the threshold by region. */
  spreadChart: LocalizedText;
}

/** One point of a national series published beside the dataset (not a map colour). */
export interface NationalSeriesPoint {
  year: number;
  /** The measure's national total as published. */
  value: number;
  /** 淘宝镇 nationally, where the same source gives it; else null. */
  towns: number | null;
  /** When the count was taken, where the source says it is not the year's end ("2018-10"). */
  asOf: string | null;
  sourceId: string;
}

/** A single county's figure that a source reports for a year without a complete list. */
export interface ReportedCountyPoint {
  countyCode: string;
  year: number;
  value: number;
  sourceId: string;
}

/** geodata/datasets/<id>/meta.json */
export interface DatasetDescriptor {
  generatedBy: string;
  id: string; // "taobao-villages"
  title: LocalizedText;
  description: LocalizedText;
  isIllustrative: boolean;
  measure: DatasetMeasure;
  words: DatasetWords;
  /** Years with a complete county list: ascending, consecutive. Only these are map colours. */
  years: number[];
  /** Empty when the dataset has no categories. */
  categories: { id: string; zh: string; en: string }[];
  /** A county counts for the spread layer from the year its value first reaches this. */
  spreadThreshold: number;
  sources: SourceRecord[];
  /** Source id of each year's complete list, per year. */
  yearSourceIds: string[];
  /** The national series for years with and without a complete list, for a small chart. */
  nationalSeries: NationalSeriesPoint[];
  /** Later single-county figures, for the county panel only. */
  reportedCountyPoints: ReportedCountyPoint[];
  metricsFile: string;
  detailsFile: string;
}

/** A weighted centre of the counties with a value that year. */
export interface WeightedCentre {
  year: number;
  lng: number;
  lat: number;
  /** The sum of the weights (villages), so the app can say how many the centre stands for. */
  weight: number;
}

/** Year-on-year growth: a fraction (0.25 = +25 %), 'new' in the year a county first reaches the threshold, null otherwise undefined. */
export type CountGrowth = number | 'new' | null;

/** geodata/datasets/<id>/metrics.json: [yearIndex][countyIndex] arrays unless said otherwise. */
export interface DatasetMetricsFile {
  generatedBy: string;
  measure: string; // the measure id
  years: number[];
  /** The measured value; 0 is a real value in a year with a complete list. */
  values: number[][];
  growth: CountGrowth[][];
  /** 0 no value, 2 reported (contract.ts ProvenanceCode); a complete list reports its zeros too. */
  provenance: ProvenanceCode[][];
  /** A second count per county where a year has its own list (淘宝镇); null for years without one. */
  towns: (number[] | null)[];
  /** Per county: the first year the value reaches the spread threshold, null if never in these years. */
  firstYear: (number | null)[];
  /** The value-weighted centre of the counties' label points, per year with any value. */
  centres: WeightedCentre[];
  /** Counties at or over the threshold, by region, per year (Hong Kong, Macao, Taiwan outside the four). */
  countiesByRegion: ({ year: number } & RegionCounts)[];
  /** Counties reaching the threshold for the first time that year, by region. */
  newCountiesByRegion: ({ year: number } & RegionCounts)[];
}

/** One village of a year's list, as printed, under the county it was placed in. */
export interface ListedVillage {
  year: number;
  /** "" where the list prints no town. */
  town: string;
  village: string;
  /** Main product, printed only in the 2014 list. */
  mainProduct?: string;
  /** The county as the list prints it, when it is not the county's current name (增城市, 白沟新城). */
  listedCounty?: string;
}

export interface ListedTown {
  year: number;
  town: string;
  /** Taobao villages of the town, as the 淘宝镇 list prints it. */
  villages: number;
  listedCounty?: string;
}

/** geodata/datasets/<id>/details.json: loaded on demand by the county panel. */
export interface DatasetDetailsFile {
  generatedBy: string;
  years: number[];
  /** By county code; only counties with at least one listed village or town. */
  counties: Record<string, { villages: ListedVillage[]; towns: ListedTown[] }>;
}

/** One dataset as the catalogue lists it, for the dataset switch. */
export interface DatasetCatalogueEntry {
  id: string;
  title: LocalizedText;
  isIllustrative: boolean;
  /** First and last year with map colours. */
  years: [number, number];
  /** The dataset's meta file, relative to geodata/ (index/meta.json for the belt model); '' for one kept in this browser. */
  metaFile: string;
  /** Published with the site (absent: published), or opened by the reader and kept only in this browser. */
  origin?: 'published' | 'thisBrowser';
}

/** geodata/datasets.json: every dataset the atlas can show, the belt model first. */
export interface DatasetCatalogueFile {
  generatedBy: string;
  /**
   * The dataset a link without dataset= opens: the belt model unless an import chose another.
   * The build reads it (vite.config.ts), so the page knows it without fetching this file.
   */
  defaultDataset: string;
  datasets: DatasetCatalogueEntry[];
}
