import { describe, expect, it } from 'vitest';
import { BELT_VIEW } from '../../support/beltView';
import type { BeltRecord, CountyTableFile, SourceRecord } from '../../../../src/lib/domain/contract';
import { areaTable } from '../../../../src/lib/domain/areas';
import { aggregateMetrics } from '../../../../src/lib/domain/levels';
import { countyPlace } from '../../../../src/lib/domain/places';
import { nationalRank, tooltipContent, type TooltipInput } from '../../../../src/lib/view/tooltip/tooltipContent';
import { makeMetrics } from '../../support/metricsFixture';

const YI = 1e8;
const counties: CountyTableFile = {
  generatedBy: 'test',
  codes: ['330782', '441900', '450202', '610102'],
  names: ['义乌市', '东莞市', '城中区', '新城区'],
  shortNames: ['义乌', '东莞', '城中', '新城'],
  pinyin: ['yi wu', 'dong guan', 'cheng zhong', 'xin cheng'],
  kinds: ['county-city', 'other', 'district', 'district'],
  provinces: ['33', '44', '45', '61'],
  prefectures: ['3307', '4419', '4502', '6101'],
  regions: ['east', 'east', 'west', 'west'],
  labelPoints: [[120.07, 29.3], [113.75, 23.02], [109.4, 24.33], [108.96, 34.27]],
  provinceTable: [
    { code: '33', name: '浙江省', shortName: '浙江', pinyin: 'zhe jiang', region: 'east' },
    { code: '44', name: '广东省', shortName: '广东', pinyin: 'guang dong', region: 'east' },
    { code: '45', name: '广西壮族自治区', shortName: '广西', pinyin: 'guang xi', region: 'west' },
    { code: '61', name: '陕西省', shortName: '陕西', pinyin: 'shan xi', region: 'west' },
  ],
  prefectureTable: [
    { code: '3307', name: '金华市', shortName: '金华', pinyin: 'jin hua', province: '33' },
    { code: '4419', name: '东莞市', shortName: '东莞', pinyin: 'dong guan', province: '44' },
    { code: '4502', name: '柳州市', shortName: '柳州', pinyin: 'liu zhou', province: '45' },
    { code: '6101', name: '西安市', shortName: '西安', pinyin: 'xi an', province: '61' },
  ],
};
const sources: SourceRecord[] = [{ id: 'alires-2021', title: '2021中国数字化产业带报告' }];

// 2019–2020. 义乌 grows past 100 亿 in 2020; 东莞 is new in 2020; 城中区 (柳州) is reported in 2020.
const metrics = makeMetrics({
  years: [2019, 2020],
  sales: [
    [80 * YI, 0, 60 * YI, 0],
    [120 * YI, 3.5e7, 105.6 * YI, 0],
  ],
  firstYearOver100Yi: [2020, null, 2020, null],
  beltCount: [[2, 0, 1, 0], [3, 1, 1, 0]],
  over100YiCount: [[0, 0, 0, 0], [1, 0, 1, 0]],
  provenance: [[1, 0, 1, 0], [3, 1, 2, 0]],
});

const luoshifen: BeltRecord = {
  id: '450202-food', name: { zh: '柳州螺蛳粉', en: 'Liuzhou river-snail noodles' }, countyCode: '450202', categoryId: 'food',
  salesYuan: [60 * YI, 105.6 * YI], merchants: [500, 800], locationQuotient: [5, 6], isBelt: [true, true],
  provenance: ['modeled', 'reported'], sourceIds: [null, 'alires-2021'],
};

const input = (over: Partial<TooltipInput>): TooltipInput => ({
  places: areaTable(counties, 'county'), sources, metrics, placeIndex: 0, yearIndex: 1, layer: 'sales', lang: 'zh', belts: null, ...over, dataset: BELT_VIEW,
});

describe('tooltipContent', () => {
  it('义乌市 on the sales layer, in Chinese', () => {
    expect(tooltipContent(input({}))).toEqual({
      title: '义乌市',
      place: '金华市 · 浙江省',
      rows: [
        { label: '销售额', value: '120亿元' },
        { label: '同比', value: '+50.0%' },
        { label: '全国排名', value: '第 1 / 3' },
        { label: '产业带', value: '3' },
        { label: '百亿产业带', value: '1' },
      ],
      provenance: '部分报告值，部分模型估计',
    });
  });

  it('the same in English, growth layer first', () => {
    const content = tooltipContent(input({ lang: 'en', layer: 'growth' }));
    expect(content.title).toBe('Yiwu City');
    expect(content.place).toBe('Jinhua, Zhejiang');
    expect(content.rows.slice(0, 3)).toEqual([
      { label: 'YoY', value: '+50.0%' },
      { label: 'Sales', value: '12 billion yuan' },
      { label: 'National rank', value: '1 of 3' },
    ]);
    expect(content.provenance).toBe('partly reported, partly modeled');
  });

  it.each([
    { name: 'a new belt', placeIndex: 1, yearIndex: 1, layer: 'sales', row: '同比', value: '新增' },
    { name: 'the first year', placeIndex: 0, yearIndex: 0, layer: 'sales', row: '同比', value: '无数据' },
    { name: 'no belt', placeIndex: 3, yearIndex: 1, layer: 'sales', row: '销售额', value: '该年无产业带' },
    { name: 'spread before crossing', placeIndex: 0, yearIndex: 0, layer: 'spread', row: '首个百亿产业带', value: '尚无' },
    { name: 'spread after crossing', placeIndex: 2, yearIndex: 1, layer: 'spread', row: '首个百亿产业带', value: '2020年' },
  ] as const)('$name', ({ placeIndex, yearIndex, layer, row, value }) => {
    const rows = tooltipContent(input({ placeIndex, yearIndex, layer })).rows;
    expect(rows.find((r) => r.label === row)?.value).toBe(value);
  });

  it('has no rank, counts or provenance for a county without a belt', () => {
    const content = tooltipContent(input({ placeIndex: 3 }));
    expect(content.rows).toHaveLength(1);
    expect(content.provenance).toBeNull();
  });

  it.each([
    { name: 'modeled', placeIndex: 2, yearIndex: 0, belts: null, zh: '模型估计', en: 'modeled' },
    { name: 'reported, sources not yet loaded', placeIndex: 2, yearIndex: 1, belts: null, zh: '报告值', en: 'reported' },
    { name: 'reported with its source', placeIndex: 2, yearIndex: 1, belts: [luoshifen], zh: '报告值（2021中国数字化产业带报告）', en: 'reported (2021中国数字化产业带报告)' },
  ])('provenance: $name', ({ placeIndex, yearIndex, belts, zh, en }) => {
    expect(tooltipContent(input({ placeIndex, yearIndex, belts })).provenance).toBe(zh);
    expect(tooltipContent(input({ placeIndex, yearIndex, belts, lang: 'en' })).provenance).toBe(en);
  });

  it('names a province and gives its summed values at the province level', () => {
    const provinces = areaTable(counties, 'province');
    const content = tooltipContent(input({ places: provinces, metrics: aggregateMetrics(metrics, provinces), placeIndex: provinces.codes.indexOf('45') }));
    expect(content.title).toBe('广西壮族自治区');
    expect(content.place).toBe('');
    expect(content.rows.slice(0, 3)).toEqual([
      { label: '销售额', value: '105.6亿元' },
      { label: '同比', value: '+76.0%' },
      { label: '全国排名', value: '第 2 / 3' },
    ]);
  });
});

describe('nationalRank', () => {
  it.each([
    { sales: [5, 0, 9, 5], county: 0, expected: { rank: 2, total: 3 } },
    { sales: [5, 0, 9, 5], county: 3, expected: { rank: 2, total: 3 } }, // ties share a rank
    { sales: [5, 0, 9, 5], county: 2, expected: { rank: 1, total: 3 } },
    { sales: [5, 0, 9, 5], county: 1, expected: null },
  ])('$sales, county $county', ({ sales, county, expected }) => {
    expect(nationalRank(sales, county)).toEqual(expected);
  });
});

describe('countyPlace', () => {
  it.each([
    { index: 1, zh: '广东省', en: 'Guangdong' }, // 东莞市 is its own prefecture: not repeated
    { index: 2, zh: '柳州市 · 广西壮族自治区', en: 'Liuzhou, Guangxi' },
    { index: 3, zh: '西安市 · 陕西省', en: "Xi'an, Shaanxi" },
  ])('county $index', ({ index, zh, en }) => {
    expect(countyPlace(counties, index, 'zh')).toBe(zh);
    expect(countyPlace(counties, index, 'en')).toBe(en);
  });
});
