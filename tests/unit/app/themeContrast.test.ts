import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEMES, type Theme } from '../../../src/lib/state/theme';
import { GRAPHIC_COLOURS } from '../../../src/lib/export/scene';
import { OVERLAY_COLOURS } from '../../../src/lib/cartography/baseStyle';
import { contrastRatio, over, parseColour, type Rgba } from '../support/contrast';

/**
 * Every text colour of the page against the backgrounds it is written on, in both themes, read from
 * the variables of src/app/global.css (each `--name: light-dark(light, dark)`): WCAG AA, 4.5:1.
 * See-through backgrounds (panels over the map) are taken over the page's background. The export
 * graphic's text on its paper, and the map's names on their halos, are checked too.
 */
const MIN_TEXT_CONTRAST = 4.5;

function pageVariables(): Record<Theme, Map<string, string>> {
  const css = readFileSync('src/app/global.css', 'utf8');
  const byTheme = { light: new Map<string, string>(), dark: new Map<string, string>() };
  for (const [, name, light, dark] of css.matchAll(/(--[\w-]+):\s*light-dark\(((?:[^(),]|\([^)]*\))+),\s*((?:[^(),]|\([^)]*\))+)\)/g)) {
    byTheme.light.set(name!, light!.trim());
    byTheme.dark.set(name!, dark!.trim());
  }
  return byTheme;
}
const VARIABLES = pageVariables();

/** Where each text colour is written: the panels and dialogs, their hovered and chosen rows, the table's head, the page. */
const PANEL_GROUNDS = ['--surface', '--surface-glass', '--surface-sunken', '--surface-hover', '--surface-active', '--page-bg'];
const TEXT_ON_GROUND: [string, string[]][] = [
  // The notes' boxes (own data: read here, a problem, a link that cannot carry the data) hold text too.
  ['--text', [...PANEL_GROUNDS, '--surface-veil', '--success-bg', '--error-bg', '--badge-bg']],
  ['--text-muted', [...PANEL_GROUNDS, '--surface-veil', '--success-bg', '--error-bg', '--badge-bg']],
  ['--text-soft', PANEL_GROUNDS],
  ['--text-faint', ['--surface', '--surface-glass']],
  ['--link', [...PANEL_GROUNDS, '--surface-veil']],
  ['--accent', ['--surface', '--surface-glass']],
  ['--rise', ['--surface', '--surface-glass']],
  ['--fall', ['--surface', '--surface-glass']],
  ['--error', ['--surface', '--surface-glass', '--error-bg']],
  ['--badge-text', ['--badge-bg', '--surface', '--surface-glass']],
  // The confirm button that removes an own dataset: the panel's colour on the error colour.
  ['--surface', ['--error']],
  ['--on-accent', ['--accent', '--link']],
];

function colourOf(theme: Theme, name: string): Rgba {
  const value = VARIABLES[theme].get(name);
  if (value === undefined) throw new Error(`global.css has no light-dark() value for ${name}`);
  return parseColour(value);
}

/** A background as the reader sees it: a see-through one over the page's background. */
function groundOf(theme: Theme, name: string): Rgba {
  return over(colourOf(theme, name), colourOf(theme, '--page-bg'));
}

const PAGE_CASES = THEMES.flatMap((theme) =>
  TEXT_ON_GROUND.flatMap(([text, grounds]) => grounds.map((ground) => ({ theme, text, ground }))),
);

describe('page text contrast', () => {
  it('reads both themes of every variable the pairs name', () => {
    expect(VARIABLES.light.get('--page-bg')).toBe('#dfe7ee');
    expect(VARIABLES.dark.get('--page-bg')).toBe('#0e141a');
    expect(VARIABLES.dark.get('--surface-glass')).toBe('rgb(27 34 42 / 0.95)');
  });

  it.each(PAGE_CASES)(`$theme: $text on $ground is at least ${MIN_TEXT_CONTRAST}:1`, ({ theme, text, ground }) => {
    const background = groundOf(theme, ground);
    const ratio = contrastRatio(over(colourOf(theme, text), background), background);
    expect(ratio).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });
});

describe.each(THEMES)('%s export graphic and map names', (theme) => {
  const graphic = GRAPHIC_COLOURS[theme];
  const paper = parseColour(graphic.paper);

  it.each(['ink', 'mutedInk', 'fadedInk'] as const)(`%s on the paper is at least ${MIN_TEXT_CONTRAST}:1`, (ink) => {
    expect(contrastRatio(parseColour(graphic[ink]), paper)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });

  it(`the badge's words on the badge are at least ${MIN_TEXT_CONTRAST}:1`, () => {
    expect(contrastRatio(parseColour(graphic.badgeInk), parseColour(graphic.badgeFill))).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });

  it(`province names on their halo are at least ${MIN_TEXT_CONTRAST}:1`, () => {
    const [r, g, b, a] = OVERLAY_COLOURS[theme].labelHalo;
    const halo = over([r, g, b, a / 255], paper);
    const [lr, lg, lb] = OVERLAY_COLOURS[theme].label;
    expect(contrastRatio([lr, lg, lb, 1], halo)).toBeGreaterThanOrEqual(MIN_TEXT_CONTRAST);
  });
});
