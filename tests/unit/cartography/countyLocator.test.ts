/**
 * CountyLocator: which county is drawn at a place, as the 2D map answers hover and click. Small
 * made-up counties check the rules (holes, multipolygons, overlaps, edges straight in Mercator);
 * the committed geometry checks real places and pixels of a map at a given camera.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import type { AtlasGeometry } from '../../../src/lib/domain/atlas';
import { CountyLocator } from '../../../src/lib/cartography/countyLocator';
import { layerShapes } from '../../../src/lib/cartography/topologyShapes';
import { projectFeatures } from '../support/projectFeatures';
import { mainProjection } from '../../../src/lib/cartography/mapProjection';
import { decodeAtlasGeometry, decodeCountyTable } from '../../../src/lib/data/decode';

function square(west: number, south: number, size: number): [number, number][] {
  return [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ];
}

function countiesOf(geometries: Geometry[]): AtlasGeometry['counties'] {
  return {
    type: 'FeatureCollection',
    features: geometries.map((geometry, index) => ({ type: 'Feature', id: String(index), properties: { index }, geometry })),
  };
}

describe('CountyLocator on made-up counties', () => {
  const locator = new CountyLocator(
    projectFeatures(countiesOf([
      // 0: an enclave in 1's hole, with a lower index than 1 (drawn under it).
      { type: 'Polygon', coordinates: [square(4, 4, 2)] },
      // 1: a square with a hole.
      { type: 'Polygon', coordinates: [square(0, 0, 10), square(4, 4, 2).reverse()] },
      // 2: two islands.
      { type: 'MultiPolygon', coordinates: [[square(20, 0, 2)], [square(30, 0, 2)]] },
      // 3: a triangle whose long edge runs from (40°E, 10°N) to (50°E, 60°N).
      { type: 'Polygon', coordinates: [[[40, 10], [50, 10], [50, 60], [40, 10]]] },
      // 4 and 5 overlap on 65–70°E.
      { type: 'Polygon', coordinates: [square(60, 0, 10)] },
      { type: 'Polygon', coordinates: [square(65, 0, 10)] },
    ])),
  );

  it('finds the county around a point, and none outside every county', () => {
    expect(locator.countyAt(1, 1)).toBe(1);
    expect(locator.countyAt(9.5, 5)).toBe(1);
    expect(locator.countyAt(15, 5)).toBeNull();
    expect(locator.countyAt(-50, 80)).toBeNull();
  });

  it('gives a point in a hole to the county in the hole, not to the one around it', () => {
    expect(locator.countyAt(5, 5)).toBe(0);
    expect(locator.countyAt(3.9, 5)).toBe(1);
  });

  it('finds every part of a multipolygon, and not the sea between them', () => {
    expect(locator.countyAt(21, 1)).toBe(2);
    expect(locator.countyAt(31, 1)).toBe(2);
    expect(locator.countyAt(25, 1)).toBeNull();
  });

  it('follows an edge drawn straight in Mercator: at 45°E it crosses 39.26°N, not 35°N', () => {
    expect(locator.countyAt(45, 39.2)).toBe(3);
    expect(locator.countyAt(45, 39.3)).toBeNull();
  });

  it('gives a point where two counties overlap to the one drawn last', () => {
    expect(locator.countyAt(62, 5)).toBe(4);
    expect(locator.countyAt(67, 5)).toBe(5);
  });
});

describe('CountyLocator on the committed geometry', () => {
  const table = decodeCountyTable(JSON.parse(readFileSync('geodata/index/counties.json', 'utf8')));
  const geometry = decodeAtlasGeometry(JSON.parse(readFileSync('geodata/china.topo.json', 'utf8')), table);
  const locator = new CountyLocator(layerShapes(geometry, 'counties'));
  const codeAt = (lng: number, lat: number) => {
    const index = locator.countyAt(lng, lat);
    return index === null ? null : table.codes[index];
  };

  it('finds 义乌市 (index 870) at its label point, and 东阳市 next to it at its own', () => {
    expect(locator.countyAt(120.0552, 29.3007)).toBe(870);
    expect(table.codes[870]).toBe('330782');
    expect(codeAt(120.3718, 29.2395)).toBe('330783');
  });

  it('finds no county in the sea or in a neighbouring country', () => {
    expect(locator.countyAt(125, 30)).toBeNull(); // East China Sea
    expect(locator.countyAt(105, 45)).toBeNull(); // Mongolia
  });

  it('gives the hole in 顺义区 to 朝阳区 (the airport enclave), and the land around it to 顺义区', () => {
    expect(codeAt(116.5821, 40.0862)).toBe('110105');
    expect(codeAt(116.6, 40.13)).toBe('110113');
  });

  it('finds 崇明区 on each of its three islands', () => {
    expect(codeAt(121.9396, 31.3239)).toBe('310151');
    expect(codeAt(121.6553, 31.4283)).toBe('310151');
    expect(codeAt(121.5438, 31.6888)).toBe('310151');
  });

  it('answers for a pixel of a 1280×800 map through the inverse of its projection', () => {
    const box = { x: 0, y: 0, width: 1280, height: 800 };
    const china = mainProjection(box, { lng: 104.5, lat: 35.5, zoom: 3.6, viewportWidth: 1280, viewportHeight: 800 });
    expect(locator.countyAtPixel(china, 908, 527)).toBe(870); // 义乌市
    expect(locator.countyAtPixel(china, 914, 528)).toBe(871); // 东阳市
    expect(locator.countyAtPixel(china, 640, 400)).toBe(2642); // 安定区, Gansu
    expect(locator.countyAtPixel(china, 1100, 560)).toBeNull(); // the sea at 131°E, 28°N, by Okinawa
    const yiwu = mainProjection(box, { lng: 120.0552, lat: 29.3007, zoom: 9, viewportWidth: 1280, viewportHeight: 800 });
    expect(locator.countyAtPixel(yiwu, 640, 400)).toBe(870);
    expect(locator.countyAtPixel(yiwu, 871, 451)).toBe(871);
  });
});
