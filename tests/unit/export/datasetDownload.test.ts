/**
 * "Download the data": the whole-dataset rows (one row builder with the view CSV), the CSV and JSON
 * files the build serves at data/<dataset>.csv and .json, and that the same geodata give the same bytes.
 */
import { describe, expect, it } from 'vitest';
import { dataDownloadFiles } from '../../../scripts/lib/dataDownloads';
import { dataDownloadPaths, datasetCsv, datasetJson, datasetTable, missingText } from '../../../src/lib/export/datasetDownload';
import { readTaobaoVillages } from '../support/taobaoVillages';

const files = dataDownloadFiles('geodata');
const csvLines = (path: string) => files.get(path)!.replace(/^\uFEFF/, '').split('\r\n');
const rowsOf = (path: string, code: string) => csvLines(path).filter((line) => line.startsWith(`${code},`));

describe('the data download files', () => {
  it('are one CSV and one JSON per dataset of the catalogue, at the documented paths', () => {
    expect([...files.keys()]).toEqual(['data/belts.csv', 'data/belts.json', 'data/taobao-villages.csv', 'data/taobao-villages.json']);
    expect(dataDownloadPaths('taobao-villages')).toEqual({ csv: 'data/taobao-villages.csv', json: 'data/taobao-villages.json' });
  });

  it('name each column with its unit: sales_yuan, growth_percent, villages_count', () => {
    expect(files.get('data/belts.csv')!.startsWith('\uFEFFcode,name,name_pinyin,province,prefecture,region,year,category,sales_yuan,growth_percent,growth_status,belt_count,over_100yi_belt_count,first_year_over_100yi,provenance,source_ids,sources\r\n')).toBe(true);
    expect(csvLines('data/taobao-villages.csv')[0]).toBe(
      'code,name,name_pinyin,province,prefecture,region,year,category,villages_count,growth_percent,growth_status,first_year_villages,provenance,source_ids,sources',
    );
  });

  it('give 曹县 in every year of the 淘宝村 lists, each with its list as the source', () => {
    expect(rowsOf('data/taobao-villages.csv', '371721')).toEqual([
      '371721,曹县,cao xian,山东省,菏泽市,east,2014,all,7,,no-data,2014,reported,aliresearch-2014,阿里研究院《中国淘宝村研究报告(2014)》附录:淘宝村名单',
      '371721,曹县,cao xian,山东省,菏泽市,east,2015,all,34,385.71,value,2014,reported,aliresearch-2015,阿里研究院《中国淘宝村研究报告(2015)》附录:淘宝村名单',
      '371721,曹县,cao xian,山东省,菏泽市,east,2016,all,48,41.18,value,2014,reported,aliresearch-2016,阿里研究院《中国淘宝村研究报告(2016)》附录:淘宝村名单、淘宝镇名单',
    ]);
  });

  it('tell no data (empty) from a reported 0: 高雄市 is not on the lists, 东城区 is listed with none', () => {
    expect(rowsOf('data/taobao-villages.csv', '710001')[0]).toBe('710001,高雄市,gao xiong,台湾省,台湾省,hmt,2014,all,,,no-data,,,,');
    expect(rowsOf('data/taobao-villages.csv', '110101')[0]).toBe(
      '110101,东城区,dong cheng,北京市,北京市,east,2014,all,0,,none,,reported,aliresearch-2014,阿里研究院《中国淘宝村研究报告(2014)》附录:淘宝村名单',
    );
  });

  it('give 曹县\'s belt sales in every year for all categories, then per category where it has a belt', () => {
    const caoxian = rowsOf('data/belts.csv', '371721');
    expect(caoxian.map((line) => line.split(',')[7])).toEqual([...Array(7).fill('all'), ...Array(7).fill('apparel'), ...Array(7).fill('home'), ...Array(7).fill('hanfu')]);
    expect(caoxian.slice(0, 2)).toEqual([
      '371721,曹县,cao xian,山东省,菏泽市,east,2018,all,1182310000,,no-data,1,0,2024,modeled,,',
      '371721,曹县,cao xian,山东省,菏泽市,east,2019,all,1715300000,45.08,value,1,0,2024,modeled,,',
    ]);
    expect(caoxian[27]).toBe('371721,曹县,cao xian,山东省,菏泽市,east,2024,hanfu,11956880000,49.46,value,1,1,2024,modeled,,');
    // No belt is a 0 of the model; outside the model (Hong Kong) is no data.
    expect(rowsOf('data/belts.csv', '110101')[0]).toBe('110101,东城区,dong cheng,北京市,北京市,east,2018,all,0,,no-belt,0,0,,,,');
    expect(rowsOf('data/belts.csv', '810101')[0]).toBe('810101,中西区,zhong xi,香港特别行政区,香港特别行政区,hmt,2018,all,,,no-data,,,,,,');
  });

  it('hold the same rows in the JSON, with null for an empty cell, and an about block naming terms, sources and columns', () => {
    const json = JSON.parse(files.get('data/taobao-villages.json')!);
    expect(json.columns).toEqual(csvLines('data/taobao-villages.csv')[0]!.split(','));
    expect(json.rows).toHaveLength(2891 * 3);
    expect(json.rows.find((row: unknown[]) => row[0] === '710001')).toEqual(['710001', '高雄市', 'gao xiong', '台湾省', '台湾省', 'hmt', 2014, 'all', null, null, 'no-data', null, '', '', '']);
    expect(json.about.files).toEqual({ csv: 'data/taobao-villages.csv', json: 'data/taobao-villages.json' });
    expect(json.about.columns[8]).toEqual({ name: 'villages_count', unit: 'count', meaning: 'Taobao villages (villages)' });
    expect(json.about.sources.map((source: { id: string }) => source.id)).toContain('aliresearch-2016');
    expect(json.about.terms).toMatch(/^Counts of the villages on AliResearch’s/);
  });

  it('are the same bytes when made again from the same geodata', () => {
    const again = dataDownloadFiles('geodata');
    for (const [path, text] of files) expect(again.get(path) === text, path).toBe(true);
  });
});

describe('datasetTable', () => {
  it('refuses metrics that are not the dataset\'s category sets', () => {
    const { meta, counties, metrics } = readTaobaoVillages();
    const input = { dataset: meta, counties, metrics: [metrics, metrics], belts: [], generatedBy: 'test' };
    expect(() => datasetTable(input)).toThrow('datasetTable: metrics for all, all; expected all');
  });

  it('writes a formula-like text inert and quotes a comma, as the view CSV does', () => {
    const table = { columns: ['code', 'name'], rows: [['000001', '=1+1'], ['000002', 'a,b']] };
    expect(datasetCsv(table)).toBe('\uFEFFcode,name\r\n000001,"\'=1+1"\r\n000002,"a,b"\r\n');
    const { meta, counties, metrics } = readTaobaoVillages();
    const json = datasetJson({ dataset: meta, counties, metrics: [metrics], belts: [], generatedBy: 'test' }, table);
    expect(json.endsWith('  "rows": [\n    ["000001","=1+1"],\n    ["000002","a,b"]\n  ]\n}\n')).toBe(true);
  });
});

describe('missingText: what an empty cell means, from the regions the dataset declares outside it', () => {
  const { meta } = readTaobaoVillages();
  it.each([
    {
      name: 'the belt model, Hong Kong, Macao and Taiwan outside it',
      dataset: { ...meta, detailsKind: 'belts' as const, outsideRegions: ['hmt' as const] },
      text: 'A county without a belt has sales_yuan 0 and an empty provenance. The counties of Hong Kong, Macao and Taiwan (region hmt) lie outside the dataset: their values are empty (no data) in every year. An empty growth_percent is undefined (see growth_status); an empty first year was never reached.',
    },
    {
      name: 'a dataset of belts declaring no region outside it',
      dataset: { ...meta, detailsKind: 'belts' as const, outsideRegions: [] },
      text: 'A county without a belt has sales_yuan 0 and an empty provenance. An empty growth_percent is undefined (see growth_status); an empty first year was never reached.',
    },
    {
      name: '淘宝村 (listed, no outsideRegions)',
      dataset: meta,
      text: 'An empty cell (JSON null) is no data: the dataset does not cover the county that year. A 0 is a value: with provenance "reported" the source lists the county with none.',
    },
    {
      name: 'a listed dataset declaring the northeast outside it',
      dataset: { ...meta, outsideRegions: ['northeast' as const] },
      text: 'An empty cell (JSON null) is no data: the dataset does not cover the county that year. A 0 is a value: with provenance "reported" the source lists the county with none. The counties of the northeast (东北) (region northeast) lie outside the dataset: their values are empty (no data) in every year.',
    },
  ])('$name', ({ dataset, text }) => {
    expect(missingText(dataset)).toBe(text);
  });

  it('is what the JSON files say: the belt model names Hong Kong, Macao and Taiwan from its meta, 淘宝村 names none', () => {
    expect(JSON.parse(files.get('data/belts.json')!).about.missing).toContain('The counties of Hong Kong, Macao and Taiwan (region hmt) lie outside the dataset');
    expect(JSON.parse(files.get('data/taobao-villages.json')!).about.missing).not.toContain('Hong Kong');
  });
});
