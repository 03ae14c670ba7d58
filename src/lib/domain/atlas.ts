import type { FeatureCollection, GeoJsonProperties, Geometry, MultiLineString, LineString } from 'geojson';
import type { GeometryObject, Transform } from 'topojson-specification';
import type {
  BeltRuleThresholds,
  BoundaryLineKind,
  Category,
  CountyTableFile,
  LocalizedText,
  ProvenanceCode,
  RegionCounts,
  RegionId,
  SourceRecord,
} from './contract';
import type { DatasetMeasure, DatasetWords, NationalSeriesPoint, ReportedCountyPoint } from './datasetContract';

/**
 * The decoded, in-memory atlas the app works with: what src/lib/data/loadAtlas.ts builds from
 * geodata/. `meta` is the dataset shown; geometry and the county table are shared by every dataset.
 * Per-county arrays follow counties.codes; per-year arrays follow meta.years.
 */
export interface Atlas {
  meta: AtlasDataset;
  counties: CountyTableFile;
  countyIndexByCode: Map<string, number>;
  geometry: AtlasGeometry;
}

/**
 * One dataset as every view reads it, whatever its files look like: the belt model
 * (geodata/index/) and datasets under geodata/datasets/<id>/ decode to this one shape.
 */
export interface AtlasDataset {
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  /** True for model-generated data; the UI and every export then say 示意数据. */
  isIllustrative: boolean;
  years: number[]; // ascending, consecutive; only these are map colours
  categories: Category[];
  measure: DatasetMeasure;
  /** The words the views use for this dataset's layers, legends and empty values. */
  words: DatasetWords;
  /** A county counts for the spread layer from the year its value first reaches this (1e10 yuan for 百亿). */
  spreadThreshold: number;
  /** The belt rule, for the belt dataset only (the "about the data" dialog explains it). */
  beltRule: BeltRuleThresholds | null;
  sources: SourceRecord[];
  /** Source of each year's values where one source covers the whole year (a complete list), else null. */
  yearSourceIds: (string | null)[];
  /** National totals published beside the dataset, also for years without county values (a small chart). */
  nationalSeries: NationalSeriesPoint[];
  /** Single-county figures for years without a complete list: shown in the county panel, never as colours. */
  reportedCountyPoints: ReportedCountyPoint[];
  /** What the county panel loads on demand: the belts of the belt model, or the listed places of a list. */
  detailsKind: 'belts' | 'listed';
  /** Regions the dataset does not cover at all (the belt model: 'hmt'); absent, none. The rule: domain/coverage.ts. */
  outsideRegions?: readonly RegionId[];
}

export interface AtlasGeometry {
  /** Features in county-table order; feature.id = adcode, properties.index = county index. */
  counties: FeatureCollection<Geometry, { index: number }>;
  provinces: FeatureCollection<Geometry, { code: string }>;
  prefectures: FeatureCollection<Geometry, { code: string }>;
  nation: FeatureCollection<Geometry>;
  boundaryLines: FeatureCollection<LineString | MultiLineString, { kind: BoundaryLineKind }>;
  neighbours: FeatureCollection<Geometry, { name: string }>;
  /** The same shapes as the topology's arcs, which the 2D first paint draws from (the collections above are decoded at first use). */
  arcs: AtlasArcs;
}

/** The layers the 2D map draws, as arc indexes. */
export type ArcLayer = 'counties' | 'prefectures' | 'provinces' | 'nation' | 'boundaryLines' | 'neighbours';

/**
 * The topology of geodata/china.topo.json as it is: quantized, delta-encoded arcs shared by the
 * layers, each layer's geometries naming arcs by index (~33,500 arc points against ~75,000 positions
 * in the layers' GeoJSON, prefectures aside). cartography/topologyShapes.ts projects each arc once.
 */
export interface AtlasArcs {
  /** Each arc's points as one list, x0, y0, dx1, dy1, … (data/topologyFile.ts reads them so). */
  arcs: readonly (readonly number[])[];
  transform: Transform | null;
  /** Each layer's geometries in the order of its collection above: the counties in county-table order. */
  layers: Readonly<Record<ArcLayer, readonly GeometryObject<GeoJsonProperties>[]>>;
}

/** The value-weighted centre of the counties over the spread threshold in one year. */
export interface SpreadCentre {
  year: number;
  lng: number;
  lat: number;
  /** What the centre stands for: 百亿 belts, or villages. */
  weight: number;
}

/** Metrics of one category set ("all" or a category id), decoded: values in the measure's unit (yuan, counts). */
export interface CountyMetrics {
  category: string;
  years: number[];
  /** [yearIndex][countyIndex], the dataset's measure; 0 = none (a real 0 where provenance says so). */
  values: Float64Array[];
  /** Year-on-year growth as a fraction; null where undefined (no previous value: "new" or "no data"). */
  growth: (number | null)[][];
  /** Belt dataset only: belts per county and year, and 百亿 belts among them; null for other datasets. */
  beltCount: Uint16Array[] | null;
  over100YiCount: Uint16Array[] | null;
  provenance: ProvenanceCode[][];
  /** Per county: the first year its value reached the dataset's spread threshold, null if never. */
  spreadFirstYear: (number | null)[];
  spreadCentres: SpreadCentre[];
  /** Counties at or over the threshold, by region, per year. */
  spreadCountiesByRegion: ({ year: number } & RegionCounts)[];
}
