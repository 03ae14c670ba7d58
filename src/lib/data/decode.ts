/**
 * Pure decoders from the prebuilt files (src/lib/domain/contract.ts) to the in-memory Atlas
 * (src/lib/domain/atlas.ts). They check what the app relies on (lengths, order, codes) and
 * throw an Error naming the file, the field and the first offending entry, so that a bad
 * build shows up as one clear message instead of a half-drawn map.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection, GeometryObject } from 'topojson-specification';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry, LineString, MultiLineString } from 'geojson';
import type { AtlasDataset, AtlasGeometry, CountyMetrics } from '../domain/atlas';
import type {
  BoundaryLineKind,
  CountyTableFile,
  DatasetMeta,
  MetricsFile,
  ProvenanceCode,
} from '../domain/contract';
import { TOPOLOGY_OBJECTS } from '../domain/contract';
import { BELT_DATASET, BELT_SALES_MEASURE, beltWords } from '../domain/datasets';
import { flattenArcs, isFlatArcList, readTopologyFile, standardTopology, type FlatArc, type NestedArc } from './topologyFile';

/** Metrics files store sales in 万元 (1e4 yuan) to stay small. */
const YUAN_PER_WAN = 1e4;

const BOUNDARY_LINE_KINDS: ReadonlySet<string> = new Set<BoundaryLineKind>([
  'south-china-sea',
  'hk-macao',
  'sea-boundary',
  'other',
]);

/** Lists at most a few items, so a message about 2,000 bad codes stays readable. */
export function sample(items: readonly string[], max = 5): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? `${shown} … (${items.length} in all)` : shown;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const COUNTY_ARRAY_FIELDS = [
  'names',
  'shortNames',
  'pinyin',
  'kinds',
  'provinces',
  'prefectures',
  'regions',
  'labelPoints',
] as const satisfies readonly (keyof CountyTableFile)[];

/** Checks the county table's shape: one entry per code in every per-county array; codes unique and ascending. */
export function decodeCountyTable(json: unknown, file = 'counties.json'): CountyTableFile {
  if (!isRecord(json) || !Array.isArray(json.codes)) {
    throw new Error(`${file}: expected an object with a "codes" array`);
  }
  const codes = json.codes as unknown[];
  const badCodes = codes.filter((code) => typeof code !== 'string' || !/^\d{6}$/.test(code));
  if (badCodes.length > 0) {
    throw new Error(`${file}: codes must be 6-digit strings; found ${sample(badCodes.map(String))}`);
  }
  for (let i = 1; i < codes.length; i++) {
    if ((codes[i] as string) <= (codes[i - 1] as string)) {
      throw new Error(
        `${file}: codes must be unique and ascending; ${String(codes[i])} follows ${String(codes[i - 1])} at position ${i}`,
      );
    }
  }
  for (const field of COUNTY_ARRAY_FIELDS) {
    const values = json[field];
    if (!Array.isArray(values) || values.length !== codes.length) {
      const got = Array.isArray(values) ? `${values.length} entries` : 'no array';
      throw new Error(`${file}: "${field}" must have one entry per county (${codes.length}); got ${got}`);
    }
  }
  if (!Array.isArray(json.provinceTable) || !Array.isArray(json.prefectureTable)) {
    throw new Error(`${file}: "provinceTable" and "prefectureTable" must be arrays`);
  }
  return json as unknown as CountyTableFile;
}

/** Checks the few things of meta.json the loader itself depends on. */
export function decodeMeta(json: unknown, file = 'meta.json'): DatasetMeta {
  if (!isRecord(json) || !Array.isArray(json.years) || json.years.length === 0) {
    throw new Error(`${file}: expected an object with a non-empty "years" array`);
  }
  const years = json.years as unknown[];
  years.forEach((year, i) => {
    if (!Number.isInteger(year) || (i > 0 && year !== (years[i - 1] as number) + 1)) {
      throw new Error(`${file}: years must be consecutive integers; got ${String(year)} at position ${i}`);
    }
  });
  if (!isRecord(json.metricsFiles) || typeof json.metricsFiles.all !== 'string') {
    throw new Error(`${file}: "metricsFiles" must name the file for "all" categories`);
  }
  if (!isRecord(json.beltRule) || typeof json.beltRule.over100YiYuan !== 'number') {
    throw new Error(`${file}: "beltRule" must give the belt rule's thresholds (over100YiYuan and the others)`);
  }
  if (typeof json.beltsFile !== 'string') {
    throw new Error(`${file}: "beltsFile" must be a file name`);
  }
  return json as unknown as DatasetMeta;
}

/** The belt model's meta as the dataset every view reads: sales in yuan, spread at 百亿. */
export function beltDataset(meta: DatasetMeta): AtlasDataset {
  return {
    id: BELT_DATASET,
    title: meta.title,
    description: meta.description,
    isIllustrative: meta.isIllustrative,
    years: meta.years,
    categories: meta.categories,
    measure: BELT_SALES_MEASURE,
    words: beltWords(),
    spreadThreshold: meta.beltRule.over100YiYuan,
    beltRule: meta.beltRule,
    sources: meta.sources,
    yearSourceIds: meta.years.map(() => null),
    nationalSeries: [],
    reportedCountyPoints: [],
    detailsKind: 'belts',
    outsideRegions: meta.outsideRegions ?? [],
  };
}

export function buildCountyIndex(codes: readonly string[]): Map<string, number> {
  return new Map(codes.map((code, index) => [code, index]));
}

function geometryCollection(topology: Topology, name: string, file: string): GeometryCollection<GeoJsonProperties> {
  const object = topology.objects[name];
  if (!object) {
    throw new Error(`${file}: object "${name}" is missing (has ${Object.keys(topology.objects).join(', ')})`);
  }
  if (object.type !== 'GeometryCollection') {
    throw new Error(`${file}: object "${name}" must be a GeometryCollection, not ${object.type}`);
  }
  return object;
}

function featuresOf(topology: Topology, name: string, file: string): Feature<Geometry>[] {
  // Features without geometry are kept: feature() gives them geometry null, and a county
  // that lost its shape in simplification fails loudly at load (decodeAtlasGeometry) rather than vanish here.
  return feature(topology, geometryCollection(topology, name, file)).features as Feature<Geometry>[];
}

function idOf(geometry: GeometryObject<GeoJsonProperties>): string {
  return geometry.id === undefined ? '' : String(geometry.id);
}

/** The geometries of a collection, each with its id, with an error for one without an id. */
function codedGeometries(topology: Topology, name: string, file: string): { code: string; geometry: GeometryObject<GeoJsonProperties> }[] {
  return geometryCollection(topology, name, file).geometries.map((geometry, i) => {
    const code = idOf(geometry);
    if (code === '') throw new Error(`${file}: ${name} geometry #${i} has no id`);
    return { code, geometry };
  });
}

/** A value computed at first read and kept. */
function once<T>(compute: () => T): () => T {
  let value: { current: T } | null = null;
  return () => (value ??= { current: compute() }).current;
}

/**
 * Checks geodata/china.topo.json against the county table and gives its layers: as the topology's
 * arcs, flat (what the 2D first paint draws from, cartography/topologyShapes.ts; the file's
 * chained arcs and indexes are read back, a standard topology's pairs flattened: data/topologyFile.ts)
 * and as GeoJSON feature
 * collections, decoded at first use (the interactive map, the county lookup, the exports), so the
 * first paint does not wait for ~100,000 positions to be built. Everything a decode could trip on
 * (ids, the county codes, the boundary lines' kinds and types) is checked now, so that use cannot
 * throw. County features come out in county-table order, with feature.id = adcode and
 * properties.index = position in the table, so that every per-county array lines up with the
 * features the map draws.
 */
export function decodeAtlasGeometry(
  topology: unknown,
  counties: Pick<CountyTableFile, 'codes'>,
  file = 'china.topo.json',
): AtlasGeometry {
  if (!isRecord(topology) || topology.type !== 'Topology' || !isRecord(topology.objects) || !Array.isArray(topology.arcs)) {
    throw new Error(`${file}: not a TopoJSON Topology`);
  }
  const isFlat = isFlatArcList(topology.arcs);
  const badArc = topology.arcs.findIndex((arc: unknown) => !Array.isArray(arc) || (isFlat && (arc.length < 4 || arc.length % 2 !== 0)));
  if (badArc >= 0) throw new Error(`${file}: arc #${badArc} is not a list of points`);
  let topo: Topology;
  try {
    topo = readTopologyFile(topology as unknown as Topology);
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`);
  }
  const missing = TOPOLOGY_OBJECTS.filter((name) => !topo.objects[name]);
  if (missing.length > 0) throw new Error(`${file}: missing object(s) ${missing.join(', ')}`);

  const countyByCode = new Map<string, GeometryObject<GeoJsonProperties>>();
  for (const { code, geometry } of codedGeometries(topo, 'counties', file)) {
    if (countyByCode.has(code)) throw new Error(`${file}: county ${code} appears twice`);
    countyByCode.set(code, geometry);
  }
  // A geometry of type null is a county that lost its shape (topojson-client decodes it to null).
  const withoutShape = counties.codes.filter((code) => !countyByCode.get(code)?.type);
  if (withoutShape.length > 0) {
    throw new Error(`${file}: no geometry for county code(s) ${sample(withoutShape)}`);
  }
  const tableCodes = new Set(counties.codes);
  const unknown = [...countyByCode.keys()].filter((code) => !tableCodes.has(code));
  if (unknown.length > 0) {
    throw new Error(`${file}: county geometry for code(s) not in the county table: ${sample(unknown)}`);
  }
  const countyGeometries = counties.codes.map((code) => countyByCode.get(code) as GeometryObject<GeoJsonProperties>);

  const boundaryGeometries = geometryCollection(topo, 'boundaryLines', file).geometries;
  boundaryGeometries.forEach((line, i) => {
    const kind: unknown = (line.properties as GeoJsonProperties | undefined)?.kind;
    if (typeof kind !== 'string' || !BOUNDARY_LINE_KINDS.has(kind)) {
      throw new Error(`${file}: boundaryLines #${i} has unknown kind ${JSON.stringify(kind)}`);
    }
    if (line.type !== 'LineString' && line.type !== 'MultiLineString') {
      throw new Error(`${file}: boundaryLines #${i} must be a LineString or MultiLineString, not ${line.type}`);
    }
  });
  for (const name of ['provinces', 'prefectures'] as const) codedGeometries(topo, name, file);

  // topojson-client reads the arcs as pairs: rebuilt once, at the first collection decoded.
  const standard = once(() => standardTopology(topo));
  const byCode = (name: 'provinces' | 'prefectures') =>
    once((): FeatureCollection<Geometry, { code: string }> => {
      const features = featuresOf(standard(), name, file);
      return {
        type: 'FeatureCollection',
        features: codedGeometries(topo, name, file).map(({ code }, i) => ({
          type: 'Feature',
          id: code,
          properties: { code },
          geometry: features[i]!.geometry,
        })),
      };
    });
  const countyFeatures = once((): FeatureCollection<Geometry, { index: number }> => {
    const decoded = feature(standard(), { type: 'GeometryCollection', geometries: countyGeometries }).features as Feature<Geometry>[];
    return {
      type: 'FeatureCollection',
      features: counties.codes.map((code, index) => ({ type: 'Feature', id: code, properties: { index }, geometry: decoded[index]!.geometry })),
    };
  });
  const provinces = byCode('provinces');
  const prefectures = byCode('prefectures');
  const nation = once((): FeatureCollection<Geometry> => ({ type: 'FeatureCollection', features: featuresOf(standard(), 'nation', file) }));
  const boundaryLines = once((): AtlasGeometry['boundaryLines'] => ({
    type: 'FeatureCollection',
    features: featuresOf(standard(), 'boundaryLines', file).map((line) => ({
      type: 'Feature' as const,
      properties: { kind: line.properties?.kind as BoundaryLineKind },
      geometry: line.geometry as LineString | MultiLineString,
    })),
  }));
  const neighbours = once((): AtlasGeometry['neighbours'] => ({
    type: 'FeatureCollection',
    features: featuresOf(standard(), 'neighbours', file).map((neighbour) => ({
      type: 'Feature',
      properties: { name: String(neighbour.properties?.name ?? '') },
      geometry: neighbour.geometry,
    })),
  }));

  return {
    get counties() {
      return countyFeatures();
    },
    get provinces() {
      return provinces();
    },
    get prefectures() {
      return prefectures();
    },
    get nation() {
      return nation();
    },
    get boundaryLines() {
      return boundaryLines();
    },
    get neighbours() {
      return neighbours();
    },
    arcs: {
      arcs: isFlat ? (topo.arcs as unknown as FlatArc[]) : flattenArcs(topo.arcs as NestedArc[]),
      transform: topo.transform ?? null,
      layers: {
        counties: countyGeometries,
        prefectures: geometryCollection(topo, 'prefectures', file).geometries,
        provinces: geometryCollection(topo, 'provinces', file).geometries,
        nation: geometryCollection(topo, 'nation', file).geometries,
        boundaryLines: boundaryGeometries,
        neighbours: geometryCollection(topo, 'neighbours', file).geometries,
      },
    },
  };
}

/** Checks a [year][county] table and returns it typed. */
export function perYearPerCounty<T>(
  table: unknown,
  field: string,
  years: readonly number[],
  countyCount: number,
  file: string,
): T[][] {
  if (!Array.isArray(table) || table.length !== years.length) {
    throw new Error(`${file}: "${field}" must have one row per year (${years.length})`);
  }
  table.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== countyCount) {
      const got = Array.isArray(row) ? row.length : 'no array';
      throw new Error(`${file}: "${field}" for ${years[i]} must have ${countyCount} counties; got ${got}`);
    }
  });
  return table as T[][];
}

/** Decodes a belt metrics file for the given dataset years and county count; sales become yuan. */
export function decodeMetrics(
  json: unknown,
  years: readonly number[],
  countyCount: number,
  file = 'metrics.json',
): CountyMetrics {
  if (!isRecord(json) || typeof json.category !== 'string' || !Array.isArray(json.years)) {
    throw new Error(`${file}: expected a metrics object with "category" and "years"`);
  }
  const metrics = json as unknown as MetricsFile;
  if (metrics.years.join() !== years.join()) {
    throw new Error(`${file}: years ${metrics.years.join(', ')} differ from the dataset's ${years.join(', ')}`);
  }
  const salesWan = perYearPerCounty<number>(metrics.salesWan, 'salesWan', years, countyCount, file);
  const beltCount = perYearPerCounty<number>(metrics.beltCount, 'beltCount', years, countyCount, file);
  const over100 = perYearPerCounty<number>(metrics.over100YiCount, 'over100YiCount', years, countyCount, file);
  if (!Array.isArray(metrics.firstYearOver100Yi) || metrics.firstYearOver100Yi.length !== countyCount) {
    throw new Error(`${file}: "firstYearOver100Yi" must have one entry per county (${countyCount})`);
  }
  for (const field of ['over100YiCentres', 'over100YiCountiesByRegion'] as const) {
    if (!Array.isArray(metrics[field])) throw new Error(`${file}: "${field}" must be an array`);
  }
  return {
    category: metrics.category,
    years: [...years],
    values: salesWan.map((row) => Float64Array.from(row, (wan) => wan * YUAN_PER_WAN)),
    growth: perYearPerCounty<number | null>(metrics.growth, 'growth', years, countyCount, file),
    beltCount: beltCount.map((row) => Uint16Array.from(row)),
    over100YiCount: over100.map((row) => Uint16Array.from(row)),
    provenance: perYearPerCounty<ProvenanceCode>(metrics.provenance, 'provenance', years, countyCount, file),
    spreadFirstYear: metrics.firstYearOver100Yi,
    spreadCentres: metrics.over100YiCentres.map(({ year, lng, lat, beltCount }) => ({ year, lng, lat, weight: beltCount })),
    spreadCountiesByRegion: metrics.over100YiCountiesByRegion,
  };
}
