/** Exports of the 淘宝村 dataset: the CSV's columns and rows, and the graphic's title, subtitle and source lines. */
import { describe, expect, it } from 'vitest';
import { countyCsv, countyCsvHeader, COUNTY_CSV_HEADER } from '../../../src/lib/export/countyCsv';
import { graphicContent } from '../../../src/lib/export/graphicContent';
import { buildLayerScale } from '../../../src/lib/view/scales/layerScale';
import { BELT_VIEW } from '../support/beltView';
import type { LayerId } from '../../../src/lib/domain/layers';
import { readTaobaoVillages } from '../support/taobaoVillages';

const { meta, counties, metrics } = readTaobaoVillages();
const SOURCE_2016 = '阿里研究院《中国淘宝村研究报告(2016)》附录:淘宝村名单、淘宝镇名单';
/** The English interface's line for the 2014 list (a source written in Chinese has one). */
const SOURCE_2014_EN = 'AliResearch, China Taobao Village Research Report (2014): appendix, the list of Taobao villages';

describe('the CSV of the 淘宝村 dataset', () => {
  const csv = countyCsv({ meta, dataset: meta, counties, metrics, scale: buildLayerScale('sales', metrics, meta, counties.regions), yearIndex: 2, belts: [], lang: 'zh' });
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  const header = lines[0]!.split(',');
  const rowOf = (code: string) => {
    const fields = lines.find((line) => line.startsWith(`${code},`))!.split(',');
    return Object.fromEntries(header.map((column, i) => [column, fields[i]]));
  };

  it('names the value column after the measure and leaves out the belt columns', () => {
    expect(header).toEqual([
      'code',
      'name',
      'name_pinyin',
      'province',
      'prefecture',
      'region',
      'year',
      'category',
      'layer',
      'map_class',
      'villages_count',
      'growth_percent',
      'growth_status',
      'first_year_villages',
      'provenance',
      'source_ids',
      'sources',
      'dataset',
    ]);
    expect(countyCsvHeader(meta)).toEqual(header);
  });

  it('names the sources in English in the English CSV', () => {
    const english = countyCsv({ meta, dataset: meta, counties, metrics, scale: buildLayerScale('sales', metrics, meta, counties.regions), yearIndex: 0, belts: [], lang: 'en' });
    const row = english.split('\r\n').find((line) => line.startsWith('371721,'))!;
    expect(row).toContain(`,"${SOURCE_2014_EN}",`);
    expect(row).not.toMatch(/阿里研究院/);
  });

  it('writes 曹县 in 2016: 48 villages, +41.18 %, first in 2014, reported by the 2016 list', () => {
    const { map_class: _class, ...row } = rowOf('371721');
    expect(row).toEqual({
      code: '371721',
      name: '曹县',
      name_pinyin: 'cao xian',
      province: '山东省',
      prefecture: '菏泽市',
      region: 'east',
      year: '2016',
      category: 'all',
      layer: 'sales',
      villages_count: '48',
      growth_percent: '41.18',
      growth_status: 'value',
      first_year_villages: '2014',
      provenance: 'reported',
      source_ids: 'aliresearch-2016',
      sources: SOURCE_2016,
      dataset: '淘宝村',
    });
  });

  it('writes a county off the 2016 list as a reported 0 with the list as its source', () => {
    expect(rowOf('110105')).toMatchObject({
      villages_count: '0',
      growth_status: 'none',
      provenance: 'reported',
      source_ids: 'aliresearch-2016',
      first_year_villages: '',
    });
  });

  it('leaves the belt model\'s header as it was', () => {
    expect(countyCsvHeader(BELT_VIEW)).toEqual([...COUNTY_CSV_HEADER]);
    expect(COUNTY_CSV_HEADER[10]).toBe('sales_yuan');
  });
});

describe('the graphic of the 淘宝村 dataset', () => {
  const content = (layer: LayerId, year: number, lang: 'zh' | 'en' = 'zh') =>
    graphicContent({ meta, dataset: meta, layer, category: 'all', year, bins: buildLayerScale(layer, metrics, meta, counties.regions).bins(meta.years.indexOf(year)), lang });

  it.each<[LayerId, 'zh' | 'en', string, string]>([
    ['sales', 'zh', '各县级单位淘宝村数量', '淘宝村 · 淘宝村数量 · 2016年'],
    ['growth', 'zh', '各县级单位淘宝村数量同比增速', '淘宝村 · 增速 · 2016年'],
    ['spread', 'zh', '淘宝村的扩散', '淘宝村 · 首个淘宝村 · 2016年'],
    ['sales', 'en', 'Number of Taobao villages by county', 'Taobao villages · 2016'],
    ['spread', 'en', 'The spread of Taobao villages', 'Taobao villages · First Taobao village · 2016'],
  ])('%s in %s: "%s", "%s"', (layer, lang, title, subtitle) => {
    const c = content(layer, 2016, lang);
    expect([c.title, c.subtitle]).toEqual([title, subtitle]);
  });

  it('names the year\'s list as the source, and has no illustrative badge or note', () => {
    const c = content('sales', 2016);
    expect(c.badge).toBeNull();
    expect(c.footer[0]).toBe(`数据：淘宝村 · 来源：${SOURCE_2016}`);
    expect(content('sales', 2014, 'en').footer[0]).toBe(`Data: Taobao villages · Source: ${SOURCE_2014_EN}`);
    expect(c.legend.title).toMatch(/^淘宝村数量/);
    expect(content('spread', 2015).legend.title).toBe('首次拥有淘宝村的年份');
  });
});
