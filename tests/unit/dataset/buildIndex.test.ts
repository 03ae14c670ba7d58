import { describe, expect, it } from 'vitest';
import { buildIndex, type IndexInput } from '../../../src/lib/dataset/buildIndex';
import type { BeltsFile, CountyTableFile, DatasetMeta, MetricsFile, PanelRow } from '../../../src/lib/domain/contract';

/** A four-county table: enough to check every aggregate by hand. */
function countyTable(): CountyTableFile {
  const counties = [
    { code: '110101', kind: 'district', region: 'east', point: [116, 40] },
    { code: '330782', kind: 'county-city', region: 'east', point: [120, 29] },
    { code: '360703', kind: 'district', region: 'central', point: [114, 26] },
    { code: '810101', kind: 'other', region: 'hmt', point: [114.2, 22.3] },
  ] as const;
  return {
    generatedBy: 'test',
    codes: counties.map((c) => c.code),
    names: counties.map((c) => c.code),
    shortNames: counties.map((c) => c.code),
    pinyin: counties.map(() => ''),
    kinds: counties.map((c) => c.kind),
    provinces: counties.map((c) => c.code.slice(0, 2)),
    prefectures: counties.map((c) => c.code.slice(0, 4)),
    regions: counties.map((c) => c.region),
    labelPoints: counties.map((c) => [...c.point]),
    provinceTable: [],
    prefectureTable: [],
  };
}

function row(countyCode: string, categoryId: string, year: number, salesYuan: number, merchants: number, extra: Partial<PanelRow> = {}): PanelRow {
  return { countyCode, categoryId, year, salesYuan, merchants, provenance: 'modeled', ...extra };
}

function input(rows: PanelRow[], patch: Partial<IndexInput> = {}): IndexInput {
  return {
    rows,
    counties: countyTable(),
    categories: [
      { id: 'apparel', zh: '服饰鞋包', en: 'Apparel', isNewConsumption: false },
      { id: 'pets', zh: '宠物用品', en: 'Pets', isNewConsumption: true },
    ],
    years: [2020, 2021, 2022],
    sources: [{ id: 'src-a', title: 'A report' }],
    title: { zh: '测试', en: 'Test' },
    description: { zh: '测试', en: 'Test' },
    isIllustrative: true,
    generatedBy: 'tests',
    ...patch,
  };
}

const ROWS: PanelRow[] = [
  // 110101 apparel: belt on sales + merchants; 百亿 in 2021 and 2022.
  row('110101', 'apparel', 2020, 2e8, 150),
  row('110101', 'apparel', 2021, 1.2e10, 5000),
  row('110101', 'apparel', 2022, 1.5e10, 6000),
  // 110101 pets: tiny, never a belt.
  row('110101', 'pets', 2021, 1e6, 3),
  // 330782 pets: only specialisation + merchants (sales < 1 亿); reported in 2022.
  row('330782', 'pets', 2021, 5e7, 120, { beltName: { zh: '某宠物带', en: 'Some pet belt' } }),
  row('330782', 'pets', 2022, 8e7, 130, { provenance: 'reported', sourceId: 'src-a', beltName: { zh: '某宠物带', en: 'Some pet belt' } }),
  // 330782 apparel: 百亿 from 2022; with the pets belt the county is mixed in 2022.
  row('330782', 'apparel', 2022, 1.1e10, 4000),
  // 360703 apparel: a belt only in 2022 (2021 below every threshold but LQ).
  row('360703', 'apparel', 2021, 5e7, 20),
  row('360703', 'apparel', 2022, 1.3e10, 900),
];

describe('buildIndex on a hand-checked panel', () => {
  const files = buildIndex(input(ROWS));
  const meta = files.get('meta.json') as DatasetMeta;
  const all = files.get('metrics-all.json') as MetricsFile;
  const pets = files.get('metrics-pets.json') as MetricsFile;
  const belts = files.get('belts.json') as BeltsFile;

  it('writes meta, one metrics file per category plus all, and belts, in that order', () => {
    expect([...files.keys()]).toEqual(['meta.json', 'metrics-all.json', 'metrics-apparel.json', 'metrics-pets.json', 'belts.json']);
    expect(meta.metricsFiles).toEqual({ all: 'metrics-all.json', apparel: 'metrics-apparel.json', pets: 'metrics-pets.json' });
    expect(meta.beltRule.minConditionsMet).toBe(2);
    expect(meta.isIllustrative).toBe(true);
  });

  it('writes the regions the dataset does not cover into meta, none when the input names none', () => {
    expect(meta.outsideRegions).toEqual([]);
    const outside = buildIndex(input(ROWS, { outsideRegions: ['hmt'] })).get('meta.json') as DatasetMeta;
    expect(outside.outsideRegions).toEqual(['hmt']);
  });

  it('sums belt sales per county in 万元, counting only cells that are belts', () => {
    expect(all.salesWan).toEqual([
      [2e4, 0, 0, 0],
      [1.2e6, 5e3, 0, 0],
      [1.5e6, 1.1e6 + 8e3, 1.3e6, 0],
    ]);
    expect(all.beltCount).toEqual([
      [1, 0, 0, 0],
      [1, 1, 0, 0],
      [1, 2, 1, 0],
    ]);
  });

  it('growth is null without previous-year belt sales, else the fraction', () => {
    expect(all.growth[0]).toEqual([null, null, null, null]);
    expect(all.growth[1]).toEqual([59, null, null, null]);
    expect(all.growth[2]![0]).toBeCloseTo(0.25, 4);
    // (110 亿 + 0.8 亿) / 0.5 亿 − 1
    expect(all.growth[2]![1]).toBe(220.6);
    expect(all.growth[2]![2]).toBeNull(); // new in 2022
  });

  it('provenance codes: 0 none, 1 modeled, 2 reported, 3 mixed', () => {
    expect(all.provenance).toEqual([
      [1, 0, 0, 0],
      [1, 1, 0, 0],
      [1, 3, 1, 0],
    ]);
    expect(pets.provenance[2]).toEqual([0, 2, 0, 0]);
  });

  it('百亿 counts, first year, centre and regions', () => {
    expect(all.over100YiCount).toEqual([
      [0, 0, 0, 0],
      [1, 0, 0, 0],
      [1, 1, 1, 0],
    ]);
    expect(all.firstYearOver100Yi).toEqual([2021, 2022, 2022, null]);
    expect(all.over100YiCentres.map((c) => c.year)).toEqual([2021, 2022]);
    expect(all.over100YiCentres[0]).toEqual({ year: 2021, lng: 116, lat: 40, beltCount: 1 });
    // Sales-weighted: (150 亿 × 116° + 110 亿 × 120° + 130 亿 × 114°) / 390 亿 = 116.46154°, kept to 4 decimals.
    expect(all.over100YiCentres[1]!.lng).toBe(116.4615);
    expect(all.over100YiCentres[1]!.beltCount).toBe(3);
    expect(all.over100YiCountiesByRegion).toEqual([
      { year: 2020, east: 0, central: 0, west: 0, northeast: 0 },
      { year: 2021, east: 1, central: 0, west: 0, northeast: 0 },
      { year: 2022, east: 2, central: 1, west: 0, northeast: 0 },
    ]);
  });

  it('belts.json lists every (county, category) that is a belt in some year, with per-year detail', () => {
    expect(belts.belts.map((b) => b.id)).toEqual(['110101-apparel', '330782-apparel', '330782-pets', '360703-apparel']);
    const pet = belts.belts[2]!;
    expect(pet.name).toEqual({ zh: '某宠物带', en: 'Some pet belt' });
    expect(pet.salesYuan).toEqual([null, 5e7, 8e7]);
    expect(pet.isBelt).toEqual([false, true, true]);
    expect(pet.provenance).toEqual([null, 'modeled', 'reported']);
    expect(pet.sourceIds).toEqual([null, null, 'src-a']);
    expect(pet.locationQuotient[1]).toBeGreaterThanOrEqual(2);
    expect(belts.belts[3]!.isBelt).toEqual([false, false, true]);
  });
});

describe('buildIndex rejects inconsistent input, naming the problem', () => {
  const cases: [string, IndexInput, RegExp][] = [
    ['unknown county', input([row('999999', 'apparel', 2020, 1, 1)]), /999999.*unknown county/],
    ['unknown category', input([row('110101', 'toys', 2020, 1, 1)]), /unknown category/],
    ['year out of range', input([row('110101', 'apparel', 2019, 1, 1)]), /year outside 2020–2022/],
    ['negative sales', input([row('110101', 'apparel', 2020, -5, 1)]), /sales -5/],
    ['fractional merchants', input([row('110101', 'apparel', 2020, 5, 1.5)]), /merchants 1.5/],
    ['duplicate row', input([row('110101', 'apparel', 2020, 1, 1), row('110101', 'apparel', 2020, 2, 2)]), /duplicate/],
    ['reported without source', input([row('110101', 'apparel', 2020, 1, 1, { provenance: 'reported' })]), /without a known source/],
    ['reported with unknown source', input([row('110101', 'apparel', 2020, 1, 1, { provenance: 'reported', sourceId: 'x' })]), /"x"/],
    ['modeled with source', input([row('110101', 'apparel', 2020, 1, 1, { sourceId: 'src-a' })]), /modeled value carries a source/],
    ['row in a region outside the dataset', input([row('810101', 'apparel', 2020, 1, 1)], { outsideRegions: ['hmt'] }), /810101.*outside the dataset \(hmt\)/],
    ['gap in years', input([], { years: [2020, 2022] }), /consecutive/],
    ['category id "all"', input([], { categories: [{ id: 'all', zh: '', en: '', isNewConsumption: false }] }), /category id "all"/],
    [
      'two names for one belt',
      input([
        row('110101', 'apparel', 2020, 2e8, 150, { beltName: { zh: '甲', en: 'A' } }),
        row('110101', 'apparel', 2021, 2e8, 150, { beltName: { zh: '乙', en: 'B' } }),
      ]),
      /named both "甲" and "乙"/,
    ],
  ];
  it.each(cases)('%s', (_label, bad, message) => {
    expect(() => buildIndex(bad)).toThrow(message);
  });
});
