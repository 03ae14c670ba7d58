import type { CountyKind } from './contract';

/** The 55 minority nationalities' names as they appear in 自治县/自治旗 names. */
const ETHNIC_GROUPS = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼',
  '哈萨克', '傣', '黎', '傈僳', '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土',
  '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克',
  '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
];
// Longest first, so 土家 is tried before 土; 各族 ("all nationalities") stands in for a list (龙胜各族自治县).
const ETHNIC_NAMES = [...ETHNIC_GROUPS, '各'].sort((a, b) => b.length - a.length).join('|');
const ETHNIC_SUFFIX = new RegExp(`(${ETHNIC_NAMES})族$`);
/** A few autonomous names drop 族 (察布查尔锡伯自治县, 博尔塔拉蒙古自治州). */
const BARE_ETHNIC_SUFFIX = new RegExp(`(${ETHNIC_NAMES})$`);

/**
 * 林区 also ends ordinary district names (碑林区, 万柏林区, 金林区, 北林区), so the one forestry
 * district is named rather than matched.
 */
const FORESTRY_DISTRICTS: ReadonlySet<string> = new Set(['神农架林区']);

/** Units named after what they are rather than a place (莲花山风景林自然保护区): names kept whole. */
const SPECIAL_UNIT_NAME = /(保护区|委员会|马场)$/;

const KIND_SUFFIXES: [string, CountyKind][] = [
  ['自治县', 'autonomous-county'],
  ['自治旗', 'autonomous-banner'],
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
  if (FORESTRY_DISTRICTS.has(fullName)) return 'forestry-district';
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
  if (SPECIAL_UNIT_NAME.test(fullName)) return fullName;
  if (FORESTRY_DISTRICTS.has(fullName)) return fullName.slice(0, -'林区'.length);
  const autonomous = fullName.match(/^(.+?)自治[县旗州]$/);
  // Districts named with a nationality (管城回族区, 梅里斯达斡尔族区) drop it like autonomous units.
  const ethnicDistrict = fullName.match(/^(.+族)区$/);
  const named = autonomous ?? ethnicDistrict;
  if (named) return withoutNationalities(named[1]!);
  const plain = fullName.match(/^(.+?)(特区|地区|县|市|区|旗|盟)$/);
  if (plain && [...plain[1]!].length >= 2) return plain[1]!;
  return fullName;
}

/**
 * 双江拉祜族佤族布朗族傣族 → 双江; 察布查尔锡伯 → 察布查尔 (a bare nationality is removed only when the
 * name has no 族 at all, since 长白朝鲜族 must not lose the 白 of its place name); a stem that is
 * only nationalities keeps the first of them (鄂温克族 → 鄂温克).
 */
function withoutNationalities(stem: string): string {
  let rest = stem;
  let lastRemoved = '';
  for (let match = rest.match(ETHNIC_SUFFIX); match; match = rest.match(ETHNIC_SUFFIX)) {
    lastRemoved = match[1]!;
    rest = rest.slice(0, match.index);
  }
  const bare = stem.includes('族') ? null : rest.match(BARE_ETHNIC_SUFFIX);
  if (bare) {
    lastRemoved = bare[1]!;
    rest = rest.slice(0, bare.index);
  }
  return rest || lastRemoved;
}

/** Short name of a province-level unit: 浙江省 → 浙江, 广西壮族自治区 → 广西, 香港特别行政区 → 香港. */
export function shortProvinceName(fullName: string): string {
  return fullName.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '');
}
