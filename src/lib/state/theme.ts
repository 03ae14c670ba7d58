/**
 * The page's colour theme: light or dark. The address may ask for one (?theme=dark, so an embed
 * matches a dark article); otherwise the reader's toggle, remembered, and otherwise the system's
 * prefers-color-scheme decides (AppState.theme).
 */
export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export function isTheme(value: unknown): value is Theme {
  return (THEMES as readonly unknown[]).includes(value);
}

/** The theme the page shows: the address's, else the reader's choice, else the system's. */
export function shownTheme(fromAddress: Theme | null, chosen: Theme | null, system: Theme): Theme {
  return fromAddress ?? chosen ?? system;
}

export function otherTheme(theme: Theme): Theme {
  return theme === 'light' ? 'dark' : 'light';
}
