import { describe, expect, it } from 'vitest';
import type { DatasetMeta } from '../../../src/lib/data/types';
import { startupState } from '../../../src/lib/state/startup';

const atlas = {
  meta: { years: [2018, 2019, 2020], categories: [{ id: 'food', zh: '食品饮料', en: 'Food', isNewConsumption: false }] } as unknown as DatasetMeta,
  countyIndexByCode: new Map([['330782', 0]]),
};

describe('startupState', () => {
  it.each([
    { search: '', lang: 'zh', initial: { lang: 'zh', layer: 'sales', year: 2020, category: 'all', county: null }, warnings: 0 },
    { search: '?layer=growth&year=2019&category=food&county=330782', lang: 'en', initial: { lang: 'en', layer: 'growth', year: 2019, category: 'food', county: '330782' }, warnings: 0 },
    { search: '?layer=x&year=2050&county=110101', lang: 'zh', initial: { lang: 'zh', layer: 'sales', year: 2020, category: 'all', county: null }, warnings: 3 },
  ] as const)('$search', ({ search, lang, initial, warnings }) => {
    const state = startupState(search, atlas, lang, 'zh');
    expect(state.initial).toEqual(initial);
    expect(state.defaults.year).toBe(2020);
    expect(state.warnings).toHaveLength(warnings);
  });

  it('takes the browser language as the default, so only a chosen language is written to the URL', () => {
    expect(startupState('', atlas, 'en', 'en').defaults.lang).toBe('en');
  });

  it('names the parameter in its warning', () => {
    expect(startupState('?year=2050', atlas, 'zh', 'zh').warnings[0]).toMatch(/"year".*"2050"/);
  });
});
