/**
 * Typed context accessors (Symbol keys): the shell sets what every component shares once, and a
 * component reads it with getLang() instead of a `lang` prop threaded through each level.
 */
import { getContext, setContext } from 'svelte';
import type { Lang } from '../lib/i18n/i18n';

/** The interface language; `current` is reactive (a getter over rune state). */
export interface LangRef {
  readonly current: Lang;
}

const LANG_KEY = Symbol('beltmap.lang');

export function setLangContext(lang: LangRef): void {
  setContext(LANG_KEY, lang);
}

export function getLang(): LangRef {
  const lang = getContext<LangRef | undefined>(LANG_KEY);
  if (!lang) throw new Error('getLang(): no language context (setLangContext in the app shell)');
  return lang;
}
