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

  it.each([
    { area: '33', lastCounty: '330782', county: '330782' },
    { area: '3307', lastCounty: '330782', county: '330782' },
    // Another area was chosen meanwhile, or none is selected: the old county does not come back.
    { area: '44', lastCounty: '330782', county: null },
    { area: null, lastCounty: '330782', county: null },
    { area: '33', lastCounty: null, county: null },
  ])('back at counties from area $area, the last county $lastCounty → $county', ({ area, lastCounty, county }) => {
    expect(selectionAtLevel({ county: null, area }, 'county', lastCounty)).toEqual({ county, area: null });
  });
});
