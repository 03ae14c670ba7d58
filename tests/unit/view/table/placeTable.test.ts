import { describe, expect, it } from 'vitest';
import { BELT_VIEW } from '../../support/beltView';
import { areaTable } from '../../../../src/lib/domain/areas';
import { aggregateMetrics } from '../../../../src/lib/domain/levels';
import { defaultSort, nextSort, tableOrder, tableRow, type TableSort } from '../../../../src/lib/view/table/placeTable';
import type { BeltRecord } from '../../../../src/lib/domain/contract';
import { makePlacesTable } from '../../fixtures/places';
import { makeMetrics } from '../../support/metricsFixture';

const YI = 1e8;
const counties = makePlacesTable();
const places = areaTable(counties, 'county');
const at = (code: string) => counties.codes.indexOf(code);
/** 2023 and 2024 sales (亿元) of the counties that have any; the rest have none. */
const SALES: Record<string, [number, number]> = {
  '330782': [150, 180], // 义乌市: +20 %
  '330783': [0, 3], // 东阳市: new in 2024
  '330102': [40, 30], // 上城区: -25 %
  '441900': [90, 135], // 东莞市: +50 %
};
const metrics = makeMetrics({
  years: [2023, 2024],
  sales: [0, 1].map((y) => counties.codes.map((code) => (SALES[code]?.[y] ?? 0) * YI)),
  firstYearOver100Yi: counties.codes.map((code) => (code === '330782' ? 2021 : null)),
  provenance: [0, 1].map((y) => counties.codes.map((code) => ((SALES[code]?.[y] ?? 0) > 0 ? (code === '330782' ? 2 : 1) : 0))),
});
const input = { places, metrics, yearIndex: 1, lang: 'zh' as const, dataset: BELT_VIEW };
const codesOf = (sort: TableSort, province: string | null = null) => tableOrder(input, sort, province).map((i) => places.codes[i]);

describe('tableOrder', () => {
  it.each<[TableSort, string[]]>([
    [{ column: 'sales', direction: 'descending' }, ['330782', '441900', '330102', '330783']],
    [{ column: 'sales', direction: 'ascending' }, ['330783', '330102', '441900', '330782']],
    // "new" growth has no rate: it stays below the rates in either direction.
    [{ column: 'growth', direction: 'descending' }, ['441900', '330782', '330102']],
    [{ column: 'growth', direction: 'ascending' }, ['330102', '330782', '441900']],
    [{ column: 'firstOver100Yi', direction: 'ascending' }, ['330782']],
  ])('%o puts the places with a value first, in order', (sort, expected) => {
    expect(codesOf(sort).slice(0, expected.length)).toEqual(expected);
  });

  it('keeps places without a value at the bottom, by code, in either direction', () => {
    const withoutSales = counties.codes.filter((code) => !SALES[code]?.[1]);
    for (const direction of ['ascending', 'descending'] as const) {
      expect(codesOf({ column: 'sales', direction }).slice(4)).toEqual(withoutSales);
    }
  });

  it('filters by province and still lists every place of it', () => {
    expect(codesOf({ column: 'sales', direction: 'descending' }, '33')).toEqual(['330782', '330102', '330783']);
    expect(codesOf({ column: 'name', direction: 'ascending' })).toHaveLength(counties.codes.length);
  });

  it('sorts Chinese names by pinyin, same names by code', () => {
    const names = tableOrder(input, { column: 'name', direction: 'ascending' }, '22').map((i) => places.names[i]!.zh);
    expect(names).toEqual(['朝阳区']);
    const all = codesOf({ column: 'name', direction: 'ascending' });
    // 朝阳区 (chao) before 东莞 (dong) before 义乌 (yi); the two 朝阳区 by code.
    expect(all.indexOf('110105')).toBeLessThan(all.indexOf('220104'));
    expect(all.indexOf('220104')).toBeLessThan(all.indexOf('441900'));
    expect(all.indexOf('441900')).toBeLessThan(all.indexOf('330782'));
  });

  it('sorts aggregated places: provinces by their summed sales', () => {
    const provinces = areaTable(counties, 'province');
    const order = tableOrder({ ...input, places: provinces, metrics: aggregateMetrics(metrics, provinces), dataset: BELT_VIEW }, defaultSort('sales'), null);
    expect(order.slice(0, 2).map((i) => provinces.codes[i])).toEqual(['33', '44']);
  });
});

describe('sorting by column headers', () => {
  it.each([
    ['sales', { column: 'sales', direction: 'descending' }],
    ['growth', { column: 'growth', direction: 'descending' }],
    ['spread', { column: 'firstOver100Yi', direction: 'ascending' }],
  ] as const)('the %s layer starts as its map reads', (layer, expected) => {
    expect(defaultSort(layer)).toEqual(expected);
  });

  it.each<[TableSort, Parameters<typeof nextSort>[1], TableSort]>([
    [{ column: 'sales', direction: 'descending' }, 'sales', { column: 'sales', direction: 'ascending' }],
    [{ column: 'sales', direction: 'ascending' }, 'sales', { column: 'sales', direction: 'descending' }],
    [{ column: 'sales', direction: 'descending' }, 'name', { column: 'name', direction: 'ascending' }],
    [{ column: 'name', direction: 'ascending' }, 'belts', { column: 'belts', direction: 'descending' }],
  ])('%o, click on %s → %o', (current, column, expected) => {
    expect(nextSort(current, column)).toEqual(expected);
  });
});

describe('tableRow', () => {
  const sources = [{ id: 'src-yiwu', title: '义乌统计公报', publisher: 'x', date: '2025', url: 'https://example.org' }];
  const belt = { sourceIds: [null, 'src-yiwu'], provenance: ['modeled', 'reported'] } as unknown as BeltRecord;

  it("formats a county as the tooltip does (to its column's decimals), naming the source of a reported value", () => {
    expect(tableRow(input, at('330782'), [belt], sources)).toMatchObject({
      code: '330782',
      name: '义乌市',
      place: '金华市 · 浙江省',
      sales: '180.0亿元',
      growth: '+20.0%',
      belts: '1',
      over100Yi: '1',
      firstOver100Yi: '2021年',
      provenance: '报告值（义乌统计公报）',
      provenanceCode: 2,
    });
  });

  it.each([
    ['330783', { sales: '3.0亿元', growth: '新增', provenance: '模型估计', firstOver100Yi: '尚无' }],
    ['110105', { sales: '无', growth: '', provenance: '', belts: '0' }],
  ])('%s', (code, expected) => {
    expect(tableRow(input, at(code), null, sources)).toMatchObject(expected);
  });

  it('writes one unit and one number of decimals down the sales column: 3,500万元 beside 180亿元 reads 0.4亿元, 180亿元 180.0亿元', () => {
    const withSmall = makeMetrics({
      years: [2023, 2024],
      sales: [0, 1].map(() => counties.codes.map((code) => (code === '330783' ? 0.35 * YI : (SALES[code]?.[1] ?? 0) * YI))),
      firstYearOver100Yi: counties.codes.map(() => null),
      provenance: [0, 1].map(() => counties.codes.map((code) => (code === '330783' || SALES[code] ? 1 : 0))),
    });
    const row = (code: string, lang: 'zh' | 'en') => tableRow({ ...input, metrics: withSmall, lang }, at(code), null, sources).sales;
    expect(['330782', '330783'].map((code) => row(code, 'zh'))).toEqual(['180.0亿元', '0.4亿元']);
    expect(['330782', '330783'].map((code) => row(code, 'en'))).toEqual(['18.0 billion yuan', '<0.1 billion yuan']);
  });

  it('writes English when asked', () => {
    expect(tableRow({ ...input, lang: 'en', dataset: BELT_VIEW }, at('330782'), null, sources)).toMatchObject({ name: 'Yiwu City', sales: '18.0 billion yuan', provenance: 'reported' });
  });
});

describe('the change column while two years are compared', () => {
  const comparing = { ...input, compare: { fromYearIndex: 0, layer: 'sales' as const } };

  it('sorts by the change: new sales above every rise, a place with none in either year at the bottom', () => {
    expect(defaultSort('sales', true)).toEqual({ column: 'change', direction: 'descending' });
    expect(tableOrder(comparing, defaultSort('sales', true), null).slice(0, 4).map((i) => places.codes[i])).toEqual([
      '330783', // new
      '441900', // +50 %
      '330782', // +20 %
      '330102', // -25 %
    ]);
  });

  it.each([
    ['330782', '+30亿元（+20.0%）'],
    ['330783', '新增 +3亿元'],
    ['110105', '两年均无'],
  ])('%s reads %s, as in the tooltip', (code, expected) => {
    expect(tableRow(comparing, at(code), null, []).change).toBe(expected);
  });

  it('is empty when not comparing', () => {
    expect(tableRow(input, at('330782'), null, []).change).toBe('');
  });
});
