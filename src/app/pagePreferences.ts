/** What the page tells the browser, and what it asks of it: the document's language and title, the reduced-motion setting. */
import { t, type Lang } from '../lib/i18n/i18n';

/** The document's language (<html lang>, for screen readers and fonts) and its title, in `lang`. */
export function showDocumentLanguage(lang: Lang): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `${t('app.title', lang)} Beltmap`;
}

/** Calls `onchange` with the reader's prefers-reduced-motion setting now and whenever it changes; returns the stop function. */
export function watchReducedMotion(onchange: (isReduced: boolean) => void): () => void {
  const query = matchMedia('(prefers-reduced-motion: reduce)');
  const update = () => onchange(query.matches);
  update();
  query.addEventListener('change', update);
  return () => query.removeEventListener('change', update);
}
