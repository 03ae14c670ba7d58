/** What the page tells the browser, and what it asks of it: the document's language and title, the reduced-motion setting. */
import type { Lang } from '../lib/i18n/i18n';

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
