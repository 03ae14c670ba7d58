import { describe, expect, it } from 'vitest';
import { areaTable } from '../../../../src/lib/domain/areas';
import { aggregateMetrics } from '../../../../src/lib/domain/levels';
import { compareTooltipContent } from '../../../../src/lib/view/tooltip/compareTooltip';
import { tooltipContent, type TooltipInput } from '../../../../src/lib/view/tooltip/tooltipContent';
import { readTaobaoVillages } from '../../support/taobaoDataset';

const taobao = readTaobaoVillages();
const { dataset, metrics, indexOf } = taobao;
const places = areaTable(taobao.counties, 'county');
const REPORT_2016 = '阿里研究院《中国淘宝村研究报告(2016)》附录:淘宝村名单、淘宝镇名单';
/** Its English line, which the English tooltip cites. */
const REPORT_2016_EN = 'AliResearch, China Taobao Village Research Report (2016): appendix, the lists of Taobao villages and Taobao towns';
const REPORT_2014 = '阿里研究院《中国淘宝村研究报告(2014)》附录:淘宝村名单';

const tooltip = (code: string, over: Partial<TooltipInput> = {}) =>
  tooltipContent({ places, sources: dataset.sources, metrics, placeIndex: indexOf(code), yearIndex: 2, layer: 'sales', lang: 'zh', belts: null, dataset, ...over });

describe('the tooltip of a count dataset (淘宝村, committed files)', () => {
  it('曹县 2016: villages in 个, growth, rank among counties with villages, no belt rows, the year’s list as source', () => {
    expect(tooltip('371721')).toEqual({
      title: '曹县',
      place: '菏泽市 · 山东省',
      rows: [
        { label: '淘宝村数量', value: '48个' },
        { label: '同比', value: '+41.2%' },
        { label: '全国排名', value: '第 3 / 217' },
      ],
      provenance: `报告值（${REPORT_2016}）`,
    });
  });

  it('曹县 2016 in English, growth layer first', () => {
    const content = tooltip('371721', { lang: 'en', layer: 'growth' });
    expect(content.rows).toEqual([
      { label: 'YoY', value: '+41.2%' },
      { label: 'Taobao villages', value: '48 villages' },
      { label: 'National rank', value: '3 of 217' },
    ]);
    expect(content.provenance).toBe(`reported (${REPORT_2016_EN})`);
  });

  it('the spread layer leads with the year of the first Taobao village', () => {
    expect(tooltip('371721', { layer: 'spread' }).rows.slice(0, 2)).toEqual([
      { label: '首个淘宝村', value: '2014年' },
      { label: '淘宝村数量', value: '48个' },
    ]);
    expect(tooltip('330503', { layer: 'spread', yearIndex: 0, lang: 'en' }).rows[0]).toEqual({ label: 'First Taobao village', value: 'not yet' });
  });

  it.each([
    // 南浔区 had 0, 3 and 0 villages: absent from the 2014 and 2016 lists, a reported 0.
    {
      name: '2016, 3 villages the year before: a fall of 100 %',
      yearIndex: 2,
      zh: [{ label: '淘宝村数量', value: '0个' }, { label: '同比', value: '-100.0%' }],
      en: [{ label: 'Taobao villages', value: '0 villages' }, { label: 'YoY', value: '-100.0%' }],
      source: REPORT_2016,
    },
    {
      name: '2014',
      yearIndex: 0,
      zh: [{ label: '淘宝村数量', value: '0个' }],
      en: [{ label: 'Taobao villages', value: '0 villages' }],
      source: REPORT_2014,
    },
  ])('南浔区 in $name: a reported 0 with its list as source', ({ yearIndex, zh, en, source }) => {
    const content = tooltip('330503', { yearIndex });
    expect(content.rows).toEqual(zh);
    expect(content.provenance).toBe(`报告值（${source}）`);
    expect(tooltip('330503', { yearIndex, lang: 'en' }).rows).toEqual(en);
  });

  it('a place the lists do not cover (高雄市, Taiwan) has no value and no source: no data, and why', () => {
    expect(tooltip('710001')).toEqual({
      title: '高雄市',
      place: '台湾省',
      rows: [{ label: '淘宝村数量', value: '无数据' }],
      provenance: '该数据集未覆盖此地',
    });
    expect(tooltip('710001', { lang: 'en' })).toMatchObject({ rows: [{ label: 'Taobao villages', value: 'No data' }], provenance: 'The dataset does not cover this place' });
  });

  it('a province sums its counties and keeps the year’s list as source', () => {
    const provinces = areaTable(taobao.counties, 'province');
    const content = tooltipContent({
      places: provinces, sources: dataset.sources, metrics: aggregateMetrics(metrics, provinces),
      placeIndex: provinces.codes.indexOf('33'), yearIndex: 2, layer: 'sales', lang: 'zh', belts: null, dataset,
    });
    expect(content.title).toBe('浙江省');
    expect(content.rows[0]).toEqual({ label: '淘宝村数量', value: '506个' });
    expect(content.rows[2]).toEqual({ label: '全国排名', value: '第 1 / 18' });
    expect(content.provenance).toBe(`报告值（${REPORT_2016}）`);
  });
});

describe('the tooltip of the difference layer of a count dataset', () => {
  const compare = (code: string, lang: 'zh' | 'en' = 'zh') =>
    compareTooltipContent({ places, metrics, placeIndex: indexOf(code), layer: 'sales', fromYear: 2014, toYear: 2016, lang, dataset }).rows;

  it('曹县 2014→2016: both years in villages and the difference, with the relative change beside it', () => {
    expect(compare('371721')).toEqual([
      { label: '2014年淘宝村数量', value: '7个' },
      { label: '2016年淘宝村数量', value: '48个' },
      { label: '变化', value: '+41个（+585.7%）' },
    ]);
    expect(compare('371721', 'en')).toEqual([
      { label: 'Taobao villages in 2014', value: '7 villages' },
      { label: 'Taobao villages in 2016', value: '48 villages' },
      { label: 'Change', value: '+41 villages (+585.7%)' },
    ]);
  });

  it('reported zeros are values; a place outside the lists is said to be', () => {
    expect(compare('330503').map((row) => row.value)).toEqual(['0个', '0个', '两年均无']);
    expect(compare('710001').map((row) => row.value)).toEqual(['无数据', '无数据', '无数据']);
  });
});
