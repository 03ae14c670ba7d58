import { describe, expect, it } from 'vitest';
import { areaTable } from '../../../../src/lib/domain/areas';
import { beltDataset } from '../../../../src/lib/data/decode';
import { tableColumns, tableHeading, tableOrder, tableRow, tableSourceNote } from '../../../../src/lib/view/table/placeTable';
import { readCommittedDataset } from '../../support/datasetFiles';
import { readTaobaoVillages } from '../../support/taobaoVillages';

const { meta, counties, metrics } = readTaobaoVillages();
const places = areaTable(counties, 'county');
const input = { places, metrics, yearIndex: 2, lang: 'zh' as const, dataset: meta };
const at = (code: string) => counties.codes.indexOf(code);
const SOURCE_2016 = '阿里研究院《中国淘宝村研究报告(2016)》附录:淘宝村名单、淘宝镇名单';

describe('the table of the 淘宝村 dataset', () => {
  it('has no belt columns, and heads the value and spread columns in the dataset\'s words', () => {
    const columns = tableColumns(metrics, false);
    expect(columns).toEqual(['name', 'sales', 'growth', 'firstOver100Yi', 'provenance']);
    expect(columns.map((c) => tableHeading(c, meta, 'zh', null))).toEqual(['名称', '淘宝村数量（个）', '同比', '首个淘宝村', '数据来源']);
    expect(tableHeading('sales', meta, 'en', null)).toBe('Taobao villages');
    expect(tableColumns(metrics, true)).toEqual(['name', 'sales', 'change', 'growth', 'firstOver100Yi', 'provenance']);
  });

  it('writes 曹县 in 2016 in villages, with the year\'s list as its source', () => {
    expect(tableRow(input, at('371721'), null, meta.sources)).toMatchObject({
      name: '曹县',
      sales: '48个',
      growth: '+41.2%',
      firstOver100Yi: '2014年',
      provenance: '报告值（阿里研究院 AliResearch 2016）',
      provenanceCode: 2,
    });
    expect(tableRow({ ...input, lang: 'en' }, at('371721'), null, meta.sources)).toMatchObject({ sales: '48 villages' });
  });

  it('cites the year\'s list in each row by publisher and year, and in full once above the table', () => {
    expect(tableSourceNote(meta, 2, meta.sources, 'zh')).toBe(`来源：${SOURCE_2016}`);
    // In English, the English line of a source written in Chinese.
    expect(tableSourceNote(meta, 0, meta.sources, 'en')).toBe('Source: AliResearch, China Taobao Village Research Report (2014): appendix, the list of Taobao villages');
    expect(tableRow({ ...input, yearIndex: 0, lang: 'en' }, at('371721'), null, meta.sources).provenance).toBe('reported (AliResearch 2014)');
    expect(tableRow({ ...input, yearIndex: 0 }, at('371721'), null, meta.sources).provenance).toBe('报告值（阿里研究院 AliResearch 2014）');
  });

  it('writes a county off the list as a reported 0, not as "no data"', () => {
    expect(tableRow(input, at('110105'), null, meta.sources)).toMatchObject({ sales: '0个', growth: '', firstOver100Yi: '尚无', provenanceCode: 2 });
  });

  it('writes a place outside the lists (Taiwan) as not covered, with no source', () => {
    expect(tableRow(input, at('710001'), null, meta.sources)).toMatchObject({ sales: '无数据', provenance: '', provenanceCode: 0 });
  });

  it('sorts by villages, most first: 义乌 65, 温岭 54, 曹县 48', () => {
    const order = tableOrder(input, { column: 'sales', direction: 'descending' }, null).slice(0, 3);
    expect(order.map((i) => counties.codes[i])).toEqual(['330782', '331081', '371721']);
  });
});

describe('the table of the belt dataset keeps its columns and words', () => {
  const belts = beltDataset(readCommittedDataset().meta);
  it('with belt columns where the metrics have them', () => {
    const beltMetrics = { beltCount: [] };
    expect(tableColumns(beltMetrics, false)).toEqual(['name', 'sales', 'growth', 'belts', 'over100Yi', 'firstOver100Yi', 'provenance']);
    expect(tableColumns(beltMetrics, false).map((c) => tableHeading(c, belts, 'zh', null))).toEqual([
      '名称',
      '销售额',
      '同比',
      '产业带',
      '百亿产业带',
      '首个百亿产业带',
      '数据来源',
    ]);
    expect(tableHeading('change', belts, 'en', { from: 2020, to: 2024 })).toBe('Change 2020→2024');
    expect(tableSourceNote(belts, 6, belts.sources, 'zh')).toBeNull();
  });
});
