import { describe, expect, it } from 'vitest';
import { areaTable } from '../../../../src/lib/domain/areas';
import type { LayerScale, LegendBin } from '../../../../src/lib/view/scales/layerScale';
import { scaleByCounty } from '../../../../src/lib/view/scales/levelScale';
import { makePlacesTable } from '../../fixtures/places';

const counties = makePlacesTable();
const bin = (colour: string): LegendBin => ({ kind: 'range', colour, lower: null, upper: null, year: null, isHighlighted: false, isFuture: false });

/** An area scale whose bin is the area's index plus ten times the year index, so every answer names its area and year. */
const areaScale: LayerScale = {
  layer: 'sales',
  bins: (yearIndex) => [bin(`#00000${yearIndex}`)],
  binOf: (yearIndex, areaIndex) => yearIndex * 10 + areaIndex,
};

describe('scaleByCounty', () => {
  // Province table of the fixture, ascending: 11 北京 0, 14 山西 1, 21 辽宁 2, 22 吉林 3, 32 江苏 4, 33 浙江 5, … 65 新疆 11.
  it.each([
    ['110105', 0, 0],
    ['320612', 0, 4],
    ['330782', 0, 5],
    ['330102', 1, 15],
    ['650522', 2, 31],
  ])('county %s in year index %i takes its province\'s bin %i', (code, yearIndex, expected) => {
    const byCounty = scaleByCounty(areaScale, areaTable(counties, 'province'));
    expect(byCounty.binOf(yearIndex, counties.codes.indexOf(code))).toBe(expected);
  });

  it('keeps the area scale\'s layer and legend swatches', () => {
    const byCounty = scaleByCounty(areaScale, areaTable(counties, 'prefecture'));
    expect(byCounty.layer).toBe('sales');
    expect(byCounty.bins(2)).toEqual([bin('#000002')]);
  });

  it('is the scale itself at the county level', () => {
    expect(scaleByCounty(areaScale, areaTable(counties, 'county'))).toBe(areaScale);
  });
});
