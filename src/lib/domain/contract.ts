/**
 * The data contract between the build scripts (scripts/) and the app (src/).
 * Every prebuilt file under geodata/ has its shape here; docs/data.md explains it in words.
 * Arrays named "per county" follow the order of CountyTableFile.codes exactly.
 */

/** 四大区域, plus Hong Kong / Macao / Taiwan, which the reports leave out of the four. */
export type RegionId = 'east' | 'central' | 'west' | 'northeast' | 'hmt';
export const MAINLAND_REGIONS = ['east', 'central', 'west', 'northeast'] as const;
export type MainlandRegionId = (typeof MAINLAND_REGIONS)[number];

/** Kind of county-level unit, derived from its name (市辖区, 县, 县级市, 旗 …). */
export type CountyKind =
  | 'district' // 市辖区
  | 'county' // 县
  | 'autonomous-county' // 自治县
  | 'county-city' // 县级市
  | 'banner' // 旗
  | 'autonomous-banner' // 自治旗
  | 'special-district' // 特区
  | 'forestry-district' // 林区
  | 'other'; // prefecture cities without districts, HK/Macao/Taiwan units, special units

export type LngLat = [number, number];

export interface ProvinceRecord {
  /** 2-digit code, e.g. "33" */
  code: string;
  name: string; // 浙江省
  shortName: string; // 浙江
  pinyin: string; // "zhe jiang" (toneless syllables of the short name; search takes the initials from it)
  region: RegionId;
}

export interface PrefectureRecord {
  /** 4-digit code, e.g. "3307" */
  code: string;
  name: string; // 金华市, or the province-administered group name
  shortName: string;
  pinyin: string;
  province: string; // 2-digit code
}

/** geodata/index/counties.json: the county table, columnar. */
export interface CountyTableFile {
  generatedBy: string;
  /** 6-digit adcodes, ascending; the order of every per-county array in every file. */
  codes: string[];
  names: string[]; // 义乌市
  shortNames: string[]; // 义乌
  pinyin: string[]; // "yi wu" (search takes the initials, "yw", from it)
  kinds: CountyKind[];
  provinces: string[]; // 2-digit code per county
  prefectures: string[]; // 4-digit code per county
  regions: RegionId[];
  /** A point inside the county polygon, [lng, lat] to 4 decimals, for labels and centres. */
  labelPoints: LngLat[];
  provinceTable: ProvinceRecord[];
  prefectureTable: PrefectureRecord[];
}

export interface LocalizedText {
  zh: string;
  en: string;
}

export interface Category {
  id: string; // e.g. "apparel"
  zh: string; // 服饰鞋包
  en: string; // Apparel, shoes & bags
  /** 新消费 categories, which the reports say grow fastest. */
  isNewConsumption: boolean;
}

export interface SourceRecord {
  id: string;
  /** As published (often Chinese). */
  title: string;
  publisher?: string;
  date?: string; // ISO date or year
  url?: string;
  /** The English interface's line for a source written in Chinese (sourceText picks it). */
  english?: { title: string; publisher?: string };
}

/** The belt rule's thresholds; the single config lives in src/lib/domain/beltRuleConfig.ts. */
export interface BeltRuleThresholds {
  minSalesYuan: number; // 1e8 (1 亿元)
  minMerchants: number; // 100
  minLocationQuotient: number; // 2
  minConditionsMet: number; // 2 of 3
  over100YiYuan: number; // 1e10 (100 亿元)
}

/** geodata/index/meta.json */
export interface DatasetMeta {
  generatedBy: string;
  title: LocalizedText;
  description: LocalizedText;
  /** True for the bundled, model-generated dataset; the UI then shows a 示意数据 badge. */
  isIllustrative: boolean;
  years: number[]; // ascending, consecutive
  categories: Category[];
  beltRule: BeltRuleThresholds;
  sources: SourceRecord[];
  /**
   * Regions the dataset does not cover (the model's sources cover the mainland: ["hmt"]): their
   * places are "no data", never "no belt" (domain/coverage.ts). Absent in older files: none.
   */
  outsideRegions?: RegionId[];
  /** Files under geodata/index/ holding per-category metrics, by category id ("all" included). */
  metricsFiles: Record<string, string>;
  beltsFile: string;
}

/** Provenance of one value: modeled, reported (with a source), or a sum of both. */
export type Provenance = 'modeled' | 'reported' | 'mixed';
/** Compact provenance codes in metrics files: 0 no value, 1 modeled, 2 reported, 3 mixed. */
export type ProvenanceCode = 0 | 1 | 2 | 3;

export interface Over100YiCentre {
  year: number;
  lng: number;
  lat: number;
  /** Number of 百亿 belts (county × category) in that year. */
  beltCount: number;
}

export type RegionCounts = Record<MainlandRegionId, number>;

/**
 * geodata/index/metrics-<category>.json ("all" = every category). Per year index i
 * (meta.years[i]), arrays per county. Sales are stored in 万元 integers to keep files small;
 * the loader converts them to yuan.
 */
export interface MetricsFile {
  category: string; // "all" or a category id
  years: number[];
  /** Belt sales (sum over the county's belts in this category set), 万元, 0 = no belt. */
  salesWan: number[][];
  /** Year-on-year growth as a fraction (0.25 = +25 %); null = no previous-year sales or no data. */
  growth: (number | null)[][];
  beltCount: number[][];
  over100YiCount: number[][];
  provenance: ProvenanceCode[][];
  /** Year the county first held a 百亿 belt, null if never within the years. Per county. */
  firstYearOver100Yi: (number | null)[];
  over100YiCentres: Over100YiCentre[];
  /** Counties holding at least one 百亿 belt, by region, per year. */
  over100YiCountiesByRegion: ({ year: number } & RegionCounts)[];
}

/** One belt: a (county, category) pair that meets the belt rule in at least one year. */
export interface BeltRecord {
  id: string; // `${countyCode}-${categoryId}`
  /** Curated name where a source names it (柳州螺蛳粉), else null: the UI composes county + category. */
  name: LocalizedText | null;
  countyCode: string;
  categoryId: string;
  /** Per year (meta.years), yuan; null = no value that year. */
  salesYuan: (number | null)[];
  merchants: (number | null)[];
  locationQuotient: (number | null)[];
  /** Whether the belt rule holds in each year. */
  isBelt: boolean[];
  provenance: ('modeled' | 'reported' | null)[];
  /** Source id per year for reported values, else null. */
  sourceIds: (string | null)[];
}

/** geodata/index/belts.json: loaded on demand (county panel). */
export interface BeltsFile {
  years: number[];
  belts: BeltRecord[];
}

/**
 * One row of a panel: the input to the index build, whether it comes from the illustrative
 * model or from a user's CSV import.
 */
export interface PanelRow {
  countyCode: string;
  year: number;
  categoryId: string;
  salesYuan: number;
  merchants: number;
  provenance: 'modeled' | 'reported';
  /** Id into the dataset's sources, for reported values. */
  sourceId?: string;
  /** Curated belt name, when a source names the belt. */
  beltName?: LocalizedText;
}

/** Kinds of line in the boundary source, so the map can style each (geometry object "boundaryLines"). */
export type BoundaryLineKind = 'south-china-sea' | 'hk-macao' | 'sea-boundary' | 'other';

/**
 * geodata/china.topo.json objects (TopoJSON, quantized 2e5, its arcs written flat and chained: data/topologyFile.ts):
 * - counties: one geometry per county, id = 6-digit adcode (no other properties: names live in counties.json)
 * - prefectures (id 4-digit), provinces (id 2-digit), nation: merged from counties, so borders align
 * - boundaryLines: LineStrings with properties.kind: BoundaryLineKind
 * - neighbours: light backdrop of neighbouring countries, properties.name
 */
export const TOPOLOGY_OBJECTS = [
  'counties',
  'prefectures',
  'provinces',
  'nation',
  'boundaryLines',
  'neighbours',
] as const;
export type TopologyObjectName = (typeof TOPOLOGY_OBJECTS)[number];
