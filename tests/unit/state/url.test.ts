import { describe, expect, it } from 'vitest';
import {
  invalidParams,
  parseUrl,
  serialiseUrl,
  stateFromUrl,
  type UrlDomain,
  type UrlState,
} from '../../../src/lib/state/url';

const domain: UrlDomain = {
  years: [2018, 2019, 2020, 2021, 2022, 2023, 2024],
  categoryIds: ['apparel', 'food'],
  isCountyCode: (code) => code === '330782' || code === '450202',
};
const defaults: UrlState = { lang: 'zh', layer: 'sales', year: 2024, category: 'all', county: null };

describe('parseUrl', () => {
  it.each([
    { search: '', param: 'layer', expected: { status: 'missing' } },
    { search: '?layer=growth', param: 'layer', expected: { status: 'valid', value: 'growth' } },
    { search: '?layer=heat', param: 'layer', expected: { status: 'invalid', raw: 'heat' } },
    { search: '?lang=en', param: 'lang', expected: { status: 'valid', value: 'en' } },
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
  ] as const)('$search → $param $expected.status', ({ search, param, expected }) => {
    expect(parseUrl(search, domain)[param]).toMatchObject(expected);
  });

  it('gives a reason for each invalid parameter and never throws on junk', () => {
    const parsed = parseUrl('?layer=%E0%A4%A&year=99999999999999999999&county="\'><&lang=xx&category=', domain);
    const problems = invalidParams(parsed);
    expect(problems.map((p) => p.name)).toEqual(['lang', 'layer', 'year', 'category', 'county']);
    for (const problem of problems) expect(problem.reason).not.toBe('');
  });
});

describe('stateFromUrl', () => {
  it('takes the valid parameters and keeps the defaults for the others', () => {
    const parsed = parseUrl('?layer=spread&year=1999&county=450202&lang=en', domain);
    expect(stateFromUrl(parsed, defaults)).toEqual({ lang: 'en', layer: 'spread', year: 2024, category: 'all', county: '450202' });
  });
});

describe('serialiseUrl', () => {
  it.each([
    { state: defaults, expected: '' },
    { state: { ...defaults, layer: 'growth', year: 2020 }, expected: '?layer=growth&year=2020' },
    { state: { ...defaults, lang: 'en', county: '330782' }, expected: '?lang=en&county=330782' },
    { state: { ...defaults, category: 'food' }, expected: '?category=food' },
  ] as { state: UrlState; expected: string }[])('$expected', ({ state, expected }) => {
    expect(serialiseUrl(state, defaults)).toBe(expected);
  });

  it.each([
    { ...defaults, layer: 'growth', year: 2019, category: 'apparel', county: '330782', lang: 'en' },
    { ...defaults, layer: 'spread' },
    defaults,
  ] as UrlState[])('round-trips %o', (state) => {
    expect(stateFromUrl(parseUrl(serialiseUrl(state, defaults), domain), defaults)).toEqual(state);
  });
});
