/** The state the app starts in: the URL's valid parameters over the dataset's defaults. */
import type { Atlas } from '../data/atlas';
import type { Lang } from '../i18n/i18n';
import { ALL_CATEGORIES, invalidParams, parseUrl, stateFromUrl, type UrlState } from './url';

export interface StartupState {
  initial: UrlState;
  defaults: UrlState;
  /** One line per parameter that was given but could not be used. */
  warnings: string[];
}

/**
 * Defaults: the sales layer of all categories in the latest year, no selection, and the browser's
 * language, so a shared link without ?lang= opens in each reader's own language and the URL only
 * carries a language the reader chose over their browser's.
 */
export function startupState(
  search: string,
  atlas: Pick<Atlas, 'meta' | 'countyIndexByCode'>,
  pickedLang: Lang,
  browserLang: Lang,
): StartupState {
  const { years, categories } = atlas.meta;
  const defaults: UrlState = {
    lang: browserLang,
    layer: 'sales',
    year: years[years.length - 1] ?? 0,
    category: ALL_CATEGORIES,
    county: null,
  };
  const parsed = parseUrl(search, {
    years,
    categoryIds: categories.map((c) => c.id),
    isCountyCode: (code) => atlas.countyIndexByCode.has(code),
  });
  const initial = { ...stateFromUrl(parsed, defaults), lang: pickedLang };
  const warnings = invalidParams(parsed).map(
    ({ name, raw, reason }) => `Beltmap: URL parameter "${name}" ignored (${JSON.stringify(raw)}: ${reason})`,
  );
  return { initial, defaults, warnings };
}
