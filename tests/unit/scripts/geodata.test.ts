import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import type { CountyTableFile } from '../../../src/lib/domain/contract';
import { TOPOLOGY_OBJECTS } from '../../../src/lib/domain/contract';
import { buildGeodata } from '../../../scripts/lib/geodata/buildGeodata';
import { COUNTY_FILE } from '../../../scripts/lib/geodata/boundarySource';
import { standardTopology } from '../../../src/lib/data/topologyFile';

const topologyJson = readFileSync('geodata/china.topo.json', 'utf8');
const countyTableJson = readFileSync('geodata/index/counties.json', 'utf8');
// The file writes its arcs flat; topojson-client reads them as pairs.
const topology = standardTopology(JSON.parse(topologyJson) as Topology);
const countyTable = JSON.parse(countyTableJson) as CountyTableFile;

function layer(name: string): FeatureCollection<Polygon | MultiPolygon> {
  return feature(topology, topology.objects[name]!) as FeatureCollection<Polygon | MultiPolygon>;
}
const counties = layer('counties');
const countyByCode = new Map(counties.features.map((county) => [String(county.id), county]));

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function ringArea(ring: Position[]): number {
  let area = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    area += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return area / 2;
}

function isInRing([x, y]: Position, ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi! > y! !== yj! > y! && x! < ((xj! - xi!) * (y! - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

function contains(geometry: Polygon | MultiPolygon, point: Position): boolean {
  return polygonsOf(geometry).some(([outer, ...holes]) => isInRing(point, outer!) && !holes.some((hole) => isInRing(point, hole)));
}

/** Distance in degrees from a point to the nearest vertex of any county. */
function nearestCountyVertex([x, y]: [number, number]): { distance: number; code: string } {
  let best = { distance: Infinity, code: '' };
  for (const county of counties.features) {
    for (const polygon of polygonsOf(county.geometry)) {
      for (const [px, py] of polygon[0]!) {
        const distance = Math.hypot(px! - x, py! - y);
        if (distance < best.distance) best = { distance, code: String(county.id) };
      }
    }
  }
  return best;
}

describe('geodata/china.topo.json', () => {
  it('holds every object of the contract', () => {
    expect(Object.keys(topology.objects).sort()).toEqual([...TOPOLOGY_OBJECTS].sort());
  });

  it('has 2,891 counties with unique 6-digit codes, in the county table order', () => {
    const codes = counties.features.map((county) => String(county.id));
    expect(codes).toHaveLength(2891);
    expect(new Set(codes).size).toBe(2891);
    expect(codes.every((code) => /^\d{6}$/.test(code))).toBe(true);
    expect([...codes].sort()).toEqual(countyTable.codes);
  });

  it('has 34 province-level units and puts each county in exactly one of them', () => {
    const provinceCodes = layer('provinces').features.map((province) => String(province.id));
    expect(provinceCodes).toHaveLength(34);
    for (const code of countyTable.codes) {
      expect(provinceCodes.filter((province) => code.startsWith(province))).toHaveLength(1);
    }
  });

  it('derives prefectures from the county codes', () => {
    const prefectureCodes = new Set(layer('prefectures').features.map((prefecture) => String(prefecture.id)));
    expect(prefectureCodes).toEqual(new Set(countyTable.codes.map((code) => code.slice(0, 4))));
  });

  it('has no empty or degenerate geometry', () => {
    for (const county of counties.features) {
      const polygons = polygonsOf(county.geometry);
      expect(polygons.length, `county ${county.id}`).toBeGreaterThan(0);
      for (const [outer] of polygons) {
        expect(outer!.length, `county ${county.id}`).toBeGreaterThanOrEqual(4);
        expect(outer![0], `county ${county.id} ring closed`).toEqual(outer![outer!.length - 1]);
        expect(Math.abs(ringArea(outer!)), `county ${county.id} area`).toBeGreaterThan(0);
      }
    }
  });

  it.each([
    ['钓鱼岛 Diaoyu', [123.47, 25.74]],
    ['黄岩岛 Huangyan', [117.75, 15.13]],
    ['曾母暗沙 Zengmu', [112.3, 3.97]],
    ['东沙 Dongsha', [116.72, 20.7]],
    ['西沙 永兴岛 Xisha', [112.33, 16.83]],
    ['南沙 永暑礁 Nansha', [112.89, 9.55]],
  ] as const)('keeps %s', (_name, point) => {
    expect(nearestCountyVertex([...point]).distance).toBeLessThan(0.1);
  });

  it('keeps the eastern tip at the Heilongjiang–Ussuri confluence', () => {
    const maxLng = Math.max(
      ...counties.features.flatMap((county) => polygonsOf(county.geometry).flatMap(([outer]) => outer!.map(([lng]) => lng!))),
    );
    expect(maxLng).toBeGreaterThan(135.0);
  });

  it('classifies the boundary lines, with the South China Sea dashes among them', () => {
    const object = topology.objects.boundaryLines!;
    const kinds = object.type === 'GeometryCollection' ? object.geometries.map((line) => (line.properties as { kind: string }).kind) : [];
    expect(kinds.filter((kind) => kind === 'south-china-sea')).toHaveLength(2);
    expect(kinds).toHaveLength(7);
  });

  it('has a neighbour backdrop without China', () => {
    const names = layer('neighbours').features.map((country) => (country as Feature<Polygon, { name: string }>).properties.name);
    expect(names).toContain('蒙古');
    expect(names).toContain('越南');
    expect(names).not.toContain('中国');
  });
});

describe('every part of the source survives', () => {
  // 前三岛 lies in both 连云区 and 岚山区 in the source; -clean gives the overlap to 连云区 alone.
  const SHARED_ISLETS_KEPT_BY_ANOTHER_COUNTY = new Set(['371103']);
  type Bbox = [number, number, number, number];
  const bboxOf = (ring: Position[]): Bbox =>
    ring.reduce<Bbox>(
      ([x0, y0, x1, y1], [x, y]) => [Math.min(x0, x!), Math.min(y0, y!), Math.max(x1, x!), Math.max(y1, y!)],
      [Infinity, Infinity, -Infinity, -Infinity],
    );
  const TOLERANCE = 0.0005; // degrees, ~50 m: a part may shrink in simplification, not disappear
  const overlaps = (a: Bbox, b: Bbox) =>
    a[0] <= b[2] + TOLERANCE && b[0] <= a[2] + TOLERANCE && a[1] <= b[3] + TOLERANCE && b[1] <= a[3] + TOLERANCE;

  it('has a part near every island and reef of the boundary package (西沙, 南沙 reefs included)', () => {
    const source = JSON.parse(readFileSync(COUNTY_FILE, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { gb?: string }>;
    const lost: string[] = [];
    for (const sourceCounty of source.features) {
      const code = sourceCounty.properties.gb?.slice(3);
      if (!code || SHARED_ISLETS_KEPT_BY_ANOTHER_COUNTY.has(code)) continue;
      const kept = polygonsOf(countyByCode.get(code)!.geometry).map((polygon) => bboxOf(polygon[0]!));
      for (const polygon of polygonsOf(sourceCounty.geometry)) {
        const part = bboxOf(polygon[0]!);
        if (!kept.some((box) => overlaps(box, part))) lost.push(`${code} [${part.map((v) => v.toFixed(4)).join(', ')}]`);
      }
    }
    expect(lost).toEqual([]);
  });
});

describe('geodata/index/counties.json', () => {
  it('has one entry per county in every column', () => {
    const columns = ['names', 'shortNames', 'pinyin', 'kinds', 'provinces', 'prefectures', 'regions', 'labelPoints'] as const;
    for (const column of columns) expect(countyTable[column], column).toHaveLength(2891);
    expect(countyTable.provinceTable).toHaveLength(34);
  });

  it('puts every label point inside its county', () => {
    const outside = countyTable.codes.filter((code, i) => !contains(countyByCode.get(code)!.geometry, countyTable.labelPoints[i]!));
    expect(outside).toEqual([]);
  });

  it('tells same-name counties apart by province', () => {
    const chaoyang = countyTable.codes.filter((_code, i) => countyTable.names[i] === '朝阳区');
    expect(chaoyang).toEqual(['110105', '220104']);
    expect(new Set(chaoyang.map((code) => code.slice(0, 2))).size).toBe(2);
  });

  it('names every prefecture distinctly within its province (重庆市辖区 / 重庆市辖县, 629700 中农发山丹马场)', () => {
    const keys = countyTable.prefectureTable.map((prefecture) => `${prefecture.province} ${prefecture.name}`);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('describes 义乌市', () => {
    const i = countyTable.codes.indexOf('330782');
    expect([countyTable.names[i], countyTable.shortNames[i], countyTable.pinyin[i]]).toEqual(['义乌市', '义乌', 'yi wu']);
    expect([countyTable.kinds[i], countyTable.provinces[i], countyTable.prefectures[i], countyTable.regions[i]]).toEqual(['county-city', '33', '3307', 'east']);
    expect(countyTable.prefectureTable.find((prefecture) => prefecture.code === '3307')?.name).toBe('金华市');
  });
});

describe('build:geodata', () => {
  it('writes the topology in ASCII only, its header still naming 天地图 once parsed', () => {
    expect(topologyJson.match(/[^\x00-\x7f]/g)).toBe(null);
    expect((topology as Topology & { generatedBy: string }).generatedBy).toContain('(天地图 2024, MIT)');
  });

  it('rebuilds the committed files byte for byte (deterministic and up to date)', async () => {
    const rebuilt = await buildGeodata();
    expect(rebuilt.topologyJson === topologyJson).toBe(true);
    expect(rebuilt.countyTableJson === countyTableJson).toBe(true);
  }, 120_000);
});
