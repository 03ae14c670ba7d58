import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDatasetDescriptor, listedDataset } from '../../../src/lib/data/decodeDataset';
import { pageTitle, yearSourceCitations } from '../../../src/lib/domain/datasetCredits';

const villages = listedDataset(decodeDatasetDescriptor(JSON.parse(readFileSync('geodata/datasets/taobao-villages/meta.json', 'utf8'))));
const beltTitle = { zh: '产业带示意数据', en: 'Illustrative belts' };

describe('pageTitle', () => {
  it.each([
    { meta: { id: 'belts', title: beltTitle }, lang: 'zh', title: '产业带地图' },
    { meta: null, lang: 'en', title: 'Beltmap' },
    { meta: villages, lang: 'zh', title: '产业带地图 · 淘宝村' },
    { meta: villages, lang: 'en', title: 'Beltmap · Taobao villages' },
  ] as const)('$title', ({ meta, lang, title }) => {
    expect(pageTitle(meta, lang)).toBe(title);
  });
});

describe('yearSourceCitations', () => {
  it('cites the three yearly 淘宝村 reports as one work over 2014–2016', () => {
    expect(yearSourceCitations(villages, 'zh')).toEqual(['阿里研究院《中国淘宝村研究报告》2014–2016']);
  });

  it('cites them in English in the English interface, the part after the colon left out as after 》', () => {
    expect(yearSourceCitations(villages, 'en')).toEqual(['AliResearch, China Taobao Village Research Report 2014–2016']);
  });

  it.each([
    { name: 'no year with one source (the belt model)', yearSourceIds: [null, null, null], citations: [] },
    { name: 'a work with a gap names its years', yearSourceIds: ['a14', null, 'a16'], citations: ['《报告》2014, 2016'] },
    { name: 'different works each once', yearSourceIds: ['a14', 'x', 'x'], citations: ['《报告》2014', 'Survey 2015–2016'] },
  ])('$name', ({ yearSourceIds, citations }) => {
    const sources = [
      { id: 'a14', title: '《报告（2014）》' },
      { id: 'a16', title: '《报告(2016)》附录' },
      { id: 'x', title: 'Survey' },
    ];
    expect(yearSourceCitations({ years: [2014, 2015, 2016], yearSourceIds, sources }, 'zh')).toEqual(citations);
  });
});
