import { describe, expect, it } from 'vitest';
import {
  URL_PARAMS,
  defaultUrlState,
  formatView,
  invalidParams,
  parseUrl,
  serialiseUrl,
  stateFromUrl,
  type UrlDomain,
  type UrlState,
} from '../../../src/lib/state/url';

const domain: UrlDomain = {
  datasetId: 'taobao-villages',
  years: [2018, 2019, 2020, 2021, 2022, 2023, 2024],
  categoryIds: ['apparel', 'food'],
  isCountyCode: (code) => code === '330782' || code === '450202',
  isAreaCode: (code) => code === '3307' || code === '33',
  isProvinceCode: (code) => code === '33',
};
const defaults: UrlState = defaultUrlState(2024, 'zh');

describe('parseUrl', () => {
  it.each([
    { search: '', param: 'layer', expected: { status: 'missing' } },
    { search: '?layer=growth', param: 'layer', expected: { status: 'valid', value: 'growth' } },
    { search: '?layer=heat', param: 'layer', expected: { status: 'invalid', raw: 'heat' } },
    { search: '?lang=en', param: 'lang', expected: { status: 'valid', value: 'en' } },
    { search: '?dataset=taobao-villages', param: 'dataset', expected: { status: 'valid', value: 'taobao-villages' } },
    { search: '?dataset=belts', param: 'dataset', expected: { status: 'invalid', raw: 'belts', reason: 'no dataset with this id' } },
    { search: '?dataset=..%2Fx', param: 'dataset', expected: { status: 'invalid', raw: '../x', reason: 'expected a dataset id (a-z, 0-9 and -)' } },
    { search: '?dataset=%3Cb%3E', param: 'dataset', expected: { status: 'invalid', raw: '<b>', reason: 'expected a dataset id (a-z, 0-9 and -)' } },
    { search: `?dataset=${'a'.repeat(49)}`, param: 'dataset', expected: { status: 'invalid', raw: 'a'.repeat(49), reason: 'expected a dataset id (a-z, 0-9 and -)' } },
    { search: '?lang=EN', param: 'lang', expected: { status: 'invalid', raw: 'EN' } },
    { search: '?year=2020', param: 'year', expected: { status: 'valid', value: 2020 } },
    { search: '?year=2017', param: 'year', expected: { status: 'invalid', raw: '2017' } },
    { search: '?year=2020.5', param: 'year', expected: { status: 'invalid', raw: '2020.5' } },
    { search: '?year=1e308', param: 'year', expected: { status: 'invalid', raw: '1e308' } },
    { search: '?year=', param: 'year', expected: { status: 'invalid', raw: '' } },
    { search: '?category=food', param: 'category', expected: { status: 'valid', value: 'food' } },
    { search: '?category=all', param: 'category', expected: { status: 'valid', value: 'all' } },
    { search: '?category=%3Cscript%3E', param: 'category', expected: { status: 'invalid', raw: '<script>' } },
    { search: '?county=330782', param: 'county', expected: { status: 'valid', value: '330782' } },
    { search: '?county=999999', param: 'county', expected: { status: 'invalid', raw: '999999' } },
    { search: '?county=33078', param: 'county', expected: { status: 'invalid', raw: '33078' } },
    { search: '?level=prefecture', param: 'level', expected: { status: 'valid', value: 'prefecture' } },
    { search: '?level=city', param: 'level', expected: { status: 'invalid', raw: 'city' } },
    { search: '?area=3307', param: 'area', expected: { status: 'valid', value: '3307' } },
    { search: '?area=33', param: 'area', expected: { status: 'valid', value: '33' } },
    { search: '?area=11', param: 'area', expected: { status: 'invalid', raw: '11' } },
    { search: '?area=330', param: 'area', expected: { status: 'invalid', raw: '330' } },
    { search: '?compare=2018', param: 'compare', expected: { status: 'valid', value: 2018 } },
    { search: '?compare=2030', param: 'compare', expected: { status: 'invalid', raw: '2030' } },
    { search: '?display=table', param: 'display', expected: { status: 'valid', value: 'table' } },
    { search: '?province=33', param: 'province', expected: { status: 'valid', value: '33' } },
    { search: '?province=11', param: 'province', expected: { status: 'invalid', raw: '11', reason: 'no province with this code' } },
    { search: '?province=3307', param: 'province', expected: { status: 'invalid', raw: '3307', reason: 'expected a 2-digit province code' } },
    { search: '?display=list', param: 'display', expected: { status: 'invalid', raw: 'list' } },
    { search: '?view=120.0753,29.3058,7.5', param: 'view', expected: { status: 'valid', value: { lng: 120.0753, lat: 29.3058, zoom: 7.5 } } },
    { search: '?view=-1.5,0,2', param: 'view', expected: { status: 'valid', value: { lng: -1.5, lat: 0, zoom: 2 } } },
    { search: '?view=120,30', param: 'view', expected: { status: 'invalid', raw: '120,30' } },
    { search: '?view=120,30,5,1', param: 'view', expected: { status: 'invalid', raw: '120,30,5,1' } },
    { search: '?view=120,30,NaN', param: 'view', expected: { status: 'invalid', raw: '120,30,NaN' } },
    { search: '?view=1e3,30,5', param: 'view', expected: { status: 'invalid', raw: '1e3,30,5' } },
    { search: '?view=200,30,5', param: 'view', expected: { status: 'invalid', raw: '200,30,5' } },
    { search: '?view=120,89,5', param: 'view', expected: { status: 'invalid', raw: '120,89,5' } },
    { search: '?view=120,30,22', param: 'view', expected: { status: 'invalid', raw: '120,30,22' } },
    { search: '?view=120,30,0.5', param: 'view', expected: { status: 'invalid', raw: '120,30,0.5' } },
    { search: '?mode=present', param: 'mode', expected: { status: 'valid', value: 'present' } },
    { search: '?mode=PRESENT', param: 'mode', expected: { status: 'invalid', raw: 'PRESENT' } },
    { search: '?story=bai-yi-spread', param: 'story', expected: { status: 'valid', value: 'bai-yi-spread' } },
    { search: '?story=..%2Fsecret', param: 'story', expected: { status: 'invalid', raw: '../secret' } },
    { search: '?story=https://example.com/x', param: 'story', expected: { status: 'invalid' } },
    { search: '?embed=1', param: 'embed', expected: { status: 'valid', value: true } },
    { search: '?embed=0', param: 'embed', expected: { status: 'valid', value: false } },
    { search: '?embed=yes', param: 'embed', expected: { status: 'invalid', raw: 'yes' } },
    { search: '?controls=0', param: 'controls', expected: { status: 'valid', value: false } },
    { search: '?autoplay=1', param: 'autoplay', expected: { status: 'valid', value: true } },
    // A story's step, 1-based as the presenter counts them; the story's length is checked once it is loaded.
    { search: '?step=3', param: 'step', expected: { status: 'valid', value: 3 } },
    { search: '?step=0', param: 'step', expected: { status: 'invalid', raw: '0' } },
    { search: '?step=-1', param: 'step', expected: { status: 'invalid', raw: '-1' } },
    { search: '?step=2.5', param: 'step', expected: { status: 'invalid', raw: '2.5' } },
    { search: '?step=99999999999999999999', param: 'step', expected: { status: 'invalid', raw: '99999999999999999999' } },
    { search: '?theme=dark', param: 'theme', expected: { status: 'valid', value: 'dark' } },
    { search: '?theme=light', param: 'theme', expected: { status: 'valid', value: 'light' } },
    { search: '?theme=Dark', param: 'theme', expected: { status: 'invalid', raw: 'Dark', reason: 'expected light or dark' } },
    { search: '?theme=', param: 'theme', expected: { status: 'invalid', raw: '' } },
  ] as const)('$search → $param $expected.status', ({ search, param, expected }) => {
    expect(parseUrl(search, domain)[param]).toMatchObject(expected);
  });

  it('gives a reason for each invalid parameter and never throws on junk', () => {
    const parsed = parseUrl(
      '?layer=%E0%A4%A&year=99999999999999999999&county="\'><&lang=xx&category=&view=<script>&embed=%00',
      domain,
    );
    const problems = invalidParams(parsed);
    expect(problems.map((p) => p.name)).toEqual(['lang', 'layer', 'year', 'category', 'county', 'view', 'embed']);
    for (const problem of problems) expect(problem.reason).not.toBe('');
  });

  it('names unknown parameters once each', () => {
    const parsed = parseUrl('?utm_source=x&layer=growth&Layer=sales&utm_source=y', domain);
    expect(invalidParams(parsed)).toEqual([
      { name: 'utm_source', raw: null, reason: 'not a Beltmap parameter' },
      { name: 'Layer', raw: null, reason: 'not a Beltmap parameter' },
    ]);
  });
});

describe('parseUrl: years (the year grid)', () => {
  it.each([
    { search: '?years=2018,2020,2022', expected: { status: 'valid', value: [2018, 2020, 2022] } },
    { search: '?years=2024,2018', expected: { status: 'valid', value: [2018, 2024] } },
    { search: '?years=2018,2019,2020,2021,2022,2023', expected: { status: 'valid', value: [2018, 2019, 2020, 2021, 2022, 2023] } },
    { search: '?years=2018', expected: { status: 'invalid', raw: '2018', reason: 'expected 2 to 6 years' } },
    { search: '?years=2018,2019,2020,2021,2022,2023,2024', expected: { status: 'invalid', raw: '2018,2019,2020,2021,2022,2023,2024', reason: 'expected 2 to 6 years' } },
    { search: '?years=2018,2018', expected: { status: 'invalid', raw: '2018,2018', reason: 'a year is given twice' } },
    { search: '?years=2017,2018', expected: { status: 'invalid', raw: '2017,2018', reason: 'no data for 2017 (2018–2024)' } },
    { search: '?years=2018,x', expected: { status: 'invalid', raw: '2018,x', reason: 'expected years separated by commas, e.g. 2018,2019' } },
    { search: '?years=', expected: { status: 'invalid', raw: '', reason: 'expected years separated by commas, e.g. 2018,2019' } },
  ])('$search', ({ search, expected }) => {
    expect(parseUrl(search, domain).years).toEqual(expected);
  });

  it('offers as many maps as a short dataset has years (淘宝村 2014–2016: 3)', () => {
    const villages = { ...domain, years: [2014, 2015, 2016] };
    expect(parseUrl('?years=2014,2015,2016', villages).years).toEqual({ status: 'valid', value: [2014, 2015, 2016] });
    expect(parseUrl('?years=2014,2015,2016,2017', villages).years).toEqual({ status: 'invalid', raw: '2014,2015,2016,2017', reason: 'no data for 2017 (2014–2016)' });
  });

  it('keeps the meaning of year beside it, and writes the grid after every other parameter', () => {
    const state = stateFromUrl(parseUrl('?years=2018,2021&year=2020', domain), defaults);
    expect(state).toEqual({ ...defaults, year: 2020, years: [2018, 2021] });
    expect(serialiseUrl(state, defaults)).toBe('?year=2020&years=2018,2021');
    expect(URL_PARAMS.at(-1)).toBe('years');
  });
});

describe('stateFromUrl', () => {
  it('takes the valid parameters and keeps the defaults for the others', () => {
    const parsed = parseUrl('?layer=spread&year=1999&county=450202&lang=en&view=110,35,x', domain);
    expect(stateFromUrl(parsed, defaults)).toEqual({ ...defaults, lang: 'en', layer: 'spread', county: '450202' });
  });

  it.each([
    { search: '?level=province&county=330782', expected: { level: 'province', county: null, area: '33' } },
    { search: '?level=prefecture&county=330782', expected: { level: 'prefecture', county: null, area: '3307' } },
    { search: '?level=province&area=3307', expected: { level: 'province', area: '33' } },
    { search: '?level=county&area=33', expected: { level: 'county', county: null, area: null } },
    { search: '?level=prefecture&area=33', expected: { level: 'prefecture', area: null } },
    { search: '?level=province&area=33', expected: { level: 'province', area: '33' } },
    { search: '?level=prefecture&area=3307', expected: { level: 'prefecture', area: '3307' } },
  ])('a selection belongs to its level: $search', ({ search, expected }) => {
    expect(stateFromUrl(parseUrl(search, domain), defaults)).toMatchObject(expected);
  });
});

describe('serialiseUrl', () => {
  it.each([
    { state: defaults, expected: '' },
    { state: { ...defaults, layer: 'growth', year: 2020 }, expected: '?layer=growth&year=2020' },
    { state: { ...defaults, lang: 'en', county: '330782' }, expected: '?lang=en&county=330782' },
    { state: { ...defaults, category: 'food' }, expected: '?category=food' },
    { state: { ...defaults, display: 'table', province: '33' }, expected: '?display=table&province=33' },
    { state: { ...defaults, view: { lng: 120.07531234, lat: 29.3, zoom: 7.456 } }, expected: '?view=120.0753,29.3,7.46' },
    { state: { ...defaults, embed: true, controls: false, autoplay: true }, expected: '?embed=1&controls=0&autoplay=1' },
    { state: { ...defaults, mode: 'present', story: 'bai-yi-spread' }, expected: '?mode=present&story=bai-yi-spread' },
    { state: { ...defaults, mode: 'present', story: 'bai-yi-spread', step: 3 }, expected: '?mode=present&story=bai-yi-spread&step=3' },
  ] as { state: UrlState; expected: string }[])('$expected', ({ state, expected }) => {
    expect(serialiseUrl(state, defaults)).toBe(expected);
  });

  const everyParam: UrlState = {
    dataset: 'taobao-villages',
    lang: 'en',
    layer: 'growth',
    year: 2021,
    category: 'apparel',
    level: 'prefecture',
    county: null,
    area: '3307',
    compare: 2018,
    display: 'table',
    province: '33',
    view: { lng: 119.65, lat: 29.1234, zoom: 6.25 },
    mode: 'present',
    story: 'bai-yi-spread',
    embed: true,
    controls: false,
    autoplay: true,
    step: 4,
    theme: 'dark',
    years: [2018, 2021, 2024],
  };

  it('writes every parameter that differs from its default', () => {
    const written = [...new URLSearchParams(serialiseUrl(everyParam, defaults)).keys()];
    expect(written).toEqual(URL_PARAMS.filter((name) => name !== 'county'));
  });

  it.each([
    { ...defaults, layer: 'growth', year: 2019, category: 'apparel', county: '330782', lang: 'en' },
    { ...defaults, layer: 'spread', level: 'province', area: '33' },
    { ...defaults, view: { lng: -0.5, lat: 0.25, zoom: 1.5 } },
    everyParam,
    defaults,
  ] as UrlState[])('round-trips %o', (state) => {
    expect(stateFromUrl(parseUrl(serialiseUrl(state, defaults), domain), defaults)).toEqual(state);
  });
});

describe('formatView', () => {
  it('keeps 4 decimals of degrees and 2 of zoom, without trailing zeros', () => {
    expect(formatView({ lng: 104.00004, lat: 35.5, zoom: 3.999 })).toBe('104,35.5,4');
  });
});
