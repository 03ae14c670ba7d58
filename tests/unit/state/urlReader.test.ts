import { describe, expect, it } from 'vitest';
import type { AtlasDataset } from '../../../src/lib/domain/atlas';
import { requestedDataset, urlReader } from '../../../src/lib/state/urlReader';
import { defaultUrlState } from '../../../src/lib/state/url';

const place = (code: string, name: string) => ({ code, name, shortName: name, pinyin: '', initials: '' });
const atlas = {
  meta: { id: 'belts', years: [2018, 2019, 2020], categories: [{ id: 'food', zh: '食品饮料', en: 'Food', isNewConsumption: false }] } as unknown as AtlasDataset,
  countyIndexByCode: new Map([['330782', 0]]),
  // The places an address may name come from the county table (its prefectures' shapes are decoded later).
  counties: { prefectureTable: [{ ...place('3307', '金华市'), province: '33' }], provinceTable: [{ ...place('33', '浙江省'), region: 'east' as const }] },
};
const defaults = defaultUrlState(2020, 'zh');

describe('urlReader', () => {
  it.each([
    { search: '', state: defaults, warnings: 0 },
    {
      search: '?layer=growth&year=2019&category=food&county=330782&lang=en',
      state: { ...defaults, lang: 'en', layer: 'growth', year: 2019, category: 'food', county: '330782' },
      warnings: 0,
    },
    { search: '?level=province&area=33', state: { ...defaults, level: 'province', area: '33' }, warnings: 0 },
    { search: '?layer=x&year=2050&county=110101', state: defaults, warnings: 3 },
    { search: '?area=3308&fbclid=abc', state: defaults, warnings: 2 },
    { search: '?level=prefecture&county=330782', state: { ...defaults, level: 'prefecture', area: '3307' }, warnings: 0 },
    { search: '?area=33', state: defaults, warnings: 1 },
    { search: '?level=prefecture&area=33', state: { ...defaults, level: 'prefecture' }, warnings: 1 },
    // A dataset that is not the one loaded (the start fell back to the default) is one warning, never a state.
    { search: '?dataset=nope&year=2019', state: { ...defaults, year: 2019 }, warnings: 1 },
    { search: '?dataset=..%2Fx', state: defaults, warnings: 1 },
    { search: '?dataset=belts', state: defaults, warnings: 0 },
    // A step belongs to a story: without one it says so and is dropped.
    { search: '?story=bai-yi-spread&step=3', state: { ...defaults, story: 'bai-yi-spread', step: 3 }, warnings: 0 },
    { search: '?step=3', state: defaults, warnings: 1 },
    { search: '?years=2018,2020', state: { ...defaults, years: [2018, 2020] }, warnings: 0 },
    // An invalid grid falls back to the single map, with one warning.
    { search: '?years=2018,2024&year=2019', state: { ...defaults, year: 2019 }, warnings: 1 },
  ] as const)('$search', ({ search, state, warnings }) => {
    const reading = urlReader(atlas, 'zh').read(search);
    expect(reading.state).toEqual(state);
    expect(reading.warnings).toHaveLength(warnings);
  });

  it('takes the browser language as the default, so only a chosen language is written to the URL', () => {
    expect(urlReader(atlas, 'en').defaults.lang).toBe('en');
    expect(urlReader(atlas, 'en').read('').state.lang).toBe('en');
  });

  it.each([
    ['?story=../../etc', '../../etc'],
    ['?story=Tour', 'Tour'],
    ['?story=bai-yi-spread', null],
    ['', null],
  ])('%s: the story name refused, for the page to say why: %s', (search, refusedStory) => {
    expect(urlReader(atlas, 'zh').read(search).refusedStory).toBe(refusedStory);
  });

  it('names the parameter in its warning', () => {
    const reader = urlReader(atlas, 'zh');
    expect(reader.read('?year=2050').warnings[0]).toBe('Beltmap: URL parameter "year" ignored ("2050": no data for this year (2018–2020))');
    expect(reader.read('?foo=1').warnings[0]).toBe('Beltmap: URL parameter "foo" ignored (not a Beltmap parameter)');
    expect(reader.read('?area=33').warnings[0]).toBe('Beltmap: URL parameter "area" ignored ("33": not shown at level=county)');
    expect(reader.read('?step=2').warnings[0]).toBe('Beltmap: URL parameter "step" ignored ("2": no story is open)');
  });

  it('names to the reader the Beltmap parameters whose values it could not use, not the other parameters a link picked up', () => {
    const reader = urlReader(atlas, 'zh');
    expect(reader.read('?layer=heat&year=2050&utm_source=news&fbclid=abc').ignored).toEqual([
      { name: 'layer', raw: 'heat' },
      { name: 'year', raw: '2050' },
    ]);
    expect(reader.read('?area=33&step=2').ignored).toEqual([
      { name: 'area', raw: '33' },
      { name: 'step', raw: '2' },
    ]);
    // A dataset id no dataset has and a story name no story can have are said by notices of their own.
    expect(reader.read('?dataset=nope&story=..%2Fx').ignored).toEqual([]);
    expect(reader.read('?dataset=..%2Fx').ignored).toEqual([{ name: 'dataset', raw: '../x' }]);
    expect(reader.read('?layer=growth&year=2019').ignored).toEqual([]);
  });
});

describe('requestedDataset', () => {
  it.each([
    ['', null],
    ['?dataset=taobao-villages&year=2016', 'taobao-villages'],
    ['?dataset=..%2Fx', null], // never a path: no request is made for it
    ['?dataset=%3Cb%3E', null],
    [`?dataset=${'a'.repeat(300)}`, null],
    ['?dataset=Taobao', null],
  ])('%s asks for %s', (search, expected) => {
    expect(requestedDataset(search)).toBe(expected);
  });
});
