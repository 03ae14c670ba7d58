import { describe, expect, it } from 'vitest';
import type { CountyTableFile } from '../../../src/lib/domain/contract';
import { areaTable, PLACE_LEVELS, type PlaceLevel } from '../../../src/lib/domain/areas';
import { makePlacesTable } from '../fixtures/places';

const counties = makePlacesTable();
const CODE_LENGTH: Record<PlaceLevel, number> = { county: 6, prefecture: 4, province: 2 };

describe('areaTable', () => {
  it.each(PLACE_LEVELS)('%s level: every county maps to the area whose code prefixes its own', (level) => {
    const areas = areaTable(counties, level);
    expect(areas.countyToArea).toHaveLength(counties.codes.length);
    counties.codes.forEach((code, c) => {
      expect(areas.codes[areas.countyToArea[c]!]).toBe(code.slice(0, CODE_LENGTH[level]));
    });
    expect([...areas.codes].sort()).toEqual(areas.codes);
  });

  it.each([
    ['county', '220104', { zh: '朝阳区', en: 'Chaoyang District (Changchun)' }, { zh: '长春市 · 吉林省', en: 'Changchun, Jilin' }],
    ['county', '110105', { zh: '朝阳区', en: 'Chaoyang District (Beijing)' }, { zh: '北京市', en: 'Beijing' }],
    ['prefecture', '3307', { zh: '金华市', en: 'Jinhua' }, { zh: '浙江省', en: 'Zhejiang' }],
    ['prefecture', '6101', { zh: '西安市', en: "Xi'an" }, { zh: '陕西省', en: 'Shaanxi' }],
    ['province', '62', { zh: '甘肃省', en: 'Gansu' }, { zh: '', en: '' }],
  ] as const)('%s %s is named %j in context %j', (level, code, name, context) => {
    const areas = areaTable(counties, level);
    const a = areas.codes.indexOf(code);
    expect(areas.names[a]).toEqual(name);
    expect(areas.contexts[a]).toEqual(context);
  });

  it('gives each area its province and region for filters', () => {
    const areas = areaTable(counties, 'prefecture');
    const jinhua = areas.codes.indexOf('3307');
    expect([areas.provinces[jinhua], areas.regions[jinhua]]).toEqual(['33', 'east']);
    const changchun = areas.codes.indexOf('2201');
    expect([areas.provinces[changchun], areas.regions[changchun]]).toEqual(['22', 'northeast']);
  });

  const breakages: [PlaceLevel, (table: CountyTableFile) => void, RegExp][] = [
    ['prefecture', (t) => (t.prefectures[0] = '1199'), /county 110105 is in prefecture "1199"/],
    ['province', (t) => (t.provinces[0] = '99'), /county 110105 is in province "99"/],
    ['prefecture', (t) => (t.prefectureTable[0]!.province = '98'), /prefecture 1101 names province 98/],
  ];
  it.each(breakages)('names the county or record a %s table cannot place', (level, breakTable, message) => {
    const table = makePlacesTable();
    breakTable(table);
    expect(() => areaTable(table, level)).toThrow(message);
  });
});
