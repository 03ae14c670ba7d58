import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  decodeCatalogue,
  decodeDatasetDescriptor,
  decodeDatasetDetails,
  decodeDatasetMetrics,
  listedDataset,
} from '../../../src/lib/data/decodeDataset';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const DIR = 'geodata/datasets/taobao-villages';
const meta = read(`${DIR}/meta.json`) as Record<string, unknown>;
const countyCount = (read('geodata/index/counties.json') as { codes: string[] }).codes.length;

describe('the committed 淘宝村 dataset decodes', () => {
  it('as a real dataset of counts, 2014–2016, spread from the first village', () => {
    const dataset = listedDataset(decodeDatasetDescriptor(meta));
    expect(dataset.id).toBe('taobao-villages');
    expect(dataset.isIllustrative).toBe(false);
    expect(dataset.years).toEqual([2014, 2015, 2016]);
    expect(dataset.measure.unit).toBe('count');
    expect(dataset.spreadThreshold).toBe(1);
    expect(dataset.beltRule).toBeNull();
    expect(dataset.detailsKind).toBe('listed');
    expect(dataset.words.valueLayer).toEqual({ zh: '淘宝村数量', en: 'Taobao villages' });
  });

  it('with values summing to the published totals and 曹县 (371721) at 7, 34 and 48 villages', () => {
    const metrics = decodeDatasetMetrics(read(`${DIR}/metrics.json`), [2014, 2015, 2016], countyCount);
    const total = (y: number) => metrics.values[y]!.reduce((sum, v) => sum + v, 0);
    expect([0, 1, 2].map(total)).toEqual([212, 780, 1311]);
    const codes = (read('geodata/index/counties.json') as { codes: string[] }).codes;
    const caoxian = codes.indexOf('371721');
    expect(metrics.values.map((year) => year[caoxian])).toEqual([7, 34, 48]);
    expect(metrics.growth.every((year) => year.every((g) => g === null || typeof g === 'number'))).toBe(true);
    expect(metrics.beltCount).toBeNull();
  });

  it('with details keyed by county', () => {
    const details = decodeDatasetDetails(read(`${DIR}/details.json`), [2014, 2015, 2016]);
    expect(details.counties['371721']?.villages.filter((v) => v.year === 2016)).toHaveLength(48);
  });
});

describe('decodeDatasetDescriptor', () => {
  it.each([
    ['an id that is a path', { ...meta, id: '../x' }, /dataset "id" \(a-z, 0-9 and -\)/],
    ['a gap in the years', { ...meta, years: [2014, 2016] }, /consecutive integers; got 2016 at position 1/],
    ['an unknown unit', { ...meta, measure: { ...(meta.measure as object), unit: 'kg' } }, /unit of "count", "yuan", "percent", "number"/],
    ['a missing word', { ...meta, words: { ...(meta.words as object), notYet: undefined } }, /"words.notYet" must give the word/],
    ['no spread threshold', { ...meta, spreadThreshold: 0 }, /"spreadThreshold" must be a positive number/],
    ['no metrics file', { ...meta, metricsFile: undefined }, /"metricsFile" and "detailsFile" must be file names/],
  ])('rejects %s', (_case, json, message) => {
    expect(() => decodeDatasetDescriptor(json)).toThrow(message);
  });
});

describe('decodeDatasetMetrics', () => {
  const metrics = read(`${DIR}/metrics.json`) as Record<string, unknown>;
  it.each([
    ['other years', [2015, 2016, 2017], /years 2014, 2015, 2016 differ from the dataset's 2015, 2016, 2017/],
  ])('rejects %s', (_case, years, message) => {
    expect(() => decodeDatasetMetrics(metrics, years, countyCount)).toThrow(message);
  });
  it('rejects a county count that does not match', () => {
    expect(() => decodeDatasetMetrics(metrics, [2014, 2015, 2016], 10)).toThrow(/"values" for 2014 must have 10 counties/);
  });
});

describe('decodeCatalogue', () => {
  it('reads the committed catalogue: the belt model first, then 淘宝村', () => {
    const catalogue = decodeCatalogue(read('geodata/datasets.json'));
    expect(catalogue.datasets.map((d) => [d.id, d.metaFile, d.isIllustrative])).toEqual([
      ['belts', 'index/meta.json', true],
      ['taobao-villages', 'datasets/taobao-villages/meta.json', false],
    ]);
  });
  it.each([
    ['no datasets', { datasets: [] }, /non-empty "datasets"/],
    ['a bad id', { datasets: [{ id: '<b>', metaFile: 'x.json' }] }, /datasets\[0\] must have an "id"/],
    ['an id twice', { datasets: [{ id: 'a', metaFile: 'a.json' }, { id: 'a', metaFile: 'b.json' }] }, /dataset "a" appears twice/],
  ])('rejects %s', (_case, json, message) => {
    expect(() => decodeCatalogue(json)).toThrow(message);
  });
});
