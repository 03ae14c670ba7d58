import type { FeatureCollection, Geometry, MultiLineString, LineString } from 'geojson';
import type {
  BoundaryLineKind,
  CountyTableFile,
  DatasetMeta,
  Over100YiCentre,
  ProvenanceCode,
  RegionCounts,
} from './contract';

/**
 * The decoded, in-memory atlas the app works with: what src/lib/data/loadAtlas.ts builds from
 * geodata/. Per-county arrays follow counties.codes; per-year arrays follow meta.years.
 */
export interface Atlas {
  meta: DatasetMeta;
  counties: CountyTableFile;
  countyIndexByCode: Map<string, number>;
  geometry: AtlasGeometry;
}

export interface AtlasGeometry {
  /** Features in county-table order; feature.id = adcode, properties.index = county index. */
  counties: FeatureCollection<Geometry, { index: number }>;
  provinces: FeatureCollection<Geometry, { code: string }>;
  prefectures: FeatureCollection<Geometry, { code: string }>;
  nation: FeatureCollection<Geometry>;
  boundaryLines: FeatureCollection<LineString | MultiLineString, { kind: BoundaryLineKind }>;
  neighbours: FeatureCollection<Geometry, { name: string }>;
}

/** Metrics of one category set ("all" or a category id), decoded: sales in yuan. */
export interface CountyMetrics {
  category: string;
  years: number[];
  /** [yearIndex][countyIndex], yuan; 0 = no belt. */
  sales: Float64Array[];
  growth: (number | null)[][];
  beltCount: Uint16Array[];
  over100YiCount: Uint16Array[];
  provenance: ProvenanceCode[][];
  firstYearOver100Yi: (number | null)[];
  over100YiCentres: Over100YiCentre[];
  over100YiCountiesByRegion: ({ year: number } & RegionCounts)[];
}
