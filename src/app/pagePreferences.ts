/**
 * What the page tells the browser, and what it asks of it: the document's language and title, the
 * reduced-motion setting, the colour theme (the system's, and the reader's choice kept between visits).
 */
import type { Lang } from '../lib/i18n/i18n';
import { isTheme, type Theme } from '../lib/state/theme';

/**
 * The document's language (<html lang>, for screen readers and fonts) and its title: the page's
 * title in `lang` (domain/datasetCredits.ts pageTitle), with the name Beltmap where it lacks it.
 */
export function showDocumentLanguage(lang: Lang, title: string): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = title.includes('Beltmap') ? title : `${title} Beltmap`;
}

/** Calls `onchange` with the reader's prefers-reduced-motion setting now and whenever it changes; returns the stop function. */
export function watchReducedMotion(onchange: (isReduced: boolean) => void): () => void {
  const query = matchMedia('(prefers-reduced-motion: reduce)');
  const update = () => onchange(query.matches);
  update();
  query.addEventListener('change', update);
  return () => query.removeEventListener('change', update);
}

/** Where the reader's theme choice is kept between visits. */
const THEME_STORAGE_KEY = 'beltmap.theme';

/**
 * The theme the reader chose on an earlier visit, or null. Storage may be refused (private
 * browsing, a sandboxed embed, cookies blocked): then the choice is simply not remembered.
 */
export function rememberedTheme(): Theme | null {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return isTheme(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** Keeps the reader's theme choice for the next visit, where the browser allows it (see rememberedTheme). */
export function rememberTheme(theme: Theme): void {
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Not remembered: the toggle still works for this visit.
  }
}

/** Calls `onchange` with the system's prefers-color-scheme now and whenever it changes; returns the stop function. */
export function watchSystemTheme(onchange: (theme: Theme) => void): () => void {
  const query = matchMedia('(prefers-color-scheme: dark)');
  const update = () => onchange(query.matches ? 'dark' : 'light');
  update();
  query.addEventListener('change', update);
  return () => query.removeEventListener('change', update);
}

/**
 * Shows a theme on the page: global.css picks each colour of `data-theme` through color-scheme.
 * Null leaves the system's colour scheme (before the address and the reader's choice are read).
 */
export function showTheme(theme: Theme | null): void {
  if (theme) document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
}
