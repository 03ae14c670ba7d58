/** English forms of place names, built from the toneless pinyin the county table carries. */
import type { ProvinceRecord } from './contract';

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
