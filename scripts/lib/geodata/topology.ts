import mapshaper from 'mapshaper';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry, Point } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { LngLat } from '../../../src/lib/domain/contract';
import type { SourceBoundaryLine, SourceCounty } from './boundarySource';

/**
 * Simplification settings, measured (../shared/reference/geodata-notes.md): explode multi-part
 * counties first so keep-shapes protects every island; 5 % weighted keeps the eastern tip at the
 * Heilongjiang–Ussuri confluence. Quantize at 2e5: the grid spans the whole topology, neighbours
 * included (90° of longitude), so 1e5 meant ~100 m steps, which collapsed a 西沙 reef and a 荃湾区 part.
 */
export const COUNTY_SIMPLIFY = '5%';
export const NEIGHBOUR_SIMPLIFY = '12%';
export const QUANTIZATION = 200000;
/** The backdrop: neighbouring countries clipped to the map's reachable box. */
export const NEIGHBOUR_BOX = [60, -12, 150, 60] as const;
const EXCLUDED_COUNTRIES = new Set(['CHN']);

type Outputs = Record<string, string | Buffer>;

function runMapshaper(commands: string, inputs: Record<string, unknown>): Promise<Outputs> {
  return mapshaper.applyCommands(commands, inputs);
}

function parseOutput<T>(outputs: Outputs, name: string): T {
  const content = outputs[name];
  if (content === undefined) throw new Error(`mapshaper produced no ${name}`);
  return JSON.parse(String(content)) as T;
}

export interface CountyLayers {
  counties: FeatureCollection;
  prefectures: FeatureCollection;
  provinces: FeatureCollection;
  nation: FeatureCollection;
  labelPoints: Map<string, LngLat>;
}

/**
 * Simplifies the counties and derives prefectures, provinces and the nation by dissolving them
 * (code prefixes), so that every border above county level is made of the counties' own lines.
 */
export async function simplifyCounties(counties: SourceCounty[]): Promise<CountyLayers> {
  const input: FeatureCollection = {
    type: 'FeatureCollection',
    features: counties.map((county) => ({ type: 'Feature', properties: { code: county.code }, geometry: county.geometry })),
  };
  const outputs = await runMapshaper(
    [
      '-i counties.json name=counties',
      '-explode',
      `-simplify ${COUNTY_SIMPLIFY} weighted keep-shapes`,
      '-dissolve code',
      '-clean',
      '-each "prefecture=code.slice(0,4), province=code.slice(0,2)"',
      '-dissolve prefecture target=counties + name=prefectures',
      '-dissolve province target=counties + name=provinces',
      '-dissolve target=counties + name=nation',
      '-points inner target=counties + name=labels',
      '-o format=geojson target=counties,prefectures,provinces,nation,labels',
    ].join(' '),
    { 'counties.json': input },
  );
  const labels = parseOutput<FeatureCollection<Point, { code: string }>>(outputs, 'labels.json');
  const labelPoints = new Map<string, LngLat>(
    labels.features.map((feature) => [
      feature.properties.code,
      [round4(feature.geometry.coordinates[0]!), round4(feature.geometry.coordinates[1]!)],
    ]),
  );
  return {
    counties: parseOutput(outputs, 'counties.json'),
    prefectures: parseOutput(outputs, 'prefectures.json'),
    provinces: parseOutput(outputs, 'provinces.json'),
    nation: parseOutput(outputs, 'nation.json'),
    labelPoints,
  };
}

function round4(value: number): number {
  return Math.round(value * 1e4) / 1e4;
}

/** Neighbouring countries from the package's own world map (consistent with its boundaries). */
export async function simplifyNeighbours(world: FeatureCollection): Promise<FeatureCollection> {
  const features = world.features
    .filter((feature) => !EXCLUDED_COUNTRIES.has(String(feature.properties?.iso_a3)))
    .map((feature): Feature => ({ type: 'Feature', properties: { name: String(feature.properties?.name ?? '') }, geometry: feature.geometry }));
  const outputs = await runMapshaper(
    `-i world.json -clip bbox=${NEIGHBOUR_BOX.join(',')} -simplify ${NEIGHBOUR_SIMPLIFY} weighted keep-shapes -filter-slivers -o format=geojson neighbours.json`,
    { 'world.json': { type: 'FeatureCollection', features } },
  );
  return parseOutput(outputs, 'neighbours.json');
}

export interface TopologyLayers extends Omit<CountyLayers, 'labelPoints'> {
  boundaryLines: SourceBoundaryLine[];
  neighbours: FeatureCollection;
}

/** Sets each geometry's id from a property and keeps only the properties the app reads. */
function tidyObject(object: GeometryObject<GeoJsonProperties>, idField: string | null, keepFields: string[]): void {
  if (object.type !== 'GeometryCollection') return;
  for (const geometry of object.geometries) {
    const properties = (geometry.properties ?? {}) as Record<string, unknown>;
    if (idField) geometry.id = String(properties[idField]);
    const kept = Object.fromEntries(keepFields.filter((field) => field in properties).map((field) => [field, properties[field]]));
    if (Object.keys(kept).length) geometry.properties = kept;
    else delete geometry.properties;
  }
}

/** Puts every layer into one quantized topology, so shared lines are stored once. */
export async function buildTopology(layers: TopologyLayers, generatedBy: string): Promise<Topology> {
  const boundaryLines: FeatureCollection = {
    type: 'FeatureCollection',
    features: layers.boundaryLines.map((line) => ({ type: 'Feature', properties: { kind: line.kind }, geometry: line.geometry as Geometry })),
  };
  const inputs = {
    'counties.json': layers.counties,
    'prefectures.json': layers.prefectures,
    'provinces.json': layers.provinces,
    'nation.json': layers.nation,
    'boundaryLines.json': boundaryLines,
    'neighbours.json': layers.neighbours,
  };
  const outputs = await runMapshaper(
    `-i ${Object.keys(inputs).join(' ')} combine-files -o format=topojson quantization=${QUANTIZATION} target=* china.topo.json`,
    inputs,
  );
  const topology = parseOutput<Topology>(outputs, 'china.topo.json');
  const objects = topology.objects;
  tidyObject(objects.counties!, 'code', []);
  tidyObject(objects.prefectures!, 'prefecture', []);
  tidyObject(objects.provinces!, 'province', []);
  tidyObject(objects.nation!, null, []);
  tidyObject(objects.boundaryLines!, null, ['kind']);
  tidyObject(objects.neighbours!, null, ['name']);
  // generatedBy first, so a reader of the file sees where it comes from.
  return { generatedBy, ...topology, objects } as Topology;
}
