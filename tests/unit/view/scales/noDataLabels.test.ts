import { describe, expect, it } from 'vitest';
import { LAYER_PALETTES } from '../../../../src/lib/view/scales/palettes';
import { OVERLAY_COLOURS } from '../../../../src/lib/cartography/baseStyle';
import { hexToRgb, perceivedDifference } from '../../support/colourVision';

/** WCAG 2 contrast ratio of two sRGB colours. */
function contrastRatio(a: readonly number[], b: readonly number[]): number {
  const luminance = (rgb: readonly number[]) => {
    const [r, g, b] = rgb.map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/**
 * Province names lie over places without data (台湾, 香港, 澳门 in the belt model): the name itself,
 * not only its thin halo, must read over the no-data grey, at WCAG AA for text (4.5:1). The earlier
 * #666666 gave the light theme's dark names 2.5:1.
 */
describe.each([
  { theme: 'light', noData: '#a2aaa8', ratio: 6.2 },
  { theme: 'dark', noData: '#5e5e5e', ratio: 5.2 },
] as const)('no data in the $theme theme', ({ theme, noData, ratio }) => {
  it(`is ${noData}, under the province names at ${ratio}:1`, () => {
    expect(LAYER_PALETTES[theme].noData).toBe(noData);
    const label = OVERLAY_COLOURS[theme].label.slice(0, 3);
    expect(contrastRatio(label, hexToRgb(noData))).toBeCloseTo(ratio, 1);
    expect(contrastRatio(label, hexToRgb(noData))).toBeGreaterThanOrEqual(4.5);
  });

  it('stays clearly apart from "no belt" for every vision (ΔE2000 over 12)', () => {
    for (const vision of ['normal', 'protanopia', 'deuteranopia', 'tritanopia'] as const) {
      expect(perceivedDifference(noData, LAYER_PALETTES[theme].neutralNoBelt, vision), vision).toBeGreaterThan(12);
    }
  });
});
