/**
 * The view in the URL (after OWID grapher's query-param parser): parseUrl reads each parameter as
 * valid, invalid (with a reason) or missing, and never throws; serialiseUrl writes only what
 * differs from the defaults, so the plain address stays the plain map.
 */
import { isLang, type Lang } from '../i18n/i18n';
import { LAYERS, type LayerId } from '../scales/layerScale';

export const URL_PARAMS = ['lang', 'layer', 'year', 'category', 'county'] as const;
export type UrlParamName = (typeof URL_PARAMS)[number];

/** The category value that means every category together. */
export const ALL_CATEGORIES = 'all';

export interface UrlState {
  lang: Lang;
  layer: LayerId;
  year: number;
  category: string;
  /** Adcode of the selected county, or null. */
  county: string | null;
}

/** What the dataset allows, so that a year, category or county it does not hold is invalid. */
export interface UrlDomain {
  years: readonly number[];
  categoryIds: readonly string[];
  isCountyCode: (code: string) => boolean;
}

export type ParamResult<T> =
  | { status: 'valid'; value: T }
  | { status: 'invalid'; raw: string; reason: string }
  | { status: 'missing' };

export type ParsedUrl = {
  lang: ParamResult<Lang>;
  layer: ParamResult<LayerId>;
  year: ParamResult<number>;
  category: ParamResult<string>;
  county: ParamResult<string>;
};

const valid = <T>(value: T): ParamResult<T> => ({ status: 'valid', value });
const invalid = <T>(raw: string, reason: string): ParamResult<T> => ({ status: 'invalid', raw, reason });

export function parseUrl(search: string, domain: UrlDomain): ParsedUrl {
  const params = new URLSearchParams(search);
  const read = <T>(name: UrlParamName, parse: (raw: string) => ParamResult<T>): ParamResult<T> => {
    const raw = params.get(name);
    return raw === null ? { status: 'missing' } : parse(raw);
  };
  return {
    lang: read('lang', (raw) => (isLang(raw) ? valid(raw) : invalid(raw, 'expected zh or en'))),
    layer: read('layer', (raw) =>
      (LAYERS as readonly string[]).includes(raw) ? valid(raw as LayerId) : invalid(raw, `expected one of ${LAYERS.join(', ')}`),
    ),
    year: read('year', (raw) => {
      const range = `${domain.years[0]}–${domain.years[domain.years.length - 1]}`;
      if (!/^\d{4}$/.test(raw)) return invalid(raw, `expected a year ${range}`);
      const year = Number(raw);
      return domain.years.includes(year) ? valid(year) : invalid(raw, `no data for this year (${range})`);
    }),
    category: read('category', (raw) =>
      raw === ALL_CATEGORIES || domain.categoryIds.includes(raw)
        ? valid(raw)
        : invalid(raw, `unknown category (expected ${ALL_CATEGORIES} or a category id)`),
    ),
    county: read('county', (raw) => {
      if (!/^\d{6}$/.test(raw)) return invalid(raw, 'expected a 6-digit county code');
      return domain.isCountyCode(raw) ? valid(raw) : invalid(raw, 'no county with this code');
    }),
  };
}

/** The parameters that were given but could not be used, for one warning each. */
export function invalidParams(parsed: ParsedUrl): { name: UrlParamName; raw: string; reason: string }[] {
  return URL_PARAMS.flatMap((name) => {
    const result = parsed[name];
    return result.status === 'invalid' ? [{ name, raw: result.raw, reason: result.reason }] : [];
  });
}

/** The state a URL asks for: its valid parameters over the defaults. */
export function stateFromUrl(parsed: ParsedUrl, defaults: UrlState): UrlState {
  const pick = <T>(result: ParamResult<T>, fallback: T): T => (result.status === 'valid' ? result.value : fallback);
  return {
    lang: pick(parsed.lang, defaults.lang),
    layer: pick(parsed.layer, defaults.layer),
    year: pick(parsed.year, defaults.year),
    category: pick(parsed.category, defaults.category),
    county: pick<string | null>(parsed.county, defaults.county),
  };
}

/** "?layer=growth&year=2020", or "" when everything is at its default. Order follows URL_PARAMS. */
export function serialiseUrl(state: UrlState, defaults: UrlState): string {
  const params = new URLSearchParams();
  for (const name of URL_PARAMS) {
    const value = state[name];
    if (value !== defaults[name] && value !== null) params.set(name, String(value));
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}
