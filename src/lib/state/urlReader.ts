/** Reading the view from the address: on load, and again on back/forward. */
import type { Atlas } from '../domain/atlas';
import type { Lang } from '../i18n/i18n';
import { isDatasetId } from '../domain/datasets';
import { defaultUrlState, invalidParams, parseUrl, stateFromUrl, URL_PARAMS, type UrlParamName, type UrlState } from './url';

/** A Beltmap parameter the address gave with a value the view could not use: its name and the value as given. */
export interface IgnoredParam {
  name: UrlParamName;
  raw: string;
}

export interface UrlReading {
  state: UrlState;
  /** One line per parameter that was given but could not be used, naming it. */
  warnings: string[];
  /**
   * The unusable parameters the page names to the reader, besides the console warning (see
   * isToldToReader): a mistyped link otherwise looks like the plain map it fell back to.
   */
  ignored: IgnoredParam[];
  /**
   * A story name no story file can have (?story=../../etc): the page says so in a sentence, as it
   * does for a story that cannot be loaded (docs/stories.md), besides the console warning.
   */
  refusedStory: string | null;
}

export interface UrlReader {
  /** The dataset whose years, categories and places the reader checks against. */
  datasetId: string;
  defaults: UrlState;
  /** The state `search` ("?layer=growth…") asks for: its valid parameters over the defaults. */
  read(search: string): UrlReading;
}

/** The dataset an address asks for, before any dataset is loaded: a well-formed id, else null (the reader then warns). */
export function requestedDataset(search: string): string | null {
  const raw = new URLSearchParams(search).get('dataset');
  return raw !== null && isDatasetId(raw) ? raw : null;
}

/**
 * Whether an unusable parameter is named on the page: a Beltmap parameter whose value could not be
 * used. Not a name Beltmap does not know (utm_source, fbclid: added by whoever passed the link on,
 * and meant for someone else), not a story name (the story notice says it), not a well-formed
 * dataset id (the dataset notice says which dataset is shown instead).
 */
function isToldToReader(name: string, raw: string): name is UrlParamName {
  if (!(URL_PARAMS as readonly string[]).includes(name) || name === 'story') return false;
  return name !== 'dataset' || !isDatasetId(raw);
}

/**
 * Defaults: the dataset's latest year and the browser's language, so a shared link without
 * ?lang= opens in each reader's own language and the URL only carries a language the reader
 * chose over their browser's.
 */
export function urlReader(
  atlas: Pick<Atlas, 'meta' | 'countyIndexByCode'> & { counties: Pick<Atlas['counties'], 'prefectureTable' | 'provinceTable'> },
  browserLang: Lang,
): UrlReader {
  const { years, categories } = atlas.meta;
  const defaults = defaultUrlState(years[years.length - 1] ?? 0, browserLang);
  // From the county table, not the geometry: the address is read before the first paint, and the
  // prefectures' shapes are decoded only when first needed (data/decode.ts).
  const { prefectureTable, provinceTable } = atlas.counties;
  const areaCodes = new Set([...prefectureTable, ...provinceTable].map((area) => area.code));
  const provinceCodes = new Set(provinceTable.map((province) => province.code));
  const domain = {
    datasetId: atlas.meta.id,
    years,
    categoryIds: categories.map((c) => c.id),
    isCountyCode: (code: string) => atlas.countyIndexByCode.has(code),
    isAreaCode: (code: string) => areaCodes.has(code),
    isProvinceCode: (code: string) => provinceCodes.has(code),
  };
  return {
    datasetId: atlas.meta.id,
    defaults,
    read(search) {
      const parsed = parseUrl(search, domain);
      const state = stateFromUrl(parsed, defaults);
      // A well-formed selection the level cannot show (area=33 with level=county) is ignored too, and says so.
      const unshownSelection = (['county', 'area'] as const).flatMap((name) => {
        const result = parsed[name];
        if (result.status !== 'valid') return [];
        const code = result.value;
        const isShown = code === state.county || (state.area !== null && code.startsWith(state.area));
        return isShown ? [] : [{ name, raw: code, reason: `not shown at level=${state.level}` }];
      });
      // A step belongs to a story: without one there is nothing to step.
      const storylessStep = parsed.step.status === 'valid' && state.story === null ? [{ name: 'step', raw: String(parsed.step.value), reason: 'no story is open' }] : [];
      if (storylessStep.length > 0) state.step = defaults.step;
      const unusable = [...invalidParams(parsed), ...unshownSelection, ...storylessStep];
      const warnings = unusable.map(
        ({ name, raw, reason }) =>
          `Beltmap: URL parameter "${name}" ignored (${raw === null ? '' : `${JSON.stringify(raw)}: `}${reason})`,
      );
      const ignored = unusable.flatMap(({ name, raw }) => (raw !== null && isToldToReader(name, raw) ? [{ name, raw }] : []));
      return { state, warnings, ignored, refusedStory: parsed.story.status === 'invalid' ? parsed.story.raw : null };
    },
  };
}
