/**
 * Colours of the three layers. Chosen to stay apart for people with red–green or blue–yellow
 * colour-vision deficiency: tests/unit/scales/colourVision.test.ts simulates protanopia,
 * deuteranopia and tritanopia and checks that neighbouring legend swatches keep a visible
 * difference (CIEDE2000). Change a colour only with that test passing.
 */
import type { Theme } from '../../state/theme';

/** Sequential ramp for sales, light to dark: viridis from 91 % down to 0 % (its palest yellow would sit
 * too close to the neutral "no belt" grey for tritanopes), at 91, 76, 59, 45, 32, 18 and 0 % so that
 * neighbouring steps lie equally far apart (evenly spaced samples crowd its dark end). Fewer bins
 * sample it evenly. */
export const SALES_RAMP = ['#c5e021', '#63cb5f', '#21a585', '#25848e', '#31668e', '#443b84', '#440154'] as const;

/** Diverging for growth: orange for decline (ColorBrewer PuOr), purple for growth (ColorBrewer Purples
 * at 35, 58, 75 and 100 %, whose palest step stays apart from the neutral grey where PuOr's does not). */
export const GROWTH_DECLINE = ['#b35806', '#f1a340'] as const; // < -20 %, -20–0 %
export const GROWTH_RISE = ['#c2c2df', '#8a85be', '#6a51a3', '#3f007d'] as const; // 0–20, 20–50, 50–100, ≥100 %
/** A county whose belts are new this year (no sales the year before): teal, apart from both arms. */
export const GROWTH_NEW = '#35978f';

/** Years of the first 百亿 belt, earliest darkest: ColorBrewer YlGnBu reversed, without its palest steps,
 * at 100, 82, 70, 60, 48, 35 and 20 % so that neighbouring years lie equally far apart. */
export const SPREAD_YEARS_RAMP = ['#081d58', '#23489d', '#2071b1', '#2796bf', '#4fb9c1', '#90d4ba', '#d5eeb3'] as const;
/** Counties that first crossed 100 亿 in the year shown. */
export const SPREAD_NEW_THIS_YEAR = '#e6550d';

/** The difference between two years (compare mode): ColorBrewer BrBG's browns for a fall, YlGnBu's
 * blues at 49, 61, 70, 82 and 100 % for a rise (its pale steps left out: they merge with the neutral grey for tritanopes), so it
 * reads apart from the growth layer's orange and purple; "the same" (spread counts) a mid grey. */
export const COMPARE_DECLINE = ['#8c510a', '#dfc27d'] as const; // < -20 %, -20–0 %
export const COMPARE_RISE = ['#4bb7c1', '#2795bf', '#2071b1', '#23489c', '#081d58'] as const; // 0–20, 20–50, 50–100, 100–300, ≥300 %
export const COMPARE_UNCHANGED = '#b8b8b8';
/** Belts in the second year only (new: magenta) and in the first only (gone: near black). */
export const COMPARE_NEW = '#ce1256';
export const COMPARE_GONE = '#252525';
/** No data on the difference layer (淘宝村: Hong Kong, Macao, Taiwan): a darker grey than NO_DATA,
 * whose light grey merges there with "the same" (COMPARE_UNCHANGED). */
export const COMPARE_NO_DATA = '#7a7a7a';

/** Counties without a belt (sales, growth) or without a 百亿 belt yet (spread). */
export const NEUTRAL_NO_BELT = '#e9e6e1';
/**
 * No data: a place the dataset does not cover (domain/coverage.ts), or a growth that cannot be
 * computed (the first year, a missing previous value). The one "no data" look of the map, the 2D
 * picture, the year grid, the legend and every export. A light grey, as OWID and Datawrapper draw
 * missing data, so that the dark province names read over it (contrast 6.2:1 with the label colour,
 * 2.5:1 for the earlier #666666), clearly darker than "no belt". Not lighter, and faintly cool: a
 * lighter or a warmer grey merges with the spread layer's pale teal for deuteranopes and with the
 * growth layer's teal "new" for protanopes (colourVision.test.ts). A hatch would set it apart
 * from every colour, but it cannot be drawn alike by the WebGL map, the 2D picture and the exports.
 */
export const NO_DATA = '#a2aaa8';

/*
 * The dark theme's variants, only where the light colour fails on a dark ground: there the darkest
 * steps would vanish into the land, and the pale neutral would glare. Dark ramps run from dim
 * (close to the ground, yet apart from it and from the neutral) to bright, as a dark map reads.
 * tests/unit/view/scales/paletteSteps.test.ts checks neighbouring steps and the low end against
 * the ground in both themes.
 */

/** Sales on dark: viridis from 15 % to 100 %, purple to yellow, at equal perceived steps; below 15 % its
 * purples are no lighter than the dark land. */
export const DARK_SALES_RAMP = ['#463480', '#355e8d', '#297b8e', '#1f968b', '#37b878', '#7fd34e', '#fde725'] as const;
/** Growth on dark: the stronger change the brighter (ColorBrewer PuOr's orange, Purples from 85 % to 10 %). */
export const DARK_GROWTH_DECLINE = ['#f1a340', '#b35806'] as const; // < -20 %, -20–0 %
export const DARK_GROWTH_RISE = ['#583093', '#827cb9', '#b8b8d9', '#f1eff6'] as const; // 0–20, 20–50, 50–100, ≥100 %
/** Years of the first 百亿 belt on dark, earliest brightest: the dark sales ramp reversed (YlGnBu's dark
 * end vanishes into a dark ground, and no other ramp tried keeps seven years apart). */
export const DARK_SPREAD_YEARS_RAMP = ['#fde725', '#7fd34e', '#37b878', '#1f968b', '#297b8e', '#355e8d', '#463480'] as const;
/** The difference of two years on dark: BrBG's browns and YlGnBu's blues (10–75 %), the larger change the brighter. */
export const DARK_COMPARE_DECLINE = ['#dfc27d', '#8c510a'] as const; // < -20 %, -20–0 %
export const DARK_COMPARE_RISE = ['#234ea0', '#207db6', '#38aac2', '#8fd3ba', '#d9f0b3'] as const; // 0–20, 20–50, 50–100, 100–300, ≥300 %
/** New belts on dark: a lighter magenta, which a protanope still tells from the dark neutral. */
export const DARK_COMPARE_NEW = '#dd3497';
/** Belts gone on dark: white, as near black is on light. */
export const DARK_COMPARE_GONE = '#ffffff';
export const DARK_COMPARE_UNCHANGED = '#a0a0a0';
/** No belt on dark: a grey a step above the land, so counties still read as land. */
export const DARK_NEUTRAL_NO_BELT = '#383d45';
/** No data on dark: a grey between the neutral and the ramps' middle steps, apart from both for every
 * vision, under the light province names at 5.2:1 (the same grey as the difference layer's no data). */
export const DARK_NO_DATA = '#5e5e5e';

/** Every colour a layer's scale uses, in one theme. */
export interface LayerPalette {
  salesRamp: readonly string[];
  growthDecline: readonly string[];
  growthRise: readonly string[];
  growthNew: string;
  spreadYearsRamp: readonly string[];
  spreadNewThisYear: string;
  compareDecline: readonly string[];
  compareRise: readonly string[];
  compareUnchanged: string;
  compareNew: string;
  compareGone: string;
  compareNoData: string;
  neutralNoBelt: string;
  noData: string;
}

const LIGHT_PALETTE: LayerPalette = {
  salesRamp: SALES_RAMP,
  growthDecline: GROWTH_DECLINE,
  growthRise: GROWTH_RISE,
  growthNew: GROWTH_NEW,
  spreadYearsRamp: SPREAD_YEARS_RAMP,
  spreadNewThisYear: SPREAD_NEW_THIS_YEAR,
  compareDecline: COMPARE_DECLINE,
  compareRise: COMPARE_RISE,
  compareUnchanged: COMPARE_UNCHANGED,
  compareNew: COMPARE_NEW,
  compareGone: COMPARE_GONE,
  compareNoData: COMPARE_NO_DATA,
  neutralNoBelt: NEUTRAL_NO_BELT,
  noData: NO_DATA,
};

/** The palettes of each theme: the dark one is the light one with the variants above. */
export const LAYER_PALETTES: Record<Theme, LayerPalette> = {
  light: LIGHT_PALETTE,
  dark: {
    ...LIGHT_PALETTE,
    salesRamp: DARK_SALES_RAMP,
    growthDecline: DARK_GROWTH_DECLINE,
    growthRise: DARK_GROWTH_RISE,
    spreadYearsRamp: DARK_SPREAD_YEARS_RAMP,
    compareDecline: DARK_COMPARE_DECLINE,
    compareRise: DARK_COMPARE_RISE,
    compareUnchanged: DARK_COMPARE_UNCHANGED,
    compareNew: DARK_COMPARE_NEW,
    compareGone: DARK_COMPARE_GONE,
    compareNoData: DARK_NO_DATA, // on dark, one grey for no data on every layer
    neutralNoBelt: DARK_NEUTRAL_NO_BELT,
    noData: DARK_NO_DATA,
  },
};
