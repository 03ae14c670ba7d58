import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { insetCountyIndexes, mainProjection, selectedPlaceOf } from '../../../src/lib/cartography/mapProjection';
import { decodeAtlasGeometry } from '../../../src/lib/data/decode';
import { readCommittedDataset } from '../support/datasetFiles';

describe('mainProjection', () => {
  const box = { x: 100, y: 50, width: 500, height: 400 };
  it('puts the camera centre in the middle of the box and keeps all of the screen in view', () => {
    const projection = mainProjection(box, { lng: 120, lat: 30, zoom: 5, viewportWidth: 1000, viewportHeight: 600 });
    const [x, y] = projection([120, 30])!;
    expect(x).toBeCloseTo(350, 6);
    expect(y).toBeCloseTo(250, 6);
    // the screen is 1000 px wide at zoom 5 (2^5·512 px around the world); the box shows it in 500 px: 8192 / 2π
    expect(projection.scale()).toBeCloseTo(1303.7972938088065, 6);
  });

  it('fits China when there is no camera yet', () => {
    const projection = mainProjection(box, null);
    for (const corner of [
      [73.4, 18.1],
      [135.1, 53.6],
    ] as [number, number][]) {
      const [x, y] = projection(corner)!;
      expect(x).toBeGreaterThanOrEqual(box.x);
      expect(x).toBeLessThanOrEqual(box.x + box.width);
      expect(y).toBeGreaterThanOrEqual(box.y);
      expect(y).toBeLessThanOrEqual(box.y + box.height);
    }
  });
});

describe('the places the map and the inset pick (committed geometry)', () => {
  const dataset = readCommittedDataset();
  const geometry = decodeAtlasGeometry(JSON.parse(readFileSync('geodata/china.topo.json', 'utf8')), dataset.counties);
  const codeOf = (index: number) => String(geometry.counties.features[index]!.id);

  it('draws in the 南海诸岛 inset the counties reaching into its extent: Guangdong, Guangxi, Hainan, Taiwan, Hong Kong and Macao', () => {
    const codes = insetCountyIndexes(geometry).map(codeOf);
    expect(codes.length).toBe(210);
    expect([codes[0], codes.at(-1)]).toEqual(['440103', '820000']);
    expect(codes).toContain('460321');
    expect(new Set(codes.map((code) => code.slice(0, 2)))).toEqual(new Set(['44', '45', '46', '71', '81', '82']));
  });

  it('finds the selected place’s outline in the layer of its level, and nothing for an unknown code', () => {
    const county = selectedPlaceOf(geometry, { level: 'county', selectedPlaceCode: '330881' });
    expect(county && codeOf(county.index)).toBe('330881');
    const province = selectedPlaceOf(geometry, { level: 'province', selectedPlaceCode: '46' });
    expect(province?.layer).toBe('provinces');
    expect(province && geometry.provinces.features[province.index]!.properties.code).toBe('46');
    expect(selectedPlaceOf(geometry, { level: 'prefecture', selectedPlaceCode: '9999' })).toBeNull();
    expect(selectedPlaceOf(geometry, { level: 'county', selectedPlaceCode: null })).toBeNull();
  });
});
