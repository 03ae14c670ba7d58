import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CountyTableFile } from '../../../src/lib/domain/contract';
import type { DatasetDescriptor, DatasetDetailsFile, DatasetMetricsFile } from '../../../src/lib/domain/datasetContract';
import { buildTaobaoVillages, OUTPUT_DIR, readInputTexts } from '../../../scripts/lib/taobaoVillages/buildTaobaoVillages';
import { serialiseDatasetFiles } from '../../../scripts/lib/datasetFiles';

const counties = JSON.parse(readFileSync('geodata/index/counties.json', 'utf8')) as CountyTableFile;
const read = <T>(name: string) => JSON.parse(readFileSync(join(OUTPUT_DIR, name), 'utf8')) as T;
const meta = read<DatasetDescriptor>('meta.json');
const metrics = read<DatasetMetricsFile>('metrics.json');
const details = read<DatasetDetailsFile>('details.json');

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
const indexOf = (code: string) => counties.codes.indexOf(code);
/** A county's value in each year, as [2014, 2015, 2016]. */
const perYear = <T>(arrays: T[][], code: string) => arrays.map((perCounty) => perCounty[indexOf(code)]);

describe('the committed 淘宝村 dataset against the published figures', () => {
  it('has 212, 780 and 1,311 villages in 2014, 2015 and 2016', () => {
    expect(metrics.years).toEqual([2014, 2015, 2016]);
    expect(metrics.values.map(sum)).toEqual([212, 780, 1311]);
  });

  it('has 135 淘宝镇 in 2016 and no town list in 2014 and 2015', () => {
    expect(metrics.towns.map((perCounty) => (perCounty === null ? null : sum(perCounty)))).toEqual([null, null, 135]);
  });

  it('has the 2016 provincial counts of the report: 浙江 506, 广东 262, 江苏 201', () => {
    const inProvince = (province: string) => sum(metrics.values[2]!.filter((_value, i) => counties.provinces[i] === province));
    expect([inProvince('33'), inProvince('44'), inProvince('32')]).toEqual([506, 262, 201]);
  });

  it('gives 曹县 (371721) 7, 34 and 48 villages, growth then, 6 淘宝镇 in 2016 and 2014 as its first year', () => {
    expect(perYear(metrics.values, '371721')).toEqual([7, 34, 48]);
    expect(perYear(metrics.growth, '371721')).toEqual([null, 3.8571, 0.4118]);
    expect(metrics.towns[2]![indexOf('371721')]).toBe(6);
    expect(metrics.firstYear[indexOf('371721')]).toBe(2014);
  });

  it('gives a county absent from a year\'s list 0 that year as a reported value, and "new" in the year it first appears', () => {
    // 房山区 (Beijing) first appears on the 2015 list.
    expect(perYear(metrics.values, '110111')).toEqual([0, 1, 1]);
    expect(perYear(metrics.provenance, '110111')).toEqual([2, 2, 2]);
    expect(perYear(metrics.growth, '110111')).toEqual([null, 'new', 0]);
    expect(metrics.firstYear[indexOf('110111')]).toBe(2015);
    // 东城区 is on no list: 0 every year, reported, never reached.
    expect(perYear(metrics.values, '110101')).toEqual([0, 0, 0]);
    expect(perYear(metrics.provenance, '110101')).toEqual([2, 2, 2]);
    expect(metrics.firstYear[indexOf('110101')]).toBeNull();
  });

  it('leaves Hong Kong, Macao and Taiwan without a value, since the lists cover the mainland', () => {
    expect(perYear(metrics.provenance, '810101')).toEqual([0, 0, 0]);
  });

  it('counts 80, 100 and 49 counties newly reached by region, and 80, 180 and 217 holding villages', () => {
    expect(metrics.newCountiesByRegion).toEqual([
      { year: 2014, east: 77, central: 2, west: 1, northeast: 0 },
      { year: 2015, east: 86, central: 9, west: 3, northeast: 2 },
      { year: 2016, east: 43, central: 6, west: 0, northeast: 0 },
    ]);
    expect(metrics.countiesByRegion.map(({ year, ...regions }) => [year, sum(Object.values(regions))])).toEqual([
      [2014, 80],
      [2015, 180],
      [2016, 217],
    ]);
  });

  it('moves the village-weighted centre east from 117.55°E (2014) to 118.19°E (2016)', () => {
    expect(metrics.centres).toEqual([
      { year: 2014, lng: 117.5451, lat: 29.1617, weight: 212 },
      { year: 2015, lng: 118.1126, lat: 29.5417, weight: 780 },
      { year: 2016, lng: 118.1898, lat: 29.5141, weight: 1311 },
    ]);
  });

  it('lists each county\'s villages by year with the county name as printed where it differs', () => {
    const zengcheng = details.counties['440118']!;
    expect(zengcheng.villages.filter((village) => village.year === 2014).length).toBe(9);
    expect(zengcheng.villages[0]).toMatchObject({ year: 2014, listedCounty: '增城市' });
    const villages = Object.values(details.counties).flatMap((county) => county.villages);
    expect(villages.length).toBe(2303);
    expect(villages.filter((village) => village.mainProduct !== undefined).length).toBe(212);
    expect(sum(Object.values(details.counties).map((county) => county.towns.length))).toBe(135);
  });

  it('gives each 淘宝镇 as many villages on the 2016 list as the town list prints for it', () => {
    const mismatches = Object.entries(details.counties).flatMap(([code, county]) =>
      county.towns.flatMap((town) => {
        const listed = county.villages.filter((village) => village.year === 2016 && village.town === town.town).length;
        return listed === town.villages ? [] : [`${code} ${town.town}: ${town.villages} printed, ${listed} listed`];
      }),
    );
    expect(mismatches).toEqual([]);
  });

  it('declares a real count measured in 个 with a spread threshold of 1 village and a source for every year', () => {
    expect(meta).toMatchObject({
      id: 'taobao-villages',
      isIllustrative: false,
      years: [2014, 2015, 2016],
      categories: [],
      spreadThreshold: 1,
      yearSourceIds: ['aliresearch-2014', 'aliresearch-2015', 'aliresearch-2016'],
      measure: { id: 'villages', unit: 'count', unitLabel: { zh: '个', en: 'villages' } },
    });
    expect(meta.nationalSeries.map(({ year, value }) => [year, value])).toEqual([
      [2014, 212], [2015, 780], [2016, 1311], [2017, 2118], [2018, 3202], [2019, 4310], [2020, 5425], [2021, 7023], [2022, 7780],
    ]);
    expect(meta.reportedCountyPoints.map(({ countyCode, year, value }) => `${countyCode} ${year} ${value}`)).toEqual([
      '330782 2017 104', '331081 2017 75', '371721 2017 74', '330782 2021 197',
    ]);
  });
});

describe('the 淘宝村 build is deterministic', () => {
  const first = serialiseDatasetFiles(buildTaobaoVillages(readInputTexts(), counties).files);
  const second = serialiseDatasetFiles(buildTaobaoVillages(readInputTexts(), counties).files);

  it('two builds give identical bytes, equal to the committed files (rerun npm run build:taobao-villages if not)', () => {
    expect([...first.keys()]).toEqual(['meta.json', 'metrics.json', 'details.json']);
    for (const [name, text] of first) {
      expect(second.get(name) === text, name).toBe(true);
      expect(readFileSync(join(OUTPUT_DIR, name), 'utf8') === text, name).toBe(true);
    }
  });
});
