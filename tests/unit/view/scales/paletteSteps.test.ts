import { describe, expect, it } from 'vitest';
import { LAYER_PALETTES, type LayerPalette } from '../../../../src/lib/view/scales/palettes';
import { BASE_COLOURS } from '../../../../src/lib/cartography/baseStyle';
import { THEMES, type Theme } from '../../../../src/lib/state/theme';
import { hexToRgb, perceivedDifference, rgbToLab, type Deficiency } from '../../support/colourVision';

/**
 * Neighbouring steps of every palette, in legend order, must be told apart at a glance on the map:
 * CIEDE2000 ΔE of at least 14 for normal vision, in the light theme and in the dark one. The spread
 * layer's 2018 and 2019 (ΔE 11.0) and the top two sales bins (12.9) were found hard to tell apart.
 * colourVision.test.ts keeps every legend apart (ΔE > 8) under simulated colour-vision deficiencies
 * as well; the values are printed here too, with each palette's smallest step.
 */
const MIN_NEIGHBOUR_DIFFERENCE = 14;
/**
 * No step may vanish into the ground it is drawn on: China's land (under a county without colour)
 * and the sea around it. On a dark ground hue alone does not carry a colour, so there each step is
 * also lighter than the land by MIN_DARK_LIGHTNESS_STEP (CIELAB L*): what the light palettes'
 * darkest steps fail there.
 */
const MIN_GROUND_DIFFERENCE = 10;
const MIN_DARK_LIGHTNESS_STEP = 10;
const lightness = (hex: string) => rgbToLab(hexToRgb(hex))[0];
const DEFICIENCIES: Deficiency[] = ['protanopia', 'deuteranopia', 'tritanopia'];

const palettesOf = (palette: LayerPalette): [string, readonly string[]][] => [
  ['sales', palette.salesRamp],
  ['growth (decline, then rise)', [...palette.growthDecline, ...palette.growthRise]],
  ['spread years', palette.spreadYearsRamp],
  ['compare (fall, then rise)', [...palette.compareDecline, ...palette.compareRise]],
];

const CASES = THEMES.flatMap((theme) => palettesOf(LAYER_PALETTES[theme]).map(([name, colours]) => ({ theme, name, colours })));

describe.each(CASES)('$theme $name palette', ({ theme, name, colours }) => {
  const steps = colours.slice(1).map((colour, i) => ({
    pair: `${colours[i]}→${colour}`,
    normal: perceivedDifference(colours[i]!, colour, 'normal'),
    ...Object.fromEntries(DEFICIENCIES.map((vision) => [vision, perceivedDifference(colours[i]!, colour, vision)])),
  }));

  it(`keeps neighbouring steps at least ΔE2000 ${MIN_NEIGHBOUR_DIFFERENCE} apart`, () => {
    const rounded = steps.map((step) => Object.fromEntries(Object.entries(step).map(([k, v]) => [k, typeof v === 'number' ? v.toFixed(1) : v])));
    const smallest = Math.min(...steps.map((step) => step.normal));
    console.log(`ΔE2000 between neighbouring steps of the ${theme} ${name} palette (smallest ${smallest.toFixed(1)}):\n${rounded.map((s) => JSON.stringify(s)).join('\n')}`);
    for (const step of steps) expect(step.normal, step.pair).toBeGreaterThanOrEqual(MIN_NEIGHBOUR_DIFFERENCE);
  });

  it(`keeps every step at least ΔE2000 ${MIN_GROUND_DIFFERENCE} from the ${theme} land and sea`, () => {
    const { chinaLand, sea } = BASE_COLOURS[theme as Theme];
    for (const colour of colours) {
      expect(perceivedDifference(colour, chinaLand, 'normal'), `${colour} on land ${chinaLand}`).toBeGreaterThanOrEqual(MIN_GROUND_DIFFERENCE);
      expect(perceivedDifference(colour, sea, 'normal'), `${colour} on sea ${sea}`).toBeGreaterThanOrEqual(MIN_GROUND_DIFFERENCE);
      if (theme === 'dark') expect(lightness(colour) - lightness(chinaLand), `${colour} lighter than land`).toBeGreaterThanOrEqual(MIN_DARK_LIGHTNESS_STEP);
    }
  });
});

describe('the dark theme', () => {
  // The light theme's darkest sales step on the dark land: what the dark variant is for.
  it("needs its own ramps: the light ones' darkest steps are no lighter than the dark land", () => {
    const land = lightness(BASE_COLOURS.dark.chinaLand);
    const light = LAYER_PALETTES.light;
    for (const darkest of [light.salesRamp.at(-1)!, light.growthRise.at(-1)!, light.spreadYearsRamp[0]!, light.compareRise.at(-1)!]) {
      expect(lightness(darkest) - land, darkest).toBeLessThan(MIN_DARK_LIGHTNESS_STEP);
    }
  });

  it('draws "no belt" a step above the land, so counties read as land, not as sea', () => {
    const { neutralNoBelt } = LAYER_PALETTES.dark;
    expect(perceivedDifference(neutralNoBelt, BASE_COLOURS.dark.sea, 'normal')).toBeGreaterThan(perceivedDifference(neutralNoBelt, BASE_COLOURS.dark.chinaLand, 'normal'));
  });
});
