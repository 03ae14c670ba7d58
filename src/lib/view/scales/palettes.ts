/**
 * Colours of the three layers. Chosen to stay apart for people with red–green or blue–yellow
 * colour-vision deficiency: tests/unit/scales/colourVision.test.ts simulates protanopia,
 * deuteranopia and tritanopia and checks that neighbouring legend swatches keep a visible
 * difference (CIEDE2000). Change a colour only with that test passing.
 */

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
/** A place outside a year's complete list (淘宝村: Hong Kong, Macao, Taiwan) on the difference layer:
 * a lighter grey than NO_DATA, which a protanope could not tell from the magenta of "new". */
export const COMPARE_NO_DATA = '#7a7a7a';

/** Counties without a belt (sales, growth) or without a 百亿 belt yet (spread). */
export const NEUTRAL_NO_BELT = '#e9e6e1';
/** A value that cannot be computed (growth in the first year, or a missing previous value). */
export const NO_DATA = '#666666';
