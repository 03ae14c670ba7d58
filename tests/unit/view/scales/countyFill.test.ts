import { describe, expect, it } from 'vitest';
import { countyColours } from '../../../../src/lib/view/scales/countyFill';
import type { LayerScale, LegendBin } from '../../../../src/lib/view/scales/layerScale';

const swatch = (colour: string): LegendBin => ({ kind: 'range', colour, lower: null, upper: null, year: null, isHighlighted: false, isFuture: false });

/** A scale of two swatches whose county bin is (year index + county index) % 2, counting the years it bins. */
function countingScale(): { scale: LayerScale; binnedYears: number[] } {
  const binnedYears: number[] = [];
  const scale: LayerScale = {
    layer: 'sales',
    bins: (yearIndex) => {
      binnedYears.push(yearIndex);
      return [swatch('#000000'), swatch('#ffffff')];
    },
    binOf: (yearIndex, countyIndex) => (yearIndex + countyIndex) % 2,
  };
  return { scale, binnedYears };
}

describe('countyColours, kept per scale and year', () => {
  it('bins a year once: shown again, the same array comes back', () => {
    const { scale, binnedYears } = countingScale();
    const first = countyColours(scale, 0, 2);
    expect(Array.from(first)).toEqual([0, 0, 0, 255, 255, 255, 255, 255]);
    expect(Array.from(countyColours(scale, 1, 2))).toEqual([255, 255, 255, 255, 0, 0, 0, 255]);
    expect(countyColours(scale, 0, 2)).toBe(first);
    expect(binnedYears).toEqual([0, 1]);
  });

  it('bins again for another scale, and for another number of counties', () => {
    const one = countingScale();
    const other = countingScale();
    countyColours(one.scale, 0, 2);
    countyColours(other.scale, 0, 2);
    expect(Array.from(countyColours(one.scale, 0, 1))).toEqual([0, 0, 0, 255]);
    expect(one.binnedYears).toEqual([0, 0]);
    expect(other.binnedYears).toEqual([0]);
  });
});
