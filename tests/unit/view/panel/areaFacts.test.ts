import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDatasetDescriptor, decodeDatasetMetrics, listedDataset } from '../../../../src/lib/data/decodeDataset';
import { areaTable } from '../../../../src/lib/domain/areas';
import type { CountyTableFile } from '../../../../src/lib/domain/contract';
import { BELT_SALES_MEASURE, beltWords } from '../../../../src/lib/domain/datasets';
import { aggregateMetrics } from '../../../../src/lib/domain/levels';
import { areaFacts } from '../../../../src/lib/view/panel/areaFacts';
import { tooltipContent, type TooltipInput } from '../../../../src/lib/view/tooltip/tooltipContent';
import { makeMetrics } from '../../support/metricsFixture';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const counties = read('geodata/index/counties.json') as CountyTableFile;
const villages = listedDataset(decodeDatasetDescriptor(read('geodata/datasets/taobao-villages/meta.json')));
const provinces = areaTable(counties, 'province');
const provinceMetrics = aggregateMetrics(
  decodeDatasetMetrics(read('geodata/datasets/taobao-villages/metrics.json'), villages.years, counties.codes.length),
  provinces,
);
const input = (code: string, over: Partial<TooltipInput> = {}): TooltipInput => ({
  places: provinces, sources: villages.sources, metrics: provinceMetrics, placeIndex: provinces.codes.indexOf(code),
  yearIndex: 2, layer: 'sales', lang: 'zh', belts: null, ...over,
});

describe('areaFacts for the 淘宝村 lists, by province', () => {
  it('gives 浙江 in 2016 its 506 villages, first of the provinces, with the year’s list as source', () => {
    const facts = areaFacts(input('33'), villages);
    expect(facts.title).toBe('浙江省');
    expect(facts.rows.map((row) => [row.label, row.value])).toEqual([
      ['淘宝村数量', '506个'],
      ['同比', '+80.7%'],
      ['全国排名', '第 1 / 18'],
    ]);
    expect(facts.provenance).toBe('报告值（阿里研究院《中国淘宝村研究报告(2016)》附录:淘宝村名单、淘宝镇名单）');
  });

  it('writes the values in English and, on the spread layer, the year of the first village first', () => {
    const facts = areaFacts(input('44', { lang: 'en', layer: 'spread' }), villages);
    expect(facts.rows.slice(0, 2).map((row) => [row.label, row.value])).toEqual([
      ['Year of the first Taobao village', '2014'],
      ['Taobao villages', '262 villages'],
    ]);
  });

  it('gives a province on no list its reported 0 and no rank', () => {
    const facts = areaFacts(input('54'), villages);
    expect(facts.rows.map((row) => [row.label, row.value])).toEqual([['淘宝村数量', '0个']]);
    expect(facts.provenance).toContain('报告值');
  });
});

describe('areaFacts for the belt model', () => {
  it('are the tooltip’s facts, belt counts included', () => {
    const metrics = makeMetrics({
      years: [2019, 2020],
      sales: [[80e8, 0], [120e8, 3.5e7]],
      firstYearOver100Yi: [2020, null],
      beltCount: [[2, 0], [3, 1]],
      over100YiCount: [[0, 0], [1, 0]],
      provenance: [[1, 0], [1, 1]],
    });
    const beltCounties = { ...counties, codes: counties.codes.slice(0, 2) } as CountyTableFile;
    const beltInput: TooltipInput = {
      places: areaTable(beltCounties, 'county'), sources: [], metrics, placeIndex: 0, yearIndex: 1, layer: 'sales', lang: 'zh', belts: null,
    };
    const belts: Parameters<typeof areaFacts>[1] = {
      detailsKind: 'belts', measure: BELT_SALES_MEASURE, words: beltWords(), years: [2019, 2020], yearSourceIds: [null, null], sources: [],
    };
    expect(areaFacts(beltInput, belts)).toEqual(tooltipContent(beltInput));
    expect(areaFacts(beltInput, belts).rows.map((row) => row.label)).toEqual([
      '销售额', '同比', '全国排名', '产业带', '百亿产业带',
    ]);
  });
});
