import { describe, expect, it } from 'vitest';
import type { BeltRecord, Category, CountyTableFile } from '../../../../src/lib/domain/contract';
import { beltName, beltsOf, sparkline } from '../../../../src/lib/view/panel/countyBelts';
import { makeCountyTable } from '../../fixtures/geodata';

const belt = (countyCode: string, categoryId: string, latest: number, name: BeltRecord['name'] = null): BeltRecord => ({
  id: `${countyCode}-${categoryId}`, name, countyCode, categoryId,
  salesYuan: [1, latest], merchants: [1, 1], locationQuotient: [1, 1], isBelt: [true, true],
  provenance: ['modeled', 'modeled'], sourceIds: [null, null],
});
const belts = [belt('330782', 'apparel', 5e9), belt('330782', 'toys', 9e9), belt('450202', 'food', 1e10, { zh: '柳州螺蛳粉', en: 'Liuzhou river-snail noodles' })];

describe('beltsOf', () => {
  it.each([
    { code: '330782', category: 'all', ids: ['330782-toys', '330782-apparel'] },
    { code: '330782', category: 'apparel', ids: ['330782-apparel'] },
    { code: '330782', category: 'food', ids: [] },
    { code: '110101', category: 'all', ids: [] },
  ])('$code in $category', ({ code, category, ids }) => {
    expect(beltsOf(belts, code, category).map((b) => b.id)).toEqual(ids);
  });
});

describe('beltName', () => {
  const counties: CountyTableFile = makeCountyTable();
  const apparel: Category = { id: 'apparel', zh: '服饰鞋包', en: 'Apparel', isNewConsumption: false };
  it.each([
    { b: belts[0]!, lang: 'zh', expected: '义乌市服饰鞋包' },
    { b: belts[0]!, lang: 'en', expected: 'Yiwu City Apparel' },
    { b: belts[2]!, lang: 'zh', expected: '柳州螺蛳粉' },
    { b: belts[2]!, lang: 'en', expected: 'Liuzhou river-snail noodles' },
  ] as const)('$expected', ({ b, lang, expected }) => {
    expect(beltName(b, counties, 1, apparel, lang)).toBe(expected);
  });
});

describe('sparkline', () => {
  it.each([
    { values: [0, 5, 10], path: 'M2,18L50,10L98,2' },
    { values: [4, null, 8], path: 'M2,10M98,2' },
    { values: [0, 0], path: 'M2,18L98,18' },
    { values: [7], path: 'M2,2' },
  ])('$values → $path', ({ values, path }) => {
    expect(sparkline(values, 100, 20).path).toBe(path);
  });
});
