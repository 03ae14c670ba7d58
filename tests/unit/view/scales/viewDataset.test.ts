/** The dataset's words, sources and value texts as every view reads them (viewDataset.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDatasetDescriptor, listedDataset } from '../../../../src/lib/data/decodeDataset';
import { layerWithSubject, placeValueText, yearSource } from '../../../../src/lib/view/scales/viewDataset';
import { BELT_VIEW } from '../../support/beltView';

const villages = listedDataset(decodeDatasetDescriptor(JSON.parse(readFileSync('geodata/datasets/taobao-villages/meta.json', 'utf8'))));
const belts = BELT_VIEW;

describe('yearSource', () => {
  it.each([
    { meta: villages, yearIndex: 1, id: 'aliresearch-2015' },
    { meta: { years: [2020], yearSourceIds: [null], sources: [] }, yearIndex: 0, id: undefined },
    { meta: { years: [2020], yearSourceIds: ['unlisted'], sources: [] }, yearIndex: 0, id: 'unlisted' },
  ])('year $yearIndex → $id', ({ meta, yearIndex, id }) => {
    expect(yearSource(meta, yearIndex)?.id).toBe(id);
  });
});

describe('layerWithSubject: a caption\'s layer with the category, or the title of a dataset without categories', () => {
  const CATEGORIES = [{ id: 'apparel', zh: '服饰鞋包', en: 'Apparel', isNewConsumption: false }];
  const own = { categories: [], title: { zh: '各县网络零售额', en: 'Online retail by county' } };
  it.each([
    { layer: '销售规模', meta: { categories: CATEGORIES, title: own.title }, category: 'apparel', lang: 'zh', text: '销售规模 · 服饰鞋包' },
    { layer: 'Sales', meta: { categories: CATEGORIES, title: own.title }, category: 'all', lang: 'en', text: 'Sales · All categories' },
    { layer: '增速', meta: own, category: 'all', lang: 'zh', text: '增速 · 各县网络零售额' },
    // The measure named as the map is (a yearbook table's default): said once.
    { layer: '各县网络零售额', meta: own, category: 'all', lang: 'zh', text: '各县网络零售额' },
  ] as const)('$layer → $text', ({ layer, meta, category, lang, text }) => {
    expect(layerWithSubject(layer, meta, category, lang)).toBe(text);
  });
});

describe('placeValueText', () => {
  it.each([
    { meta: villages, value: 48, isCovered: true, lang: 'zh', text: '48个' },
    { meta: villages, value: 48, isCovered: true, lang: 'en', text: '48 villages' },
    { meta: villages, value: 0, isCovered: true, lang: 'zh', text: '0个' }, // a reported 0: off a complete list
    { meta: villages, value: 0, isCovered: false, lang: 'zh', text: '无数据' }, // outside the lists: no data, never a 0
    { meta: belts, value: 1.056e10, isCovered: true, lang: 'zh', text: '105.6亿元' },
    { meta: belts, value: 0, isCovered: true, lang: 'zh', text: '该年无产业带' },
    { meta: belts, value: 0, isCovered: true, lang: 'en', text: 'No belt this year' },
    { meta: belts, value: 0, isCovered: false, lang: 'zh', text: '无数据' }, // Hong Kong in the belt model: not "no belt"
    { meta: belts, value: 0, isCovered: false, lang: 'en', text: 'No data' },
  ] as const)('$value (covered: $isCovered) → $text', ({ meta, value, isCovered, lang, text }) => {
    expect(placeValueText(meta, value, isCovered, lang)).toBe(text);
  });
});
