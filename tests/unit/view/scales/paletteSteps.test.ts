import { describe, expect, it } from 'vitest';
import {
  COMPARE_DECLINE,
  COMPARE_RISE,
  GROWTH_DECLINE,
  GROWTH_RISE,
  SALES_RAMP,
  SPREAD_YEARS_RAMP,
} from '../../../../src/lib/view/scales/palettes';
import { perceivedDifference, type Deficiency } from '../../support/colourVision';

/**
 * Neighbouring steps of every palette, in legend order, must be told apart at a glance on the map:
 * CIEDE2000 ΔE of at least 14 for normal vision. The spread layer's 2018 and 2019 (ΔE 11.0) and the
 * top two sales bins (12.9) were found hard to tell apart. colourVision.test.ts keeps every legend
 * apart (ΔE > 8) under simulated colour-vision deficiencies as well; the values are printed here too.
 */
const MIN_NEIGHBOUR_DIFFERENCE = 14;
const DEFICIENCIES: Deficiency[] = ['protanopia', 'deuteranopia', 'tritanopia'];

const PALETTES: [string, readonly string[]][] = [
  ['sales', SALES_RAMP],
  ['growth (decline, then rise)', [...GROWTH_DECLINE, ...GROWTH_RISE]],
  ['spread years', SPREAD_YEARS_RAMP],
  ['compare (fall, then rise)', [...COMPARE_DECLINE, ...COMPARE_RISE]],
];

describe.each(PALETTES)('%s palette', (name, colours) => {
  const steps = colours.slice(1).map((colour, i) => ({
    pair: `${colours[i]}→${colour}`,
    normal: perceivedDifference(colours[i]!, colour, 'normal'),
    ...Object.fromEntries(DEFICIENCIES.map((vision) => [vision, perceivedDifference(colours[i]!, colour, vision)])),
  }));

  it(`keeps neighbouring steps at least ΔE2000 ${MIN_NEIGHBOUR_DIFFERENCE} apart`, () => {
    const rounded = steps.map((step) => Object.fromEntries(Object.entries(step).map(([k, v]) => [k, typeof v === 'number' ? v.toFixed(1) : v])));
    console.log(`ΔE2000 between neighbouring steps of the ${name} palette:\n${rounded.map((s) => JSON.stringify(s)).join('\n')}`);
    for (const step of steps) expect(step.normal, step.pair).toBeGreaterThanOrEqual(MIN_NEIGHBOUR_DIFFERENCE);
  });
});
