import { en, zh, type MessageKey } from './messages';

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];
export const DEFAULT_LANG: Lang = 'zh';

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/**
 * The language to show: a valid ?lang= wins; otherwise the first browser language that is
 * Chinese or English (in the browser's order of preference); otherwise Chinese.
 */
export function pickLang(urlParam: string | null, navigatorLanguages: readonly string[]): Lang {
  if (urlParam !== null && isLang(urlParam)) return urlParam;
  for (const tag of navigatorLanguages) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    if (isLang(primary)) return primary;
  }
  return DEFAULT_LANG;
}

/** Names of the {placeholders} in a message text. */
type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

export type MessageParams<K extends MessageKey> = Record<PlaceholdersOf<(typeof zh)[K]>, string | number>;

/** t('tooltip.rankValue', lang, { rank: 3, total: 812 }); messages without placeholders take no params. */
export function t<K extends MessageKey>(
  key: K,
  lang: Lang,
  ...params: PlaceholdersOf<(typeof zh)[K]> extends never ? [] : [MessageParams<K>]
): string {
  const text: string | undefined = lang === 'zh' ? zh[key] : en[key];
  // A dialog's words arrive with its code (lazyMessages.ts): a file using them imports its part.
  if (text === undefined) throw new Error(`Message "${key}" is used before its message part was loaded`);
  const values = params[0] as Record<string, string | number> | undefined;
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : String(value);
  });
}

export type { MessageKey };
