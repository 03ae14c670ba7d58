import { describe, expect, it } from 'vitest';
import { curatedInputProblems, type CuratedInputs } from '../../../scripts/lib/sample/curated';
import { generatePanel, type ModelInput } from '../../../scripts/lib/sample/model';
import { MODEL_PARAMS } from '../../../scripts/lib/sample/modelParams';
import { mulberry32, randomStream } from '../../../scripts/lib/sample/prng';
import type { CountyTableFile, RegionId } from '../../../src/lib/domain/contract';

describe('seeded randomness', () => {
  it('mulberry32 repeats for a seed and stays in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(values).size).toBe(1000);
  });
  it('streams differ by key and their normals look standard', () => {
    expect(randomStream(1, '330782-home').next()).not.toBe(randomStream(1, '330782-food').next());
    const random = randomStream(7, 'normal');
    const draws = Array.from({ length: 20000 }, () => random.normal());
    const mean = draws.reduce((s, x) => s + x, 0) / draws.length;
    const variance = draws.reduce((s, x) => s + (x - mean) ** 2, 0) / draws.length;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });
});

/** Three counties: an eastern county-city, a central district, a Hong Kong unit. */
const counties: CountyTableFile = {
  generatedBy: 'test',
  codes: ['330782', '360703', '810101'],
  names: ['义乌市', '南康区', '中西区'],
  shortNames: ['义乌', '南康', '中西'],
  pinyin: ['', '', ''],
  kinds: ['county-city', 'district', 'other'],
  provinces: ['33', '36', '81'],
  prefectures: ['3307', '3607', '8101'],
  regions: ['east', 'central', 'hmt'],
  labelPoints: [
    [120.07, 29.3],
    [114.76, 25.66],
    [114.15, 22.28],
  ],
  provinceTable: [],
  prefectureTable: [],
};

const categories = [
  { id: 'home', zh: '家居日用', en: 'Home', isNewConsumption: false },
  { id: 'furniture', zh: '家具家装', en: 'Furniture', isNewConsumption: false },
];
const years = [2018, 2019, 2020, 2021, 2022, 2023, 2024];

function modelInput(patch: Partial<ModelInput> = {}): ModelInput {
  return {
    counties,
    categories,
    years,
    namedBelts: [
      { countyCode: '330782', categoryId: 'home', name: { zh: '义乌小商品', en: 'Yiwu' }, basis: 'prior', sizeYear: 2023, sizeYi: 900, sourceId: 's', note: '' },
      { countyCode: '360703', categoryId: 'furniture', name: null, basis: 'anchor', sourceId: 's', note: '' },
    ],
    anchors: [{ countyCode: '360703', categoryId: 'furniture', year: 2021, salesYuan: 8.8e9, sourceId: 's', metric: 'test' }],
    outsideRegions: ['hmt'],
    params: MODEL_PARAMS,
    ...patch,
  };
}

describe('generatePanel', () => {
  const rows = generatePanel(modelInput());

  it('places named belts in every year, through their size or anchor', () => {
    const yiwu = rows.filter((r) => r.countyCode === '330782' && r.categoryId === 'home');
    expect(yiwu.map((r) => r.year)).toEqual(years);
    expect(yiwu.find((r) => r.year === 2023)!.salesYuan).toBe(900e8);
    expect(yiwu.every((r) => r.beltName?.zh === '义乌小商品' && r.provenance === 'modeled')).toBe(true);
    const nankang = rows.filter((r) => r.countyCode === '360703' && r.categoryId === 'furniture');
    expect(nankang.find((r) => r.year === 2021)).toMatchObject({ salesYuan: 8.8e9, provenance: 'reported', sourceId: 's' });
    expect(nankang.filter((r) => r.provenance === 'reported')).toHaveLength(1);
    expect(nankang.every((r) => r.merchants >= Math.round(r.salesYuan / 1e6))).toBe(true);
  });

  it('grows central belts faster than eastern ones (same category terms aside)', () => {
    const cagr = (code: string, category: string) => {
      const cell = rows.filter((r) => r.countyCode === code && r.categoryId === category);
      return Math.log(cell.at(-1)!.salesYuan / cell[0]!.salesYuan) / (cell.length - 1);
    };
    expect(cagr('360703', 'furniture')).toBeGreaterThan(cagr('330782', 'home') - MODEL_PARAMS.categories.home!.growth + MODEL_PARAMS.categories.furniture!.growth);
  });

  it('leaves Hong Kong, Macao and Taiwan out, and emits only meaningful, sorted rows', () => {
    expect(rows.some((r) => r.countyCode === '810101')).toBe(false);
    expect(rows.every((r) => r.salesYuan >= MODEL_PARAMS.minRowSalesYuan && Number.isInteger(r.merchants))).toBe(true);
    const keys = rows.map((r) => `${r.countyCode}-${categories.findIndex((c) => c.id === r.categoryId)}-${r.year}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('is deterministic', () => {
    expect(generatePanel(modelInput())).toEqual(rows);
  });

  it('refuses a named belt on an unknown county and a category without parameters', () => {
    const [belt] = modelInput().namedBelts;
    expect(() => generatePanel(modelInput({ namedBelts: [{ ...belt!, countyCode: '999999' }] }))).toThrow(/999999/);
    expect(() => generatePanel(modelInput({ categories: [{ id: 'toys', zh: '', en: '', isNewConsumption: false }] }))).toThrow(/"toys"/);
  });
});

describe('curatedInputProblems names every problem', () => {
  const good: CuratedInputs = {
    categories,
    sources: [{ id: 's', title: 'source' }],
    years,
    namedBelts: modelInput().namedBelts,
    anchors: modelInput().anchors,
    outsideRegions: ['hmt'],
  };
  it('accepts consistent inputs', () => {
    expect(curatedInputProblems(good, counties)).toEqual([]);
  });
  const cases: [string, Partial<CuratedInputs>, RegExp][] = [
    ['unknown county', { namedBelts: [{ ...good.namedBelts[0]!, countyCode: '330799' }] }, /330799.*not in counties\.json/],
    ['unknown category', { namedBelts: [{ ...good.namedBelts[0]!, categoryId: 'toys' }] }, /unknown category/],
    ['duplicate belt', { namedBelts: [good.namedBelts[0]!, good.namedBelts[0]!, good.namedBelts[1]!] }, /second entry/],
    ['size outside years', { namedBelts: [{ ...good.namedBelts[0]!, sizeYear: 2030 }, good.namedBelts[1]!] }, /needs sizeYear/],
    ['anchor basis without anchor', { anchors: [] }, /basis "anchor" but no anchor/],
    ['anchor with unknown source', { anchors: [{ ...good.anchors[0]!, sourceId: 'nope' }] }, /unknown source nope/],
    ['belt outside the covered regions', { namedBelts: [{ ...good.namedBelts[0]!, countyCode: '810101' }, good.namedBelts[1]!] }, /810101.*region outside the dataset/],
    ['unknown outside region', { outsideRegions: ['mars' as RegionId] }, /outsideRegions: "mars" is no region/],
    ['two anchors for one belt', { anchors: [good.anchors[0]!, { ...good.anchors[0]!, year: 2022 }] }, /second anchor/],
  ];
  it.each(cases)('%s', (_label, patch, message) => {
    expect(curatedInputProblems({ ...good, ...patch }, counties).join('\n')).toMatch(message);
  });
});
