/**
 * The view in the URL (after OWID grapher's query-param parser): parseUrl reads each parameter as
 * valid, invalid (with a reason) or missing, and never throws; serialiseUrl writes only what
 * differs from the defaults, so the plain address stays the plain map.
 *
 * The parameter names are a public interface: articles embed maps by them. Add names, never
 * rename one (README, "URL parameters").
 */
import { PLACE_LEVELS, type PlaceLevel } from '../domain/areas';
import { ALL_CATEGORIES } from '../domain/categories';
import { DEFAULT_DATASET, isDatasetId } from '../domain/datasets';
import { isLang, type Lang } from '../i18n/i18n';
import { LAYERS, type LayerId } from '../domain/layers';
import { isStoryName } from './storyName';
import { selectionAtLevel } from './selection';
import { MAX_ZOOM, MIN_ZOOM, type CameraView } from './camera';
import type { PageMode, PlaceDisplay } from './pageMode';
import { THEMES, type Theme } from './theme';

/** In the order serialiseUrl writes them. */
export const URL_PARAMS = [
  'dataset',
  'lang',
  'layer',
  'year',
  'category',
  'level',
  'county',
  'area',
  'compare',
  'display',
  'province',
  'view',
  'mode',
  'story',
  'embed',
  'controls',
  'autoplay',
  'step',
  'theme',
  'years',
] as const;
export type UrlParamName = (typeof URL_PARAMS)[number];

/** Decimals kept in `view`: 1e-4° is under a pixel at the closest zoom (9), 0.01 zoom under 1 % of scale. */
const VIEW_DEGREE_DECIMALS = 4;
const VIEW_ZOOM_DECIMALS = 2;

export interface UrlState {
  /** The dataset shown (geodata/datasets.json); the belt model when absent, as before datasets. */
  dataset: string;
  lang: Lang;
  layer: LayerId;
  year: number;
  category: string;
  level: PlaceLevel;
  /** Adcode of the selected county, or null. */
  county: string | null;
  /** Code of the selected prefecture (4 digits) or province (2 digits) at those levels, or null. */
  area: string | null;
  /** The first year of a two-year comparison (the second is `year`), or null. */
  compare: number | null;
  display: PlaceDisplay;
  /** The table's province filter (2-digit code), or null for every province; kept while the map is shown. */
  province: string | null;
  /** The camera, or null for the first view (China fitted to the screen). */
  view: CameraView | null;
  mode: PageMode;
  /** Name of a story in static/stories/, or null. */
  story: string | null;
  /** The compact layout for an <iframe> in an article. */
  embed: boolean;
  /** In an embed: the timeline's buttons and slider shown (the year stays shown either way). */
  controls: boolean;
  /** In an embed: play through the years once loaded. */
  autoplay: boolean;
  /** The open story's step, 1-based as the presenter counts them (checked against the story once it is loaded). */
  step: number;
  /** The colour theme the address asks for, or null: the reader's choice or the system's then decides. */
  theme: Theme | null;
  /** The years of the year grid (2 to MAX_GRID_YEARS, distinct, ascending), or null for the single map; `year` keeps its meaning. */
  years: readonly number[] | null;
}

/** The most maps the year grid shows at once. */
export const MAX_GRID_YEARS = 6;

/**
 * The plain map: sales of all categories in the latest year, by county, nothing selected, the
 * first view; in the reader's language (so a link without ?lang= opens in each reader's own).
 */
export function defaultUrlState(latestYear: number, lang: Lang): UrlState {
  return {
    dataset: DEFAULT_DATASET,
    lang,
    layer: 'sales',
    year: latestYear,
    category: ALL_CATEGORIES,
    level: 'county',
    county: null,
    area: null,
    compare: null,
    display: 'map',
    province: null,
    view: null,
    mode: 'explore',
    story: null,
    embed: false,
    controls: true,
    autoplay: false,
    step: 1,
    theme: null,
    years: null,
  };
}

/** What the dataset allows, so that a year, category or place it does not hold is invalid. */
export interface UrlDomain {
  /** The id of the dataset shown: the only dataset a reading of the address can take. */
  datasetId: string;
  years: readonly number[];
  categoryIds: readonly string[];
  isCountyCode: (code: string) => boolean;
  /** A prefecture (4-digit) or province (2-digit) code of the geometry. */
  isAreaCode: (code: string) => boolean;
  /** A province (2-digit) code of the geometry. */
  isProvinceCode: (code: string) => boolean;
}

export type ParamResult<T> =
  | { status: 'valid'; value: T }
  | { status: 'invalid'; raw: string; reason: string }
  | { status: 'missing' };

export type ParsedUrl = { [K in UrlParamName]: ParamResult<NonNullable<UrlState[K]>> } & {
  /** Names of parameters Beltmap does not know, in the order given. */
  unknown: string[];
};

const valid = <T>(value: T): ParamResult<T> => ({ status: 'valid', value });
const invalid = <T>(raw: string, reason: string): ParamResult<T> => ({ status: 'invalid', raw, reason });

/** One of a fixed list of words. */
function oneOf<T extends string>(options: readonly T[]): (raw: string) => ParamResult<T> {
  return (raw) => ((options as readonly string[]).includes(raw) ? valid(raw as T) : invalid(raw, `expected ${options.join(' or ')}`));
}

/** A switch written as 1 or 0. */
function flag(raw: string): ParamResult<boolean> {
  return raw === '1' || raw === '0' ? valid(raw === '1') : invalid(raw, 'expected 1 or 0');
}

function yearIn(years: readonly number[]): (raw: string) => ParamResult<number> {
  const range = `${years[0]}–${years[years.length - 1]}`;
  return (raw) => {
    if (!/^\d{4}$/.test(raw)) return invalid(raw, `expected a year ${range}`);
    const year = Number(raw);
    return years.includes(year) ? valid(year) : invalid(raw, `no data for this year (${range})`);
  };
}

/** A story's step, 1-based: the story's length is only known once it is loaded (Presentation.storyLoaded checks it). */
function storyStep(raw: string): ParamResult<number> {
  return /^[1-9]\d{0,3}$/.test(raw) ? valid(Number(raw)) : invalid(raw, 'expected a step number from 1');
}

/** "2018,2020,2022": 2 to MAX_GRID_YEARS distinct years of the dataset, read in any order and kept ascending. */
function yearListIn(years: readonly number[]): (raw: string) => ParamResult<readonly number[]> {
  const range = `${years[0]}–${years[years.length - 1]}`;
  const most = Math.min(MAX_GRID_YEARS, years.length);
  return (raw) => {
    const parts = raw.split(',');
    if (parts.some((part) => !/^\d{4}$/.test(part))) return invalid(raw, `expected years separated by commas, e.g. ${years.slice(0, 2).join(',')}`);
    const chosen = [...new Set(parts.map(Number))].sort((a, b) => a - b);
    if (chosen.length !== parts.length) return invalid(raw, 'a year is given twice');
    const missing = chosen.find((year) => !years.includes(year));
    if (missing !== undefined) return invalid(raw, `no data for ${missing} (${range})`);
    if (chosen.length < 2 || chosen.length > most) return invalid(raw, `expected 2 to ${most} years`);
    return valid(chosen);
  };
}

/** "lng,lat,zoom", e.g. "120.0753,29.3058,7.5". */
function parseView(raw: string): ParamResult<CameraView> {
  const parts = raw.split(',');
  const numbers = parts.map((part) => (/^-?\d+(\.\d+)?$/.test(part.trim()) ? Number(part) : NaN));
  const [lng = NaN, lat = NaN, zoom = NaN] = numbers;
  if (parts.length !== 3 || numbers.some((n) => !Number.isFinite(n))) return invalid(raw, 'expected lng,lat,zoom (three numbers)');
  if (Math.abs(lng) > 180 || Math.abs(lat) > 85) return invalid(raw, 'longitude or latitude out of range');
  if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) return invalid(raw, `expected a zoom from ${MIN_ZOOM} to ${MAX_ZOOM}`);
  return valid({ lng, lat, zoom });
}

/** The view as written in the URL; rounding here is what makes a loaded link report the same view back. */
export function formatView(view: CameraView): string {
  return [view.lng.toFixed(VIEW_DEGREE_DECIMALS), view.lat.toFixed(VIEW_DEGREE_DECIMALS), view.zoom.toFixed(VIEW_ZOOM_DECIMALS)]
    .map((part) => String(Number(part)))
    .join(',');
}

/** A view rounded as the URL keeps it. */
export function roundView(view: CameraView): CameraView {
  const [lng, lat, zoom] = formatView(view).split(',').map(Number) as [number, number, number];
  return { lng, lat, zoom };
}

export function parseUrl(search: string, domain: UrlDomain): ParsedUrl {
  const params = new URLSearchParams(search);
  const read = <T>(name: UrlParamName, parse: (raw: string) => ParamResult<T>): ParamResult<T> => {
    const raw = params.get(name);
    return raw === null ? { status: 'missing' } : parse(raw);
  };
  const known = new Set<string>(URL_PARAMS);
  return {
    dataset: read('dataset', (raw) => {
      if (!isDatasetId(raw)) return invalid(raw, 'expected a dataset id (a-z, 0-9 and -)');
      return raw === domain.datasetId ? valid(raw) : invalid(raw, 'no dataset with this id');
    }),
    lang: read('lang', (raw) => (isLang(raw) ? valid(raw) : invalid(raw, 'expected zh or en'))),
    layer: read('layer', oneOf(LAYERS)),
    year: read('year', yearIn(domain.years)),
    category: read('category', (raw) =>
      raw === ALL_CATEGORIES || domain.categoryIds.includes(raw)
        ? valid(raw)
        : invalid(raw, `unknown category (expected ${ALL_CATEGORIES} or a category id)`),
    ),
    level: read('level', oneOf(PLACE_LEVELS)),
    county: read('county', (raw) => {
      if (!/^\d{6}$/.test(raw)) return invalid(raw, 'expected a 6-digit county code');
      return domain.isCountyCode(raw) ? valid(raw) : invalid(raw, 'no county with this code');
    }),
    area: read('area', (raw) => {
      if (!/^(\d{2}|\d{4})$/.test(raw)) return invalid(raw, 'expected a 4-digit prefecture or 2-digit province code');
      return domain.isAreaCode(raw) ? valid(raw) : invalid(raw, 'no prefecture or province with this code');
    }),
    compare: read('compare', yearIn(domain.years)),
    display: read('display', oneOf(['map', 'table'] as const)),
    province: read('province', (raw) => {
      if (!/^\d{2}$/.test(raw)) return invalid(raw, 'expected a 2-digit province code');
      return domain.isProvinceCode(raw) ? valid(raw) : invalid(raw, 'no province with this code');
    }),
    view: read('view', parseView),
    mode: read('mode', oneOf(['explore', 'present'] as const)),
    story: read('story', (raw) => (isStoryName(raw) ? valid(raw) : invalid(raw, 'expected a story name (a-z, 0-9 and -)'))),
    embed: read('embed', flag),
    controls: read('controls', flag),
    autoplay: read('autoplay', flag),
    step: read('step', storyStep),
    theme: read('theme', oneOf(THEMES)),
    years: read('years', yearListIn(domain.years)),
    unknown: [...new Set([...params.keys()].filter((name) => !known.has(name)))],
  };
}

/** The parameters that were given but could not be used, for one warning each. */
export function invalidParams(parsed: ParsedUrl): { name: string; raw: string | null; reason: string }[] {
  const malformed = URL_PARAMS.flatMap((name) => {
    const result = parsed[name];
    return result.status === 'invalid' ? [{ name, raw: result.raw, reason: result.reason }] : [];
  });
  const unknown = parsed.unknown.map((name) => ({ name, raw: null, reason: 'not a Beltmap parameter' }));
  return [...malformed, ...unknown];
}

/** The state a URL asks for: its valid parameters over the defaults. */
export function stateFromUrl(parsed: ParsedUrl, defaults: UrlState): UrlState {
  const state = { ...defaults } as Record<UrlParamName, unknown>;
  for (const name of URL_PARAMS) {
    const result = parsed[name];
    if (result.status === 'valid') state[name] = result.value;
  }
  const chosen = state as unknown as UrlState;
  // A selection belongs to its level: a county at the county level, an area above it.
  return { ...chosen, ...selectionAtLevel(chosen, chosen.level) };
}

function paramValue(name: UrlParamName, state: UrlState): string | null {
  const value = state[name];
  if (value === null) return null;
  if (name === 'view') return formatView(value as CameraView);
  if (typeof value === 'boolean') return value ? '1' : '0';
  return String(value);
}

/** "?layer=growth&year=2020", or "" when everything is at its default. Order follows URL_PARAMS. */
export function serialiseUrl(state: UrlState, defaults: UrlState): string {
  const params = new URLSearchParams();
  for (const name of URL_PARAMS) {
    const value = paramValue(name, state);
    if (value !== null && value !== paramValue(name, defaults)) params.set(name, value);
  }
  // "," is safe in a query and keeps view=120.1,30.2,6 readable.
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}
