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

/** Lets the idle work queued by countyColours run (in Node it is queued as a timer). */
const idle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('countyColours, kept per scale and year', () => {
  it('bins a year once: asked again, the same array comes back', () => {
    const { scale, binnedYears } = countingScale();
    const first = countyColours(scale, 0, 2, 5);
    expect(Array.from(first)).toEqual([0, 0, 0, 255, 255, 255, 255, 255]);
    expect(countyColours(scale, 0, 2, 5)).toBe(first);
    expect(binnedYears).toEqual([0]);
  });

  it('bins nothing ahead while a single year has been asked for (the load)', async () => {
    const { scale, binnedYears } = countingScale();
    countyColours(scale, 0, 2, 5);
    await idle();
    expect(binnedYears).toEqual([0]);
  });

  it('once a second year is asked for, bins the years either side of it when idle, and the next step finds them', async () => {
    const { scale, binnedYears } = countingScale();
    countyColours(scale, 1, 2, 5);
    countyColours(scale, 2, 2, 5);
    await idle();
    expect(binnedYears).toEqual([1, 2, 3]);
    expect(Array.from(countyColours(scale, 3, 2, 5))).toEqual([255, 255, 255, 255, 0, 0, 0, 255]);
    expect(binnedYears).toEqual([1, 2, 3]);
  });

  it('bins ahead no year outside the years given, and none without their number (the exports)', async () => {
    const last = countingScale();
    countyColours(last.scale, 3, 2, 5);
    countyColours(last.scale, 4, 2, 5);
    const unknown = countingScale();
    countyColours(unknown.scale, 0, 2);
    countyColours(unknown.scale, 1, 2);
    await idle();
    expect(last.binnedYears).toEqual([3, 4]);
    expect(unknown.binnedYears).toEqual([0, 1]);
  });

  it('bins again for another number of counties', () => {
    const { scale, binnedYears } = countingScale();
    countyColours(scale, 0, 2, 5);
    expect(Array.from(countyColours(scale, 0, 1, 5))).toEqual([0, 0, 0, 255]);
    expect(binnedYears).toEqual([0, 0]);
  });
});
