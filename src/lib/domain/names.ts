/** English forms of place names, built from the toneless pinyin the county table carries. */
import type { CountyKind, ProvinceRecord } from './contract';

/**
 * Conventional English names where plain pinyin would mislead: 陕西 is spelled Shaanxi to keep it
 * apart from 山西 Shanxi; Inner Mongolia, Hong Kong and Macao have established English names.
 */
const PROVINCE_ENGLISH_NAMES: Readonly<Record<string, string>> = {
  '15': 'Inner Mongolia',
  '61': 'Shaanxi',
  '81': 'Hong Kong',
  '82': 'Macao',
};

/**
 * "yi wu" → "Yiwu", "xi an" → "Xi'an": syllables joined and capitalised, with the apostrophe
 * pinyin uses before a syllable that starts with a, o or e.
 */
export function romanize(pinyin: string): string {
  const syllables = pinyin.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const joined = syllables.map((syllable, i) => (i > 0 && /^[aoe]/.test(syllable) ? `'${syllable}` : syllable)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

export function provinceEnglishName(province: Pick<ProvinceRecord, 'code' | 'pinyin'>): string {
  return PROVINCE_ENGLISH_NAMES[province.code] ?? romanize(province.pinyin);
}

/** The English word for each kind of county-level unit: Chaoyang District, Cao County, Yiwu City. */
const KIND_WORDS: Readonly<Record<Exclude<CountyKind, 'other'>, string>> = {
  district: 'District',
  county: 'County',
  'autonomous-county': 'Autonomous County',
  'county-city': 'City',
  banner: 'Banner',
  'autonomous-banner': 'Autonomous Banner',
  'special-district': 'Special District',
  'forestry-district': 'Forestry District',
};

/** Units of no mainland kind (东莞市, 花莲县, 中西区) take the word of their suffix; reserves and farms none. */
const OTHER_UNIT_WORDS: [RegExp, string][] = [
  [/(保护区|委员会|马场)$/, ''],
  [/市$/, 'City'],
  [/县$/, 'County'],
  [/区$/, 'District'],
];

/** Pinyin of the one-character suffixes a name keeps when its stem is one character (曹县 cao xian, 矿区 kuang qu). */
const SUFFIX_SYLLABLES: Readonly<Record<string, string>> = { 县: 'xian', 区: 'qu', 市: 'shi', 旗: 'qi' };

export interface CountyNameParts {
  name: string;
  shortName: string;
  pinyin: string;
  kind: CountyKind;
}

/**
 * A county's English name with the word for its kind: 朝阳区 → Chaoyang District, 曹县 → Cao County,
 * 义乌市 → Yiwu City, 长阳土家族自治县 → Changyang Autonomous County. A one-character stem drops the
 * suffix its pinyin carries (cao xian → Cao County).
 */
export function countyEnglishName({ name, shortName, pinyin, kind }: CountyNameParts): string {
  const word = kind === 'other' ? (OTHER_UNIT_WORDS.find(([suffix]) => suffix.test(name))?.[1] ?? '') : KIND_WORDS[kind];
  const syllables = pinyin.trim().split(/\s+/);
  const suffixSyllable = SUFFIX_SYLLABLES[name.at(-1)!];
  const keepsSuffix = shortName === name && word !== '' && suffixSyllable !== undefined && syllables.length > 1;
  const stem = romanize((keepsSuffix && syllables.at(-1) === suffixSyllable ? syllables.slice(0, -1) : syllables).join(' '));
  return word === '' ? stem : `${stem} ${word}`;
}
