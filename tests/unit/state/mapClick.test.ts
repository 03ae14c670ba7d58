import { describe, expect, it } from 'vitest';
import { selectionOfClick, type ClickContext } from '../../../src/lib/state/mapClick';

// Three counties: 义乌 and 东阳 in 金华 (浙江), 余杭 in 杭州 (浙江).
const countyCodes = ['330782', '330783', '330110'];
const prefectures = { codes: ['3301', '3307'], countyToArea: Int32Array.from([1, 1, 0]) };
const provinces = { codes: ['33'], countyToArea: Int32Array.from([0, 0, 0]) };
const context = (change: Partial<ClickContext>): ClickContext => ({ level: 'county', isEmbed: false, countyCodes, areas: null, ...change });

describe('selectionOfClick', () => {
  it.each([
    { case: 'a county at county level selects it', index: 0, change: {}, expected: { kind: 'county', code: '330782' } },
    { case: 'beside China at county level clears the county', index: null, change: {}, expected: { kind: 'county', code: null } },
    { case: 'a county at prefecture level selects its prefecture', index: 2, change: { level: 'prefecture', areas: prefectures }, expected: { kind: 'area', code: '3301' } },
    { case: 'a county at province level selects its province', index: 1, change: { level: 'province', areas: provinces }, expected: { kind: 'area', code: '33' } },
    { case: 'beside China at province level clears the area', index: null, change: { level: 'province', areas: provinces }, expected: { kind: 'area', code: null } },
    { case: 'an unknown county index selects no county', index: 7, change: {}, expected: { kind: 'county', code: null } },
    { case: 'an embed ignores a click on a county', index: 0, change: { isEmbed: true }, expected: null },
    { case: 'an embed ignores a click at province level', index: 0, change: { isEmbed: true, level: 'province', areas: provinces }, expected: null },
  ] as { case: string; index: number | null; change: Partial<ClickContext>; expected: unknown }[])('$case', ({ index, change, expected }) => {
    expect(selectionOfClick(index, context(change))).toEqual(expected);
  });
});
