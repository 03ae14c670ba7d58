import { BELT_RULE } from '../../../src/lib/domain/beltRuleConfig';
import { describe, expect, it } from 'vitest';
import {
  buildCountyIndex,
  decodeAtlasGeometry,
  decodeCountyTable,
  decodeMeta,
  decodeMetrics,
} from '../../../src/lib/data/decode';
import { COUNTY_CODES, YEARS, makeCountyTable, makeMetrics, makeTopology } from '../fixtures/geodata';
import { writeTopologyFile } from '../../../src/lib/data/topologyFile';
import type { Topology } from 'topojson-specification';

/** The fixture's two prefectures: the west unit square and the east one, as topojson decodes their arcs. */
const PREFECTURE_SHAPES = [
  ['3301', { type: 'Polygon', coordinates: [[[1, 0], [1, 1], [0, 1], [0, 0], [1, 0]]] }],
  ['3307', { type: 'Polygon', coordinates: [[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]]] }],
];

describe('decodeAtlasGeometry', () => {
  it('puts county features in county-table order with id = adcode and properties.index', () => {
    const geometry = decodeAtlasGeometry(makeTopology(), makeCountyTable());
    expect(geometry.counties.features.map((f) => [f.id, f.properties.index])).toEqual([
      ['330102', 0],
      ['330782', 1],
    ]);
    // 330102 is the west square: all its x within [0, 1]
    const west = geometry.counties.features[0]?.geometry;
    expect(west?.type).toBe('Polygon');
    const xs = west?.type === 'Polygon' ? west.coordinates.flat().map((p) => p[0]) : [];
    expect(Math.max(...(xs as number[]))).toBe(1);
  });

  it('decodes provinces, prefectures, nation, boundary lines and neighbours', () => {
    const geometry = decodeAtlasGeometry(makeTopology(), makeCountyTable());
    expect(geometry.provinces.features.map((f) => f.properties.code)).toEqual(['33']);
    expect(geometry.prefectures.features.map((f) => f.properties.code)).toEqual(['3301', '3307']);
    expect(geometry.nation.features).toHaveLength(1);
    expect(geometry.boundaryLines.features[0]?.properties.kind).toBe('south-china-sea');
    expect(geometry.boundaryLines.features[0]?.geometry.type).toBe('LineString');
    expect(geometry.neighbours.features[0]?.properties.name).toBe('越南');
  });

  it('decodes the prefectures once, with their shapes', () => {
    const geometry = decodeAtlasGeometry(makeTopology(), makeCountyTable());
    const prefectures = geometry.prefectures;
    expect(geometry.prefectures).toBe(prefectures);
    expect(prefectures.features.map((f) => [f.id, f.geometry])).toEqual(PREFECTURE_SHAPES);
  });

  it('gives the layers as arcs for the first paint, the counties in county-table order, and decodes each GeoJSON layer once, at first use', () => {
    const geometry = decodeAtlasGeometry(makeTopology(), makeCountyTable());
    expect(geometry.arcs.layers.counties.map((county) => county.id)).toEqual(['330102', '330782']);
    expect(geometry.arcs.layers.counties.map((county) => ('arcs' in county ? county.arcs : null))).toEqual([[[0, 1]], [[2, -1]]]);
    expect(geometry.arcs.layers.prefectures.map((prefecture) => prefecture.id)).toEqual(['3301', '3307']);
    expect(geometry.arcs.arcs).toHaveLength(4);
    expect(geometry.arcs.transform).toBeNull();
    for (const layer of ['counties', 'provinces', 'prefectures', 'nation', 'boundaryLines', 'neighbours'] as const) {
      expect(geometry[layer]).toBe(geometry[layer]);
    }
  });

  it('reads a topology whose arcs are written flat (as geodata/china.topo.json) to the same arcs and features as the standard one', () => {
    const standard = decodeAtlasGeometry(makeTopology(), makeCountyTable());
    const flat = decodeAtlasGeometry({ ...makeTopology(), arcs: [[1, 0, 1, 1], [1, 1, 0, 1, 0, 0, 1, 0], [1, 0, 2, 0, 2, 1, 1, 1], [1.2, 0.2, 1.4, 0.1]] }, makeCountyTable());
    expect(standard.arcs.arcs).toEqual([[1, 0, 1, 1], [1, 1, 0, 1, 0, 0, 1, 0], [1, 0, 2, 0, 2, 1, 1, 1], [1.2, 0.2, 1.4, 0.1]]);
    expect(flat.arcs.arcs).toEqual(standard.arcs.arcs);
    expect(flat.prefectures.features.map((f) => [f.id, f.geometry])).toEqual(PREFECTURE_SHAPES);
    expect(flat.boundaryLines.features[0]?.geometry).toEqual({ type: 'LineString', coordinates: [[1.2, 0.2], [1.4, 0.1]] });
  });

  it('reads a topology written as geodata/china.topo.json is (arcs chained, indexes as differences) to the same arcs, layers and features as the standard one', () => {
    const standard = decodeAtlasGeometry(makeTopology(), makeCountyTable());
    const file = writeTopologyFile(makeTopology() as unknown as Topology);
    // The fixture is not quantized, so its arcs are written as they are (topologyFile.test.ts chains a quantized one).
    expect(file.arcs).toEqual(makeTopology().arcs.map((arc) => arc.flat()));
    expect((file.objects.counties as { geometries: { arcs: unknown }[] }).geometries.map((g) => g.arcs)).toEqual([[[2, -3]], [[1, 1]]]);
    const written = decodeAtlasGeometry(file, makeCountyTable());
    expect(written.arcs.arcs).toEqual(standard.arcs.arcs);
    expect(written.arcs.layers).toEqual(standard.arcs.layers);
    expect(written.prefectures.features.map((f) => [f.id, f.geometry])).toEqual(PREFECTURE_SHAPES);
    expect(written.counties).toEqual(standard.counties);
  });

  it.each([
    [
      'a prefecture without an id (checked at load, not at first use)',
      makeTopology({ prefectures: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0, 1]] }] } }),
      makeCountyTable(),
      /prefectures geometry #0 has no id/,
    ],
    ['a missing object', makeTopology({ neighbours: undefined }), makeCountyTable(), /missing object\(s\) neighbours/],
    [
      'a province without an id (checked at load, not at first use)',
      makeTopology({ provinces: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0, 1]] }] } }),
      makeCountyTable(),
      /provinces geometry #0 has no id/,
    ],
    [
      'a boundary line that is no line (checked at load, not at first use)',
      makeTopology({
        boundaryLines: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[3]], properties: { kind: 'other' } }] },
      }),
      makeCountyTable(),
      /boundaryLines #0 must be a LineString or MultiLineString, not Polygon/,
    ],
    [
      'a county without geometry',
      makeTopology(),
      { ...makeCountyTable(), codes: ['330102', '330782', '330783'] },
      /no geometry for county code\(s\) 330783/,
    ],
    [
      'a geometry not in the table',
      makeTopology(),
      { ...makeCountyTable(), codes: ['330102'] },
      /not in the county table: 330782/,
    ],
    [
      'a duplicated county',
      makeTopology({
        counties: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', id: '330102', arcs: [[0, 1]] },
            { type: 'Polygon', id: '330102', arcs: [[2, -1]] },
          ],
        },
      }),
      makeCountyTable(),
      /county 330102 appears twice/,
    ],
    [
      'an unknown boundary kind',
      makeTopology({
        boundaryLines: { type: 'GeometryCollection', geometries: [{ type: 'LineString', arcs: [3], properties: { kind: 'dash' } }] },
      }),
      makeCountyTable(),
      /boundaryLines #0 has unknown kind "dash"/,
    ],
    ['not a topology', { type: 'FeatureCollection', features: [] }, makeCountyTable(), /not a TopoJSON Topology/],
    [
      'a flat arc with an odd count of numbers',
      { ...makeTopology(), arcs: [[1, 0, 1, 1], [1, 1, 0, 1, 0, 0, 1], [1, 0, 2, 0, 2, 1, 1, 1], [1.2, 0.2, 1.4, 0.1]] },
      makeCountyTable(),
      /arc #1 is not a list of points/,
    ],
    ['an arc that is not a list', { ...makeTopology(), arcs: [[[1, 0], [1, 1]], 7] }, makeCountyTable(), /arc #1 is not a list of points/],
    ['an arc encoding it does not know', { ...makeTopology(), arcEncoding: 'zigzag' }, makeCountyTable(), /unknown arcEncoding "zigzag"/],
  ])('rejects %s with a message naming it', (_case, topology, table, message) => {
    expect(() => decodeAtlasGeometry(topology, table, 'geodata/china.topo.json')).toThrow(message);
    expect(() => decodeAtlasGeometry(topology, table, 'geodata/china.topo.json')).toThrow(/^geodata\/china\.topo\.json: /);
  });
});

describe('decodeCountyTable', () => {
  it('accepts a consistent table and indexes it by code', () => {
    const table = decodeCountyTable(makeCountyTable());
    expect(buildCountyIndex(table.codes).get('330782')).toBe(1);
  });

  it.each([
    ['codes out of order', { codes: ['330782', '330102'] }, /unique and ascending; 330102 follows 330782/],
    ['a short code', { codes: ['33010', '330782'] }, /6-digit strings; found 33010/],
    ['a per-county array of the wrong length', { names: ['上城区'] }, /"names" must have one entry per county \(2\); got 1 entries/],
    ['a missing per-county array', { labelPoints: undefined }, /"labelPoints" must have one entry per county \(2\); got no array/],
  ])('rejects %s', (_case, patch, message) => {
    expect(() => decodeCountyTable({ ...makeCountyTable(), ...patch })).toThrow(message);
  });
});

describe('decodeMeta', () => {
  const meta = { years: [2018, 2019, 2020], metricsFiles: { all: 'metrics-all.json' }, beltsFile: 'belts.json', beltRule: BELT_RULE };

  it('accepts consecutive years and a metrics file for "all"', () => {
    expect(decodeMeta(meta).years).toEqual([2018, 2019, 2020]);
  });

  it.each([
    ['no belt rule', { ...meta, beltRule: undefined }, /"beltRule" must give the belt rule's thresholds/],
    ['a gap in the years', { ...meta, years: [2018, 2020] }, /consecutive integers; got 2020 at position 1/],
    ['no years', { ...meta, years: [] }, /non-empty "years"/],
    ['no metrics file for all', { ...meta, metricsFiles: { apparel: 'x.json' } }, /file for "all"/],
  ])('rejects %s', (_case, json, message) => {
    expect(() => decodeMeta(json)).toThrow(message);
  });
});

describe('decodeMetrics', () => {
  it('converts 万元 to yuan in typed arrays and keeps the per-year, per-county layout', () => {
    const metrics = decodeMetrics(makeMetrics(), YEARS, COUNTY_CODES.length);
    expect(metrics.values[0]).toBeInstanceOf(Float64Array);
    expect(Array.from(metrics.values[1] ?? [])).toEqual([150_000, 25_000_000_000]);
    expect(Array.from(metrics.beltCount![0] ?? [])).toEqual([0, 3]);
    expect(metrics.over100YiCount![1]).toBeInstanceOf(Uint16Array);
    expect(metrics.growth[1]).toEqual([null, 0.25]);
    expect(metrics.spreadFirstYear).toEqual([null, 2023]);
    expect(metrics.category).toBe('all');
  });

  it.each([
    ['other years', { years: [2022, 2023] }, /years 2022, 2023 differ from the dataset's 2023, 2024/],
    ['a missing year row', { salesWan: [[0, 1]] }, /"salesWan" must have one row per year \(2\)/],
    ['a short county row', { growth: [[null, null], [null]] }, /"growth" for 2024 must have 2 counties; got 1/],
    ['a short firstYearOver100Yi', { firstYearOver100Yi: [null] }, /"firstYearOver100Yi" must have one entry per county/],
    ['no centres', { over100YiCentres: undefined }, /"over100YiCentres" must be an array/],
  ])('rejects %s', (_case, patch, message) => {
    expect(() => decodeMetrics({ ...makeMetrics(), ...patch }, YEARS, COUNTY_CODES.length, 'metrics-all.json')).toThrow(
      message,
    );
  });
});
