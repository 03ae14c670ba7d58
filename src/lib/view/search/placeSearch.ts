/**
 * Search over counties, prefectures and provinces by Chinese characters, full pinyin, initials or
 * administrative code. Every key is folded once when the index is built, so a keystroke is one
 * linear scan of plain string comparisons over ~3,300 places (~0.3 ms).
 */
import { areaTable, PLACE_LEVELS, type PlaceLevel } from '../../domain/areas';
import type { CountyTableFile } from '../../domain/contract';
import type { Lang } from '../../i18n/i18n';

/** Best first: the whole name, the start of it, its initials, then a later syllable or character. */
export const MATCH_KINDS = ['exact', 'prefix', 'initials', 'substring'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

export interface PlaceSearchResult {
  level: PlaceLevel;
  code: string;
  name: string;
  /** Prefecture and province ("金华市 · 浙江省"), which tell same-name places apart. */
  context: string;
  matchKind: MatchKind;
}

interface IndexedPlace {
  result: Omit<PlaceSearchResult, 'matchKind'>;
  /** Short and full name: 义乌, 义乌市. */
  hanNames: string[];
  /** Folded full pinyin: yiwu, yiwushi (and an English name where it differs: shaanxi). */
  pinyinKeys: string[];
  /** Folded pinyin from the second syllable on: wu. */
  laterSyllables: string[];
  /** Initials of the whole name: cx for 曹县, yws for 义乌市; none where the suffix's pinyin is unknown. */
  wholeNameInitials: string | undefined;
  /** Initials of the short name and of the whole name: yw, yws. */
  initialsKeys: string[];
}

export interface PlaceIndex {
  /** In result order within one match kind: provinces, prefectures, counties, each by code. */
  places: IndexedPlace[];
}

/** Pinyin of the suffixes that full names add to short names (义乌 + 市), so "yiwushi" is exact too. */
const SUFFIX_PINYIN: Readonly<Record<string, string>> = {
  市: 'shi',
  区: 'qu',
  县: 'xian',
  旗: 'qi',
  省: 'sheng',
  盟: 'meng',
  地区: 'di qu',
  林区: 'lin qu',
  特区: 'te qu',
  自治县: 'zi zhi xian',
  自治旗: 'zi zhi qi',
  自治州: 'zi zhi zhou',
  自治区: 'zi zhi qu',
  特别行政区: 'te bie xing zheng qu',
};

/**
 * Latin text as the index keeps it: lower case, tone marks and spaces removed, ü (also typed
 * u: or v) as v like the county table's pinyin, so yìwū, "Yi Wu" and yiwu are one key, and
 * lǚliáng, lüliang and lvliang another. Full-width letters count as plain ones.
 */
export function foldLatin(text: string): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/u\u0308|u:/g, 'v')
    .replace(/\p{M}/gu, '')
    .replace(/[\s'’·.-]/g, '');
}

function foldHan(text: string): string {
  return text.normalize('NFKC').replace(/\s/g, '');
}

const HAN = /\p{Script=Han}/u;

interface PlaceSpelling {
  name: string;
  shortName: string;
  pinyin: string;
  /** A conventional English name (Shaanxi, Inner Mongolia) that plain pinyin does not give. */
  englishName?: string;
}

function indexPlace(spelling: PlaceSpelling, result: IndexedPlace['result']): IndexedPlace {
  const syllables = spelling.pinyin.trim().split(/\s+/).map(foldLatin);
  const shortPinyin = syllables.join('');
  const suffix = spelling.name.startsWith(spelling.shortName) ? spelling.name.slice(spelling.shortName.length) : '';
  const suffixSyllables = SUFFIX_PINYIN[suffix]?.split(' ') ?? [];
  const pinyinKeys = [shortPinyin];
  const shortInitials = syllables.map((syllable) => syllable[0]).join('');
  const initialsKeys = [shortInitials];
  // A short name that is the whole name (曹县, 城区) has its initials as the whole name's.
  let wholeNameInitials = spelling.name === spelling.shortName ? shortInitials : undefined;
  if (suffixSyllables.length > 0) {
    pinyinKeys.push(shortPinyin + suffixSyllables.join(''));
    wholeNameInitials = shortInitials + suffixSyllables.map((s) => s[0]).join('');
    initialsKeys.push(wholeNameInitials);
  }
  // People also write ü as plain u (Luliang for 吕梁).
  if (shortPinyin.includes('v')) pinyinKeys.push(shortPinyin.replace(/v/g, 'u'));
  const english = spelling.englishName === undefined ? '' : foldLatin(spelling.englishName);
  if (english && !pinyinKeys.includes(english)) pinyinKeys.push(english);
  return {
    result,
    hanNames: [foldHan(spelling.shortName), foldHan(spelling.name)],
    pinyinKeys,
    laterSyllables: syllables.slice(1).map((_, i) => syllables.slice(i + 1).join('')),
    wholeNameInitials,
    initialsKeys,
  };
}

/** Names and context come in the language given; matching works the same in both. */
export function buildPlaceIndex(counties: CountyTableFile, lang: Lang): PlaceIndex {
  const spellings = spellingsByLevel(counties);
  const sameAsAnotherPlace = prefecturesNamedLikeTheirProvinceOrCounty(counties);
  // Larger places first: typing 朝阳 lists 朝阳市 before the districts and the county named after it.
  const levels = [...PLACE_LEVELS].reverse();
  const places = levels.flatMap((level) => {
    const areas = areaTable(counties, level);
    return areas.codes.flatMap((code, a) => {
      if (level === 'prefecture' && sameAsAnotherPlace.has(code)) return [];
      const name = areas.names[a]!;
      const spelling = spellings[level].get(code)!;
      return indexPlace(level === 'province' ? { ...spelling, englishName: name.en } : spelling, {
        level,
        code,
        name: name[lang],
        context: areas.contexts[a]![lang],
      });
    });
  });
  return { places };
}

/**
 * Prefectures that would show up as a second, indistinguishable result for the same place: those
 * of 北京, 重庆, 香港 … named like their province, and cities without districts (东莞市, 中山市)
 * whose one county bears the same name. The province or the county stands for them.
 */
function prefecturesNamedLikeTheirProvinceOrCounty(counties: CountyTableFile): Set<string> {
  const provinceNames = new Map(counties.provinceTable.map((p) => [p.code, p.name]));
  const duplicates = new Set<string>();
  for (const prefecture of counties.prefectureTable) {
    if (prefecture.name === provinceNames.get(prefecture.province)) duplicates.add(prefecture.code);
  }
  const prefectureNames = new Map(counties.prefectureTable.map((p) => [p.code, p.name]));
  counties.prefectures.forEach((code, i) => {
    if (prefectureNames.get(code) === counties.names[i]) duplicates.add(code);
  });
  return duplicates;
}

function spellingsByLevel(counties: CountyTableFile): Record<PlaceLevel, Map<string, PlaceSpelling>> {
  const { names, shortNames, pinyin } = counties;
  return {
    county: new Map(
      counties.codes.map((code, i) => [code, { name: names[i]!, shortName: shortNames[i]!, pinyin: pinyin[i]! }]),
    ),
    prefecture: new Map(counties.prefectureTable.map((p) => [p.code, p])),
    province: new Map(counties.provinceTable.map((p) => [p.code, p])),
  };
}

/**
 * Rank of a match within one place. Among initials, those of the whole name come first, as its
 * full pinyin would: cx spells all of 曹县 but only the start of 慈溪市 (cxs), and a dozen places
 * share a short name's two initials, more than the list shows. Then initials typed in full beat
 * a start of initials (zj before zjk).
 */
type MatchRank = 0 | 1 | 2 | 3 | 4 | 5;
const KIND_OF_RANK: readonly MatchKind[] = ['exact', 'prefix', 'initials', 'initials', 'initials', 'substring'];

function matchHan(place: IndexedPlace, query: string): MatchRank | null {
  if (place.hanNames.includes(query)) return 0;
  if (place.hanNames.some((name) => name.startsWith(query))) return 1;
  if (place.hanNames.some((name) => name.includes(query))) return 5;
  return null;
}

function matchLatin(place: IndexedPlace, query: string): MatchRank | null {
  if (place.pinyinKeys.includes(query) || place.result.code === query) return 0;
  if (place.pinyinKeys.some((key) => key.startsWith(query)) || place.result.code.startsWith(query)) return 1;
  if (place.wholeNameInitials === query) return 2;
  if (place.initialsKeys.includes(query)) return 3;
  // One letter would match a start of nearly every place's initials or later syllables.
  if (query.length < 2) return null;
  if (place.initialsKeys.some((key) => key.startsWith(query))) return 4;
  if (place.laterSyllables.some((tail) => tail.startsWith(query))) return 5;
  return null;
}

/**
 * Places matching the query, best match first; within a kind of match provinces, prefectures,
 * then counties, each by code, so same-name places are all listed, each with its context.
 */
export function searchPlaces(index: PlaceIndex, query: string, limit = 10): PlaceSearchResult[] {
  const isHan = HAN.test(query);
  const folded = isHan ? foldHan(query) : foldLatin(query);
  if (folded === '' || limit <= 0) return [];
  const match = isHan ? matchHan : matchLatin;
  const byRank: IndexedPlace[][] = KIND_OF_RANK.map(() => []);
  for (const place of index.places) {
    const rank = match(place, folded);
    if (rank !== null) byRank[rank]!.push(place);
  }
  return byRank.flatMap((places, rank) =>
    places.slice(0, limit).map((place) => ({ ...place.result, matchKind: KIND_OF_RANK[rank]! })),
  ).slice(0, limit);
}
