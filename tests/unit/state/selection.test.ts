import { describe, expect, it } from 'vitest';
import { selectionAtLevel } from '../../../src/lib/state/selection';

describe('selectionAtLevel', () => {
  it.each([
    { from: { county: '330782', area: null }, level: 'county', to: { county: '330782', area: null } },
    { from: { county: '330782', area: null }, level: 'prefecture', to: { county: null, area: '3307' } },
    { from: { county: '330782', area: null }, level: 'province', to: { county: null, area: '33' } },
    { from: { county: null, area: '3307' }, level: 'province', to: { county: null, area: '33' } },
    { from: { county: null, area: '3307' }, level: 'prefecture', to: { county: null, area: '3307' } },
    // A province holds many prefectures and counties: nothing to narrow to.
    { from: { county: null, area: '33' }, level: 'prefecture', to: { county: null, area: null } },
    { from: { county: null, area: '3307' }, level: 'county', to: { county: null, area: null } },
    // The area is the more recent choice at an area level, so it wins over a county.
    { from: { county: '450202', area: '3307' }, level: 'province', to: { county: null, area: '33' } },
    { from: { county: null, area: null }, level: 'province', to: { county: null, area: null } },
  ] as const)('$from.county/$from.area at level $level', ({ from, level, to }) => {
    expect(selectionAtLevel(from, level)).toEqual(to);
  });
});
