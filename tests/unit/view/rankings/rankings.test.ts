import { describe, expect, it } from 'vitest';
import { areaTable } from '../../../../src/lib/domain/areas';
import { aggregateMetrics } from '../../../../src/lib/domain/levels';
import { rankPlaces, type RankingQuery, type RankingRow } from '../../../../src/lib/view/rankings/rankings';
import { makePlacesTable } from '../../fixtures/places';
import { makeMetrics } from '../../support/metricsFixture';

const YI = 1e8;
const counties = makePlacesTable();
const YEARS = [2022, 2023, 2024];
// [sales in 亿元 per year, 百亿 belt count per year]
const BY_CODE: Record<string, [number[], number[]]> = {
  '330782': [[80, 200, 210], [0, 1, 2]], // 义乌
  '330102': [[1000, 1000, 900], [2, 2, 2]], // 上城
  '330783': [[0, 3, 6], [0, 0, 0]], // 东阳: new in 2023
  '441900': [[0, 50, 150], [0, 0, 1]], // 东莞: new in 2023
  '110105': [[20, 25, 120], [0, 0, 1]], // 朝阳区 (北京)
  '220104': [[1.5, 0, 2], [0, 0, 0]], // 朝阳区 (长春): gone in 2023, back in 2024
  '320106': [[30, 30, 18], [0, 0, 0]], // 鼓楼区 (南京)
  '350102': [[10, 12, 18], [0, 0, 0]], // 鼓楼区 (福州): ties with 南京 in 2024
};
const column = (pick: (entry: [number[], number[]]) => number[], y: number) =>
  counties.codes.map((code) => (BY_CODE[code] ? pick(BY_CODE[code]!)[y]! : 0));
const metrics = makeMetrics({
  years: YEARS,
  sales: YEARS.map((_, y) => column(([sales]) => sales.map((s) => s * YI), y)),
  over100YiCount: YEARS.map((_, y) => column(([, counts]) => counts, y)),
});
const countyAreas = areaTable(counties, 'county');

function rank(query: Partial<RankingQuery>, level: 'county' | 'province' = 'county'): RankingRow[] {
  const areas = level === 'county' ? countyAreas : areaTable(counties, level);
  return rankPlaces(aggregateMetrics(metrics, areas), areas, { layer: 'sales', year: 2024, limit: 20, lang: 'zh', ...query });
}
/** code rank previousRank rankChange */
const ranks = (rows: RankingRow[]) => rows.map((r) => [r.code, r.rank, r.previousRank, r.rankChange]);

describe('rankPlaces', () => {
  it('ranks sales, largest first, ties by code, with the change since the previous year', () => {
    expect(ranks(rank({ layer: 'sales' }))).toEqual([
      ['330102', 1, 1, 0],
      ['330782', 2, 2, 0],
      ['441900', 3, 3, 0],
      ['110105', 4, 5, 1],
      ['320106', 5, 4, -1],
      ['350102', 6, 6, 0],
      ['330783', 7, 7, 0],
      ['220104', 8, null, null],
    ]);
    expect(rank({ layer: 'sales' })[0]).toEqual({
      code: '330102',
      name: '上城区',
      context: '杭州市 · 浙江省',
      value: 900 * YI,
      rank: 1,
      previousRank: 1,
      rankChange: 0,
    });
  });

  it('ranks growth among places with sales in both years, leaving out new ones', () => {
    const rows = rank({ layer: 'growth' });
    // 2023's growth ranking: 义乌 +150 %, 朝阳 +25 %, 福州 +20 %, then 南京 and 上城 at 0 % (by code);
    // 东阳 and 东莞 were new, 长春's 朝阳区 had gone.
    expect(ranks(rows)).toEqual([
      ['110105', 1, 2, 1],
      ['441900', 2, null, null],
      ['330783', 3, null, null],
      ['350102', 4, 3, -1],
      ['330782', 5, 1, -4],
      ['330102', 6, 5, -1],
      ['320106', 7, 4, -3],
    ]);
    expect(rows.map((r) => r.value)).toEqual([120 / 25 - 1, 2, 1, 18 / 12 - 1, 210 / 200 - 1, 900 / 1000 - 1, 18 / 30 - 1].map((g) => expect.closeTo(g, 12)));
  });

  it('has no growth ranking in the first year', () => {
    expect(rank({ layer: 'growth', year: 2022 })).toEqual([]);
  });

  it('ranks the spread layer by 百亿 belts, then sales, then code', () => {
    const rows = rank({ layer: 'spread' });
    // 东莞 (441900) outranks 朝阳区 (110105) on sales at one 百亿 belt each.
    expect(ranks(rows)).toEqual([
      ['330102', 1, 1, 0],
      ['330782', 2, 2, 0],
      ['441900', 3, null, null],
      ['110105', 4, null, null],
    ]);
    expect(rows.map((r) => r.value)).toEqual([2, 2, 1, 1]);
  });

  it.each([
    [{ province: '33' }, [['330102', 1, 1, 0], ['330782', 2, 2, 0], ['330783', 3, 3, 0]]],
    [{ province: '32' }, [['320106', 1, 1, 0]]],
    [{ region: 'northeast' as const }, [['220104', 1, null, null]]],
    [{ province: '62' }, []],
    [{ province: '33', region: 'west' as const }, []],
  ])('ranks within a filter %j, this year and last', (filter, expected) => {
    expect(ranks(rank({ filter }))).toEqual(expected);
  });

  it('returns the top N only, ranks unchanged', () => {
    expect(ranks(rank({ limit: 2 }))).toEqual([['330102', 1, 1, 0], ['330782', 2, 2, 0]]);
    expect(rank({ limit: 0 })).toEqual([]);
  });

  it('ranks provinces by their summed sales', () => {
    const rows = rank({ layer: 'sales' }, 'province');
    expect(rows.map((r) => [r.code, r.name, r.value / YI])).toEqual([
      ['33', '浙江省', 1116],
      ['44', '广东省', 150],
      ['11', '北京市', 120],
      ['32', '江苏省', 18],
      ['35', '福建省', 18],
      ['22', '吉林省', 2],
    ]);
    // 2023: 浙江 1203, 广东 50, 江苏 30, 北京 25, 福建 12; 吉林 had none.
    expect(rows.map((r) => r.previousRank)).toEqual([1, 2, 4, 3, 5, null]);
  });

  it('names places in the language asked for', () => {
    expect(rank({ lang: 'en', limit: 1 }, 'county')[0]).toMatchObject({ name: 'Shangcheng District', context: 'Hangzhou, Zhejiang' });
  });

  it('says which year is missing and when metrics do not match the level', () => {
    expect(() => rank({ year: 2017 })).toThrow('rankPlaces: no data for year 2017 (years 2022, 2023, 2024)');
    const provinces = areaTable(counties, 'province');
    expect(() => rankPlaces(metrics, provinces, { layer: 'sales', year: 2024, limit: 5, lang: 'zh' })).toThrow(
      /metrics hold 17 places, the province table 12/,
    );
  });
});
