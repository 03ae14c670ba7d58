import type { CountyKind } from '../data/types';

/** The 55 minority nationalities' names as they appear in 自治县/自治旗 names. */
const ETHNIC_GROUPS = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼',
  '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土',
  '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克',
  '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
];
// Longest first, so 土家 is tried before 土.
const ETHNIC_SUFFIX = new RegExp(`(${[...ETHNIC_GROUPS].sort((a, b) => b.length - a.length).join('|')})族$`);

const KIND_SUFFIXES: [string, CountyKind][] = [
  ['自治县', 'autonomous-county'],
  ['自治旗', 'autonomous-banner'],
  ['林区', 'forestry-district'],
  ['特区', 'special-district'],
  ['旗', 'banner'],
  ['县', 'county'],
  ['市', 'county-city'],
  ['区', 'district'],
];

/** Provinces whose units are not mainland counties (Taiwan, Hong Kong, Macao). */
const NON_MAINLAND = new Set(['71', '81', '82']);

/**
 * Kind of a county-level unit from its name and code. Codes ending in 00 are prefecture-level
 * cities without districts (东莞市, 中山市 …), which sit at county level on the map.
 */
export function countyKind(fullName: string, code: string): CountyKind {
  if (NON_MAINLAND.has(code.slice(0, 2)) || code.endsWith('00')) return 'other';
  const match = KIND_SUFFIXES.find(([suffix]) => fullName.endsWith(suffix));
  return match ? match[1] : 'other';
}

/**
 * Short name of a county or prefecture: the name without its administrative suffix and, for
 * autonomous units, without the nationalities (长阳土家族自治县 → 长阳, 延边朝鲜族自治州 → 延边).
 * A one-character stem keeps its suffix (曹县, 矿区), and a name that is only nationalities keeps
 * them (鄂温克族自治旗 → 鄂温克).
 */
export function shortPlaceName(fullName: string): string {
  const autonomous = fullName.match(/^(.+?)自治[县旗州]$/);
  if (autonomous) {
    let stem = autonomous[1]!;
    let lastRemoved = '';
    for (let match = stem.match(ETHNIC_SUFFIX); match; match = stem.match(ETHNIC_SUFFIX)) {
      lastRemoved = match[1]!;
      stem = stem.slice(0, match.index);
    }
    return stem || lastRemoved;
  }
  const plain = fullName.match(/^(.+?)(林区|特区|地区|县|市|区|旗|盟)$/);
  if (plain && [...plain[1]!].length >= 2) return plain[1]!;
  return fullName;
}

/** Short name of a province-level unit: 浙江省 → 浙江, 广西壮族自治区 → 广西, 香港特别行政区 → 香港. */
export function shortProvinceName(fullName: string): string {
  return fullName.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '');
}
